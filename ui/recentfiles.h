// SPDX-License-Identifier: Apache-2.0
#pragma once
// The list of recently opened workspaces, most recent first, at most kMaximum, kept in the
// app's QSettings (organization and application "PDSA Tracker") so that every window and every
// later run sees the same list. Paths are stored absolute.

#include <QStringList>

namespace pdsa::ui {

class RecentFiles {
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    // Moves `path` to the front (adding it if new) and trims the list to kMaximum.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace pdsa::ui

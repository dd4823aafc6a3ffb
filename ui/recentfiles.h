// SPDX-License-Identifier: Apache-2.0
#pragma once
// The list of recently opened workspaces, most recent first, at most kMaximum, kept in the
// app's QSettings (organization and application "PDSA Tracker") so that every window and every
// later run sees the same list. Paths are stored absolute, each with whose workspace it is
// ("Riverside County's workspace"), as it was when last opened, for the start page.

#include <QStringList>

namespace pdsa::ui {

class RecentFiles {
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    // Moves `path` to the front (adding it if new) and trims the list to kMaximum. `whose` says
    // whose workspace it is (empty: nobody's in particular).
    static void add(const QString& path, const QString& whose = {});
    // Whose workspace `path` was when last opened (empty when not known).
    static QString whose(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace pdsa::ui

// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the desktop app keeps its own files: the per-user data folder (QStandardPaths::
// AppDataLocation) with the demo workspace and the backup copies taken before a workspace is
// upgraded. The app writes nothing else outside the files the user chose.

#include "workspace/workspace.h"

#include <QString>

namespace pdsa::ui {

class AppPaths {
public:
    // The per-user data folder (created on demand by the functions that write into it).
    static QString dataFolder();
    // Where an older workspace is copied before it is upgraded.
    static QString backupFolder();
    // The demo collaborative a new user sees on first start.
    static QString demoWorkspace();
    // The options every workspace is opened with from the desktop app.
    static Workspace::OpenOptions openOptions();
};

} // namespace pdsa::ui

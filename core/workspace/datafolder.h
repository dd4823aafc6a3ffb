// SPDX-License-Identifier: Apache-2.0
#pragma once
// The app's own data folder (~/.local/share/PDSA Tracker on Linux): the demo workspace and the
// backup copies taken before a workspace is upgraded. The app and the `pdsa` commands that write
// share it, so an upgrade from either leaves its backup in the same place.

#include "storage/workspacefile.h"

#include <QString>

namespace pdsa {

QString appDataFolder();
QString backupFolder();
// Open options for a workspace the user will change: upgrades back up into backupFolder().
storage::OpenOptions writeOptions();

} // namespace pdsa

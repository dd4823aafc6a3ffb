// SPDX-License-Identifier: Apache-2.0
#pragma once
// A fault-injecting SQLite VFS for tests: it wraps the default VFS and, once armed, makes every
// write, truncate and sync after the first N fail with an I/O error, as a full disk or a pulled
// USB stick would. Tests open a Database with vfsName() to show that no failed write changes
// the workspace. Process-wide state; tests that use it must not run in parallel threads.

namespace pdsa::storage::faults {

// Registers the VFS on first use and returns its name for Database::open.
const char* vfsName();
// After `allowedWrites` more successful writes/truncates/syncs, every further one fails.
void failAfter(int allowedWrites);
// Stops failing.
void disarm();
// How many writes/truncates/syncs the VFS has passed through since the last failAfter/disarm.
int operationsSeen();

} // namespace pdsa::storage::faults

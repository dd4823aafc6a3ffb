// SPDX-License-Identifier: Apache-2.0
#include "support/faultinjection.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace pdsa::storage::faults {

namespace {

std::atomic<int> g_remaining{-1}; // -1: disarmed
std::atomic<int> g_seen{0};

bool shouldFail()
{
    ++g_seen;
    int remaining = g_remaining.load();
    if (remaining < 0)
        return false;
    if (remaining == 0)
        return true;
    g_remaining.store(remaining - 1);
    return false;
}

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_vfs* g_realVfs = nullptr;

sqlite3_file* real(sqlite3_file* file) { return reinterpret_cast<FaultFile*>(file)->real; }

int xClose(sqlite3_file* f) { return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK; }
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    return shouldFail() ? SQLITE_IOERR_WRITE : real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return shouldFail() ? SQLITE_IOERR_TRUNCATE : real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    return shouldFail() ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int xLock(sqlite3_file* f, int lock) { return real(f)->pMethods->xLock(real(f), lock); }
int xUnlock(sqlite3_file* f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); }
int xCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int xFileControl(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int xSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }

const sqlite3_io_methods g_ioMethods = {
    1, // version 1: no shared-memory methods, so WAL is unavailable through this VFS (we use a rollback journal)
    xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock,
    xFileControl, xSectorSize, xDeviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    std::memset(wrapper->real, 0, static_cast<size_t>(g_realVfs->szOsFile));
    const int rc = g_realVfs->xOpen(g_realVfs, name, wrapper->real, flags, outFlags);
    wrapper->base.pMethods = wrapper->real->pMethods ? &g_ioMethods : nullptr;
    return rc;
}
int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return shouldFail() ? SQLITE_IOERR_DELETE : g_realVfs->xDelete(g_realVfs, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_realVfs->xAccess(g_realVfs, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_realVfs->xFullPathname(g_realVfs, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name) { return g_realVfs->xDlOpen(g_realVfs, name); }
void xDlError(sqlite3_vfs*, int size, char* out) { g_realVfs->xDlError(g_realVfs, size, out); }
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_realVfs->xDlSym(g_realVfs, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle) { g_realVfs->xDlClose(g_realVfs, handle); }
int xRandomness(sqlite3_vfs*, int size, char* out) { return g_realVfs->xRandomness(g_realVfs, size, out); }
int xSleep(sqlite3_vfs*, int micros) { return g_realVfs->xSleep(g_realVfs, micros); }
int xCurrentTime(sqlite3_vfs*, double* out) { return g_realVfs->xCurrentTime(g_realVfs, out); }
int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_realVfs->xGetLastError ? g_realVfs->xGetLastError(g_realVfs, size, out) : 0;
}

sqlite3_vfs g_vfs;

} // namespace

const char* vfsName()
{
    static const bool registered = [] {
        g_realVfs = sqlite3_vfs_find(nullptr);
        g_vfs = sqlite3_vfs{};
        g_vfs.iVersion = 1;
        g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_realVfs->szOsFile;
        g_vfs.mxPathname = g_realVfs->mxPathname;
        g_vfs.zName = "pdsa-faulty";
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    }();
    return registered ? g_vfs.zName : nullptr;
}

void failAfter(int allowedWrites)
{
    g_seen = 0;
    g_remaining = allowedWrites;
}

void disarm()
{
    g_seen = 0;
    g_remaining = -1;
}

int operationsSeen() { return g_seen.load(); }

} // namespace pdsa::storage::faults

#ifndef ROUNDS_CSQLITE_SHIM_H
#define ROUNDS_CSQLITE_SHIM_H

// sqlite3_config() is variadic, which Swift cannot call: one wrapper per process-wide setting
// Rounds makes (see Triage/Store/SQLiteSettings.swift). Each must run before SQLite starts.
// The option numbers are declared here rather than taken from <sqlite3.h>, which GRDB's
// module already includes: two modules holding the whole C API would make its names ambiguous.
int sqlite3_config(int option, ...);
long long sqlite3_memory_used(void);

// SQLITE_CONFIG_MEMSTATUS: whether SQLite counts every allocation, under a global lock, for
// sqlite3_memory_used() and the soft heap limit. Returns SQLITE_OK (0), or SQLITE_MISUSE (21)
// when SQLite has already started.
static inline int rounds_sqlite3_count_memory(int enabled) {
  return sqlite3_config(9 /* SQLITE_CONFIG_MEMSTATUS */, enabled);
}

// The bytes SQLite has allocated and not freed, as far as it counts them: 0 when it does not.
static inline long long rounds_sqlite3_memory_used(void) {
  return sqlite3_memory_used();
}

#endif

// A thin RAII layer over SQLite (Debian's libsqlite3): one connection, prepared statements,
// and SQLite result codes turned into absl::Status naming the database file.
//
// Codes map to what the user can do about them: a busy/locked database is FailedPrecondition
// ("locked by another run"), a full disk or an unwritable file is DataLoss / PermissionDenied
// (both exit code 2 in the CLI), a corrupt file is DataLoss.
#ifndef CLAIMDUP_STORE_SQLITE_DB_H_
#define CLAIMDUP_STORE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

struct sqlite3;
struct sqlite3_stmt;

namespace claimdup {

class SqliteDb;

// A prepared statement. Bind* are 1-based; Step() returns true while a row is available.
class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) = delete;
  ~SqliteStatement();

  SqliteStatement& BindInt(int index, int64_t value);
  SqliteStatement& BindText(int index, absl::string_view value);
  SqliteStatement& BindBlob(int index, absl::string_view bytes);
  // Runs one step: true with a row to read, false when done; an error lands in *status
  // (which keeps the first error).
  bool Step(absl::Status* status);
  // Runs to completion (for INSERT / UPDATE) and resets the statement for reuse.
  absl::Status Run();
  void Reset();  // Ready to bind and step again.

  int64_t Int(int column) const;
  std::string Text(int column) const;
  // The column's bytes (a BLOB), viewed until the next Step or Reset; empty when NULL.
  absl::string_view Blob(int column) const;

 private:
  friend class SqliteDb;
  SqliteStatement(const SqliteDb* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  const SqliteDb* db_;
  sqlite3_stmt* stmt_;
};

class SqliteDb {
 public:
  // Opens `path`, creating it when `create` (read-write), or read-only. Waits for no lock:
  // a database another connection is writing answers FailedPrecondition at once.
  static absl::StatusOr<std::unique_ptr<SqliteDb>> Open(const std::string& path, bool create,
                                                        bool read_only);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements without results.
  absl::Status Exec(absl::string_view sql);
  absl::StatusOr<SqliteStatement> Prepare(absl::string_view sql);
  const std::string& path() const { return path_; }

  // The Status for SQLite result `code` of an operation `what` on this database.
  absl::Status Error(int code, absl::string_view what) const;

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_STORE_SQLITE_DB_H_

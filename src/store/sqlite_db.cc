#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace claimdup {

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_) {
  other.stmt_ = nullptr;
}

SqliteStatement::~SqliteStatement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

SqliteStatement& SqliteStatement::BindInt(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

SqliteStatement& SqliteStatement::BindText(int index, absl::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::BindBlob(int index, absl::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}

bool SqliteStatement::Step(absl::Status* status) {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE && status->ok()) {
    *status = db_->Error(rc, absl::StrCat("running ", sqlite3_sql(stmt_)));
  }
  return false;
}

absl::Status SqliteStatement::Run() {
  absl::Status st;
  while (Step(&st)) {
  }
  Reset();
  return st;
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t SqliteStatement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string SqliteStatement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

absl::string_view SqliteStatement::Blob(int column) const {
  const void* bytes = sqlite3_column_blob(stmt_, column);
  if (bytes == nullptr) return {};
  return absl::string_view(static_cast<const char*>(bytes),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

absl::StatusOr<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path, bool create,
                                                         bool read_only) {
  // No memory statistics: they take a global lock on every allocation of every thread.
  static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  (void)configured;
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  std::unique_ptr<SqliteDb> out(new SqliteDb(db, path));
  if (rc != SQLITE_OK) return out->Error(rc, "cannot open");
  sqlite3_extended_result_codes(db, 1);
  return out;
}

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

absl::Status SqliteDb::Exec(absl::string_view sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);
  if (rc != SQLITE_OK) return Error(rc, sql.substr(0, 60));
  return absl::OkStatus();
}

absl::StatusOr<SqliteStatement> SqliteDb::Prepare(absl::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(rc, absl::StrCat("preparing ", sql));
  return SqliteStatement(this, stmt);
}

absl::Status SqliteDb::Error(int code, absl::string_view what) const {
  const char* detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
  std::string message = absl::StrCat("index ", path_, ": ", what, ": ", detail);
  // The system's reason for a failed read or write (sqlite's own message says only "disk
  // I/O error"); no room to write is said as such, whatever code sqlite gives it.
  const int os_error = db_ != nullptr ? sqlite3_system_errno(db_) : 0;
  if ((code & 0xFF) == SQLITE_IOERR && os_error != 0) {
    absl::StrAppend(&message, " (", std::strerror(os_error), ")");
  }
  if ((code & 0xFF) == SQLITE_FULL ||
      ((code & 0xFF) == SQLITE_IOERR &&
       (os_error == ENOSPC || os_error == EFBIG || os_error == EDQUOT))) {
    return absl::DataLossError(absl::StrCat(
        "index ", path_, ": cannot write, no space left (",
        os_error != 0 ? std::strerror(os_error) : detail,
        "): this run was not added and the index is as before it; free space and run it again"));
  }
  switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::FailedPreconditionError(
          absl::StrCat("index ", path_, " is locked by another run (", detail, ")"));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return absl::PermissionDeniedError(message);
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return absl::DataLossError(message);
    default:
      return absl::InternalError(message);
  }
}

}  // namespace claimdup

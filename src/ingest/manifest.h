// Manifest: per-file metadata (id, outlet, url, date, title) for plain-text article dumps.
//
// A CSV with a header naming at least `file`; the columns id,outlet,url,date,title are
// optional; a leading UTF-8 byte order mark is ignored and invalid UTF-8 in any field but
// `file` (matched byte for byte against file names) is repaired to U+FFFD. Files are matched
// by the path as written (relative to the manifest's folder); failing that, by a unique
// entry whose path is a tail of the file's path
// ("a/x.txt" matches "/data/a/x.txt", never "/data/b/x.txt"); a bare-name entry ("x.txt")
// matches only a file whose name no other input file has.
#ifndef CLAIMDUP_INGEST_MANIFEST_H_
#define CLAIMDUP_INGEST_MANIFEST_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimdup {

struct ManifestEntry {
  std::string id, file, outlet, url, date, title;
};

class Manifest {
 public:
  // Reads and parses the manifest at `path`; errors name the file and line.
  static absl::StatusOr<Manifest> Load(const std::string& path);
  // The entry for the text file at `path`, or nullptr when the manifest does not list it.
  // `unique_name`: no other input file has this file's name (allows a bare-name match).
  const ManifestEntry* Find(absl::string_view path, bool unique_name = true) const;
  size_t size() const { return entries_.size(); }

 private:
  std::string dir_;  // Folder of the manifest, for resolving relative file names.
  std::vector<ManifestEntry> entries_;
  absl::flat_hash_map<std::string, size_t> by_path_;  // Normalized full path -> entry.
  // Bare file name -> entries with that name.
  absl::flat_hash_map<std::string, std::vector<size_t>> by_name_;
};

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_MANIFEST_H_

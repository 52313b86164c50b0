// One process's share of a job's input files, when `ranks` processes read one job
// (pipeline/distributed_run.h).
//
// The files, in input order, are laid end to end and cut into `ranks` contiguous stretches
// of about equal size, so rank r reads input that comes after rank r-1's: the shares
// concatenated in rank order are the whole input in its order. A plain (uncompressed)
// JSON Lines file is cut at line boundaries (ingest/file_range.h) where a stretch ends
// inside it; a file that cannot be cut (gzip/zstd, a text article, a pipe, a file of unknown
// kind) goes whole to the rank holding its middle. Compressed files weigh 4x their size (they
// hold about 4x as much text). A part's first_line is left at 1: the caller numbers it from
// the newline counts of the parts before it (another rank's).
#ifndef CLAIMDUP_INGEST_INPUT_SHARE_H_
#define CLAIMDUP_INGEST_INPUT_SHARE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/input_files.h"

namespace claimdup {

struct InputShare {
  std::vector<InputFile> files;  // This rank's files and parts of files, in input order.
  std::vector<size_t> listed;    // For each, its index in the listed files.
  // Whether every rank's share weighs at most 1.5x an equal share (false when a file that
  // cannot be cut, such as one big .zst dump, outweighs the others).
  bool balanced = true;
};

// Rank `rank`'s share of `files` (as ListInputFiles gives them) among `ranks` ranks; every
// rank computes the same cut. Fails only when a file to cut cannot be read.
absl::StatusOr<InputShare> ShareOfInput(const std::vector<InputFile>& files, int rank, int ranks);

}  // namespace claimdup

#endif  // CLAIMDUP_INGEST_INPUT_SHARE_H_

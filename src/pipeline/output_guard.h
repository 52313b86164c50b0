// Keeping a job's outputs apart from its inputs: no output may overwrite an input, or be an
// input's folder, whatever links or relative paths lead to it. Checked before anything is
// read or written, so a refused job changes nothing.
#ifndef CLAIMDUP_PIPELINE_OUTPUT_GUARD_H_
#define CLAIMDUP_PIPELINE_OUTPUT_GUARD_H_

#include <string>
#include <vector>

#include "absl/status/status.h"

namespace claimdup {

// `run`: the output folder may not be an input or hold one (its files would be replaced or
// read back). It may lie inside an input folder: walks skip output folders.
absl::Status CheckOutputFolderApart(const std::vector<std::string>& inputs,
                                    const std::string& out_dir);

// `dedup`, `extract`: no output file may be an input file (same file by any path or link).
absl::Status CheckOutputFilesApart(const std::vector<std::string>& inputs,
                                   const std::vector<std::string>& outputs);

}  // namespace claimdup

#endif  // CLAIMDUP_PIPELINE_OUTPUT_GUARD_H_

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// `orgkg build`: statement files in, a graph (snapshot and/or graph.<ext>
// files) out, extracted on several threads, with progress and a summary.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <vector>

#include "args.hpp"

namespace orgkg::cli {

/// The files of `shard` among `files` (sorted): the i-th file, counting from
/// 0, when i mod shard.count == shard.index - 1.
[[nodiscard]] std::vector<std::filesystem::path> shard_files(
    const std::vector<std::filesystem::path>& files, const Shard& shard);

/// The thread count for --jobs: `jobs`, or every core when 0 (at least 1).
[[nodiscard]] unsigned resolve_jobs(unsigned jobs);

/// Runs the build. A file that cannot be read is skipped with a warning (an
/// error under --strict); the run fails when no file could be read. Writes the
/// summary to `out`, warnings and progress to `err`. Returns 0, or 2 for a bad
/// option value. Throws orgkg::Error.
[[nodiscard]] int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err);

}  // namespace orgkg::cli

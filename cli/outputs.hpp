// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Writing a Store as graph.<ext> files, shared by `orgkg build` and
// `orgkg export` so both write exactly the same bytes for the same graph.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <orgkg/export/format.hpp>
#include <orgkg/graph/store.hpp>
#include <string>
#include <vector>

#include "args.hpp"

namespace orgkg::cli {

/// The formats and export options a command line asks for.
struct OutputPlan {
  std::vector<Format> formats;  ///< in the order named, or every format but DOT
  ExportOptions options;        ///< base IRI, DOT focus and depth
};

/// The plan for `args`; nullopt after reporting an unknown format name to
/// `err` (a usage error).
[[nodiscard]] std::optional<OutputPlan> plan_outputs(const OutputArgs& args, std::ostream& err);

/// Throws orgkg::Error when the plan cannot be written for `store` (an unknown
/// DOT focus name), so a run fails before it writes anything.
void check_outputs(const Store& store, const OutputPlan& plan);

/// Writes DIR/graph.<ext> for each format of the plan (DIR created if
/// missing), on up to `threads` threads (the formats are independent, and
/// the longest are started first); returns the paths written, in the plan's
/// order. A file that cannot be written does not stop the others: each file
/// is whole or untouched, and the first failure in the plan's order is
/// thrown (IoError naming the file) once every writer is done.
std::vector<std::filesystem::path> write_outputs(const Store& store, const OutputPlan& plan,
                                                 const std::filesystem::path& dir,
                                                 unsigned threads);

/// `orgkg export SNAPSHOT`: loads the snapshot and writes it like build does.
/// Returns 0, or 2 for an unknown format. Throws orgkg::Error.
[[nodiscard]] int run_export(const ExportSnapshotOptions& options, std::ostream& out,
                             std::ostream& err);

}  // namespace orgkg::cli

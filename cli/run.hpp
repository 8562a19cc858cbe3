// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Turns parsed options into library calls. Everything a programmatic user
// might want lives in the library; this layer only wires it up and reports.
#pragma once

#include <iosfwd>

#include "args.hpp"

namespace orgkg::cli {

/// Runs the command. Writes the summary to `out` and diagnostics to `err`.
/// Returns the process exit code: 0 done, 1 nothing could be done, 2 usage.
/// Throws orgkg::Error for failures (unreadable input, unwritable output).
[[nodiscard]] int run(const CliOptions& options, std::ostream& out, std::ostream& err);

}  // namespace orgkg::cli

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// `orgkg query`: answers a question about a snapshot with the library's query
// API and prints the answer as a table or as JSON.
#pragma once

#include <iosfwd>

#include "args.hpp"

namespace orgkg::cli {

/// Runs one query. Returns 0, or 2 for a bad --at/--role or a wrong number of
/// names. Throws orgkg::Error for an unreadable snapshot or an unknown name
/// (the message lists the closest known names).
[[nodiscard]] int run_query(const QueryOptions& options, std::ostream& out, std::ostream& err);

}  // namespace orgkg::cli

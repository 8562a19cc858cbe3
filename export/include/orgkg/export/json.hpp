// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// JSON lines of a whole graph: one fact per line with its evidence, the same
// objects `orgkg extract --json` prints for a single document.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes every fact of `store`, in canonical order, as JSON lines.
void write_facts_json(const Store& store, std::ostream& out);

[[nodiscard]] std::string to_facts_json(const Store& store);

}  // namespace orgkg

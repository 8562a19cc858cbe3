// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GEXF 1.3 for Gephi: nodes and edges with typed attributes and dynamic spells,
// so Gephi's timeline shows memberships appearing and ending.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` as a GEXF 1.3 document (mode="dynamic", timeformat="date").
/// Each edge carries spells from its validity (valid_from/valid_to) or, where
/// that is unknown, its evidence dates (first_seen onwards). Deterministic;
/// throws IoError when `out` fails.
void write_gexf(const Store& store, std::ostream& out);

/// The GEXF document as a string.
[[nodiscard]] std::string to_gexf(const Store& store);

}  // namespace orgkg

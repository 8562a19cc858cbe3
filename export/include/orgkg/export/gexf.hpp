// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GEXF 1.3 for Gephi: nodes and edges with typed attributes and dynamic spells,
// so Gephi's timeline shows memberships appearing and ending. The nodes, edges,
// ids, order and attribute values are those of the GraphML output (graphml.hpp);
// node/edge `label` and edge `weight` are GEXF's own XML attributes and edge
// `kind` is the relation. The exact shape, and how partial dates become the full
// dates GEXF needs (a start of "2014" is 2014-01-01, an end of "2014" is
// 2014-12-31), is documented at the top of export/src/gexf_writer.cpp and in
// export/README.md. Thread-safety: as for every writer (see format.hpp),
// concurrent writes of one unchanging Store are safe.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` as a GEXF 1.3 document (mode="dynamic", timeformat="date").
/// Each edge has one spell from valid_from (else first_seen) to valid_to (else
/// open: ongoing); a node's spells are its edges' spells merged into disjoint
/// intervals. Characters XML 1.0 cannot hold are dropped, invalid UTF-8 becomes
/// U+FFFD. Deterministic (the same Store gives the same bytes). Throws IoError
/// when `out` fails; `out` may then hold a partial document.
void write_gexf(const Store& store, std::ostream& out);

/// The GEXF document for `store`, as write_gexf() writes it.
[[nodiscard]] std::string to_gexf(const Store& store);

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GraphML output for Gephi, NetworkX, igraph and graphology: one node per entity,
// one edge per fact, with typed attributes declared as <key>s. The exact shape
// (key ids, attribute names and types, what is omitted) is documented in
// CONVENTIONS section 4 and at the top of export/src/graphml_writer.cpp. The
// output is always well-formed XML 1.0: characters XML cannot hold are dropped
// and invalid UTF-8 becomes U+FFFD. Deterministic: nodes by node id, edges by
// (subject, relation, object) with ids e0, e1, ...
// write_network_graphml() writes a Network (graph/network.hpp, e.g. the
// co-membership projection) the same way, undirected; see the top of
// export/src/network_graphml_writer.cpp for its exact shape.
// Thread-safety: as for every writer (see format.hpp), concurrent writes of one
// unchanging Store (and Network) are safe.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/graph/network.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` as a GraphML document to `out`. Throws IoError when the
/// stream fails; `out` may then hold a partial document.
void write_graphml(const Store& store, std::ostream& out);

/// The GraphML document for `store`, as write_graphml() writes it.
[[nodiscard]] std::string to_graphml(const Store& store);

/// Writes `network` as an undirected GraphML document to `out`: nodes in
/// network.nodes order with data label (the entity's label from `store`, or the
/// node id when `store` does not know it), kind and name (omitted then); edges
/// e0, e1, ... in network.edges order, source = a, target = b, with data weight
/// (double) and organisations (NetworkEdge::labels mapped to entity labels, the
/// id itself when unknown, '|'-joined; omitted when empty). Deterministic.
/// Throws IoError when the stream fails; `out` may then hold a partial document.
void write_network_graphml(const Network& network, const Store& store, std::ostream& out);

/// The GraphML document for `network`, as write_network_graphml() writes it.
[[nodiscard]] std::string to_network_graphml(const Network& network, const Store& store);

}  // namespace orgkg

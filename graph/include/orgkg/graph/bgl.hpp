// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The Store's Boost.Graph representation, for users who run their own BGL
// algorithms: a bidirectional adjacency_list whose vertices bundle an Entity
// and whose edges bundle a Fact. Vertex order is insertion order: sort by
// node_id() where order matters. The graph is read-only through this view.
// A Network (network.hpp) converts to an undirected BGL graph the same way.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/network.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

using StoreGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Fact>;

/// The graph behind `store`; valid until the store is next modified.
[[nodiscard]] const StoreGraph& bgl_graph(const Store& store);

using NetworkGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, double>>;

/// `network` as a Boost.Graph: vertex i is network.nodes[i], edges are added in
/// network.edges order with their weight, so every vertex's neighbours are in
/// ascending order.
[[nodiscard]] NetworkGraph to_bgl(const Network& network);

}  // namespace orgkg

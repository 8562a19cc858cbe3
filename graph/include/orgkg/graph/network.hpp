// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Network measures over a Store: an undirected, simple, weighted graph over
// node ids (a Network), built either as the undirected view of the Store or as
// the co-membership projection (states linked by the organisations they share),
// and the measures people ask of it: shortest paths, degree and betweenness
// centrality. Networks are plain values with nodes and edges in sorted order,
// so every result is deterministic, whatever order the Store was filled in.
// bgl.hpp turns a Network into a Boost.Graph for other algorithms. Building a
// Network only reads the Store (see query.hpp on threads).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/relation.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// One undirected edge.
struct NetworkEdge {
  std::string a;                    ///< the smaller node id
  std::string b;                    ///< the larger node id
  double weight = 0;                ///< undirected_view: facts between a and b; co_membership:
                                    ///< organisations shared
  std::vector<std::string> labels;  ///< sorted: relation names (undirected_view) or
                                    ///< organisation ids (co_membership)

  friend bool operator==(const NetworkEdge&, const NetworkEdge&) = default;
};

struct Network {
  std::vector<std::string> nodes;  ///< node ids, sorted, each once
  std::vector<NetworkEdge> edges;  ///< sorted by (a, b); at most one per pair, no loops

  /// The edge between `x` and `y` (either order), or nullptr. O(log edges).
  [[nodiscard]] const NetworkEdge* find_edge(std::string_view x, std::string_view y) const;
  /// The position of `node` in `nodes`, or nullopt. O(log nodes).
  [[nodiscard]] std::optional<std::size_t> index_of(std::string_view node) const;

  friend bool operator==(const Network&, const Network&) = default;
};

struct ViewOptions {
  /// Only facts holding at this date (query.hpp's holds_at()); nullopt: all.
  std::optional<Date> at;
  /// Only facts of these relations; empty: every relation.
  std::vector<Relation> relations;
};

/// The Store as an undirected graph: every entity a node, one edge per pair of
/// entities linked by at least one (selected) fact, whatever its direction.
[[nodiscard]] Network undirected_view(const Store& store, const ViewOptions& options = {});

struct CoMembershipOptions {
  /// Only memberships holding at this date; nullopt: all.
  std::optional<Date> at;
  /// The relation that counts as belonging to an organisation.
  Relation role = Relation::MemberOf;
  /// The entities projected: every entity of this kind is a node.
  EntityKind member_kind = EntityKind::State;
};

/// The co-membership projection: nodes are the entities of `member_kind`; two
/// are linked when both hold `role` towards at least one common entity, with
/// weight = the number of such organisations and labels = their ids.
/// O(sum over organisations of members squared).
[[nodiscard]] Network co_membership(const Store& store, const CoMembershipOptions& options = {});

/// A shortest path (fewest edges, weights ignored) from `from` to `to`: the
/// node ids along it, both ends included; {from} when from == to; empty when
/// either is not a node or `to` cannot be reached. Found by breadth-first
/// search (Boost.Graph) visiting neighbours in node-id order, so of several
/// shortest paths the same one is always returned.
[[nodiscard]] std::vector<std::string> shortest_path(const Network& network, std::string_view from,
                                                     std::string_view to);

/// shortest_path() over undirected_view(store).
[[nodiscard]] std::vector<std::string> shortest_path(const Store& store, std::string_view from,
                                                     std::string_view to);

/// A node and a measure of it.
struct NodeScore {
  std::string node;
  double value = 0;

  friend bool operator==(const NodeScore&, const NodeScore&) = default;
};

/// Every node's degree (number of neighbours; weights ignored), divided by
/// n - 1 when `normalized` (0 when n < 2). Sorted by value descending, then
/// node id ascending.
[[nodiscard]] std::vector<NodeScore> degree_centrality(const Network& network,
                                                       bool normalized = false);

/// Every node's betweenness centrality (Brandes' algorithm, Boost.Graph's
/// brandes_betweenness_centrality; unweighted): the sum over pairs {s, t} of
/// the share of shortest s-t paths through the node, each unordered pair
/// counted once (NetworkX's convention); divided by (n-1)(n-2)/2 when
/// `normalized` and n > 2. Sorted by value descending, then node id.
/// O(nodes * edges).
[[nodiscard]] std::vector<NodeScore> betweenness_centrality(const Network& network,
                                                            bool normalized = false);

}  // namespace orgkg

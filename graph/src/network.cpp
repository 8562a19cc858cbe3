// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Networks are built in ordered maps keyed by (smaller id, larger id), so they
// come out sorted whatever order the Store's vertices and edges are in; the BGL
// graph made from one (to_bgl) then has its vertices in node-id order and every
// adjacency list in ascending order, which makes breadth-first search, and so
// shortest_path(), deterministic.
#include "orgkg/graph/network.hpp"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <map>
#include <set>
#include <utility>

#include "orgkg/graph/bgl.hpp"
#include "orgkg/graph/query.hpp"

namespace orgkg {
namespace {

using PairKey = std::pair<std::string, std::string>;

PairKey pair_key(const std::string& x, const std::string& y) {
  return x < y ? PairKey{x, y} : PairKey{y, x};
}

struct EdgeDraft {
  double weight = 0;
  std::set<std::string> labels;
};

Network finish(std::vector<std::string> nodes, std::map<PairKey, EdgeDraft>& drafts) {
  Network network;
  network.nodes = std::move(nodes);
  std::sort(network.nodes.begin(), network.nodes.end());
  network.nodes.erase(std::unique(network.nodes.begin(), network.nodes.end()), network.nodes.end());
  network.edges.reserve(drafts.size());
  for (auto& [key, draft] : drafts) {
    network.edges.push_back({key.first, key.second, draft.weight,
                             std::vector<std::string>(draft.labels.begin(), draft.labels.end())});
  }
  return network;
}

// Sorts by value descending, then node id.
std::vector<NodeScore> ranked(std::vector<NodeScore> scores) {
  std::sort(scores.begin(), scores.end(), [](const NodeScore& x, const NodeScore& y) {
    return x.value != y.value ? x.value > y.value : x.node < y.node;
  });
  return scores;
}

}  // namespace

const NetworkEdge* Network::find_edge(std::string_view x, std::string_view y) const {
  if (y < x) std::swap(x, y);
  auto found = std::lower_bound(
      edges.begin(), edges.end(), std::pair{x, y}, [](const NetworkEdge& edge, const auto& key) {
        return std::pair<std::string_view, std::string_view>(edge.a, edge.b) < key;
      });
  if (found == edges.end() || found->a != x || found->b != y) return nullptr;
  return &*found;
}

std::optional<std::size_t> Network::index_of(std::string_view node) const {
  auto found = std::lower_bound(nodes.begin(), nodes.end(), node);
  if (found == nodes.end() || *found != node) return std::nullopt;
  return static_cast<std::size_t>(found - nodes.begin());
}

NetworkGraph to_bgl(const Network& network) {
  NetworkGraph graph(network.nodes.size());
  for (const NetworkEdge& edge : network.edges) {
    auto a = network.index_of(edge.a);
    auto b = network.index_of(edge.b);
    if (a && b) boost::add_edge(*a, *b, edge.weight, graph);
  }
  return graph;
}

Network undirected_view(const Store& store, const ViewOptions& options) {
  std::vector<std::string> nodes;
  for (const Entity* entity : store.entities()) nodes.push_back(node_id(*entity));
  std::map<PairKey, EdgeDraft> drafts;
  for (const Fact* fact : store.facts()) {
    if (!options.relations.empty() && std::find(options.relations.begin(), options.relations.end(),
                                                fact->relation) == options.relations.end()) {
      continue;
    }
    if (options.at && !holds_at(*fact, *options.at)) continue;
    EdgeDraft& draft = drafts[pair_key(fact->subject, fact->object)];
    draft.weight += 1;
    draft.labels.emplace(relation_name(fact->relation));
  }
  return finish(std::move(nodes), drafts);
}

Network co_membership(const Store& store, const CoMembershipOptions& options) {
  std::vector<std::string> nodes;
  for (const Entity* entity : store.entities()) {
    if (entity->kind == options.member_kind) nodes.push_back(node_id(*entity));
  }
  std::map<std::string, std::vector<std::string>> members;  // organisation -> members
  for (const Fact* fact : store.facts()) {  // sorted by subject: member lists come out sorted
    if (fact->relation != options.role) continue;
    if (options.at && !holds_at(*fact, *options.at)) continue;
    const Entity* subject = store.find_entity(fact->subject);
    if (subject && subject->kind == options.member_kind) {
      members[fact->object].push_back(fact->subject);
    }
  }
  std::map<PairKey, EdgeDraft> drafts;
  for (const auto& [organisation, list] : members) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        EdgeDraft& draft = drafts[pair_key(list[i], list[j])];
        draft.weight += 1;
        draft.labels.insert(organisation);
      }
    }
  }
  return finish(std::move(nodes), drafts);
}

std::vector<std::string> shortest_path(const Network& network, std::string_view from,
                                       std::string_view to) {
  auto source = network.index_of(from);
  auto target = network.index_of(to);
  if (!source || !target) return {};
  NetworkGraph graph = to_bgl(network);
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> predecessor(network.nodes.size(), kNone);
  auto predecessors = boost::make_iterator_property_map(predecessor.begin(),
                                                        boost::get(boost::vertex_index, graph));
  boost::breadth_first_search(graph, *source,
                              boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(
                                  predecessors, boost::on_tree_edge()))));
  if (*source != *target && predecessor[*target] == kNone) return {};
  std::vector<std::string> path;
  for (std::size_t v = *target; v != *source; v = predecessor[v]) {
    path.push_back(network.nodes[v]);
  }
  path.push_back(network.nodes[*source]);
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<std::string> shortest_path(const Store& store, std::string_view from,
                                       std::string_view to) {
  return shortest_path(undirected_view(store), from, to);
}

std::vector<NodeScore> degree_centrality(const Network& network, bool normalized) {
  std::vector<double> degree(network.nodes.size(), 0);
  for (const NetworkEdge& edge : network.edges) {
    auto a = network.index_of(edge.a);
    auto b = network.index_of(edge.b);
    if (a && b) {
      degree[*a] += 1;
      degree[*b] += 1;
    }
  }
  std::size_t n = network.nodes.size();
  std::vector<NodeScore> scores;
  for (std::size_t i = 0; i < n; ++i) {
    double value = degree[i];
    if (normalized) value = n > 1 ? value / static_cast<double>(n - 1) : 0;
    scores.push_back({network.nodes[i], value});
  }
  return ranked(std::move(scores));
}

std::vector<NodeScore> betweenness_centrality(const Network& network, bool normalized) {
  NetworkGraph graph = to_bgl(network);
  std::vector<double> centrality(network.nodes.size(), 0);
  auto map =
      boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, graph));
  boost::brandes_betweenness_centrality(graph, map);
  double n = static_cast<double>(network.nodes.size());
  // BGL already halves the sums of an undirected graph, counting each
  // unordered pair once, as NetworkX does.
  double scale = normalized && n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  std::vector<NodeScore> scores;
  for (std::size_t i = 0; i < network.nodes.size(); ++i) {
    scores.push_back({network.nodes[i], centrality[i] * scale});
  }
  return ranked(std::move(scores));
}

}  // namespace orgkg

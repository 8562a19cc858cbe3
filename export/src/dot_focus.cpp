// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A breadth-first search over the facts seen as undirected edges: a state's
// neighbourhood includes its organisations, and an organisation's its members,
// whichever way the relation points.
#include "dot_focus.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "orgkg/graph/error.hpp"
#include "orgkg/graph/query.hpp"

namespace orgkg::export_detail {
namespace {

[[noreturn]] void unknown_name(const Store& store, const std::string& name) {
  std::string message = "DOT focus: no entity named '" + name + "'";
  std::vector<NameSuggestion> close = closest_names(store, name, 3);
  for (std::size_t i = 0; i < close.size(); ++i) {
    message += (i == 0 ? "; closest: " : ", ") + close[i].name;
  }
  throw Error(message);
}

}  // namespace

DotSelection select_for_dot(const Store& store, const std::vector<std::string>& names, int depth) {
  DotSelection selection;
  if (names.empty()) return selection;
  if (depth < 0) throw Error("DOT focus depth must be 0 or more, not " + std::to_string(depth));
  selection.everything = false;
  for (const std::string& name : names) {
    const Entity* entity = find_entity_by_name(store, name);
    if (entity == nullptr) unknown_name(store, name);
    selection.focus.insert(node_id(*entity));
  }
  std::map<std::string, std::vector<std::string>> neighbours;
  for (const Fact* fact : store.facts()) {
    neighbours[fact->subject].push_back(fact->object);
    neighbours[fact->object].push_back(fact->subject);
  }
  selection.nodes = selection.focus;
  std::vector<std::string> frontier(selection.focus.begin(), selection.focus.end());
  for (int step = 0; step < depth && !frontier.empty(); ++step) {
    std::vector<std::string> next;
    for (const std::string& id : frontier) {
      for (const std::string& other : neighbours[id]) {
        if (selection.nodes.insert(other).second) next.push_back(other);
      }
    }
    frontier = std::move(next);
  }
  return selection;
}

}  // namespace orgkg::export_detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Which entities a DOT drawing shows: all of them, or the neighbourhood of a
// few focus entities (ExportOptions::focus and depth). Only reads the Store.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "orgkg/graph/store.hpp"

namespace orgkg::export_detail {

struct DotSelection {
  bool everything = true;       ///< no focus: draw every entity and fact
  std::set<std::string> focus;  ///< node ids of the focus entities
  std::set<std::string> nodes;  ///< node ids to draw (focus included), when !everything

  /// True when the entity with this node id is drawn.
  [[nodiscard]] bool contains(const std::string& node_id) const {
    return everything || nodes.count(node_id) != 0;
  }
};

/// Resolves each name in `names` as find_entity_by_name() does (node id, key,
/// label, acronym, name or alias, ASCII case-insensitive) and selects every
/// entity at most `depth` facts away from one of them, facts taken in either
/// direction. Empty `names`: everything. Throws orgkg::Error naming the first
/// name that denotes no entity (with the closest names), and for a negative
/// `depth`. O(entities + facts).
[[nodiscard]] DotSelection select_for_dot(const Store& store, const std::vector<std::string>& names,
                                          int depth);

}  // namespace orgkg::export_detail

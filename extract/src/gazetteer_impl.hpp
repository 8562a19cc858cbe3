// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GazetteerData: the inside of a Gazetteer, shared by gazetteer.cpp (lookups) and
// gazetteer_loader.cpp (reading the data files). Entities live in a deque so
// the pointers the name index holds survive later insertions.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "name_index.hpp"
#include "orgkg/extract/gazetteer.hpp"

namespace orgkg {

namespace detail {

struct GazetteerData {
  std::deque<Entity> entities;
  std::map<std::string, const Entity*, std::less<>> by_node_id;
  detail::NameIndex names;
  /// The treaties, charters and declarations that founded an organisation
  /// ("Treaty of Asuncion" -> Mercosur): names of their own, never mentions.
  detail::NameIndex founding_documents;
  std::set<const Entity*> members_called_partners;

  /// Stores `entity`, moved from; nullptr (`entity` left as it was) when one
  /// of the same kind and key exists.
  Entity* add(Entity&& entity) {
    std::string id = node_id(entity);
    // One walk of the map for the test and the insertion.
    auto at = by_node_id.lower_bound(id);
    if (at != by_node_id.end() && at->first == id) return nullptr;
    Entity& stored = entities.emplace_back(std::move(entity));
    by_node_id.emplace_hint(at, std::move(id), &stored);
    return &stored;
  }
};

}  // namespace detail

/// The gazetteer's name index (a friend of Gazetteer).
[[nodiscard]] const detail::NameIndex& gazetteer_names(const Gazetteer& gazetteer);

namespace detail {

/// Reads the ISO list and the data files named by `options` into a new GazetteerData.
/// Throws IoError or ParseError as Gazetteer::load() documents.
[[nodiscard]] std::unique_ptr<GazetteerData> load_gazetteer(const GazetteerOptions& options);

}  // namespace detail
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "fact_view.hpp"

#include "orgkg/graph/error.hpp"

namespace orgkg::export_detail {
namespace {

const Entity& resolve(const Store& store, const std::string& id) {
  const Entity* entity = store.find_entity(id);
  if (entity == nullptr) throw Error("fact refers to unknown entity '" + id + "'");
  return *entity;
}

}  // namespace

std::vector<FactView> resolved_facts(const Store& store) {
  std::vector<FactView> views;
  std::vector<const Fact*> facts = store.facts();
  views.reserve(facts.size());
  for (const Fact* fact : facts) {
    views.push_back({fact, &resolve(store, fact->subject), &resolve(store, fact->object)});
  }
  return views;
}

}  // namespace orgkg::export_detail

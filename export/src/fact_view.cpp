// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "fact_view.hpp"

#include "orgkg/graph/error.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::export_detail {
namespace {

const Entity& resolve(const Store& store, const std::string& id) {
  const Entity* entity = store.find_entity(id);
  if (entity == nullptr) throw Error("fact refers to unknown entity '" + id + "'");
  return *entity;
}

std::string iso(const std::optional<Date>& date) {
  return date && !date->empty() ? date->to_iso() : std::string();
}

std::string year(const std::optional<Date>& date) {
  return date && !date->empty() ? std::to_string(date->year) : std::string();
}

std::string boolean(bool value) { return value ? "true" : "false"; }

}  // namespace

std::optional<Date> fact_start(const Fact& fact) {
  if (fact.valid_from && !fact.valid_from->empty()) return fact.valid_from;
  if (!fact.first_seen.empty()) return fact.first_seen;
  return std::nullopt;
}

std::array<std::string, kNodeFields.size()> node_values(const Entity& entity) {
  return {entity.label,
          std::string(kind_name(entity.kind)),
          entity.name,
          entity.acronym,
          entity.iso3,
          entity.wikidata,
          join(entity.aliases, "|")};
}

std::array<std::string, kEdgeFields.size()> edge_values(const Fact& fact) {
  std::string relation(relation_name(fact.relation));
  std::string count = std::to_string(fact.evidence_count());
  return {relation,
          relation,
          count + ".0",
          count,
          fact.first_seen.to_iso(),
          fact.last_seen.to_iso(),
          iso(fact.valid_from),
          iso(fact.valid_to),
          year(fact_start(fact)),
          year(fact.valid_to),
          join(fact.sources(), "|"),
          boolean(is_symmetric(fact.relation)),
          boolean(fact.conflict)};
}

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

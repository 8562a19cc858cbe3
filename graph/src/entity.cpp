// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/entity.hpp"

namespace orgkg {
namespace {

constexpr std::string_view kind_prefix(EntityKind kind) {
  switch (kind) {
    case EntityKind::State: return "state_";
    case EntityKind::Organisation: return "org_";
    case EntityKind::City: return "city_";
    case EntityKind::Other: return "other_";
  }
  return "other_";
}

bool is_id_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '.' || c == ':' || c == '-';
}

void fill_if_empty(std::string& mine, const std::string& theirs) {
  if (mine.empty() && !theirs.empty()) mine = theirs;
}

}  // namespace

std::string_view kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::State: return "state";
    case EntityKind::Organisation: return "organisation";
    case EntityKind::City: return "city";
    case EntityKind::Other: return "other";
  }
  return "other";
}

std::optional<EntityKind> kind_from_name(std::string_view name) {
  for (EntityKind kind : {EntityKind::State, EntityKind::Organisation, EntityKind::City,
                          EntityKind::Other}) {
    if (kind_name(kind) == name) return kind;
  }
  return std::nullopt;
}

void Entity::merge(const Entity& other) {
  merge_fields(other);
  aliases.insert(other.aliases.begin(), other.aliases.end());
}

void Entity::merge_fields(const Entity& other) {
  fill_if_empty(label, other.label);
  fill_if_empty(name, other.name);
  fill_if_empty(acronym, other.acronym);
  fill_if_empty(iso2, other.iso2);
  fill_if_empty(iso3, other.iso3);
  fill_if_empty(wikidata, other.wikidata);
}

std::string node_id(EntityKind kind, std::string_view key) {
  std::string id(kind_prefix(kind));
  id.reserve(id.size() + key.size());
  for (char c : key) id.push_back(is_id_char(c) ? c : '_');
  return id;
}

}  // namespace orgkg

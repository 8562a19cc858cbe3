// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Entity: one real-world thing a fact is about: a state, an international
// organisation, a city. An entity is identified by its kind and key (ISO 3166
// alpha-3 for states, the usual English acronym for organisations, the English
// name for cities); node_id() turns that pair into the id every export uses.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace orgkg {

enum class EntityKind { State, Organisation, City, Other };

/// "state", "organisation", "city" or "other".
[[nodiscard]] std::string_view kind_name(EntityKind kind);
/// The inverse of kind_name(); nullopt for an unknown name.
[[nodiscard]] std::optional<EntityKind> kind_from_name(std::string_view name);

struct Entity {
  EntityKind kind = EntityKind::Other;
  std::string key;       ///< "RUS", "SCO", "Astana"
  std::string label;     ///< short name people use: "Russia", "SCO"
  std::string name;      ///< official or full name: "Russian Federation"
  std::string acronym;   ///< organisations: "SCO"
  std::string iso2;      ///< states: ISO 3166-1 alpha-2
  std::string iso3;      ///< states: ISO 3166-1 alpha-3
  std::string wikidata;  ///< "Q485207" where known, never guessed
  std::set<std::string> aliases;  ///< every surface form it was seen under

  /// Copies into this entity what `other` knows and this one does not, and
  /// unites the aliases. Both must have the same kind and key.
  void merge(const Entity& other);
  /// merge() but for the aliases: only fills the empty fields from `other`.
  void merge_fields(const Entity& other);

  friend bool operator==(const Entity&, const Entity&) = default;
};

/// "state_RUS", "org_SCO", "city_Astana", "other_X": the kind's prefix and the
/// key, every character outside [A-Za-z0-9_.:-] replaced by '_'.
[[nodiscard]] std::string node_id(EntityKind kind, std::string_view key);
[[nodiscard]] inline std::string node_id(const Entity& entity) {
  return node_id(entity.kind, entity.key);
}
/// Whether node_id(a) == node_id(b), without building either id: the same
/// kind, and keys that node_id() spells alike ("Arab League", "Arab_League").
[[nodiscard]] bool same_node_id(const Entity& a, const Entity& b) noexcept;

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The traversal every writer shares: the Store's facts in canonical order, each
// with its two entities resolved, plus small formatting helpers that are not
// syntax (joining lists). Writers add only their own syntax on top.
//
// The attribute tables of the graph formats (GraphML and GEXF, CONVENTIONS
// sections 4 and 5) live here too: kNodeFields/kEdgeFields name each attribute
// and its type once, and node_values()/edge_values() give every value as text,
// so both XML writers carry the same fields with the same formatting.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg::export_detail {

struct FactView {
  const Fact* fact = nullptr;
  const Entity* subject = nullptr;
  const Entity* object = nullptr;
};

/// Every fact of `store` sorted by (subject, relation, object), with both
/// entities resolved. Pointers stay valid until the Store is modified. Throws
/// orgkg::Error if a fact names an entity the store does not hold.
[[nodiscard]] std::vector<FactView> resolved_facts(const Store& store);

/// The type of a graph attribute; each writer spells it in its own syntax.
enum class FieldType { String, Int, Double, Boolean };

/// One node or edge attribute of the graph formats.
struct FieldDecl {
  const char* key;   ///< GraphML key id, unique in the file ("edgelabel")
  const char* name;  ///< the attribute's name for users ("label")
  FieldType type;
};

/// Node attributes, in output order (CONVENTIONS section 4).
inline constexpr std::array<FieldDecl, 7> kNodeFields = {{
    {"label", "label", FieldType::String},
    {"kind", "kind", FieldType::String},
    {"name", "name", FieldType::String},
    {"acronym", "acronym", FieldType::String},
    {"iso3", "iso3", FieldType::String},
    {"wikidata", "wikidata", FieldType::String},
    {"aliases", "aliases", FieldType::String},
}};

/// Edge attributes, in output order (CONVENTIONS section 4).
inline constexpr std::array<FieldDecl, 13> kEdgeFields = {{
    {"relation", "relation", FieldType::String},
    {"edgelabel", "label", FieldType::String},
    {"weight", "weight", FieldType::Double},
    {"evidence_count", "evidence_count", FieldType::Int},
    {"first_seen", "first_seen", FieldType::String},
    {"last_seen", "last_seen", FieldType::String},
    {"valid_from", "valid_from", FieldType::String},
    {"valid_to", "valid_to", FieldType::String},
    {"start_year", "start_year", FieldType::Int},
    {"end_year", "end_year", FieldType::Int},
    {"sources", "sources", FieldType::String},
    {"symmetric", "symmetric", FieldType::Boolean},
    {"conflict", "conflict", FieldType::Boolean},
}};

/// The value of each kNodeFields entry for `entity`, index for index; "" when
/// unknown (writers omit it). aliases are sorted and '|'-joined.
[[nodiscard]] std::array<std::string, kNodeFields.size()> node_values(const Entity& entity);

/// The value of each kEdgeFields entry for `fact`, index for index; "" when
/// unknown. label = relation; weight = evidence count as a double ("2.0");
/// dates ISO 8601 at the known precision; start_year = year of fact_start(),
/// end_year = year of valid_to; sources '|'-joined; booleans "true"/"false".
[[nodiscard]] std::array<std::string, kEdgeFields.size()> edge_values(const Fact& fact);

/// When a fact began as far as the texts tell: valid_from, else first_seen;
/// nullopt when neither is known.
[[nodiscard]] std::optional<Date> fact_start(const Fact& fact);

/// The items joined with `separator` ("a|b|c"); "" for none.
template <typename Range>
[[nodiscard]] std::string join(const Range& items, std::string_view separator) {
  std::string joined;
  bool first = true;
  for (const auto& item : items) {
    if (!first) joined += separator;
    joined += item;
    first = false;
  }
  return joined;
}

}  // namespace orgkg::export_detail

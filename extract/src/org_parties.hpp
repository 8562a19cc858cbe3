// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The parties of an organisation relation the org-relations reader finds:
// an entity with the words that named it, which kinds of entity each
// relation joins, and how a party is seen in the triple emitted. Private to
// extract/.
#pragma once

#include <optional>
#include <string_view>

#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/triple_view.hpp"

namespace orgkg::detail {

/// An entity and the words that named it: a view of its mention's surface
/// (the analysis keeps the mentions for the whole document) or of a made
/// entity's name; empty for the organisation in context.
struct Party {
  const Entity* entity = nullptr;
  std::string_view surface;
};

/// The party `m` names (`m` must outlive it).
[[nodiscard]] inline Party party_of(const Mention* m) { return {m->entity, m->surface}; }

/// Whether the party is an organisation.
[[nodiscard]] inline bool is_org(const Party& p) {
  return p.entity->kind == EntityKind::Organisation;
}

/// Whether `relation` may hold between these kinds of entity (and between
/// two different nodes).
[[nodiscard]] inline bool fits(Relation relation, const Party& s, const Party& o) {
  if (s.entity == o.entity || same_node_id(*s.entity, *o.entity)) return false;
  EntityKind sk = s.entity->kind;
  EntityKind ok = o.entity->kind;
  switch (relation) {
    case Relation::CooperatesWith:
      return is_org(s) && is_org(o);
    case Relation::AgreementWith:
      return (is_org(s) || is_org(o)) && sk != EntityKind::City && ok != EntityKind::City;
    case Relation::HeadquarteredIn:
      return is_org(s) && ok == EntityKind::City;
    case Relation::FounderOf:
      return (sk == EntityKind::State || is_org(s)) && is_org(o);
    default:
      return false;
  }
}

/// A party as seen: one named without words of its own adds no alias.
[[nodiscard]] inline SeenEntity seen_as(const Party& party) {
  return {party.entity,
          party.surface.empty() ? std::nullopt : std::optional<std::string_view>(party.surface)};
}

}  // namespace orgkg::detail

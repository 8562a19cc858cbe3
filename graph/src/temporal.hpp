// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The temporal rules of the Store (documented in store.hpp) as pure functions
// of a (subject, object) pair's facts, so the Store and the queries share one
// definition and the result cannot depend on the order evidence arrived in.
#pragma once

#include <compare>
#include <optional>
#include <vector>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {

/// Compares two non-empty dates at the precision both know: 2023 and
/// 2023-07-04 are equivalent, 2023-06 is before 2023-07-04.
[[nodiscard]] std::weak_ordering compare_shared(const Date& a, const Date& b);

/// a is definitely before b: earlier at the precision both dates know.
[[nodiscard]] inline bool definitely_before(const Date& a, const Date& b) {
  return compare_shared(a, b) == std::weak_ordering::less;
}

/// True for the relations that make up a pair's status history: member_of,
/// observer_of, partner_of, associate_member_of, candidate_for and left.
[[nodiscard]] bool has_spell(Relation relation);

/// What the rules need of one status fact of a pair.
struct SpellInput {
  Relation relation = Relation::MemberOf;
  std::optional<Date> start;      ///< valid_from, else first_seen; nullopt when undated
  Date last_seen;                 ///< latest evidence date (may be empty)
  std::optional<Date> stated_to;  ///< the latest end the evidence states
  bool own_conflict = false;      ///< the fact's own evidence contradicts itself
};

/// What the rules derive for it.
struct SpellOutput {
  std::optional<Date> valid_to;
  bool conflict = false;
};

/// Applies the spell rules to every status fact of one (subject, object) pair
/// (no two with the same relation) into `out`, which it resizes to one output
/// per input, in the inputs' order (the caller may reuse `out`'s room).
void settle_spells(const std::vector<SpellInput>& facts, std::vector<SpellOutput>& out);

}  // namespace orgkg::detail

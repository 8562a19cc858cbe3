// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Comparisons are made at the precision both dates know, because a text that
// says "in 2023" and one dated 2023-07-04 do not say which came first: neither
// closes the other's spell, and neither contradicts it.
#include "temporal.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <tuple>

namespace orgkg::detail {

std::weak_ordering compare_shared(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year <=> b.year;
  if (!a.has_month() || !b.has_month()) return std::weak_ordering::equivalent;
  if (a.month != b.month) return a.month <=> b.month;
  if (!a.has_day() || !b.has_day()) return std::weak_ordering::equivalent;
  return a.day <=> b.day;
}

bool has_spell(Relation relation) {
  switch (relation) {
    case Relation::MemberOf:
    case Relation::ObserverOf:
    case Relation::PartnerOf:
    case Relation::AssociateMemberOf:
    case Relation::CandidateFor:
    case Relation::Left:
      return true;
    default:
      return false;
  }
}

void settle_spells(const std::vector<SpellInput>& facts, std::vector<SpellOutput>& out) {
  out.assign(facts.size(), SpellOutput{});
  for (std::size_t i = 0; i < facts.size(); ++i) out[i].conflict = facts[i].own_conflict;

  // Facts that can close others (every status but a pending candidacy), in
  // order of their start; ties broken by relation so the order is total. A
  // pair has a handful of status facts, and a Store settles one whenever a
  // fact's dates change: they are listed on the stack when they fit.
  constexpr std::size_t kOnStack = 16;
  std::array<std::size_t, kOnStack> on_stack;
  std::vector<std::size_t> on_heap;
  if (facts.size() > kOnStack) on_heap.resize(facts.size());
  std::size_t* const first = facts.size() > kOnStack ? on_heap.data() : on_stack.data();
  std::size_t count = 0;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (facts[i].start && facts[i].relation != Relation::CandidateFor) first[count++] = i;
  }
  const std::span<const std::size_t> closers(first, count);
  std::sort(first, first + count, [&](std::size_t a, std::size_t b) {
    return std::tie(*facts[a].start, facts[a].relation) <
           std::tie(*facts[b].start, facts[b].relation);
  });

  for (std::size_t i = 0; i < facts.size(); ++i) {
    const SpellInput& fact = facts[i];
    if (fact.stated_to) {
      out[i].valid_to = fact.stated_to;
      continue;
    }
    if (!fact.start) continue;
    for (std::size_t j : closers) {
      if (j == i || !definitely_before(*fact.start, *facts[j].start)) continue;
      const Date& change = *facts[j].start;
      if (!fact.last_seen.empty() && definitely_before(change, fact.last_seen)) {
        out[i].conflict = true;  // still seen in the old status after the change
        out[j].conflict = true;
        continue;
      }
      out[i].valid_to = change;
      break;
    }
  }
}

}  // namespace orgkg::detail

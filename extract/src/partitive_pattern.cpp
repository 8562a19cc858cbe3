// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A membership list split across sentences: "The Community brings together
// sixteen Member States: A, B and C. The other eight are D and E.", "The
// Association comprises 23 Member States. Nine of them are African states:
// A, B. The remaining fourteen are C and D." The part's members are the
// organisation's in context; the extractor keeps the finding only after a
// sentence that spoke of members (ListFinding::partitive).
#include "event_patterns.hpp"
#include "list_phrases.hpp"

namespace orgkg::detail {

std::optional<ListFinding> partitive_pattern(const Units& u, std::size_t i,
                                             const PartnerPolicy& /*partners*/) {
  std::size_t k = 0;
  if (i == 1 && is(u, i, {"other", "remaining"}) && is(u, 0, {"the"}) && count_at(u, 2)) {
    k = 3;  // "The other eight"
  } else if (i == 2 && is(u, i, {"them"}) && is(u, 1, {"of"}) && count_at(u, 0)) {
    k = 3;  // "Nine of them"
  } else {
    return std::nullopt;
  }
  if (is(u, k, {"member"}) && is(u, k + 1, {"states", "countries"})) k += 2;
  if (is(u, k, {"members", "states", "countries"})) ++k;
  if (!is(u, k, {"are", "include"})) return std::nullopt;
  std::size_t verb = k++;
  // "are African states:": a kind of state before the list.
  std::size_t m = k;
  while (m < u.size() && m < k + 2 && u[m].mention == nullptr && !is_plain_noun(u, m) &&
         !is(u, m, {",", ":", "-", ".", ";"})) {
    ++m;
  }
  if (is_plain_noun(u, m) && is(u, m + 1, {":", "-"})) k = m + 2;
  ListFinding finding;
  read_list_forward(u, k, finding);
  if (finding.items.empty() || finding.list_begin != k || list_cut_short(u, finding)) {
    return std::nullopt;
  }
  for (const Mention* item : finding.items) {
    if (item->entity->kind != EntityKind::State) return std::nullopt;
  }
  finding.relation = Relation::MemberOf;
  finding.rule = "list.partitive";
  finding.partitive = true;
  finding.anchor = verb;
  finding.subject_begin = 0;
  finding.predicate_end = k;
  return finding;
}

}  // namespace orgkg::detail

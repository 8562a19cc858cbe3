// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// "The OIC counts Pakistan among its members", "the Forum counted A and B
// among its observers": an organisation naming the states that hold a role
// in it, the list being the verb's object.
#include "event_patterns.hpp"
#include "list_phrases.hpp"

namespace orgkg::detail {

std::optional<ListFinding> counts_among_pattern(const Units& u, std::size_t i,
                                                const PartnerPolicy& partners) {
  if (!is(u, i, {"counts", "count", "counted"})) return std::nullopt;
  const Mention* subject = nullptr;  // nullptr: "It", "The Organisation" in context
  if (!subject_before(u, i, subject)) return std::nullopt;
  ListFinding finding;
  read_leading_items(u, i + 1, finding);
  if (finding.items.empty() || finding.list_begin != i + 1 + (is(u, i + 1, {"the"}) ? 1 : 0) ||
      !is(u, finding.list_end, {"among"}) || !is(u, finding.list_end + 1, {"its", "their"})) {
    return std::nullopt;
  }
  std::size_t k = finding.list_end;
  std::optional<Role> role = predicate_role(u, k, /*status=*/false, finding);
  if (!role || finding.organisation != nullptr || finding.pronoun) return std::nullopt;
  finding.organisation = subject;
  if (!accept_role(*role, subject, partners)) return std::nullopt;
  finding.relation = relation_of(*role);
  finding.rule = "list.counts_among";
  finding.anchor = i;
  finding.subject_begin = finding.list_begin;
  finding.predicate_end = k;
  return finding;
}

}  // namespace orgkg::detail

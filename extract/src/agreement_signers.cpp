// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "agreement_signers.hpp"

#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

void signer_of(const Units& u, std::size_t v, OrgFinding& base, std::size_t& begin) {
  // "Vietnam was the first country to sign an agreement with the EAEU": the
  // state the ordinal is said of; a bare "to sign" otherwise is a plan.
  if (is(u, v, {"sign", "conclude"})) {
    std::size_t k = v;
    if (k < 4 || !is(u, k - 1, {"to"}) ||
        !is(u, k - 2, {"country", "state", "nation", "member", "partner"})) {
      return;
    }
    k -= 2;
    if (is_org(u, k - 1)) --k;  // "the first ASEAN member to sign"
    if (k < 4 || !is_ordinal(u, k - 1) || !is(u, k - 2, {"the"}) ||
        !is(u, k - 3, {"was", "became", "is", "has", "had"})) {
      return;
    }
    std::size_t s = k - 3;
    if (s >= 1 && is(u, s - 1, {"been"}) && s >= 2) s -= 2;
    if (s >= 1 && is_state(u, s - 1)) {
      base.subjects = {u[s - 1].mention};
      begin = s - 1;
    }
    return;
  }
  std::size_t j = skip_auxiliaries(u, v);
  // "A and B on December 17 signed", "A and B today signed"
  std::size_t d = j;
  while (d > 0 && d + 5 > j && is_date_word(u, d - 1)) --d;
  if (d < j && d > 0 && is(u, d - 1, {"on", "in"})) j = d - 1;
  if (j > 0 && is(u, j - 1, {"today", "yesterday", "recently"})) --j;
  ListFinding subject;
  std::size_t b = j;
  if (read_subject_list(u, j, subject)) {
    base.subjects = subject.items;
    begin = subject.subject_begin;
  } else if (const Mention* actor = actor_before(u, j, b)) {
    base.subjects = {actor};
    begin = b;
  } else if (context_subject_before(u, j, b)) {
    base.context_subject = true;
    begin = b;
  }
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A membership or status stated as the reason for congratulations:
// "congratulated Finland on joining NATO", "We congratulate Timor-Leste on
// becoming the eleventh member of ASEAN", "... Egypt and Iran on their
// admission to BRICS", "... Azerbaijan upon obtaining observer status in the
// OTS". The congratulations presuppose the event; a hope or a step towards
// it ("on its application", "on its forthcoming accession") names none of
// the events read here. The chair the same words give ("on assuming the
// chairmanship") is the chair readers' (read_subjects()).
#include "event_patterns.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

bool congratulated_before(const Units& u, std::size_t subject_begin, bool thanks) {
  if (subject_begin == 0) return false;
  std::size_t v = subject_begin - 1;
  // "congratulated the Government and people of Egypt on ..."
  if (is(u, v, {"of"}) && v >= 2) {
    std::size_t k = v - 1;
    if (is(u, k, {"people", "government", "leadership"})) {
      if (k >= 2 && is(u, k - 1, {"and"}) && is(u, k - 2, {"government", "people", "leadership"}))
        k -= 2;
      if (k >= 1 && is(u, k - 1, {"the"})) --k;
      if (k == 0) return false;
      v = k - 1;
    }
  }
  if (is(u, v, {"warmly", "sincerely", "heartily", "also"}) && v > 0) --v;
  if (is(u, v, {"congratulated", "congratulates", "congratulate", "congratulating"})) return true;
  return thanks && is(u, v,
                      {"thanked", "thanks", "thank", "thanking", "commended", "commends", "commend",
                       "praised", "praises", "praise"});
}

std::optional<ListFinding> congratulated_on_pattern(const Units& u, std::size_t verb,
                                                    const PartnerPolicy& partners) {
  if (!is(u, verb, {"congratulated", "congratulates", "congratulate", "congratulating"})) {
    return std::nullopt;
  }
  // The "on" after the ones congratulated, in the same clause.
  std::size_t i = verb + 2;
  for (; i < u.size() && i < verb + 16 && !is(u, i, {"on", "upon"}); ++i) {
    if (is(u, i, {".", ";", ":", "that", "for"})) return std::nullopt;
  }
  if (!is(u, i, {"on", "upon"})) return std::nullopt;
  std::size_t k = i + 1;
  ListFinding finding;
  std::optional<Role> role;
  const char* rule = "list.congratulated_on";
  if (is(u, k, {"joining"})) {  // "on joining NATO"
    OrgPhrase object = org_after(u, k + 1, /*preposition=*/false);
    if (object.org == nullptr) return std::nullopt;
    finding.organisation = object.org;
    finding.also = object.also;
    role = Role::Member;
    k += 1 + object.length;
  } else if (is(u, k, {"becoming"})) {  // "on becoming the eleventh member of ASEAN"
    ++k;
    role = predicate_role(u, k, /*status=*/false, finding, /*ordinals=*/true, /*joining=*/true);
  } else if (std::size_t verb =
                 first_phrase(u, k, {"obtaining"}, {"receiving"}, {"gaining"}, {"acquiring"},
                              {"being", "granted"}, {"being", "accorded"}, {"being", "given"})) {
    k += verb;  // "on obtaining observer status in the OTS"
    role = predicate_role(u, k, /*status=*/true, finding);
  } else {
    // "on its|their [successful|historic] accession|admission to ORG"
    std::size_t m = k + (is(u, k, {"its", "their", "the"}) ? 1 : 0);
    while (is(u, m, {"successful", "historic", "formal", "official", "full"})) ++m;
    if (!is(u, m, {"accession", "admission"}) || !is(u, m + 1, {"to", "into", "in"})) {
      return std::nullopt;
    }
    OrgPhrase object = org_after(u, m + 1);
    if (object.length == 0 || object.pronoun) return std::nullopt;
    finding.organisation = object.org;
    finding.also = object.also;
    role = Role::Member;
    k = m + 1 + object.length;
  }
  if (!role || !accept_role(*role, finding.organisation, partners)) return std::nullopt;
  // "the Government and people of Hungary on ...": one state after "of",
  // which the subject list does not read.
  std::size_t state =
      is_state(u, i - 1) && u[i - 1].mention->form != NameForm::Demonym && is(u, i - 2, {"of"})
          ? i - 1
          : 0;
  if (state != 0 && congratulated_before(u, state, /*thanks=*/false)) {
    finding.items = {u[state].mention};
    finding.list_begin = finding.subject_begin = state;
    finding.list_end = i;
  } else if (!read_subject_list(u, i, finding) ||
             !congratulated_before(u, finding.subject_begin, /*thanks=*/false)) {
    return std::nullopt;
  }
  finding.relation = relation_of(*role);
  finding.rule = rule;
  finding.anchor = verb;
  finding.predicate_end = k;
  finding.starts = true;
  return finding;
}

}  // namespace orgkg::detail

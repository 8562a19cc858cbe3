// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The chair patterns anchored on a chairmanship noun's owner (chair_patterns.cpp
// tries them with the rest of its family):
//   STATE's|our country's [ORG] chairmanship|presidency [of ORG]; thanked STATE for its
//   successful chairmanship; congratulated STATE on the|its assumption of the
//   chairmanship                                         chair.possessive
//   the DEMONYM [ORG] chairmanship|presidency [of ORG]   chair.demonym
//   the Kazakhstan [ORG] chairmanship [of ORG]           chair.attributive
//   under the chairmanship of STATE; the presidency of STATE in ORG  chair.chairmanship_of
#include "chair_phrases.hpp"
#include "status_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

// STATE's|our country's|our [ORG] chairmanship [of ORG]; the DEMONYM chairmanship.
void possessive_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  // The owner first, the finding (a large object) only once one is there:
  // most tries, at a state's mention, find none.
  const Mention* subject = nullptr;  // else the publisher
  const char* rule = "chair.possessive";
  std::size_t k = 0;
  if (is_state_name(u, i) && is(u, i + 1, {"'s"})) {
    subject = u[i].mention;
    k = i + 2;
  } else if (publisher_at(u, i, publisher) == 2 && is(u, i + 2, {"'s"})) {
    k = i + 3;
  } else if (publisher && is(u, i, {"our"})) {
    k = i + 1;
  } else if (is(u, i, {"its"}) && i >= 2 && is(u, i - 1, {"for", "on"}) &&
             is_state_name(u, i - 2)) {  // "thanked Kyrgyzstan for its chairmanship"
    subject = u[i - 2].mention;
    k = skip_praise(u, i + 1);
  } else if (is_state_name(u, i) && is(u, i + 1, {"on", "upon", "for"}) &&
             (is(u, i + 2, {"the"}) || phrase(u, i + 2, {"its", "assumption", "of"})) &&
             congratulated_before(u, i > 0 && is(u, i - 1, {"the"}) ? i - 1 : i, true)) {
    // "congratulated Kazakhstan on the successful chairmanship", "... Egypt
    // on its assumption of the chairmanship"
    subject = u[i].mention;
    k = i + (is(u, i + 2, {"the"}) ? 3 : 5);
    if (k == i + 5 && is(u, k, {"the"})) ++k;
    k = skip_praise(u, k);
  } else if (is(u, i, {"whose"}) && i >= 2 && is(u, i - 1, {","}) && is_state_name(u, i - 2)) {
    subject = u[i - 2].mention;  // "taking over from Kazakhstan, whose chairmanship"
    k = i + 1;
  } else if (is_demonym(u, i) || (is_state_name(u, i) && i > 0 && is(u, i - 1, {"the"}))) {
    subject = u[i].mention;  // "the Kazakhstani chairmanship", "the Kazakhstan chairmanship"
    rule = is_demonym(u, i) ? "chair.demonym" : "chair.attributive";
    k = i + 1;
  } else {
    return;
  }
  if (is(u, k, {"the", "its"})) return;
  std::optional<ChairPhrase> p = chair_phrase_at(u, k, false);
  if (!p) return;
  StatusFinding f = chair_finding(rule, nullptr, Modality::Presupposed);
  if (subject != nullptr) {
    f.subjects = {subject};
  } else {
    f.publisher = true;
  }
  f.organisation = p->org;
  f.context_allowed = !p->presidency;
  f.anchor = p->noun;
  f.phrase_begin = i;
  set_scopes(u, p->noun, i, p->end, f);
  // "The Belarusian chairmanship of the CSTO in 2023 was followed by that of
  // Kazakhstan in 2024": the next chair, dated by its own words.
  for (std::size_t m = p->end; m < u.size() && m < p->end + 6; ++m) {
    if (is(u, m, {",", ".", ";", "which"})) break;
    std::size_t n = first_phrase(u, m, {"was", "followed", "by", "that", "of"},
                                 {"was", "succeeded", "by", "that", "of"});
    if (n == 0) continue;
    std::size_t next = m + n + (is(u, m + n, {"the"}) ? 1 : 0);
    if (!is_state_name(u, next)) break;
    StatusFinding g = f;
    g.subjects = {u[next].mention};
    g.rule = "chair.followed_by";
    f.date_end = m;
    g.date_begin = m + 3;
    out.push_back(std::move(g));
    break;
  }
  out.push_back(std::move(f));
}

// [under] the chairmanship|presidency of [the] STATE [in|of ORG].
void chairmanship_of_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!chair_noun(u, i, true) || !is(u, i + 1, {"of"})) return;
  std::size_t state = i + 2 + (is(u, i + 2, {"the"}) ? 1 : 0);  // "of the Russian Federation"
  // "under the chairmanship of President Bola Tinubu of Nigeria": the head's state.
  if (std::size_t head = head_of_state_at(u, i + 2)) state = head;
  if (!is_state_name(u, state)) return;
  bool under = i >= 2 && is(u, i - 1, {"the"}) && is(u, i - 2, {"under"});
  OrgPhrase org = org_phrase_after(u, state + 1);
  if (!under && (org.length == 0 || org.org == nullptr)) return;
  std::size_t end = state + 1 + org.length;
  if (org.length == 0 && !object_ends_at(u, end)) return;  // "of Kazakhstan's minister"
  StatusFinding f = chair_finding("chair.chairmanship_of", nullptr, Modality::Presupposed);
  f.organisation = org.org;
  f.context_allowed = !is(u, i, {"presidency"});
  f.prefer_before = under;
  f.subjects = {u[state].mention};
  f.anchor = i;
  f.phrase_begin = under ? i - 2 : i;
  set_scopes(u, i, f.phrase_begin, end, f);
  out.push_back(std::move(f));
}

}  // namespace orgkg::detail

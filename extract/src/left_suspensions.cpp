// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// left, said of a state's membership rather than by a verb of the state:
// "Qatar's membership came to an end on 1 January 2019, Ecuador's on 1
// January 2020", "Syria, whose membership was suspended", "Mali, Guinea and
// Sudan, suspended in 2021," (left_phrases.hpp; the verbs and nouns:
// left_patterns.cpp).
#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "left_phrases.hpp"

namespace orgkg::detail {

// STATE's membership|observer status [in ORG] was|has been suspended|terminated,
// ended|expired; the membership|observer status of STATE [in ORG] has been
// suspended; STATE, whose membership [in ORG] was suspended.
void membership_was_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  StatusFinding f = left_finding("left.suspended");
  std::size_t state = 0;
  std::optional<std::size_t> end;
  const std::size_t of = is(u, i, {"observer"}) && is(u, i + 1, {"status"}) ? i + 2 : i + 1;
  const std::size_t p = i >= 1 && is(u, i - 1, {"own"}) ? i - 1 : i;  // "Egypt's own membership"
  if (p >= 2 && is(u, p - 1, {"'s"}) && is_state_name(u, p - 2)) {
    state = p - 2;
    end = standing_at(u, i, f);
  } else if (i >= 3 && is(u, i - 1, {"whose"}) && is(u, i - 2, {","}) && is_state_name(u, i - 3)) {
    state = i - 3;
    end = standing_at(u, i, f);
  } else if ((of == i + 2 || is(u, i, {"membership"})) && is(u, of, {"of"}) &&
             is_state_name(u, of + 1)) {
    state = of + 1;
    OrgPhrase org = org_phrase_after(u, of + 2);
    if (org.length == 0 && unresolved_place(u, of + 2)) return;
    f.organisation = org.org;
    end = of + 2 + org.length;
  }
  if (!end) return;
  std::size_t k = *end;
  while (is(u, k,
            {"was", "were", "has", "have", "had", "been", "is", "officially", "also", "remained",
             "remains"})) {
    ++k;
  }
  // "... was suspended|frozen|terminated", "... has remained suspended";
  // "... ended|ceased|expired in 2019".
  bool passive = k != *end && is(u, k, {"suspended", "frozen", "terminated", "revoked"});
  // "... came to an end on 1 January 2019"
  std::size_t came = phrase(u, k, {"came", "to", "an", "end"});
  bool ended = is(u, k, {"ended", "ceased", "expired"}) || came != 0;
  if (!passive && !ended) return;
  if (!is(u, k, {"suspended", "frozen"})) f.rule = "left.ceased";
  std::size_t first = state < i ? state : i;
  f.subjects = {u[state].mention};
  f.anchor = k;
  f.phrase_begin = first;
  set_scopes(u, k, first, k + 1, f);
  // "Indonesia suspended its membership in 2016, Qatar's membership came to
  // an end on ...": the clause before the comma has its own subject and date.
  if (first >= 1 && is(u, first - 1, {","})) {
    for (std::size_t b = f.date_begin; b + 1 < first; ++b) {
      if (u[b].mention != nullptr) f.date_begin = first;
    }
  }
  // "..., Ecuador's on 1 January 2020 and Angola's on 1 January 2024": the
  // same ending of other states' memberships, each with its date.
  std::size_t m = k + std::max<std::size_t>(came, 1);
  std::vector<StatusFinding> series;
  for (std::size_t n = 0; m < u.size() && n < 12; ++n) {
    if (is(u, m, {",", "and"})) {
      ++m;
      continue;
    }
    if (is_date_word(u, m) || is(u, m, {"in", "on", "at", "the", "end", "of"})) {
      ++m;
      continue;
    }
    if (!is_state_name(u, m) || !is(u, m + 1, {"'s"}) || !is(u, m + 2, {"on", "in"}) ||
        !is_date_word(u, m + 3)) {
      break;
    }
    std::size_t d = m + 3;
    while (d < u.size() && is_date_word(u, d)) ++d;
    StatusFinding next = f;
    next.subjects = {u[m].mention};
    next.date_begin = m + 2;
    next.date_end = d;
    series.push_back(std::move(next));
    m = d;
  }
  if (!series.empty()) f.date_end = std::min(f.date_end, series.front().date_begin - 2);
  out.push_back(std::move(f));
  for (StatusFinding& next : series) out.push_back(std::move(next));
}

// "Mali, suspended in June 2021, and Guinea, suspended in September 2021,
// remain ...", "Mali, Guinea and Sudan, suspended from the AU in 2021,": a
// participle set off by commas after states, with its date.
void suspended_appositive_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (i < 2 || !is(u, i, {"suspended", "expelled"}) || !is(u, i - 1, {","}) ||
      !is_state_name(u, i - 2)) {
    return;
  }
  StatusFinding f = left_finding(is(u, i, {"suspended"}) ? "left.suspended" : "left.expelled");
  std::size_t k = i + 1;
  if (is(u, k, {"from"})) {
    OrgPhrase from = org_after(u, k + 1, /*preposition=*/false);
    if (from.org == nullptr) return;
    f.organisation = from.org;
    k += 1 + from.length;
  }
  if (!is(u, k, {"in", "on", "since"}) || !is_date_word(u, k + 1)) return;
  std::size_t end = k + 1;
  while (end < u.size() && is_date_word(u, end)) ++end;
  if (end < u.size() && !is(u, end, {",", ".", ";", "and"})) return;
  ListItems list;
  read_list_backward(u, i - 1, list);
  if (!add_subjects(list, f, /*states_only=*/true)) return;
  f.anchor = i;
  f.phrase_begin = list.list_begin;
  f.cue_begin = i;
  f.cue_end = end;
  f.date_begin = i;
  f.date_end = end;
  out.push_back(std::move(f));
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// An accession said to be under way: "Kyrgyzstan's accession [to the EAEU]
// is nearing completion", "the admission of Uruguay [to the NDB] is in
// progress", "... is under way|ongoing|pending". The admission is started,
// not completed: candidate_for (candidate.in_progress).
#include "candidacy_patterns.hpp"
#include "status_phrases.hpp"

namespace orgkg::detail {

namespace {

// "is|was [now] nearing completion|in progress|under way|ongoing|pending" at
// unit k: its end, 0 when there is none.
std::size_t in_progress_at(const Units& u, std::size_t k) {
  if (!is(u, k, {"is", "was"})) return 0;
  std::size_t m = k + 1;
  if (is(u, m, {"now", "still", "currently", "already", "well"})) ++m;
  std::size_t n = first_phrase(u, m, {"nearing", "completion"}, {"in", "progress"},
                               {"under", "way"}, {"underway"}, {"ongoing"}, {"pending"},
                               {"in", "its", "final", "stage"}, {"at", "its", "final", "stage"});
  return n == 0 ? 0 : m + n;
}

}  // namespace

void in_progress_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"accession", "admission"})) return;
  StatusFinding f = candidate("candidate.in_progress");
  std::size_t first = i;
  std::size_t k = i + 1;
  if (i >= 2 && is(u, i - 1, {"'s"}) && is_state_name(u, i - 2)) {
    f.subjects = {u[i - 2].mention};  // "Kyrgyzstan's accession"
    first = i - 2;
  } else if (is(u, k, {"of"})) {  // "the admission of Uruguay"
    ListItems list = read_items(u, k + 1);
    if (!add_subjects(list, f)) return;
    k = list.list_end;
  } else {
    return;
  }
  std::optional<std::size_t> org = org_into(u, k, f);
  if (!org) return;
  std::size_t end = in_progress_at(u, *org);
  if (end == 0) return;
  f.anchor = i;
  f.phrase_begin = first;
  set_scopes(u, i, first, end, f);
  out.push_back(std::move(f));
}

}  // namespace orgkg::detail

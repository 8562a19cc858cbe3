// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A candidacy under way: "Kyrgyzstan's accession [to the EAEU] is nearing
// completion", "the admission of Uruguay [to the NDB] is in progress|under
// way|ongoing|pending" (candidate.in_progress); "Belarus is completing its
// accession to the SCO", "... the procedures for its entry into ORG"
// (candidate.completing); "STATE's application|bid|request to join ORG",
// "approved the application|request of STATE for membership", "whose Council
// approved our application" (candidate.application). Started, not
// completed: candidate_for.
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

void completing_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  if (!is(u, i, {"completing"}) || i == 0 || !is(u, i - 1, {"is", "are", "now"})) return;
  std::size_t k = i + 1;
  // "the procedures for its entry into ORG", "its accession to ORG"
  if (std::size_t n = first_phrase(u, k, {"the", "procedures", "for"}, {"the", "procedure", "for"},
                                   {"the", "process", "of"})) {
    k += n;
  }
  if (!is(u, k, {"its", "their"}) || !is(u, k + 1, {"accession", "entry", "admission"}) ||
      !is(u, k + 2, {"to", "into", "in"})) {
    return;
  }
  StatusFinding f = candidate("candidate.completing");
  OrgPhrase object = org_after(u, k + 3, /*preposition=*/false);
  if (object.org == nullptr && object.length == 0) return;  // "its entry into force"
  f.organisation = object.org;
  f.also = object.also;
  std::size_t end = k + 3 + object.length;
  if (!read_subjects(u, i, publisher, false, f)) return;
  f.anchor = i;
  set_scopes(u, i, f.phrase_begin, end, f);
  out.push_back(std::move(f));
}

// STATE's [membership] application|bid for ...|to join ...: anchored on the
// "'s" at unit j, the rarer of its first two words.
void application_pattern(const Units& u, std::size_t j, StatusFindings& out) {
  if (j == 0 || !is(u, j, {"'s"})) return;
  std::size_t i = j - 1;
  if (!is_item(u, i) || u[i].mention->form == NameForm::Demonym) return;
  std::size_t k = i + 2;
  StatusFinding f = candidate("candidate.application");
  if (is_org(u, k)) f.organisation = u[k++].mention;
  if (is(u, k, {"membership"})) ++k;
  if (!is(u, k, {"application", "bid", "candidacy", "request"})) return;
  std::size_t noun = k;
  std::optional<std::size_t> end = sought_at(u, k + 1, f);
  // "Indonesia's candidacy was endorsed by the leaders": a candidacy with
  // nothing after it is for the organisation in context (one "for the post
  // of", "to the Council" is for something else).
  bool bare_candidacy = is(u, noun, {"candidacy"}) && f.organisation == nullptr &&
                        !is(u, noun + 1, {"for", "to", "as", "at", "in", "on", "of"});
  if (!end && !bare_candidacy && (f.organisation == nullptr || !is(u, noun - 1, {"membership"})))
    return;
  f.subjects = {u[i].mention};
  f.anchor = noun;
  f.phrase_begin = i;
  f.modality = Modality::Presupposed;
  set_scopes(u, noun, i, end.value_or(noun + 1), f);
  out.push_back(std::move(f));
}

// "Applications to accede have [also] been submitted by A, B and C",
// "requests for membership of ORG were received from A and B": the senders;
// the organisation named, else the one in context. Anchored on the noun at
// unit i; its end, 0 when the units are not so.
std::size_t applications_by(const Units& u, std::size_t i, StatusFinding& f) {
  std::size_t k = i + 1;
  std::optional<std::size_t> sought = sought_at(u, k, f);
  if (sought) {
    k = *sought;
  } else if (is(u, k, {"to"}) && is(u, k + 1, {"accede", "join"})) {
    k += 2;
  } else if (phrase(u, k, {"for", "membership"})) {
    k += 2;
  } else {
    return 0;
  }
  std::size_t aux = k;
  while (is(u, k, {"have", "has", "had", "been", "were", "was", "also", "already", "since"})) ++k;
  if (k == aux || !is(u, k, {"submitted", "filed", "lodged", "received"}) ||
      !is(u, k + 1, {"by", "from"})) {
    return 0;
  }
  ListItems list = read_items(u, k + 2);
  if (!add_subjects(list, f)) return 0;
  return list.list_end;
}

void application_of_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  if (!is(u, i, {"application", "request", "applications", "requests"})) return;
  StatusFinding f = candidate("candidate.application");
  if (std::size_t end = applications_by(u, i, f); end != 0) {
    f.anchor = i;
    f.phrase_begin = i;
    set_scopes(u, i, i, end, f);
    out.push_back(std::move(f));
    return;
  }
  f = candidate("candidate.application");
  if (i < 2 || !is(u, i, {"application", "request"})) return;
  std::size_t k = i + 1;
  std::size_t first = i;
  if (is(u, k, {"of"}) && is(u, i - 1, {"the"})) {  // "the application of Uzbekistan for"
    ListItems list = read_items(u, k + 1);
    if (!add_subjects(list, f)) return;
    k = list.list_end;
    first = i - 1;
  } else if (publisher && is(u, i - 1, {"our"})) {  // "approved our application"
    f.publisher = true;
    first = i - 1;
  } else {
    return;
  }
  std::optional<std::size_t> end = sought_at(u, k, f);
  // A bare application is one an organisation's body approved.
  if (!end && f.publisher && (k >= u.size() || is(u, k, {".", ",", ";", "in", "on", "and"})) &&
      first >= 1 &&
      is(u, first - 1, {"approved", "endorsed", "accepted", "welcomed", "supported"})) {
    end = k;
  }
  if (!end) return;
  f.anchor = i;
  f.phrase_begin = first;
  f.modality = Modality::Presupposed;
  set_scopes(u, i, first, *end, f);
  out.push_back(std::move(f));
}

}  // namespace orgkg::detail

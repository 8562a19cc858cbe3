// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// candidate_for from decisions, invitations, offers and memoranda (the
// applications and procedures are in candidacy_patterns.cpp):
//   decided|agreed to grant|give LIST ROLE status; granting ROLE status to LIST;
//        decided to admit LIST [to ORG]        candidate.decided_to_grant, .decided_to_admit
//   a decision taken that grants an observer, partner or member status outright
//        ("decided to grant X observer status", "agreed to admit A and B as
//        members of ORG") is that status, not a candidacy; "in principle"
//        keeps it one                                          candidate.decision_granted
//   a memorandum of obligations|commitment [of STATE] for obtaining the status of ...
//                                                                  candidate.memorandum
//   invited LIST to join ORG|to become members; LIST was invited to join ORG
//                                                                  candidate.invited
//   ROLE status has been|was offered to LIST [, among them|including LIST]
//                                                                  candidate.offered
//   accession negotiations [are under way] with LIST [and with LIST]
//                                                                  candidate.negotiations
#include <algorithm>
#include <optional>
#include <utility>

#include "candidacy_patterns.hpp"
#include "status_phrases.hpp"

namespace orgkg::detail {
namespace {

bool completed_in(const Units& u, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (is(u, i, {"completed", "concluded", "closed", "finalised", "finalized"})) return true;
  return false;
}

// decided to grant|give LIST ROLE status [in ORG]; granting ROLE status to
// LIST; decided to admit LIST [to ORG].
void decided_to_grant_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  bool grant = is(u, i, {"grant", "granting", "give", "giving", "admit", "admitting"}) && i > 0 &&
               is(u, i - 1, {"to", "on", "of", "approved", "approve", "approves", "endorsed"});
  // Most calls are at the other words of the family's pattern ("memorandum",
  // "invited", "talks"): they end here, before the walk back below.
  if (!grant) return;
  // "agreed in principle [in November 2022] to admit": the verb before the
  // adverbials
  std::size_t v = i >= 2 ? i - 2 : 0;
  for (int n = 0; n < 2 && v >= 2; ++n) {
    if (is(u, v, {"principle"}) && is(u, v - 1, {"in"})) {
      v -= 2;
    } else if (is_date_word(u, v)) {
      std::size_t d = v;
      while (d > 0 && is_date_word(u, d)) --d;
      if (!is(u, d, {"in", "on"}) || d == 0) break;
      v = d - 1;
    }
  }
  // "the decision of the European Council [in June 2022] to grant": the
  // deciding body between the decision and the verb.
  if (v >= 2 && is_org(u, v) && is(u, v - 1, {"of"}) && is(u, v - 2, {"decision"})) v -= 2;
  if (v >= 3 && is_org(u, v) && is(u, v - 1, {"the"}) && is(u, v - 2, {"of"}) &&
      is(u, v - 3, {"decision"})) {
    v -= 3;
  }
  if ((is(u, i - 1, {"to"}) &&
       (i < 2 || !is(u, v, {"decided", "agreed", "decision", "resolved", "voted"})))) {
    return;
  }
  if (i >= 2 && is(u, i - 2, {"memorandum", "memoranda", "memorandums"})) return;  // granted
  StatusFinding f = candidate("candidate.decided_to_grant");
  std::optional<std::size_t> end;
  std::optional<Role> granted;  // the status a decision grants outright
  std::size_t relative_which = 0;
  if (is(u, i, {"admit", "admitting"})) {
    f.rule = "candidate.decided_to_admit";
    ListItems list = read_items(u, i + 1);
    // "agreed to admit it", "Timor-Leste, which ASEAN agreed to admit as":
    // the state named before.
    if (list.items.empty() && is(u, i + 1, {"it", "as"})) {
      std::size_t from = 0;
      for (std::size_t w = v; w >= 2 && is(u, i + 1, {"as"}); --w) {
        if (is(u, w, {"which"}) && is(u, w - 1, {","}) && is_state(u, w - 2)) {
          from = w - 2;
          relative_which = w;
          break;
        }
      }
      // "it": the nearest state before; "which ... admit as": the state
      // before "which".
      for (std::size_t m = from; m < i; ++m) {
        if (is_state(u, m)) list.items = {u[m].mention};
        if (from != 0 && !list.items.empty()) break;
      }
      list.list_begin = list.list_end = is(u, i + 1, {"it"}) ? i + 2 : i + 1;
    }
    if (add_subjects(list, f)) {
      std::size_t k = list.list_end;
      // "to admit A and B as [the 11th] members of ORG"
      if (is(u, k, {"as"})) {
        std::size_t m = k + 1;
        while (m < k + 4 && !is(u, m, {"member", "members"})) ++m;
        if (is(u, m, {"member", "members"})) {
          k = m + 1;
          // Done only when the text counts them in: "..., bringing the
          // total membership to 56"; "decided to admit India and Pakistan
          // as full members" alone starts an admission.
          for (std::size_t j = k; j < u.size() && !is(u, j, {".", ";"}); ++j)
            if (is(u, j, {"bringing", "raising", "increasing"})) granted = Role::Member;
        }
      }
      end = org_into(u, k, f);
    }
  } else {
    end = granted_status(u, i + 1, f, &granted);
  }
  if (!end) return;
  // A decision taken ("decided to grant Turkmenistan observer status",
  // "agreed to admit A and B as members") gives the status itself; one
  // "in principle", or of the candidate status, stays a candidacy.
  bool in_principle = false;
  for (std::size_t j = i >= 4 ? i - 4 : 0; j < i; ++j)
    if (phrase(u, j, {"in", "principle"})) in_principle = true;
  bool past = i >= 2 && is(u, i - 1, {"to"}) && is(u, i - 2, {"decided", "agreed", "resolved"});
  if (granted && past && !in_principle) {
    switch (*granted) {
      case Role::Member:
        f.relation = Relation::MemberOf;
        break;
      case Role::Observer:
        f.relation = Relation::ObserverOf;
        break;
      case Role::Partner:
      case Role::DialoguePartner:
        f.relation = Relation::PartnerOf;
        break;
      case Role::Plain:
        break;
    }
    if (f.relation != Relation::CandidateFor) {
      f.rule = "candidate.decision_granted";
      f.modality = Modality::Presupposed;
      f.starts = true;
    }
  }
  const Mention* subject = nullptr;
  if (f.organisation == nullptr && subject_before(u, i - 1, subject)) f.organisation = subject;
  f.anchor = i;
  set_scopes(u, i, i, *end, f);
  // "Timor-Leste, which ASEAN agreed in November 2022 to admit": the
  // relative clause is the statement, its date too.
  if (relative_which != 0) f.date_begin = f.cue_begin = relative_which;
  out.push_back(std::move(f));
}

// A memorandum of obligations [of STATE] for obtaining the status of [an] ORG
// member state; STATE signed a memorandum of obligations; the Protocol of
// Accession of STATE to ORG (an accession signed, not yet in force).
void memorandum_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  if (!is(u, i, {"memorandum", "protocol"}) || !is(u, i + 1, {"of", "on"})) return;
  std::size_t k = is(u, i + 2, {"the"}) ? i + 3 : i + 2;
  if (is(u, i, {"protocol"}) ? !is(u, k, {"accession"})
                             : !is(u, k, {"obligations", "commitment", "commitments"})) {
    return;
  }
  StatusFinding f = candidate("candidate.memorandum");
  ++k;
  std::size_t first = i;
  // "signed today|in Samarkand|on 4 July by STATE"
  std::size_t by = k;
  if (is(u, k, {"signed"})) {
    for (std::size_t m = k + 1; m < u.size() && m < k + 10; ++m) {
      if (is(u, m, {"by"})) by = m;
      if (is(u, m, {"by", ",", ".", ";"})) break;
    }
  }
  if (is(u, k, {"of", "by"}) && is_state_name(u, k + 1)) {
    f.subjects = {u[k + 1].mention};
    k += 2;
  } else if (by != k && is_state_name(u, by + 1)) {
    f.subjects = {u[by + 1].mention};
    k = by + 2;
  } else if (i >= 2 && is(u, i - 1, {"'s"}) && is_state_name(u, i - 2)) {
    f.subjects = {u[i - 2].mention};
    first = i - 2;
  } else {
    std::size_t verb = i > 0 && is(u, i - 1, {"a", "the", "its"}) ? i - 1 : i;
    if (verb == 0 || !is(u, verb - 1, {"signed", "signs"})) return;
    if (!read_subjects(u, verb - 1, publisher, false, f)) return;
    first = f.phrase_begin;
  }
  std::size_t end = k;
  for (std::size_t j = k; j < u.size() && j < k + 12 && !is(u, j, {".", ";"}); ++j) {
    if (is_org(u, j)) {
      f.organisation = u[j].mention;
      end = j + 1;
      break;
    }
  }
  f.anchor = i;
  f.phrase_begin = first;
  set_scopes(u, i, first, end, f);
  out.push_back(std::move(f));
}

// invited LIST to join ORG | to become members [of ORG]; LIST were invited to join ORG.
void invited_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  // "invited A", "invites A", and a decision taken: "decided|agreed to invite A".
  bool decided = is(u, i, {"invite"}) && i >= 2 && is(u, i - 1, {"to"}) &&
                 is(u, i - 2, {"decided", "agreed", "resolved"});
  // "the decision adopted today by the leaders ..., to invite A": the
  // decision named before, past its participles.
  if (!decided && is(u, i, {"invite"}) && i >= 2 && is(u, i - 1, {"to"})) {
    for (std::size_t m = i - 1; m-- > 0 && i - m < 40;) {
      if (is(u, m, {".", ";", ":"})) break;
      if (is(u, m, {"decision"})) {
        decided = is(u, m + 1, {"adopted", "taken", "made", ",", "to"});
        break;
      }
    }
  }
  if (!is(u, i, {"invited", "invites"}) && !decided) return;
  StatusFinding f = candidate("candidate.invited");
  ListItems list = read_items(u, i + 1);
  // "was invited in August 2023 to join": the date before what is sought.
  std::size_t k = list.items.empty() ? dates_end(u, i + 1) : list.list_end;
  // "invite Iran, together with Argentina and Egypt, to become members"
  if (!list.items.empty() && is(u, k, {","}) && phrase(u, k + 1, {"together", "with"})) {
    ListItems more = read_items(u, k + 3);
    if (!more.items.empty() && is(u, more.list_end, {","})) {
      list.items.insert(list.items.end(), more.items.begin(), more.items.end());
      k = more.list_end + 1;
    }
  }
  std::optional<std::size_t> end = sought_at(u, k, f);
  if (!end) return;
  if (!list.items.empty()) {
    add_subjects(list, f);
    f.phrase_begin = i;
  } else if (!read_subjects(u, i, publisher, true, f)) {
    return;
  }
  f.anchor = i;
  set_scopes(u, i, std::min(i, f.phrase_begin), *end, f);
  f.date_cut = k;  // "to become members from 1 January 2024": the membership's date
  out.push_back(std::move(f));
}

// [ORG] ROLE status has been|was offered|extended to [a number of states,
// among them|including] LIST.
void offered_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"offered", "extended"}) || !is(u, i + 1, {"to"}) || i < 2) return;
  std::size_t aux = is(u, i - 1, {"been"}) ? i - 2 : i - 1;
  if (!is(u, aux, {"has", "have", "was", "were", "is", "are"})) return;
  StatusFinding f = candidate("candidate.offered");
  std::optional<Capacity> cap;
  std::size_t start = aux;
  for (std::size_t s = aux; s-- > 0 && s + 8 > aux;) {
    std::optional<Capacity> c = capacity_at(u, s);
    // "partner country status": the capacity, then "status"
    bool ends = c && (s + c->length == aux ||
                      (s + c->length + 1 == aux && is(u, s + c->length, {"status"})));
    if (ends && c->role) {
      cap = c;
      start = s;
    }
  }
  // "this status was offered to ...": the capacity the sentence named before.
  if (!cap && aux >= 3 && is(u, aux - 1, {"status"}) &&
      (is(u, aux - 2, {"this", "that"}) || phrase(u, aux - 3, {"the", "same"}))) {
    for (std::size_t s = aux - 2; s-- > 0 && !cap;) {
      std::optional<Capacity> c = capacity_at(u, s);
      if (c && c->role) {
        cap = c;
        start = aux - 2;
      }
    }
  }
  if (!cap) return;
  f.organisation = cap->org;
  std::size_t k = i + 2;
  ListItems list = read_items(u, k);
  if (list.items.empty()) {  // "to a number of states, among them A, B and C"
    for (std::size_t j = k; j < u.size() && j < k + 10 && !is(u, j, {".", ";"}); ++j) {
      std::size_t n = phrase(u, j, {"among", "them"}) ? j + 2 : is(u, j, {"including"}) ? j + 1 : 0;
      if (n == 0) continue;
      if (is(u, n, {","})) ++n;
      list = read_items(u, n);
      break;
    }
  }
  if (!add_subjects(list, f)) return;
  std::optional<std::size_t> end = org_into(u, list.list_end, f);
  if (!end) return;
  f.anchor = i;
  f.phrase_begin = start;
  set_scopes(u, i, start, *end, f);
  out.push_back(std::move(f));
}

// accession negotiations [are under way|were opened] with LIST [since 2012]
// [and with LIST ...]: one finding per "with".
void negotiations_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"negotiations", "talks"}) || i == 0 ||
      !is(u, i - 1, {"accession", "membership"})) {
    return;
  }
  std::size_t stop = i + 1;
  while (stop < u.size() && !is(u, stop, {".", ";"})) ++stop;
  if (completed_in(u, i > 3 ? i - 3 : 0, stop)) return;
  for (std::size_t j = i + 1; j < stop && j < i + 20; ++j) {
    if (!is(u, j, {"with"})) continue;
    StatusFinding f = candidate("candidate.negotiations");
    ListItems list = read_items(u, j + 1);
    if (!add_subjects(list, f)) continue;
    std::optional<std::size_t> end = org_into(u, list.list_end, f);
    if (!end) continue;
    std::size_t seg = *end;  // this segment's date: up to the next "with"
    while (seg < stop && !is(u, seg, {"with"})) ++seg;
    f.anchor = i;
    f.phrase_begin = i;
    set_scopes(u, i, i, *end, f);
    f.date_begin = j;
    f.date_end = seg;
    out.push_back(std::move(f));
  }
}

}  // namespace

void find_candidacy_decisions(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  std::size_t before = out.size();
  decided_to_grant_pattern(u, i, out);
  if (out.size() == before) memorandum_pattern(u, i, publisher, out);
  if (out.size() == before) invited_pattern(u, i, publisher, out);
  if (out.size() == before) offered_pattern(u, i, out);
  if (out.size() == before) negotiations_pattern(u, i, out);
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Negation is scoped generously (a cue anywhere from the clause start counts)
// because a missed fact costs less than a false one. An antecedent for "it"
// is accepted only through a short run of connective words, so a treaty, a
// summit or a statement named in between ("adopted the Convention ... India
// joined it") blocks it.
#include "clause_scope.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>

#include "dates.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

const WordSet kCues{
    "not",        "never",       "no",        "neither",  "nor",         "without",     "could",
    "would",      "might",       "may",       "should",   "must",        "can",         "cannot",
    "will",       "shall",       "hope",      "hopes",    "hoped",       "hoping",      "wish",
    "wishes",     "want",        "wants",     "wanted",   "intend",      "intends",     "intention",
    "plan",       "plans",       "planned",   "expect",   "expects",     "expected",    "seek",
    "seeks",      "aspire",      "aspires",   "apply",    "applied",     "application", "candidate",
    "candidates", "prospective", "potential", "possible", "possibility", "if",          "unless",
    "whether",    "invited",     "ready"};

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The words that may stand between an antecedent and the end of its clause
// besides dates and states (connective_only()): a word is compared only with
// those of its length.
bool is_connective(std::string_view w) {
  switch (w.size()) {
    case 1:
      return one_of(w, {",", "(", ")", ".", "a"});
    case 2:
      return one_of(w, {"in", "on", "at", "of", "to", "as", "an"});
    case 3:
      return one_of(w, {"the", "and", "has", "had", "was"});
    case 4:
      return one_of(w, {"same", "that", "year", "from", "well", "also", "then", "both", "have",
                        "were", "full"});
    case 5:
      return one_of(w, {"since", "later"});
    case 6:
      return one_of(w, {"joined", "became", "become", "member"});
    case 7:
      return one_of(w, {"finally", "acceded", "members"});
    case 8:
      return one_of(w, {"formally", "admitted", "accepted", "rejoined", "returned"});
    case 10:
      return one_of(w, {"officially", "eventually"});
    case 12:
      return one_of(w, {"subsequently"});
    default:
      return false;
  }
}

bool is_cue(const Unit& unit) {
  if (unit.mention != nullptr) return false;
  std::string_view w = unit.norm;
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) return true;
  return kCues.has(unit);
}

// One load and a bit test per unit (word_set.hpp), not six comparisons: the
// clause readers ask it of most units of a finding's sentence.
const WordSet kNegationBoundaries{";", "but", "while", "whereas", "although", "however"};

bool is_negation_boundary(const Unit& unit) { return kNegationBoundaries.has(unit); }

// A clause boundary at unit i: ";", a contrastive conjunction, or ", and".
bool is_clause_boundary(const Units& u, std::size_t i) {
  if (i < u.size() && is_negation_boundary(u[i])) return true;
  return is(u, i, {"and"}) && i > 0 && is(u, i - 1, {","});
}

// The object of a membership phrase at unit `org`: "joined|to|into [the] ORG",
// "member|observer|... of|in|at [the] ORG".
bool membership_object(const Units& u, std::size_t org) {
  std::size_t p = org > 0 && is(u, org - 1, {"the"}) ? org - 1 : org;
  if (p == 0) return false;
  if (is(u, p - 1, {"joined", "entered", "to", "into"})) return true;
  // "left ORG in 2011 and rejoined it", "withdrew from ORG ... and returned to it"
  if (is(u, p - 1, {"left", "quit"})) return true;
  if (p >= 2 && is(u, p - 1, {"from"}) &&
      is(u, p - 2, {"withdrew", "withdrawn", "suspended", "expelled", "excluded"})) {
    return true;
  }
  return p >= 2 && is(u, p - 1, {"of", "in", "at"}) &&
         is(u, p - 2,
            {"member", "members", "observer", "observers", "state", "states", "status",
             "membership"});
}

// ", the alliance founded in Havana on 14 December 2004 by": an apposition
// whose date is the founding's, not the clause's.
bool founding_apposition_at(const Units& u, std::size_t i) {
  if (!is(u, i, {","}) || !is(u, i + 1, {"the", "a", "an"})) return false;
  for (std::size_t k = i + 2; k < u.size() && k < i + 6; ++k) {
    if (is(u, k, {"founded", "established", "created", "launched"})) return k > i + 2;
    if (u[k].mention != nullptr || u[k].capitalized || is(u, k, {","})) return false;
  }
  return false;
}

// "the full potential of cooperation among the Member States": a noun, no
// hedge on what follows.
bool potential_as_noun(const Units& u, std::size_t i) {
  return is(u, i, {"potential"}) && is(u, i + 1, {"of"});
}

}  // namespace

bool negated(const Units& units, const ListFinding& finding) {
  std::size_t end = std::min(finding.predicate_end, units.size());
  std::size_t start = 0;
  for (std::size_t i = 0; i < std::min(finding.list_begin, end); ++i) {
    if (is_negation_boundary(units[i])) start = i + 1;
  }
  // "It will build on the Council of Europe, which Switzerland joined in
  // 1963": a relative clause states its own fact, whatever the clause it
  // hangs on hopes or plans.
  std::size_t s = finding.subject_begin;
  if (finding.presupposed) start = std::max(start, s);
  // "Thailand, which is not a member of the OIC but has participated as an
  // observer": what the subject is not, before "but", hedges nothing after.
  for (std::size_t i = finding.list_end; i < std::min(finding.anchor, units.size()); ++i) {
    if (is(units, i, {"but"})) start = std::max(start, i + 1);
  }
  if (s >= 2 && s <= finding.anchor && is(units, s - 1, {"which", "that"})) {
    std::size_t c = is(units, s - 2, {"of", "in", "to"}) ? s - 2 : s - 1;
    if (c >= 1 && is(units, c - 1, {","})) start = std::max(start, c);
  }
  for (std::size_t i = start; i < end; ++i) {
    // "Malaysia, which applied to join in 2024, has taken part": a relative
    // clause between the subject and its verb hedges nothing of the verb.
    if (i >= finding.list_end && i < finding.anchor && is(units, i, {","}) &&
        is(units, i + 1, {"which", "who"})) {
      std::size_t close = i + 2;
      while (close < finding.anchor && !is(units, close, {","})) ++close;
      if (close < finding.anchor) {
        i = close;
        continue;
      }
    }
    if (is_cue(units[i]) && !is_month_may(units, i) && !potential_as_noun(units, i)) return true;
  }
  return false;
}

std::pair<std::size_t, std::size_t> clause_of(const Units& u, const ListFinding& finding) {
  std::size_t begin = std::min(finding.subject_begin, finding.anchor);
  while (begin > 0 && !is_clause_boundary(u, begin - 1)) --begin;
  std::size_t end = std::max({finding.predicate_end, finding.list_end, finding.anchor + 1});
  while (end < u.size() && !is_clause_boundary(u, end) && !is_clause_boundary(u, end + 1) &&
         !founding_apposition_at(u, end)) {
    ++end;
  }
  // "Established by the Ottawa Declaration of 19 September 1996, the Council
  // has eight members": the opening participle's date is the founding's.
  if (begin == 0 && is(u, 0, {"established", "founded", "created", "launched", "set"})) {
    for (std::size_t k = 1; k < std::min(finding.subject_begin, finding.anchor); ++k) {
      if (is(u, k, {","})) {
        begin = k + 1;
        break;
      }
    }
  }
  std::size_t verb = finding.anchor;
  while (verb > 0 && is(u, verb - 1,
                        {"has", "have", "had", "was", "were", "is", "are", "also", "officially",
                         "formally", "already", "now"})) {
    --verb;
  }
  if (verb >= 2 && is(u, verb - 1, {"which", "who"}) && is(u, verb - 2, {","})) begin = verb - 1;
  // "the ARF, which Mongolia joined in 1998", "the CoE, of which it is a
  // member": the relative clause is the statement's, its date too.
  std::size_t s = finding.subject_begin;
  if (s >= 2 && s <= finding.anchor && is(u, s - 1, {"which", "that"})) {
    std::size_t c = is(u, s - 2, {"of", "in"}) ? s - 2 : s - 1;
    if (c >= 1 && is(u, c - 1, {","})) begin = std::max(begin, c);
  }
  return {begin, std::min(end, u.size())};
}

bool connective_only(const Units& u, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < u.size(); ++i) {
    if (u[i].mention != nullptr) {
      if (!is_state(u, i)) return false;
      continue;
    }
    std::string_view w = u[i].norm;
    if (is_connective(w)) continue;
    bool date = !w.empty() && ((w[0] >= '0' && w[0] <= '9') || month_from_name(w) != 0);
    if (!date) return false;
  }
  return true;
}

bool names_joinable_thing(const Units& u, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < u.size(); ++i) {
    if (u[i].mention == nullptr &&
        is(u, i,
           {"convention", "treaty", "agreement", "charter", "declaration", "protocol", "exercise",
            "exercises", "initiative", "programme", "program", "format", "talks", "mechanism",
            "project", "coalition", "consensus", "appeal"})) {
      return true;
    }
  }
  return false;
}

std::optional<std::size_t> antecedent_before(const Units& u, std::size_t end) {
  std::size_t j = org_end_before(u, end);
  if (j == 0) return std::nullopt;
  std::size_t org = j - 1;
  // "the Eurasian Economic Union (EAEU)": the name, not the acronym after it.
  if (org >= 2 && is(u, org - 1, {"("}) && is_org(u, org - 2) &&
      u[org - 2].mention->entity == u[org].mention->entity) {
    org -= 2;
  }
  if (!membership_object(u, org) || !connective_only(u, j, end)) return std::nullopt;
  return org;
}

}  // namespace orgkg::detail

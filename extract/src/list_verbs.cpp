// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The verb phrases of the list patterns and the subject before a verb
// (declared in list_phrases.hpp): "are", "have become", "was admitted as",
// "were granted", and "the SCO, which was founded in 2001, includes".
#include "list_phrases.hpp"

namespace orgkg::detail {
namespace {

// "ORG, which was founded in 2001, includes": where a clause set off by
// commas and ending at unit `end` starts, else `end`.
std::size_t clause_start(const Units& u, std::size_t end) {
  if (end == 0 || !is(u, end - 1, {","})) return end;
  for (std::size_t j = end - 1; j > 0 && j + 16 > end; --j) {
    if (is(u, j - 1, {","})) {
      bool relative = is(u, j,
                         {"which", "that", "founded", "established", "created", "set", "formed",
                          "launched", "headquartered", "based"});
      return relative ? j - 1 : end;
    }
  }
  return end;
}

}  // namespace

bool subject_before(const Units& u, std::size_t i, const Mention*& org) {
  std::size_t j = i;
  while (j > 0 && is(u, j - 1,
                     {"now", "currently", "also", "today", "presently", "already", "still", "which",
                      "that", "has", "have", "had"})) {
    --j;
  }
  j = clause_start(u, j);
  if (j > 0 && is(u, j - 1, {","}) && j < i) --j;  // "the SCO, which includes"
  if (j >= 3 && is(u, j - 1, {")"})) {             // "the Community of ... States (CELAC), which"
    std::size_t open = j - 1;
    while (open > 0 && j - open < 6 && !is(u, open, {"("})) --open;
    if (is(u, open, {"("}) && open > 0 && is_org(u, open - 1)) {
      j = open;
    } else if (is(u, open, {"("}) && is_org(u, open + 1)) {
      org = u[open + 1].mention;
      return true;
    }
  }
  if (j == 0) return false;
  // "The SCO's membership comprises": the organisation's own members.
  if (j >= 3 && is(u, j - 1, {"membership"}) && is(u, j - 2, {"'s"}) && is_org(u, j - 3)) {
    org = u[j - 3].mention;
    return true;
  }
  if (is_org(u, j - 1)) {
    org = u[j - 1].mention;
    return true;
  }
  org = nullptr;
  return is(u, j - 1, {"it"}) ||
         (j >= 2 && is(u, j - 2, {"the", "this", "our"}) && is_generic_org_noun(u, j - 1));
}

namespace {

// Unit i is an auxiliary ("was", "have"), the first word of every phrase
// copula_at() and status_verb_at() read: tested once, their phrases are
// tried only after one.
bool is_auxiliary(const Units& u, std::size_t i) {
  return is(u, i, {"was", "were", "has", "have", "had"});
}

}  // namespace

std::size_t copula_at(const Units& u, std::size_t i, bool& starts) {
  bool auxiliary = is_auxiliary(u, i);
  // "was admitted|welcomed|accepted as the ninth member of ORG": a start,
  // like "became".
  if (auxiliary) {
    // "was formally|officially admitted as": the adverb read as part of it.
    std::size_t adverb = is(u, i + 1, {"formally", "officially"}) ? 1 : 0;
    if (adverb != 0 && is(u, i + 2, {"admitted", "welcomed", "accepted"}) && is(u, i + 3, {"as"})) {
      starts = true;
      return 4;
    }
    std::size_t n =
        first_phrase(u, i, {"was", "admitted", "as"}, {"were", "admitted", "as"},
                     {"has", "been", "admitted", "as"}, {"have", "been", "admitted", "as"},
                     {"was", "welcomed", "as"}, {"were", "welcomed", "as"},
                     {"was", "accepted", "as"}, {"were", "accepted", "as"});
    if (n != 0) {
      starts = true;
      return n;
    }
    // "has [also|long|officially] been|become"
    if (is(u, i, {"have", "has", "had"})) {
      std::size_t a = i + 1;
      while (is(u, a,
                {"also", "already", "long", "now", "officially", "formally", "thereby", "thus",
                 "likewise"}))
        ++a;
      if (is(u, a, {"been", "become"})) {
        starts = is(u, a, {"become"});
        return a + 1 - i;
      }
    }
  }
  starts = is(u, i, {"became", "become", "becomes"});
  return is(u, i,
            {"are", "is", "were", "was", "remain", "remains", "remained", "became", "become",
             "becomes"})
             ? 1
             : 0;
}

std::size_t status_verb_at(const Units& u, std::size_t i, bool& starts) {
  bool auxiliary = is_auxiliary(u, i);
  starts = true;
  if (auxiliary) {
    if (std::size_t n = first_phrase(
            u, i, {"were", "granted"}, {"was", "granted"}, {"have", "been", "granted"},
            {"has", "been", "granted"}, {"have", "obtained"}, {"has", "obtained"},
            {"have", "received"}, {"has", "received"}, {"were", "given"}, {"was", "given"})) {
      return n;
    }
  }
  if (is(u, i, {"received", "obtained", "gained", "acquired", "got"})) return 1;
  starts = false;
  if (auxiliary && is(u, i, {"have", "has", "had"}) && is(u, i + 1, {"held", "had", "enjoyed"})) {
    return 2;
  }
  return is(u, i, {"have", "has", "had", "enjoy", "enjoys", "enjoyed", "hold", "holds", "held"})
             ? 1
             : 0;
}

}  // namespace orgkg::detail

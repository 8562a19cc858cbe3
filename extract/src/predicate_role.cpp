// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// predicate_role() (list_phrases.hpp): the role phrase after a predicate's
// verb, "[one of] [the] [five|ninth] [active] [ORG] ROLE [of ORG]", and the
// words before the role that praise, count or rank without changing it.
#include "list_phrases.hpp"

namespace orgkg::detail {

namespace {

// Moves k past the words a predicate's role may follow: adverbs, articles,
// "among" ("are among the observer states of"), "fellow" ("As fellow SCO
// members"), and an ordinal when `ordinals`.
void skip_role_modifiers(const Units& u, std::size_t& k, bool ordinals) {
  while (
      is(u, k, {"now",  "also",  "all",        "currently", "already", "still",    "not", "never",
                "both", "fully", "officially", "a",         "an",      "the",      "its", "only",
                "sole", "among", "fellow",     "likewise",  "equally", "similarly"}) ||
      (ordinals && is_ordinal(u, k))) {
    ++k;
  }
}

// Past the words that praise a member without changing its standing ("an
// active and responsible member", "one of the most influential members"),
// from a closed list: "a former|future|prospective member" stays unread.
void skip_evaluative_adjectives(const Units& u, std::size_t& k) {
  std::size_t m = k;
  bool adjective = false;
  for (std::size_t n = 0; n < 5; ++n, ++m) {
    if (is(u, m, {"active",       "responsible", "reliable",     "important",   "key",
                  "valued",       "committed",   "constructive", "influential", "leading",
                  "prominent",    "respected",   "loyal",        "dedicated",   "engaged",
                  "equal",        "integral",    "proud",        "long",        "standing",
                  "longstanding", "largest",     "biggest",      "oldest",      "major"})) {
      adjective = true;
    } else if (!is(u, m, {"most", "more", "very", "and", ","}) && !(adjective && is(u, m, {"-"}))) {
      break;
    }
  }
  if (adjective) k = m;
}

}  // namespace

std::optional<Role> predicate_role(const Units& u, std::size_t& k, bool status,
                                   ListFinding& finding, bool ordinals, bool joining) {
  const std::size_t start = k;
  skip_role_modifiers(u, k, ordinals);
  // "is one of the [120] member states of ORG", "remains one of its members".
  if (is(u, k, {"one"}) && is(u, k + 1, {"of"})) {
    k += 2;
    skip_role_modifiers(u, k, ordinals);
    if (count_at(u, k)) ++k;
  }
  // "are the five member states of ORG", "all three dialogue partners of ORG".
  if (std::size_t length = 0; count_at(u, k) && role_at(u, k + 1, length)) ++k;
  skip_evaluative_adjectives(u, k);
  // "are among the countries that have since become partner countries of
  // BRICS": the role the relative clause gives them.
  if (is(u, k, {"countries", "states", "nations"}) && is(u, k + 1, {"that", "which"})) {
    std::size_t m = k + 2;
    while (is(u, m, {"have", "has", "since", "already", "now", "also", "recently"})) ++m;
    if (is(u, m, {"become", "became", "are"})) {
      k = m + 1;
      skip_role_modifiers(u, k, ordinals);
    }
  }
  // "has had the status of a permanent observer at the OAS"
  bool status_of = false;
  if (status) {
    // "the" is skipped above; "the category of associate observer" (the CPLP's)
    if (std::size_t n = phrase(u, k, {"status", "of"}) + phrase(u, k, {"category", "of"})) {
      k += n + (is(u, k + n, {"a", "an"}) ? 1 : 0);
      status_of = true;
    }
  }
  finding.organisation = is_org(u, k) ? u[k].mention : nullptr;
  if (finding.organisation != nullptr) {
    ++k;
    // "remain the Alliance's only full members"
    if (is(u, k, {"'s"})) {
      ++k;
      skip_role_modifiers(u, k, ordinals);
    }
  }
  std::size_t length = 0;
  // "are its Mediterranean Partners for Co-operation": a region that names
  // which of the organisation's partners, the role unchanged.
  // "its Asian Partners" names that status too, capitalised after the region.
  bool regional = false;
  if (is(u, k, {"mediterranean", "asian"}) && u[k].capitalized && role_at(u, k + 1, length)) {
    ++k;
    regional = true;
  }
  std::optional<Role> role = role_at(u, k, length);
  if (regional && role == Role::Partner && u[k].capitalized) role = Role::DialoguePartner;
  // "obtained [full] membership in ORG", "gained SCO membership".
  bool membership = false;
  if (status && !status_of && !role) {
    std::size_t m = k + (is(u, k, {"full"}) ? 1 : 0);
    if (is(u, m, {"membership"})) {
      role = Role::Member;
      length = m + 1 - k;
      membership = true;
    }
  }
  bool ends_in_status = role && u[k + length - 1].norm == "status";
  if (!role || *role == Role::Plain || (status && !status_of && !membership) != ends_in_status) {
    return std::nullopt;
  }
  k += length;
  if (finding.organisation == nullptr) {
    OrgPhrase after = org_after(u, k);
    // Membership gained at a summit is the organisation's in context; an
    // observer at one is a guest of that meeting.
    bool joined = membership || (joining && *role == Role::Member);  // "became|admitted as"
    if (after.length == 0 && unresolved_place(u, k) && !(joined && at_its_summit(u, k))) {
      return std::nullopt;
    }
    finding.organisation = after.org;
    finding.also = after.also;
    finding.pronoun = after.pronoun;
    k += after.length;
  }
  // "is the ninth member state to ratify the treaty": the rank is of the
  // act, not a membership the sentence states (unless it is joining).
  if (!joining && is(u, k, {"to"})) {
    for (std::size_t m = start; m < k; ++m) {
      if (is_ordinal(u, m)) return std::nullopt;
    }
  }
  return role;
}

}  // namespace orgkg::detail

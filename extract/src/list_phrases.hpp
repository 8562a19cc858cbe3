// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The phrases the list patterns are built from, each read at a unit index of
// a sentence (list_reader.hpp): counts, role phrases ("member states",
// "observer status"), head noun phrases ("the eight Arctic states"), the
// organisation phrase after a role ("of both CICA and the SCO", "in it"), the
// opener between a verb and its list, and the subject before a verb. Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "list_patterns.hpp"
#include "word_set.hpp"

namespace orgkg::detail {

/// Partner is a bare "partners" (members only where an organisation calls its
/// members so, ASEM); DialoguePartner a qualified one ("dialogue partners",
/// "partner states", "partner status", "Partners for Co-operation").
enum class Role { Member, Observer, Partner, DialoguePartner, Plain };

/// Unit i is "states", "countries" or "nations". Inline: a call cost more
/// than its three comparisons.
[[nodiscard]] inline bool is_plain_noun(const Units& u, std::size_t i) {
  return is(u, i, {"states", "countries", "nations"});
}

/// A count at unit i: up to three digits ("26") or a number word up to
/// "twenty".
/// Inline, its screen on the unit's first byte and word: called at many
/// units, most of which are no count, it then costs no call.
[[nodiscard]] inline std::optional<int> count_at(const Units& u, std::size_t i);

/// A role phrase at unit i: "[full|permanent|...] (member|observer|partner|
/// participating|dialogue partner) [states|state|countries|...|status]",
/// "members", "observers", "partners", or Plain "states"/"countries". Sets
/// `length` to its units.
/// Inline, its screen on the unit's word: called at many units, most of
/// which start no role, it then costs no call.
[[nodiscard]] inline std::optional<Role> role_at(const Units& u, std::size_t i,
                                                 std::size_t& length);
/// The heads a role other than Plain has ("member", "observers", "dialogue",
/// ...): a role_at() of one starts at or before one of them.
[[nodiscard]] inline const WordSet& role_heads();

namespace list_phrases_detail {
/// Every word role_at() can start at, and role_heads().
extern const WordSet kRoleOpeners;
extern const WordSet kRoleHeads;
/// The numbers count_at() reads as words.
extern const WordSet kNumberWords;
/// count_at() at a unit whose word starts with a digit or is a number word.
[[nodiscard]] std::optional<int> count_at_word(const Units& u, std::size_t i);
/// role_at() at a unit whose word is one of kRoleOpeners.
[[nodiscard]] std::optional<Role> role_at_opener(const Units& u, std::size_t i,
                                                 std::size_t& length);
}  // namespace list_phrases_detail

inline std::optional<Role> role_at(const Units& u, std::size_t i, std::size_t& length) {
  if (!list_phrases_detail::kRoleOpeners.at(u, i)) return std::nullopt;  // what most units part at
  return list_phrases_detail::role_at_opener(u, i, length);
}
inline std::optional<int> count_at(const Units& u, std::size_t i) {
  if (i >= u.size()) return std::nullopt;
  const Unit& unit = u[i];
  if (unit.norm.empty()) return std::nullopt;  // a mention's norm is ""
  bool digit = unit.norm[0] >= '0' && unit.norm[0] <= '9';
  if (!digit && !list_phrases_detail::kNumberWords.has(unit)) return std::nullopt;
  return list_phrases_detail::count_at_word(u, i);
}
inline const WordSet& role_heads() { return list_phrases_detail::kRoleHeads; }

/// "[N] [adjectives] ROLE" at unit i ("eight member states", "eight Arctic
/// states", "member states"): up to two adjectives (a hyphenated word counts
/// once), and only after a count. Sets `length` and `count`.
[[nodiscard]] std::optional<Role> counted_role_at(const Units& u, std::size_t i,
                                                  std::size_t& length, std::optional<int>& count);

/// A plain head noun phrase at unit i, "[the|all] [N] [adjectives]
/// (states|countries|nations)" ("the eight Arctic states", "the following
/// countries"; adjectives need a count or "the"): its length, 0 when there is
/// none. Sets `count`.
[[nodiscard]] std::size_t head_noun_at(const Units& u, std::size_t i, std::optional<int>& count);

/// Where a head noun phrase "[the|all] [N] [adjectives] (states|countries|
/// nations)" ending just before unit `end` starts ("Thirteen non-Arctic
/// states"), provided it opens the sentence or follows "," ";" "and"; nullopt
/// otherwise. Sets `count`.
[[nodiscard]] std::optional<std::size_t> head_noun_before(const Units& u, std::size_t end,
                                                          std::optional<int>& count);

/// A date or a word that starts one at unit i: a number, a month name, "the
/// same year", "that year", "early", "late", "mid", "present".
[[nodiscard]] bool is_date_word(const Units& u, std::size_t i);

/// Some unit of [begin, end) is a date word (is_date_word()).
[[nodiscard]] bool has_date_word(const Units& u, std::size_t begin, std::size_t end);

/// Past the dates from unit k and the prepositions before them ("in May
/// 2015", "on 2 January 2015"): where they end, k when none starts there.
[[nodiscard]] std::size_t dates_end(const Units& u, std::size_t k);

/// The role phrase after a predicate's verb, from unit k: [adverbs] [a] [ORG]
/// ROLE [of ORG], ROLE ending in "status" exactly when `status`, an ordinal
/// allowed only when `ordinals` ("became the ninth member", "was the first
/// dialogue partner"). `joining`: the verb starts the role ("became",
/// "was admitted as"), so "at the Astana summit" after it is the
/// organisation's own summit. Moves k past it and sets the finding's
/// organisations.
[[nodiscard]] std::optional<Role> predicate_role(const Units& u, std::size_t& k, bool status,
                                                 ListFinding& finding, bool ordinals = false,
                                                 bool joining = false);

/// An ordinal at unit k: "ninth", "11th", "newest", "latest", and the tens of
/// "twenty-third" (whose second unit is one too).
[[nodiscard]] bool is_ordinal(const Units& u, std::size_t k);

/// A place phrase at unit i that org_after() could not resolve ("in its
/// Parliamentary Assembly", "of many organisations"): "of", "in", "at" or
/// "within" not followed by a date. The organisation is then unknown, and
/// neither the subject nor the context may stand in for it.
[[nodiscard]] bool unresolved_place(const Units& u, std::size_t i);
/// "at the [previous] [Astana] summit|meeting|session" from unit i: an event
/// of the organisation in context, not another body.
[[nodiscard]] bool at_its_summit(const Units& u, std::size_t i);
/// "admitted at the Kiruna meeting|in 2013" at unit i: an admission with no
/// organisation named, dated or placed at one of the organisation in context.
[[nodiscard]] bool admitted_at_its_meeting(const Units& u, std::size_t i);

/// "organisation", "forum", "union", "council", ...: a noun that, after "the",
/// stands for the organisation in context.
[[nodiscard]] bool is_generic_org_noun(const Units& u, std::size_t i);

/// The organisation phrase after a role or verb.
struct OrgPhrase {
  std::size_t length = 0;              ///< units used; 0 when there is none
  const Mention* org = nullptr;        ///< nullptr: the organisation in context
  std::vector<const Mention*> also;    ///< "of both CICA and the SCO": the SCO
  std::optional<std::size_t> pronoun;  ///< unit of "it" when the phrase is "in it"
};

/// "of the SCO", "of both CICA and the SCO", "in it", "at the Organisation" at
/// unit i (a preposition: of, in, at, to, within, with). With `preposition`
/// false the phrase starts with the organisation itself ("joined the SCO",
/// "joined it"), and a generic noun ("the Organisation") does not count.
[[nodiscard]] OrgPhrase org_after(const Units& u, std::size_t i, bool preposition = true);

/// What may stand between a verb or role phrase and its list: a dash, a
/// colon, a comma, "such as", "namely", "including" (after an optional
/// comma). Its length, 0 when none.
[[nodiscard]] std::size_t list_opener(const Units& u, std::size_t i);

/// member_of for members (and Plain), observer_of for observers, partner_of
/// for dialogue partners.
[[nodiscard]] Relation relation_of(Role role);

/// Bare partners are members only where the organisation calls its members so.
[[nodiscard]] bool accept_role(Role role, const Mention* org, const PartnerPolicy& partners);

// The subject and the verbs, defined in list_verbs.cpp.

/// The subject before the verb at unit i: an organisation mention (set in
/// `org`), or the organisation in context ("It", "The Organisation"; `org`
/// nullptr), stepping back over adverbs and a relative clause ("the SCO,
/// which was founded in 2001, includes"). False when there is no such
/// subject.
[[nodiscard]] bool subject_before(const Units& u, std::size_t i, const Mention*& org);

/// The verb phrase of a predicate at unit i ("are", "have been", "became",
/// "was admitted as"): its length, 0 when none; `starts` tells whether it
/// marks a start ("became", "has become", "was admitted as").
[[nodiscard]] std::size_t copula_at(const Units& u, std::size_t i, bool& starts);

/// A status verb at unit i ("have", "had held", "were granted", "obtained")
/// that "observer status" may follow: its length, 0 when none; `starts` tells
/// whether it marks a start ("were granted", "obtained").
[[nodiscard]] std::size_t status_verb_at(const Units& u, std::size_t i, bool& starts);

}  // namespace orgkg::detail

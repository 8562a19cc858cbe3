// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The list that is the subject of a predicate ("A and B are members of ...",
// "A and B joined ..."), read backwards from the verb. Pure.
#pragma once

#include <cstddef>

#include "list_patterns.hpp"

namespace orgkg::detail {

/// Reads the subject list of the predicate whose verb starts at unit i into
/// `finding` (items, list_begin, list_end, subject_begin, and stated_count for
/// a counted head). Accepted shapes:
///   A and B VERB                      not governed by a preposition ("the
///                                     leaders of A and B are ..." is not)
///   A and B both VERB
///   A and B, which VERB               also "the admission of A, which ..."
///   N states, including A and B, VERB
///   N [adjectives] states – A and B – VERB
///   ..., and both states VERB         "both [states]", "the two countries":
///                                     the last list of that many states named
///                                     before it in the sentence
/// False when there is none.
[[nodiscard]] bool read_subject_list(const Units& u, std::size_t i, ListFinding& finding);

/// "The four countries remain", "Today, these three states are": a counted
/// anaphor opening the sentence and ending at unit i, standing for the last
/// list of that many states the sentence before named. Sets its first unit
/// and the count (two or more); false when there is none.
[[nodiscard]] bool opening_anaphor(const Units& u, std::size_t i, std::size_t& start, int& count);

/// Whether the list that opens the sentence, ending at unit `from`, is still
/// the subject at unit `to`: no relative pronoun, clause break (";", ":") or
/// other state stands in [from, to). With `commas`, ",", "-", "while" and
/// "but" break it too.
[[nodiscard]] bool opening_subject_reaches(const Units& u, std::size_t from, std::size_t to,
                                           bool commas);

/// Whether the subject starting at unit `subject_begin` is the object of
/// "congratulated" ("congratulated [the Government and people of] Egypt on
/// ..."), or with `thanks` of "thanked", "commended", "praised": the event
/// after "on|for" is then the subject's.
[[nodiscard]] bool congratulated_before(const Units& u, std::size_t subject_begin, bool thanks);

/// Unit i moved back past "later" or "N years later" before it ("but six
/// years later suspended"); i when none is there.
[[nodiscard]] std::size_t before_time_passed(const Units& u, std::size_t i);

/// Where the subject of a verb at unit i ends, back past auxiliaries and
/// adverbs ("Iran officially became", "A has also joined").
[[nodiscard]] std::size_t subject_end(const Units& u, std::size_t i);

/// The organisation a relative pronoun at unit w hangs on: "ORG, which",
/// "ORG, of|in which", "ORG, the bloc that" (an apposition of lower-case
/// words after "the" or "a"). nullptr when there is none.
[[nodiscard]] const Mention* relative_antecedent(const Units& u, std::size_t w);

/// The one state that opens the clause holding unit `before`, which an "it"
/// after it stands for: "Beyond the region, Malaysia remains committed to
/// the OIC, of which it ...". nullptr when the clause opens otherwise, or
/// names other states before `before`.
[[nodiscard]] const Mention* state_opening_clause(const Units& u, std::size_t before);

/// "the CoE, of which it is ...", "BIMSTEC, which it joined ...": with the
/// verb's subject ending at unit j, an "it" (or an "our country" the
/// mentions did not resolve) opening a relative clause on an organisation
/// stands for the state that opens the sentence's clause.
/// Reads that state into `finding` (organisation: the antecedent); false
/// when the units are not so.
[[nodiscard]] bool read_relative_it(const Units& u, std::size_t j, ListFinding& finding);

}  // namespace orgkg::detail

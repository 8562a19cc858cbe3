// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Where a finding's statement begins and ends in its sentence: the scope of
// negation and modality cues, the clause whose date is the fact's date, and
// what an "it" may stand for. Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>

#include "list_patterns.hpp"

namespace orgkg::detail {

/// True when a negation or modality cue ("not", "could", "hope", "will",
/// "applied", ...) stands in the finding's clause: from the last clause
/// boundary (";", "but", "while", ...) before its list or verb to the end of
/// its verb phrase.
[[nodiscard]] bool negated(const Units& units, const ListFinding& finding);

/// The units [first, second) of the clause that states `finding`: from the
/// last clause boundary (";", "but", "while", ", and") before its subject and
/// verb to the first one after its verb phrase and list. A finding in a
/// relative clause ("A, which joined the EAEU in 2015, ...") starts at the
/// relative pronoun.
[[nodiscard]] std::pair<std::size_t, std::size_t> clause_of(const Units& units,
                                                            const ListFinding& finding);

/// The unit of the organisation a later "it" may stand for: the last
/// organisation named in units [0, end), provided it is the object of a
/// membership phrase ("acceded to the EAEU", "joined the SCO", "a member of
/// the CSTO") and only connective words (dates, states, "in", "and", "joined",
/// ...) stand between it and `end`. nullopt when there is none; so "adopted
/// the Convention of the SCO ... joined it" finds nothing.
[[nodiscard]] std::optional<std::size_t> antecedent_before(const Units& units, std::size_t end);

/// True when units [begin, end) hold only connective words, as
/// antecedent_before() requires.
[[nodiscard]] bool connective_only(const Units& units, std::size_t begin, std::size_t end);

/// True when units [begin, end) name something besides an organisation that
/// one joins or leaves, which a later "it" may stand for: a treaty, a
/// convention, an exercise, talks, an initiative. (A summit, a session or a
/// "process" is not among them: an organisation's summit precedes "joined
/// it" too often, and a "process" is often the organisation, ASEM's.)
[[nodiscard]] bool names_joinable_thing(const Units& units, std::size_t begin, std::size_t end);

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// What the status pattern families share: who a verb's subject is (a list of
// states, "our country", "we"), where a statement's clause begins and ends,
// which cues drop a statement of a given Modality, and the year range a
// clause gives ("for 2019–2020"). Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "entry_words.hpp"
#include "list_phrases.hpp"
#include "pattern_screens.hpp"
#include "status_patterns.hpp"

namespace orgkg::detail {

/// A status pattern tried at unit i; it appends what it finds to `out`.
using StatusPattern = void (*)(const Units& u, std::size_t i, bool publisher, StatusFindings& out);

/// Tries the `family`'s `patterns` at every unit of a sentence that
/// EntryWords::may_find() a find of the family in, in order at each until
/// one finds something, only those it registered for the unit
/// (entry_words.hpp; a checked build runs the others too and throws when one
/// of them finds something).
void run_status_family(PatternFamily family, std::span<const StatusPattern> patterns,
                       const EntryUnits& sentence, bool publisher, StatusFindings& out);

/// run_status_family() where the sentence may_start() a pattern of the
/// family and has what the family needs (EntryWords::may_find()), both asked
/// here, inline, before the reader's frame is built.
inline void find_status_family(PatternFamily family, std::span<const StatusPattern> patterns,
                               const EntryUnits& sentence, bool publisher, StatusFindings& out) {
  if (may_start(sentence, family) && EntryWords::index().may_find(family, sentence)) {
    run_status_family(family, patterns, sentence, publisher, out);
  }
}

/// Unit i is a state named by its name or acronym (not by a demonym).
/// Inline: asked at many units, a call cost more than its test.
[[nodiscard]] inline bool is_state_name(const Units& u, std::size_t i) {
  return is_state(u, i) && u[i].mention->form != NameForm::Demonym;
}
/// Unit i is a state named by its demonym ("Kazakhstani", "Russian").
[[nodiscard]] bool is_demonym(const Units& u, std::size_t i);

/// Where the subject of a verb at unit i ends: past auxiliaries and adverbs
/// ("has", "will", "officially", "also") before it.
[[nodiscard]] std::size_t before_auxiliaries(const Units& u, std::size_t i);

/// "President|King|Emir|Sultan|Prime Minister|Foreign Minister NAME of
/// [the] STATE", or "the Prime Minister of STATE" without a name, from unit
/// k: the unit of the state, 0 when there is none (chair_subjects.cpp).
[[nodiscard]] std::size_t head_of_state_at(const Units& u, std::size_t k);

/// The state a receiver named from unit k stands for: "[the] STATE", a head
/// as head_of_state_at() reads one, or "[his brother] NAME, President of
/// STATE"; its unit, 0 when there is none (chair_subjects.cpp).
[[nodiscard]] std::size_t state_represented_at(const Units& u, std::size_t k);

/// The state whose head of state or government ends the subject before unit
/// j: "President NAME of STATE", "the Minister of Foreign Affairs of STATE",
/// "The President of STATE, NAME,", "STATE's Prime Minister[, NAME,]". Sets
/// `begin` to the subject's first unit; nullptr when there is none
/// (chair_subjects.cpp).
[[nodiscard]] const Mention* head_of_state_before(const Units& u, std::size_t j,
                                                  std::size_t& begin);

/// Reads the subject of the verb at unit `verb` into `f`: a list of states
/// (and organisations when `orgs`) as subject_list.hpp reads it, demonyms
/// left out; or, when `publisher`, "we" / "our country" (f.publisher). Sets
/// f.subjects, f.publisher and f.phrase_begin. False when there is none.
[[nodiscard]] bool read_subjects(const Units& u, std::size_t verb, bool publisher, bool orgs,
                                 StatusFinding& f);

/// Appends the items of `list` to f.subjects, demonyms left out ("the Sri
/// Lankan side" is no list item here), and organisations too with
/// `states_only`; false when f.subjects stays empty.
bool add_subjects(const ListItems& list, StatusFinding& f, bool states_only = false);

/// "our country" / "our" / "we" at unit i when `publisher`: its length, else 0.
[[nodiscard]] std::size_t publisher_at(const Units& u, std::size_t i, bool publisher);

/// The states and organisations listed from unit i on, each after an
/// optional "the", separated by ",", "and", ", and", "as well as"; whatever
/// follows the last one ("A and B to the SCO", "A and B to become").
[[nodiscard]] ListItems read_items(const Units& u, std::size_t i);

/// The organisation phrase after a noun or verb at unit i ("of the SCO", "in
/// it", "of the Organisation", "of the bodies of the EAEU"); like org_after(),
/// with "the bodies of", "the work of" passed over.
[[nodiscard]] OrgPhrase org_phrase_after(const Units& u, std::size_t i);

/// True when an organisation named just before unit i ends its noun phrase
/// there: "the OSCE Minsk Group" and "the SCO's Youth Council" name other
/// bodies.
[[nodiscard]] bool org_ends_at(const Units& u, std::size_t i);

/// Sets f's cue and date scopes for a statement whose verb (or head) is at
/// unit `verb` and whose words run over units [first, last): from the clause
/// boundary (";", "but", "while", ", and") before `first` to the one after
/// `last`; a statement in a relative clause (", which held ...,") is scoped
/// to that clause. Cues are looked for up to `last`.
void set_scopes(const Units& u, std::size_t verb, std::size_t first, std::size_t last,
                StatusFinding& f);

/// What the cues of a finding's scope say.
struct CueCheck {
  bool blocked = false;  ///< a cue its Modality does not allow stands there
  bool future = false;   ///< "will" / "shall"
};

/// Checks the cues of `f`'s scope against its Modality.
[[nodiscard]] CueCheck check_cues(const Units& u, const StatusFinding& f);

/// A year range in a clause: "for 2019–2020", "in 2016-17".
struct YearSpan {
  int from = 0;
  int to = 0;
};

/// The first year range in units [begin, end), passing over a clause set off
/// by ", which ... ," (about something else); nullopt when none.
[[nodiscard]] std::optional<YearSpan> find_year_span(const Units& u, std::size_t begin,
                                                     std::size_t end);

/// The year of a term "for 2018" in units [begin, end) (not a range, not in a
/// ", which ... ," clause): a chairmanship's year; nullopt when none.
[[nodiscard]] std::optional<int> find_term_year(const Units& u, std::size_t begin, std::size_t end);

}  // namespace orgkg::detail

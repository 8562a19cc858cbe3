// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// What the organisation-relation patterns (cooperation, agreements, seats,
// founding) find in a sentence, and the phrases they share: the clause a
// statement stands in, the cues that void it (negation, modality, plans,
// prospects), the state behind a head of state ("President of Kazakhstan N.
// Nazarbayev", "the Kazakh President"), the subjects that stand for the
// organisation in context ("the Secretariat", "the concerned parties", "it"),
// and names of sub-bodies a text coins ("the SCO Energy Club"). Patterns only
// recognise shapes; OrgRelationsExtractor resolves the context, the dates and
// emits. Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "org_party_lists.hpp"
#include "orgkg/graph/relation.hpp"
#include "pattern_screens.hpp"

namespace orgkg::detail {

/// One statement of an organisation relation found in a sentence.
struct OrgFinding {
  Relation relation = Relation::CooperatesWith;
  const char* rule = "";                 ///< "coop.between", "hq.located_in", ... (a literal)
  std::vector<const Mention*> subjects;  ///< the parties named as subject
  std::vector<const Mention*> objects;   ///< the parties named as object
  /// The subject is the organisation in context ("the Secretariat", "it").
  bool context_subject = false;
  /// The object is the organisation in context ("the founding members of the
  /// association – A, B").
  bool context_object = false;
  /// Every pair of `subjects` (symmetric relations); `objects` is then empty.
  bool all_pairs = false;
  /// "between these associations" (0) / "the two organisations" (2): the
  /// subjects are the organisations of a list named just before.
  std::optional<int> anaphor;
  /// Where to look back from for an organisation the sentence names, when
  /// the context is needed; scope_begin when unset.
  std::optional<std::size_t> context_before;
  std::size_t scope_begin = 0;  ///< units [scope_begin, scope_end) must hold no cue
  std::size_t scope_end = 0;
  std::size_t date_begin = 0;  ///< units [date_begin, date_end) may state the fact's date
  std::size_t date_end = 0;
  bool cooperation_frame = false;  ///< an agreement whose own words say cooperation
  bool starts = false;             ///< a stated date is a start ("opened in 2004")
  /// The object is a sub-body the text names ("the SCO Energy Club"): its
  /// document bytes; the object then is an organisation of that name.
  std::optional<TextSpan> made_object;
  /// The object is the organisation a founding document the text names
  /// established ("the Treaty of Basseterre, signed on 18 June 1981 by"): the
  /// document's bytes, which the gazetteer may know (Gazetteer::founded_by());
  /// the finding gives nothing when it does not.
  std::optional<TextSpan> founding_document;
  /// "Those six countries are the founders of the Group": the subjects are
  /// the last list of that many states the sentence before named (empty
  /// until the extractor fills them in).
  std::optional<int> previous_list;
};

/// A pattern tried at unit i.
using OrgPattern = std::optional<OrgFinding> (*)(const Units& u, std::size_t i);

/// What the `family`'s `patterns` find in a sentence, added to `findings`
/// (a caller reading sentence after sentence passes one vector, whose
/// storage is reused): at each unit the
/// first of them that finds something, trying only those it registered for
/// the unit (entry_words.hpp; a checked build runs the others too and throws
/// when one of them finds something). `may_find(p, i)` is asked before
/// pattern p is tried at unit i (so at least once at every unit that starts
/// one): false when the caller knows the pattern finds nothing there, and
/// it is not tried (pattern_screens.hpp). With `found`, the caller has made
/// sure that EntryWords::may_find() a find of the family in the sentence
/// (that it has what the family needs), which is not asked again.
template <class MayFind>
void find_org_patterns(PatternFamily family, std::span<const OrgPattern> patterns,
                       const EntryUnits& sentence, std::vector<OrgFinding>& findings,
                       MayFind may_find, bool found = false) {
  const Units& u = sentence.units();
  auto try_pattern = [&](std::size_t p, std::size_t i) {
    bool screened = !may_find(p, i);
    if (screened && !kCheckEntryWords) return false;
    std::optional<OrgFinding> f = patterns[p](u, i);
    if (!f) return false;
    if (screened) screened_wrongly(family, p, u, i);
    findings.push_back(std::move(*f));
    return true;
  };
  const EntryWords& index = EntryWords::index();
  if (found || index.may_find(family, sentence)) {
    index.run_found(family, patterns.size(), sentence, try_pattern);
  }
}

/// Unit i ends the clause a statement stands in: ";", ":", "but", "while",
/// "whereas", "although", "however".
[[nodiscard]] bool is_statement_boundary(const Units& u, std::size_t i);

/// The first unit of the clause holding unit i (after the last boundary).
[[nodiscard]] std::size_t clause_begin(const Units& u, std::size_t i);

/// One past the last unit of the phrase that continues a statement at unit
/// i: up to the next ",", ";", "which", "but", ... or the sentence end.
[[nodiscard]] std::size_t phrase_end(const Units& u, std::size_t i);

/// True when units [begin, end) hold a cue that the statement is not a fact:
/// negation ("not", "never"), modality ("could", "will", "should"), wishes,
/// plans and prospects ("hope", "plan", "possibility", "prospects",
/// "studying", "advocates", "ready", "open to"). With `founding`, the words
/// that state a founding initiative ("proposed", "suggested", "initiative",
/// "idea", "proposal") are no cues.
[[nodiscard]] bool has_cue(const Units& u, std::size_t begin, std::size_t end,
                           bool founding = false);

/// Unit i is a noun of cooperation: "cooperation", "co-operation",
/// "interaction", "ties", "contacts", "partnership", "relations", "links",
/// "collaboration", "dialogue".
/// Inline: asked at many units, a call cost more than its tests.
[[nodiscard]] inline bool is_cooperation_noun(const Units& u, std::size_t i);

namespace org_relation_phrases_detail {
/// The nouns is_cooperation_noun() accepts ("co-operation" aside).
extern const WordSet kCooperationNouns;
}  // namespace org_relation_phrases_detail

inline bool is_cooperation_noun(const Units& u, std::size_t i) {
  if (i < u.size() && u[i].joined && is(u, i, {"operation"}) && i > 0 && is(u, i - 1, {"co"})) {
    return true;
  }
  return org_relation_phrases_detail::kCooperationNouns.at(u, i);
}

/// True when unit i speaks of cooperation (a noun above, or "cooperate",
/// "interact" and their forms, "cooperative"); a sentence does when one of
/// its units does (read_cooperation() tells).
[[nodiscard]] bool speaks_of_cooperation_at(const Units& u, std::size_t i);

/// Unit i is "secretariat", "headquarters", "seat" or "secretariats".
[[nodiscard]] bool is_seat_noun(const Units& u, std::size_t i);

/// True when the mention names a body of its organisation rather than the
/// organisation itself ("the UN Security Council", "the Regional
/// Anti-Terrorist Structure", "the CICA Secretariat"): a name the data files
/// list as a sub-body, a secretariat joined to the organisation's name, or an
/// acronym spelt with a council, committee, commission, structure, assembly
/// or secretariat its organisation's name does not contain. A name of the
/// organisation itself ("the Turkic Council" for the OTS) is not one.
[[nodiscard]] bool is_sub_body(const Mention& mention);

/// True when the mention names a secretariat or a permanent executive body
/// ("the CICA Secretariat", "the Eurasian Economic Commission", "the CIS
/// Executive Committee"), whose seat is its organisation's.
[[nodiscard]] bool names_permanent_body(const Mention& mention);

/// Skips back from unit `end` over auxiliaries and adverbs ("has", "have
/// been", "also", "jointly", "first"): the new end.
[[nodiscard]] std::size_t skip_auxiliaries(const Units& u, std::size_t end);

/// The state an actor phrase ending just before unit `end` stands for, with
/// `begin` set to its first unit: "Kazakhstan", "President of the Republic of
/// Kazakhstan Nursultan Nazarbayev", "Kazakh President N. Nazarbayev",
/// "Kazakhstan's Foreign Minister". A lone state must not be governed by a
/// preposition. nullptr when there is none.
[[nodiscard]] const Mention* actor_before(const Units& u, std::size_t end, std::size_t& begin);

/// The actor phrase starting at unit i (after an optional "the"), with `end`
/// set one past it: "Kazakhstan", "Russia's President", "the Kazakh
/// President N. Nazarbayev", "President of the Republic of Kazakhstan
/// Nursultan Nazarbayev", an organisation ("the SCO"). nullptr when none.
[[nodiscard]] const Mention* actor_at(const Units& u, std::size_t i, std::size_t& end);

/// The subject standing for the organisation in context ending just before
/// unit `end`: "it", "the/its Secretariat", "the Organisation", "the
/// concerned parties", "the Organisation's Secretariat". Sets `begin`.
[[nodiscard]] bool context_subject_before(const Units& u, std::size_t end, std::size_t& begin);

/// An organisation noun phrase ending just before unit `end`: an organisation
/// mention, or a sub-body a text names after one ("the SCO Energy Club":
/// the mention, then capitalised words ending in "Club", "Council",
/// "Centre", ...; `made` then gets its bytes). Sets `begin`; nullptr when
/// there is none.
[[nodiscard]] const Mention* org_phrase_before(const Units& u, std::size_t end, std::size_t& begin,
                                               std::optional<TextSpan>& made);

/// The same phrase starting at unit i (after an optional "the"); sets `end`
/// one past it.
[[nodiscard]] const Mention* org_phrase_at(const Units& u, std::size_t i, std::size_t& end,
                                           std::optional<TextSpan>& made);

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The sentence patterns of the list-membership extractor, on a sentence seen
// as units (list_reader.hpp). Patterns only recognise shapes; the extractor
// decides about negation, dates, the topic organisation and what to emit.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {

/// One list statement found in a sentence: its list and what it says of it.
struct ListFinding : ListItems {
  Relation relation = Relation::MemberOf;
  const char* rule = "";                  ///< "list.includes_states", ... (a literal)
  const Mention* organisation = nullptr;  ///< nullptr: the organisation must come from context
  std::vector<const Mention*> also;       ///< more organisations: "a member of A, B and C"
  std::size_t anchor = 0;                 ///< unit of the word the pattern is anchored on
  std::size_t subject_begin = 0;          ///< first unit of the subject as written
  std::size_t predicate_end = 0;          ///< unit index past the verb and role phrase
  std::optional<int> stated_count;        ///< "26" in "includes 26 states"
  std::optional<std::size_t> pronoun;     ///< unit of an "it" standing for the organisation
  /// "X joined in 1984": no object is named, the topic organisation is meant.
  bool topic_object = false;
  /// "Its members from outside the EU are": the organisation the text was
  /// about before this sentence, which names another in passing.
  bool earlier_topic = false;
  /// "ORG and its four member countries, A, B": a noun phrase that states
  /// its list whatever its clause hopes or plans.
  bool presupposed = false;
  bool starts = false;  ///< "became", "were granted": a date is a start
  /// The list stands in apposition to a bare "observer states" / "member
  /// countries": with no organisation in context, the document's main one.
  bool context_head = false;
  /// The units [first, last) its date is read from, when not its clause's
  /// ("C in 2012" of "A joined ORG in 2010, C in 2012").
  std::optional<std::pair<std::size_t, std::size_t>> date_units;
  /// The subject of a second predicate ("A had been a partner of ORG and was
  /// granted observer status"): the list another finding reads too, not a
  /// second reading of it.
  bool coordinated = false;
  /// A part of a list the sentence before began ("The other eight are A, B"):
  /// kept only when that sentence spoke of members.
  bool partitive = false;
  /// "The four countries remain its members": a count opening the sentence
  /// with no list of its own; the items are the last list of that many states
  /// the sentence before named, which the extractor fills in.
  std::optional<int> previous_list;
};

/// True when an organisation calls its members "partners" (ASEM).
using PartnerPolicy = std::function<bool(const Entity& organisation)>;

/// Every list statement of the sentence holds, into `findings` (whose
/// contents it replaces: a caller reading sentence after sentence passes one
/// vector, whose storage is reused). By its EntryUnits, which the other
/// readers of the sentence share: its start units, not every unit, are
/// visited.
void find_list_patterns(const EntryUnits& sentence, const PartnerPolicy& partners,
                        std::vector<ListFinding>& findings);

}  // namespace orgkg::detail

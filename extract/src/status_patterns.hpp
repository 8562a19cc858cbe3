// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The patterns of the status extractor (status_extractor.hpp): chair_of,
// partner_of, associate_member_of, candidate_for and left, on a sentence seen
// as units (list_reader.hpp). As with the list patterns, patterns only
// recognise shapes and say how sure a shape is (its Modality); the extractor
// decides about cues, the organisation in context, dates and what to emit.
// Each family lives in its own file: chair_patterns.cpp and chair_roles.cpp,
// partner_patterns.cpp (partner and associate), candidacy_patterns.cpp and
// left_patterns.cpp; status_phrases.hpp has what they share. Pure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {

/// How a statement may be qualified and still state its fact.
enum class Modality {
  /// A plain statement: any negation, modality, future or pending cue
  /// ("not", "could", "hope", "will", "applied") in its clause drops it.
  Stated,
  /// A pending admission (candidate_for): "will", "applied", "application",
  /// "invited", "candidate" are what it states; negation and modality cues
  /// ("could", "hope", "not") still drop it.
  Pending,
  /// A noun phrase that presupposes its fact ("under India's chairmanship"):
  /// only a modifier just before it ("the upcoming", "a possible") drops it.
  Presupposed,
};

/// One status statement found in a sentence.
struct StatusFinding {
  Relation relation = Relation::ChairOf;
  const char* rule = "";                  ///< "chair.assumed", "left.withdrew", ... (a literal)
  std::vector<const Mention*> subjects;   ///< states (partner/candidate: also organisations)
  bool publisher = false;                 ///< the subject is "our country" / "we"
  const Mention* organisation = nullptr;  ///< nullptr: the organisation in context
  std::vector<const Mention*> also;       ///< more organisations: "applied to A and B"
  bool context_allowed = true;            ///< false: only a named organisation will do
  bool prefer_before = false;             ///< several organisations: the last one before anchor
  /// "Cyprus and Malta left it in 2004 upon joining the EU": an "it" the
  /// sentence names nothing for before it is the organisation in context,
  /// never one named after it.
  bool context_only = false;
  std::size_t anchor = 0;        ///< unit of the word the pattern is anchored on
  std::size_t phrase_begin = 0;  ///< first unit of the statement (Presupposed cue window)
  std::size_t cue_begin = 0;     ///< cue scope [cue_begin, cue_end)
  std::size_t cue_end = 0;
  std::size_t date_begin = 0;  ///< date scope [date_begin, date_end)
  std::size_t date_end = 0;
  bool use_period = true;  ///< a year range in the date scope ("for 2019–2020") is its span
  bool starts = false;     ///< the date is a start ("assumed", "became")
  bool ends = false;       ///< the date is an end ("withdrew in 2012")
  /// A future ("will join") counts only with an explicit date or period.
  bool needs_date = false;
  /// Dates from this unit on are of the admission sought ("invited A to
  /// become members from 1 January 2024"), not of the candidacy.
  std::size_t date_cut = static_cast<std::size_t>(-1);
  Modality modality = Modality::Stated;
};

using StatusFindings = std::vector<StatusFinding>;

/// chair_of statements (chair_patterns.cpp); `publisher` tells whether "our
/// country" and "we" may stand for the publishing state.
void find_chair_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out);
/// chair_of statements on the role nouns "chair", "president" (chair_roles.cpp).
void find_chair_role_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out);
/// partner_of and associate_member_of statements (partner_patterns.cpp).
void find_partner_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out);
/// candidate_for statements (candidacy_patterns.cpp).
void find_candidacy_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out);
/// left statements (left_patterns.cpp).
void find_left_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out);

/// The five status families, bit f for PatternFamily f.
inline constexpr std::uint16_t kStatusFamilies =
    1U << static_cast<unsigned>(PatternFamily::Chair) |
    1U << static_cast<unsigned>(PatternFamily::ChairRole) |
    1U << static_cast<unsigned>(PatternFamily::Partner) |
    1U << static_cast<unsigned>(PatternFamily::Candidacy) |
    1U << static_cast<unsigned>(PatternFamily::Left);

/// Whether find_status_patterns() need be called: some unit of the sentence
/// starts a status family whose needed word the sentence holds (always, in
/// checked builds). Its own first test, inline: most sentences pass all five
/// families here, without a call or an empty vector made and freed.
[[nodiscard]] inline bool may_find_status(const EntryUnits& sentence) {
  return kCheckEntryWords ||
         (EntryWords::index().may_find_families(sentence) & kStatusFamilies) != 0;
}

/// Every status statement of the sentence holds, family by family, into
/// `findings` (whose contents it replaces: a caller reading sentence after
/// sentence passes one vector, whose storage is reused).
void find_status_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& findings);

}  // namespace orgkg::detail

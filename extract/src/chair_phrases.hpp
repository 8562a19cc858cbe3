// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The phrases the chair patterns (chair_patterns.cpp) are built from: the
// chairmanship noun phrase ("the rotating SCO chairmanship", "the presidency
// of BRICS"), the chairmanship a sentence named before a verb, the passive
// verb after one ("will pass to", "is held by"), what may end a verb's
// object, and the finding a chairmanship states. Pure.
#pragma once

#include <cstddef>
#include <optional>

#include "status_phrases.hpp"

namespace orgkg::detail {

/// A chairmanship noun phrase: [the|its] [ORG ['s]] [modifiers] NOUN [of ORG].
struct ChairPhrase {
  std::size_t noun = 0;
  std::size_t end = 0;  ///< one past the phrase
  const Mention* org = nullptr;
  bool presidency = false;  ///< the noun names a head of state too (not "rotating presidency")
};

/// The noun at unit i: "chairmanship", "chairship", "chairpersonship"
/// (the OSCE's), "presidency" (and "chair", "chairperson" when `chair_word`).
[[nodiscard]] inline bool chair_noun(const Units& u, std::size_t i, bool chair_word) {
  if (is(u, i, {"chairmanship", "chairship", "chairpersonship", "presidency"})) return true;
  return chair_word && is(u, i, {"chair", "chairperson"});
}

/// A chairmanship noun phrase at unit i; nullopt when there is none, or
/// when its organisation phrase names something unknown or two
/// organisations disagree.
[[nodiscard]] std::optional<ChairPhrase> chair_phrase_at(const Units& u, std::size_t i,
                                                         bool chair_word);

/// A chair_of finding with `rule` (a literal) and `modality`, of the
/// phrase's organisation (none when `phrase` is null); a presidency does
/// not take its organisation from context.
/// Inline: a finding is built at every match, and a call would build it
/// field by field where the caller fills it in place.
[[nodiscard]] inline StatusFinding chair_finding(const char* rule, const ChairPhrase* phrase,
                                                 Modality modality) {
  StatusFinding f;
  f.relation = Relation::ChairOf;
  f.rule = rule;
  f.modality = modality;
  if (phrase != nullptr) {
    f.organisation = phrase->org;
    f.context_allowed = !phrase->presidency;
  }
  return f;
}

/// What may follow the organisation a verb takes as its object, at unit i
/// (also the sentence end).
[[nodiscard]] bool object_ends_at(const Units& u, std::size_t i);

/// "[Supreme] Council|Committee|Authority|Summit [of Foreign Ministers | of
/// Heads of State and Government]" from unit k, capitalised, after an
/// organisation: its governing body, whose chair is the organisation's (the
/// CoE Committee of Ministers, the GCC Supreme Council). Its length, else 0.
[[nodiscard]] std::size_t governing_body_at(const Units& u, std::size_t k);

/// The last chairmanship named before unit i ("which held the SCO
/// chairmanship ..., passed it to China"; also "the Chair" when `chair_word`).
[[nodiscard]] std::optional<ChairPhrase> chair_before(const Units& u, std::size_t i,
                                                      bool chair_word = false);

/// The verb after a chairmanship subject at unit k: "passed to", "will pass
/// to", "was handed over to", "is held by", "will be held by", "belongs to";
/// its length, 0 when there is none. `starts` is false for "held" and
/// "belongs": a holder, not a handover.
[[nodiscard]] std::size_t passive_verb_at(const Units& u, std::size_t k, bool& starts);

/// The chair before a handover: the state at unit `state` ("took over the
/// chairmanship from Italy") held chairmanship `p`; the finding, anchored at
/// `i`, covers the units from `begin`, and is added to `out`.
void add_previous_chair(const Units& u, std::size_t i, const ChairPhrase& p, std::size_t state,
                        std::size_t begin, StatusFindings& out);

/// "Indonesia has held the IORA chairmanship since 2015, when it took over
/// the role|the post|it from Australia", "held the Chair for 2021-2023,
/// having taken over from the UAE": the state after "from" (or the one its
/// head stands for) held the chairmanship the sentence named before. `i` is
/// "took", `r` the unit after "over"; a finding is added to `out` when the
/// units are so.
void took_over_role_from(const Units& u, std::size_t i, std::size_t r, StatusFindings& out);

/// Past the words that praise a chairmanship from unit k ("its successful|able
/// chairmanship"): where they end, k when none.
[[nodiscard]] std::size_t skip_praise(const Units& u, std::size_t k);

/// "STATE's|our [ORG] chairmanship [of ORG]", "the DEMONYM chairmanship",
/// "thanked STATE for its chairmanship" at unit i (chair_nouns.cpp).
void possessive_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out);

/// "[under] the chairmanship|presidency of [the] STATE [in|of ORG]" at unit i
/// (chair_nouns.cpp).
void chairmanship_of_pattern(const Units& u, std::size_t i, StatusFindings& out);

}  // namespace orgkg::detail

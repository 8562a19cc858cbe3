// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The parties the organisation-relation patterns read from a sentence seen
// as units (list_reader.hpp): lists of states and organisations after
// "with", "between" or "by", the lists of organisations an anaphor ("these
// associations") may stand for, and the anaphor itself. Stricter than
// read_list_forward() about what ends a party ("the SCO member states" is no
// party) and laxer about the verb after it. Pure.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "list_reader.hpp"
#include "word_set.hpp"

namespace orgkg::detail {

/// Unit i is a noun that makes an organisation before it a modifier ("the
/// SCO member states", "the CIS leaders", "the EAEU market") or a word that
/// continues its name ("the SCO Business Club", "the SCO's").
/// Inline: asked at many units, a call cost more than its tests.
[[nodiscard]] inline bool continues_org_phrase(const Units& u, std::size_t i);

namespace org_party_lists_detail {
/// The nouns continues_org_phrase() accepts after a mention.
extern const WordSet kOrgPhraseNouns;
}  // namespace org_party_lists_detail

inline bool continues_org_phrase(const Units& u, std::size_t i) {
  if (i >= u.size()) return false;
  if (u[i].mention != nullptr ||
      (u[i].capitalized && !u[i].norm.empty() && u[i].norm[0] >= 'a' && u[i].norm[0] <= 'z')) {
    return true;
  }
  return org_party_lists_detail::kOrgPhraseNouns.at(u, i);
}

/// The parties of a list read forwards from unit i: states and
/// organisations separated by commas, "and", "as well as", each optionally
/// after "the" and before a parenthetical, the last one followed by a
/// punctuation mark, a preposition or a verb ("with the EAEU on observer
/// status", "by A, B and C in 2001"), never by a noun ("with the SCO member
/// states" names no party: continues_org_phrase()). Sets `end` one past the
/// last; empty when none.
[[nodiscard]] std::vector<const Mention*> parties_at(const Units& u, std::size_t i,
                                                     std::size_t& end);
/// parties_at() into `parties` (cleared first), for a caller that reads
/// many lists and reuses one vector for them.
void read_parties(const Units& u, std::size_t i, std::size_t& end,
                  std::vector<const Mention*>& parties);

/// An anaphor for organisations named before at unit i: "these
/// associations", "the two integration organisations", "the secretariats of
/// the two organisations": its length (0 when none), and the number it
/// states in `count` (0 for "these").
[[nodiscard]] std::size_t anaphor_at(const Units& u, std::size_t i, int& count);

// SentenceMentions (what a sentence's mentions name) is in list_reader.hpp:
// make_units_into() notes it as it makes the units.

/// Lists of two or more organisations the sentence names ("the SCO, ASEAN
/// and the EAEU"), each with the unit it ends at, in text order.
struct OrgList {
  std::vector<const Mention*> orgs;
  std::size_t end = 0;
};
[[nodiscard]] std::vector<OrgList> organisation_lists(const Units& u);
/// The same, given the units that mention an organisation (SentenceMentions),
/// two or more of them.
[[nodiscard]] std::vector<OrgList> read_organisation_lists(const Units& u,
                                                           std::span<const std::size_t> orgs);
/// The same into the first lists of `pool`, their number returned: the
/// lists past it are left as they were, so that a caller reading sentence
/// after sentence into one pool reuses the storage of every list in it.
[[nodiscard]] std::size_t read_organisation_lists_into(const Units& u,
                                                       std::span<const std::size_t> orgs,
                                                       std::vector<OrgList>& pool);
/// The same for any number of them. Inline: a list is of two organisations
/// or more, and a sentence naming fewer (most do) has none.
[[nodiscard]] inline std::vector<OrgList> organisation_lists(const Units& u,
                                                             std::span<const std::size_t> orgs) {
  if (orgs.size() < 2) return {};
  return read_organisation_lists(u, orgs);
}

}  // namespace orgkg::detail

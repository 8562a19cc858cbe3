// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The lists of states a sentence names, read for a counted anaphor opening
// the next one ("Kenya and Uganda signed the Treaty. The two countries are
// members of the EAC"). Read only when such an anaphor asks (few do), from
// the sentence's units (AnalysedSentence::state_list_of()): nothing is kept
// for the sentences no one asks about.
#pragma once

#include <cstddef>
#include <vector>

#include "list_reader.hpp"

namespace orgkg::detail {

/// The last list of exactly `count` states among units `u` of a sentence
/// that mentions `states` states (SentenceMentions::states; none read below
/// two), or empty. An item goes on the list of the one before when only list
/// words (",", "and", "the") stand between them; a demonym is no item.
[[nodiscard]] std::vector<const Mention*> last_state_list(const Units& u, std::size_t states,
                                                          std::size_t count);

}  // namespace orgkg::detail

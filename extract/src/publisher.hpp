// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Who "our country" is. A foreign ministry writes of its state as "our
// country"; the reader knows the publisher from the document's metadata
// (--publisher-country, an HTML page's language, a JSON line's field) or, in
// plain text, from a statement that names its ministry ("Statement of the
// Ministry of Foreign Affairs of Georgia", "The Ministry of Foreign Affairs
// of the Arab Republic of Egypt welcomes ..."). Once known, each "our
// country" of the text becomes a mention of that state, so every reader
// takes it as it takes the state's name.
#pragma once

#include <vector>

#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/mention_finder.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

/// The state whose foreign ministry the sentence names as its author:
/// "Ministry of Foreign Affairs of [the] STATE", "STATE's Ministry of
/// Foreign Affairs", "the DEMONYM Foreign Ministry", "Foreign Ministry of
/// STATE". `tokens` are the sentence's (offsets in the sentence, which
/// starts at byte `base` of the document), `mentions` its mentions (offsets
/// in the document). nullptr when it names none.
[[nodiscard]] const Entity* ministry_state(const std::vector<Token>& tokens, std::size_t base,
                                           const std::vector<Mention>& mentions);

/// The state a title opens on as its subject: "Viet Nam marks the 30th
/// anniversary", "Ghana welcomes Gabon and Togo" (a state's name, then a
/// word in lower case other than "and" or "or"). nullptr when there is none.
[[nodiscard]] const Entity* title_subject_state(const std::vector<Token>& tokens, std::size_t base,
                                                const std::vector<Mention>& mentions);

/// Adds to `mentions` (sorted, offsets in the document) a mention of
/// `publisher` for each "our country" or "my country" of the sentence that no
/// mention covers, keeping them sorted. Its surface is the state's label, so
/// the state gains no alias.
void add_publisher_mentions(const Entity& publisher, const std::vector<Token>& tokens,
                            std::size_t base, std::vector<Mention>& mentions);

}  // namespace orgkg::detail

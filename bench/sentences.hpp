// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The sentence writers of the benchmark corpus. fact_sentence() states one or
// more facts of the CONVENTIONS §1 vocabulary in a phrasing of the genre and
// plants them in the Composer; filler_sentence() writes a sentence that
// states none (agendas, positions, thanks, plans, hopes, negations, quotes),
// often naming states and organisations all the same.
#pragma once

#include <string>

#include "composer.hpp"

namespace orgkg::bench {

/// One sentence stating at least one fact, about the document's focus
/// organisation mostly, else another one. Never empty.
[[nodiscard]] std::string fact_sentence(Composer& c);

/// A year for an undated status of `key` in `o` (relation `rel`): the same
/// for the same (organisation, party, relation) in every document, never
/// after the publication year.
[[nodiscard]] int stable_year(Composer& c, const OrgProfile& o, const std::string& key,
                              const char* rel);

/// One sentence stating no fact.
[[nodiscard]] std::string filler_sentence(Composer& c);

}  // namespace orgkg::bench

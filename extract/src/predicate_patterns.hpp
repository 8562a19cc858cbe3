// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The predicate family of the list patterns (list_patterns.cpp tries them).
#pragma once

#include <cstddef>
#include <optional>

#include "list_patterns.hpp"

namespace orgkg::detail {

/// LIST (are | have been | became) [adverbs] [a] [ORG] ROLE [of ORG], and
/// LIST (have | had held | was granted | obtained) [the] observer status |
/// membership [in ORG], at the verb (unit i).
[[nodiscard]] std::optional<ListFinding> predicate_pattern(const Units& u, std::size_t i,
                                                           const PartnerPolicy& partners);

/// "..., with A and B as observers" ("as" at unit i).
[[nodiscard]] std::optional<ListFinding> as_role_pattern(const Units& u, std::size_t i,
                                                         const PartnerPolicy& partners);

/// "... a member of ORG [in 2017] and of ORG2 [in 2006]": the predicate
/// before again, for ORG2 and its own date ("and" at unit i).
[[nodiscard]] std::optional<ListFinding> second_organisation_pattern(const Units& u, std::size_t i,
                                                                     const PartnerPolicy& partners);

}  // namespace orgkg::detail

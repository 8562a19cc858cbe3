// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// List patterns that state a capacity rather than a list verb: taking part
// in an organisation as observers or since a year, a role in apposition
// after a list, and clauses opening "As a member of X, A ..." and "Since
// joining X, A ...".
#pragma once

#include <cstddef>
#include <optional>

#include "list_patterns.hpp"

namespace orgkg::detail {

/// LIST take(s) part in [the work of] ORG (as ROLE | since DATE).
[[nodiscard]] std::optional<ListFinding> take_part_pattern(const Units& u, std::size_t i,
                                                           const PartnerPolicy& partners);

/// LIST, [a|an] ROLE(s) of ORG [since DATE], ... (the comma at unit i).
[[nodiscard]] std::optional<ListFinding> appositive_role_pattern(const Units& u, std::size_t i,
                                                                 const PartnerPolicy& partners);

/// As a|an ROLE of ORG [since DATE | for two decades], LIST ... ("as" at unit i).
[[nodiscard]] std::optional<ListFinding> as_role_opening_pattern(const Units& u, std::size_t i,
                                                                 const PartnerPolicy& partners);

/// Since|After|Upon joining ORG [in|on DATE], LIST ... ("joining" at unit i):
/// the subject of the clause joined the organisation.
[[nodiscard]] std::optional<ListFinding> joining_opening_pattern(const Units& u, std::size_t i,
                                                                 const PartnerPolicy& partners);

}  // namespace orgkg::detail

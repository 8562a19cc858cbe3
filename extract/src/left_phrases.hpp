// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The phrases the left patterns (left_patterns.cpp) read after their verb or
// noun: what a state was suspended from or gave up ("all the rights and
// activities of ORG", "its membership in ORG", "its observer status in ORG").
// Each sets the organisation it names in the finding (nullptr: the one in
// context) and returns where the phrase ends, or nullopt. Pure.
#pragma once

#include <cstddef>
#include <optional>

#include "status_phrases.hpp"

namespace orgkg::detail {

/// "[all] [the] [ORG's] rights and obligations|activities|work|institutions
/// [of ORG]" at unit k, after "suspended from".
[[nodiscard]] std::optional<std::size_t> rights_and_activities(const Units& u, std::size_t k,
                                                               StatusFinding& f);

/// "[its] membership|participation in|of ORG" at unit k.
[[nodiscard]] std::optional<std::size_t> membership_at(const Units& u, std::size_t k,
                                                       StatusFinding& f);

/// "[its] observer status in|of ORG" at unit k, else membership_at().
[[nodiscard]] std::optional<std::size_t> standing_at(const Units& u, std::size_t k,
                                                     StatusFinding& f);

/// A left finding with `rule` (a literal): stated, the date its end.
[[nodiscard]] StatusFinding left_finding(const char* rule);

/// "STATE's membership|observer status [in ORG] was suspended|terminated,
/// ended|came to an end [, STATE2's on DATE2 ...]", "the membership of STATE
/// [in ORG] has been suspended", "STATE, whose membership was suspended",
/// anchored on "membership", "participation" or "observer" at unit i
/// (left_suspensions.cpp).
void membership_was_pattern(const Units& u, std::size_t i, StatusFindings& out);

/// "Mali, suspended in June 2021, and Guinea, suspended in September 2021,
/// remain ...", "A, B and C, suspended from the AU in 2021,": a participle
/// set off by commas after states, anchored on it at unit i
/// (left_suspensions.cpp).
void suspended_appositive_pattern(const Units& u, std::size_t i, StatusFindings& out);

}  // namespace orgkg::detail

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

}  // namespace orgkg::detail

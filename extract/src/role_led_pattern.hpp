// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The role-led family of the list patterns (list_patterns.cpp tries it).
#pragma once

#include <cstddef>
#include <optional>

#include "list_patterns.hpp"

namespace orgkg::detail {

/// [ORG's | ORG | The | Its] [N] ROLE [of ORG] (are | include | – | : | ,)
/// LIST, anchored on the role at unit i ("The observers of the SCO are A and
/// B", "ASEM partners – A, B", "its four member countries, A, B, C and D").
[[nodiscard]] std::optional<ListFinding> role_led_pattern(const Units& u, std::size_t i,
                                                          const PartnerPolicy& partners);

}  // namespace orgkg::detail

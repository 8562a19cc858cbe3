// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The dates a list statement gives item by item rather than for the whole
// list: "A (since 1998), B (since 2003)", "A in 2017 and B in 2020", "A and B
// were admitted in 1999 and 1997 respectively". The list membership reader
// asks for them once per list it emits. Private to extract/.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "clause_dates.hpp"
#include "dates.hpp"
#include "list_patterns.hpp"
#include "list_reader.hpp"

namespace orgkg::detail {

/// One date, or none, per item of a list finding.
using ItemDates = std::vector<std::optional<SentenceDate>>;

/// The dates `finding`'s items carry in units `u` of the current sentence of
/// `clause_dates` (which starts at byte `base` of the document). A date
/// after an item covers the undated items before it back to the previous
/// dated one ("Laos and Myanmar in 1997"). Empty (no allocation, the common
/// case) unless at least two items carry dates of their own, or the
/// "respectively" dates match the items in number; else one per item.
[[nodiscard]] ItemDates item_dates(const Units& u, const ListFinding& finding, std::size_t base,
                                   ClauseDates& clause_dates);

}  // namespace orgkg::detail

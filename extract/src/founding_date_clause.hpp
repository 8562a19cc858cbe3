// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Where a sentence says when an organisation it names was founded ("The
// Council of Europe was founded in London on 5 May 1949", "the Agreement
// establishing ORG was signed in November 2008"): the clause whose date the
// org-relations reader keeps for the founders a later sentence lists without
// one. Private to extract/.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>

#include "list_reader.hpp"

namespace orgkg::detail {

/// The bytes [begin, end), offsets from `base` (the sentence's first byte),
/// of the clause stating when the organisation at unit `i` of `u` was
/// founded: "ORG was founded|established|created|set up [in CITY] [on|in
/// DATE]", "ORG, established at the Rabat summit of 1969", "the Agreement
/// establishing ORG was signed ...", "ORG, whose founding Treaty was signed
/// ...". nullopt when the sentence says no such thing of it.
[[nodiscard]] inline std::optional<std::pair<std::size_t, std::size_t>> founding_date_clause(
    const Units& u, std::size_t i, std::size_t base) {
  std::size_t k = i + 1;
  if (is(u, k, {"("}) && is(u, k + 2, {")"})) k += 3;  // "ORG (ACR)"
  // Each reading below goes on with "was", "were" or a comma: most
  // organisations end here.
  if (!is(u, k, {"was", "were", ","})) return std::nullopt;
  // "ORG was founded ...", "ORG, established at the Rabat summit of 1969"
  std::size_t verb = is(u, k, {"was", "were", ","}) ? k + 1 : u.size();
  bool founded = verb < u.size() &&
                 (is(u, verb, {"founded", "established", "created", "formed", "launched"}) ||
                  phrase(u, verb, {"set", "up"}) != 0);
  std::size_t j = i >= 1 && is(u, i - 1, {"the"}) ? i - 1 : i;
  bool signed_doc = j >= 2 && is(u, j - 1, {"establishing"}) &&
                    is(u, j - 2, {"agreement", "treaty", "charter", "convention"}) &&
                    is(u, k, {"was"}) && is(u, k + 1, {"signed"});
  // "ECOWAS, whose founding Treaty was signed in Lagos on 28 May 1975"
  std::size_t w = k + 1;
  bool whose_founding = is(u, k, {","}) && is(u, w, {"whose"}) && is(u, w + 1, {"founding"}) &&
                        is(u, w + 2, {"treaty", "charter", "agreement", "pact"}) &&
                        is(u, w + 3, {"was"}) && is(u, w + 4, {"signed"});
  if (whose_founding) verb = w;
  if (!founded && !signed_doc && !whose_founding) return std::nullopt;
  std::size_t end = whose_founding ? w + 5 : k + 2;
  while (end < u.size() && !is(u, end, {";", ":", "and", "by", "which", "."})) ++end;
  // "In November 2008, the Agreement establishing ORG was signed"; but
  // "..., the OIC, established in 1969": the participle's own date.
  std::size_t b = is(u, k, {","}) ? u[verb].begin - base : 0;
  std::size_t e = u[std::min(end, u.size()) - 1].end - base;
  return std::pair{b, e};
}

}  // namespace orgkg::detail

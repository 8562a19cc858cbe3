// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The phrases the seat patterns (seat_patterns.hpp) are built of: a city
// after "in", the seat noun phrase before a verb ("the ORG Secretariat",
// "ORG, whose Secretariat", "its Commission", "the Organisation") and the
// subject of a verb over a relative clause or an apposition. Pure.
#pragma once

#include <cstddef>
#include <optional>

#include "org_relation_phrases.hpp"

namespace orgkg::detail {

/// The seat a statement is about.
struct SeatSubject {
  const Mention* org = nullptr;  ///< nullptr: the organisation in context
  std::size_t begin = 0;
  bool permanent = false;  ///< a secretariat, headquarters or permanent body
  bool relative = false;   ///< ", which is located": the date clause starts later
  std::size_t clause = 0;  ///< where the statement's own clause starts
};

/// A city the gazetteer knows. (City-states such as Singapore resolve to the
/// state, so "located in Singapore" gives no seat: a known gap.) Inline:
/// asked at many units, a call cost more than its test.
[[nodiscard]] inline bool is_city_at(const Units& u, std::size_t m) {
  return m < u.size() && u[m].mention != nullptr && u[m].mention->entity->kind == EntityKind::City;
}

/// "in [the city of] CITY", "at Marlborough House in CITY" at unit k: the
/// city's unit, else nullopt.
[[nodiscard]] std::optional<std::size_t> city_after(const Units& u, std::size_t k);

/// "ORG[ (ACR)], whose [General|Permanent] Secretariat|headquarters" ending
/// before unit j: the unit of "whose", with the organisation's unit in `org`;
/// 0 when the units are not so.
[[nodiscard]] std::size_t whose_seat_at(const Units& u, std::size_t j, std::size_t& org);

/// A seat noun phrase ending before unit j: "ORG's SEAT", "ORG SEAT", "the
/// SEAT" (context), an organisation mention, or a generic "the Organisation".
[[nodiscard]] std::optional<SeatSubject> seat_np_before(const Units& u, std::size_t j,
                                                        bool allow_it);

/// The subject of a verb phrase starting at unit v, over "is", "which", a
/// comma and an appositive ("ORG, the Union's permanent body, is based").
[[nodiscard]] std::optional<SeatSubject> seat_subject(const Units& u, std::size_t v, bool allow_it);

/// The headquartered_in finding of seat `s` in the city at unit `city`.
[[nodiscard]] OrgFinding seat_finding(const Units& u, const SeatSubject& s, std::size_t city,
                                      const char* rule);

}  // namespace orgkg::detail

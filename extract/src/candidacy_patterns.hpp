// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// What the candidacy patterns share (candidacy_patterns.cpp: applications,
// procedures, announced statuses; candidacy_decisions.cpp: decisions,
// invitations, offers, memoranda). Pure.
#pragma once

#include <cstddef>
#include <optional>

#include "list_phrases.hpp"
#include "status_patterns.hpp"

namespace orgkg::detail {

/// What an admission is for: "[the] [ORG] observer status", "membership".
struct Capacity {
  std::size_t length = 0;
  const Mention* org = nullptr;  ///< "for SCO membership"
  std::optional<Role> role;      ///< observer, partner...; none for "membership"
};

/// "[the] [ORG] observer status", "the status of [an] [ORG] member state",
/// "[full] [ORG] membership", "observership", "accession", "admission" at unit i.
[[nodiscard]] std::optional<Capacity> capacity_at(const Units& u, std::size_t i);

/// A candidate_for finding of `rule`, Modality Pending.
[[nodiscard]] StatusFinding candidate(const char* rule);

/// The organisation after a capacity or "join" at unit k into `f`; the end,
/// nullopt when a place names something unknown.
[[nodiscard]] std::optional<std::size_t> org_into(const Units& u, std::size_t k, StatusFinding& f);

/// What an admission is sought for, from unit k: a capacity [in ORG], "to
/// join ORG", "to become a member [of ORG]", "to accede to ORG". Its end.
[[nodiscard]] std::optional<std::size_t> sought_at(const Units& u, std::size_t k,
                                                   StatusFinding& f);

/// "[LIST] [the] ROLE status [in ORG]" or "ROLE status [in ORG] to LIST" from
/// unit k: subjects and organisation into `f`, the role into `*role` if
/// given; the end.
[[nodiscard]] std::optional<std::size_t> granted_status(const Units& u, std::size_t k,
                                                        StatusFinding& f,
                                                        std::optional<Role>* role = nullptr);

/// The decision, invitation, offer and memorandum patterns anchored at unit i
/// (candidacy_decisions.cpp).
void find_candidacy_decisions(const Units& u, std::size_t i, bool publisher,
                              StatusFindings& out);

/// "STATE's accession [to ORG] is nearing completion|in progress|under way",
/// "the admission of STATE [to ORG] is ...", anchored on the noun at unit i
/// (candidacy_progress.cpp).
void in_progress_pattern(const Units& u, std::size_t i, StatusFindings& out);

/// "STATE's [membership] application|bid|request for ...|to join ...",
/// anchored on the "'s" at unit j (candidacy_progress.cpp).
void application_pattern(const Units& u, std::size_t j, StatusFindings& out);

/// "STATE is completing its accession to ORG|the procedures for its entry
/// into ORG", anchored on "completing" (candidacy_progress.cpp).
void completing_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out);

/// "the application|request of STATE for membership [in ORG]|to join ORG",
/// "approved our application", anchored on the noun (candidacy_progress.cpp).
void application_of_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out);

}  // namespace orgkg::detail

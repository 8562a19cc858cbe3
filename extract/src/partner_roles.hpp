// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The role phrases the partner patterns (partner_patterns.cpp) are built
// from: "dialogue partner(s)", "partner state(s)", "associate member(s)",
// "associate membership", each optionally followed by "status", and "the
// status of [a] ROLE"; the finding such a role states, and the organisation
// phrase after it. Pure.
#pragma once

#include <cstddef>
#include <optional>

#include "status_phrases.hpp"

namespace orgkg::detail {

/// A partner or associate role phrase read at a unit.
struct RolePhrase {
  Relation relation = Relation::PartnerOf;
  std::size_t length = 0;
  bool status = false;  // "... status", "status of ...", "associate membership"
  bool plural = false;
  const Mention* org = nullptr;  // "the status of an SCO dialogue partner"
};

/// "[full|sectoral] dialogue partner(s) [state]", "partner state(s)",
/// "associate member(s) [state]", "associate membership", each optionally
/// followed by "status", at unit i.
[[nodiscard]] std::optional<RolePhrase> role_noun_at(const Units& u, std::size_t i);

/// A role at unit i (after an optional "the"), also "the status of [a|an]
/// [ORG] ROLE".
[[nodiscard]] std::optional<RolePhrase> role_at_unit(const Units& u, std::size_t i);

/// A finding of the role's relation with `partner_rule` or
/// `associate_rule` (literals), stated, of the role's organisation.
/// Inline, as the caller fills the finding in further.
[[nodiscard]] inline StatusFinding status_finding(const RolePhrase& role, const char* partner_rule,
                                                  const char* associate_rule) {
  StatusFinding f;
  f.relation = role.relation;
  f.rule = role.relation == Relation::PartnerOf ? partner_rule : associate_rule;
  f.modality = Modality::Stated;
  f.organisation = role.org;
  return f;
}

/// The organisation phrase after a role at unit k into `f`; false when it
/// names something unknown or is a pronoun. Returns its end in `end`.
bool org_after_role(const Units& u, std::size_t k, StatusFinding& f, std::size_t& end);

/// "its|our|STATE's dialogue partnership with ORG", "the STATE–ORG dialogue
/// partnership", "established a dialogue partnership|dialogue relations
/// with ORG": the dialogue word at unit i (partner_dialogue.cpp).
void partnership_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out);

/// LIST joined|took part in|participates in [NATO's] Partnership for Peace:
/// partner_of NATO (partner_dialogue.cpp).
void peace_partnership_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out);

}  // namespace orgkg::detail

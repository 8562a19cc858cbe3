// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The relation vocabulary (see docs/CONVENTIONS in the README): what a fact
// says about its subject and object. Names are the snake_case strings used in
// every output ("member_of"); symmetric relations are stored once per pair.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace orgkg {

enum class Relation {
  MemberOf,           ///< full member (state or organisation) -> organisation
  ObserverOf,         ///< observer status
  PartnerOf,          ///< dialogue partner, partner state
  AssociateMemberOf,  ///< associate member
  CandidateFor,       ///< applied, invited, admission procedure under way
  FounderOf,          ///< founding member, or initiated the organisation's creation
  ChairOf,            ///< holds the chairmanship or presidency
  HeadquarteredIn,    ///< organisation -> city of its seat or secretariat
  CooperatesWith,     ///< organisation <-> organisation (symmetric)
  AgreementWith,      ///< memorandum or agreement signed (symmetric)
  Left,               ///< withdrew, suspended or expelled
};

/// Every relation, in declaration order.
inline constexpr std::array<Relation, 11> kAllRelations = {
    Relation::MemberOf,     Relation::ObserverOf,      Relation::PartnerOf,
    Relation::AssociateMemberOf, Relation::CandidateFor, Relation::FounderOf,
    Relation::ChairOf,      Relation::HeadquarteredIn, Relation::CooperatesWith,
    Relation::AgreementWith, Relation::Left};

/// "member_of", "observer_of", ...
[[nodiscard]] std::string_view relation_name(Relation relation);

/// The inverse of relation_name(); nullopt for an unknown name.
[[nodiscard]] std::optional<Relation> relation_from_name(std::string_view name);

/// True for cooperates_with and agreement_with. Inline: the Store asks it of
/// every triple it adds.
[[nodiscard]] constexpr bool is_symmetric(Relation relation) noexcept {
  return relation == Relation::CooperatesWith || relation == Relation::AgreementWith;
}

}  // namespace orgkg

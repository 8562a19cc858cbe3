// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/relation.hpp"

namespace orgkg {

std::string_view relation_name(Relation relation) {
  switch (relation) {
    case Relation::MemberOf: return "member_of";
    case Relation::ObserverOf: return "observer_of";
    case Relation::PartnerOf: return "partner_of";
    case Relation::AssociateMemberOf: return "associate_member_of";
    case Relation::CandidateFor: return "candidate_for";
    case Relation::FounderOf: return "founder_of";
    case Relation::ChairOf: return "chair_of";
    case Relation::HeadquarteredIn: return "headquartered_in";
    case Relation::CooperatesWith: return "cooperates_with";
    case Relation::AgreementWith: return "agreement_with";
    case Relation::Left: return "left";
  }
  return "member_of";
}

std::optional<Relation> relation_from_name(std::string_view name) {
  for (Relation relation : kAllRelations) {
    if (relation_name(relation) == name) return relation;
  }
  return std::nullopt;
}

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Patterns that state who founded an organisation or initiated its creation
// (founder_of: state or organisation -> organisation), on a sentence seen as
// units (list_reader.hpp). ACTOR is a state, an organisation or a head of
// state or government standing for a state ("President of Kazakhstan N.
// Nazarbayev", "the Kazakh President"); ORG an organisation, or a sub-body the
// text names after one ("the SCO Energy Club"):
//   ORG's|its founding members, the founding members of ORG (are|–|:)
//     [the N states –] LIST                                 founder.founding_members
//   LIST are|were [among] [the|one of the] founding members|founders of ORG,
//   LIST, [the] founding members of ORG, ...   Russia is a co-founder of ORG  founder.are_founders
//   LIST founded|co-founded|established|created|set up|formed ORG,
//   LIST laid the foundation(s) of ORG, stood at the origins of ORG,
//   LIST signed ..., thereby founding ORG
//                                                                           founder.founded
//   ORG was founded|established|created ... by LIST, ORG, founded ... by LIST,
//   ORG initiated by ACTOR, Founded ... by LIST, ORG ...,
//   ORG was established by the Treaty signed ... by LIST,
//   ORG was established ..., when LIST signed its Pact|Charter|Treaty      founder.founded_by
//   ORG was established ... at|on the initiative of ACTOR / at ACTOR's initiative /
//     at the suggestion|proposal of ACTOR                                    founder.initiative
//   ACTOR suggested|proposed that ORG be established|created|convened;
//   ACTOR proposed|initiated the creation|establishment|convening of ORG;
//   ACTOR put forward the idea of creating ORG; ACTOR's initiative to create ORG;
//   the idea of convening ORG was put forward|proposed by ACTOR, belongs to ACTOR;
//   ACTOR presented|announced the idea of convening ORG                    founder.proposed
//   LIST signed the Declaration|Agreement|Treaty on the Establishment of ORG,
//     the Treaty establishing ORG, the Treaty on ORG                         founder.declaration
// "the presidents|leaders of A, B and C" stand for the states. Founding gives
// founder_of only: membership is the list extractor's business. Pure.
#pragma once

#include <vector>

#include "entry_words.hpp"
#include "org_relation_phrases.hpp"

namespace orgkg::detail {

/// The family find_founders() reads the sentence as: Founding when it holds
/// a founding role word ("founders", "founding"), else FoundingCore, which
/// leaves out the patterns that need one, and which most sentences start no
/// pattern of. Inline, so that a caller can ask may_start() of it before
/// the call.
[[nodiscard]] inline PatternFamily founding_family(const EntryUnits& sentence) {
  return sentence.has_needed_word(PatternFamily::Founding) ? PatternFamily::Founding
                                                           : PatternFamily::FoundingCore;
}

/// Every founder_of statement of the sentence, in text order, into
/// `findings` (whose contents it replaces: a caller reading sentence after
/// sentence passes one vector, whose storage is reused).
void find_founders(const EntryUnits& sentence, std::vector<OrgFinding>& findings);

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Patterns that state a memorandum, agreement or protocol signed between two
// parties (agreement_with), on a sentence seen as units (list_reader.hpp).
// DOC is "memorandum", "memoranda", "agreement", "protocol" and their
// plurals, with an optional tail ("of understanding", "of obligations", "on
// economic cooperation", "establishing a free trade area"); "and" may join
// the words of a title before it ("Partnership and Cooperation Agreement"):
//   SUBJECT signed|concluded [a] DOC with A, B and C            agreement.signed_with
//   ... [, as well as] between C and D [, and in 2007 with E]   agreement.between
//   DOC was|were|has been signed [in 2005] with A and B         agreement.signed_with
//   DOC between A and B was signed / , signed in 2005           agreement.between
//   the signing of DOC between A and B                          agreement.between
//   A and B signed [a] DOC                                      agreement.signed_pair
//   SUBJECT has|have [a] DOC with A                             agreement.has_with
//   SUBJECT signed with A [a] DOC                               agreement.signed_with
//   SUBJECT signed DOC on its accession to ORG / of obligations on ORG membership
//                                                               agreement.signed_with
//   DOC between A and B entered|came into force                 agreement.between
//   the A–B [free trade] DOC was signed / entered into force     agreement.between
// SUBJECT is a party named before the verb (a state, an organisation or one
// of its sub-bodies, a head of state), else the organisation in context ("the
// concerned parties", "the Secretariat", "it", a passive without an agent).
// Each "with"/"between" group is its own finding, dated by the date phrase
// that opens it ("In 2005, ... with A, and in 2007 with B"). Only the finite
// "signed"/"concluded" count, and "the first country to sign" (an ordinal
// says it was done): "plan to sign", "studying the possibility of signing"
// never match, and the extractor's cues apply on top. A pair needs
// one organisation (state-state treaties are not this graph's). Pure.
#pragma once

#include <vector>

#include "org_relation_phrases.hpp"

namespace orgkg::detail {

/// Every agreement_with statement of the sentence, in text order, into
/// `findings` (whose contents it replaces: a caller reading sentence after
/// sentence passes one vector, whose storage is reused).
void find_agreements(const EntryUnits& sentence, std::vector<OrgFinding>& findings);

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The list-membership extractor: member_of and observer_of facts from the
// sentences that list an organisation's members or observers, with the list
// before or after the verb, or that state the event that began a membership:
//
//   ORG includes/comprises/consists of/brings together/unites [N] [member] states – A, B and C
//   ORG member states – A, B and C         (ASEM-style "ORG partners – ..." too)
//   The members of ORG are A, B and C      ORG's members are the eight Arctic states – A, B
//   A, B and C are members of [both] ORG [and ORG2]      A and B are ORG members
//   A, B and C have/hold/had held observer status [in ORG] [since 2005]
//   A and B are observers [at ORG]         X has been an observer state at ORG since 2018
//   Thirteen non-Arctic states – A, B – have observer status
//   The observer states [of ORG] are ...   ORG's observers include ...
//   The leaders of the observer states – A and B – took part   (ORG from context)
//   A joined ORG [as an observer] in 2001  A acceded to ORG    A was admitted to ORG
//   ..., and B joined it in August of the same year
//   ORG granted A and B observer status    ... granted observer status at ORG to A and B
//   ..., and both states have become full members of ORG   (the two states named before)
//   A, which has become a full member of ORG   (also "the admission of A, which ...")
//
// Lists are split at commas, "and", an Oxford comma, "as well as" and
// semicolons; items are states, organisations or a state's demonym ("Sri
// Lankan"). A finding's organisation is the one it names; else what its "it"
// stands for (an organisation just named as the object of "joined", "acceded
// to", "a member of", with only dates and connectives in between); else the
// only organisation its sentence names; else the one the preceding sentence
// was about; and for a list in apposition to a bare "observer states" /
// "member countries" only, the document's main organisation (the only one its
// title names). A stated count ("26 states") is checked against the list (a
// Note on mismatch), never used to invent items. Negated, modal or hoped-for
// statements ("is not a member", "could join", "applied to join", "we hope X
// will become") give nothing, nor do founding members, partners (except where
// an organisation calls its members so) or a role "of"/"in" something that is
// not a known organisation. Rule names are "list.<pattern>" (e.g.
// "list.includes_states", "list.joined", "list.granted_status"). Evidence
// dates: the first explicit date or year of the finding's own clause ("Since
// 2017, ...", "joined it in August of the same year"; "since" and the events
// "joined", "became", "granted" also set valid_from), else the publication
// date. Immutable and thread-safe.
#pragma once

#include <string_view>

#include "orgkg/extract/extractor.hpp"

namespace orgkg {

class ListMembershipExtractor final : public Extractor {
 public:
  /// `gazetteer` must outlive the extractor.
  explicit ListMembershipExtractor(const Gazetteer& gazetteer) : gazetteer_(&gazetteer) {}

  /// "list_membership".
  [[nodiscard]] std::string_view name() const override { return "list_membership"; }
  /// See the file comment for what is extracted.
  void extract(const Document& document, TripleSink& sink, Diagnostics& diagnostics) const override;
  /// The same, on the analysis extract_triples() shares between extractors.
  void extract(const Document& document, const detail::DocumentAnalysis& analysis,
               TripleSink& sink, Diagnostics& diagnostics) const override;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The organisation-relations extractor: how organisations stand to each
// other and to the states and cities around them, sentence by sentence:
//
//   cooperates_with (org <-> org): "ties between the SCO, ASEAN and the EAEU"
//     (every pair), "cooperation of the SCO with ASEAN", "the SCO cooperates
//     with the UN", "SCO–CSTO interaction", "the growing cooperation between
//     these associations" (the organisations listed just before).
//   agreement_with (symmetric, one side an organisation): "the concerned
//     parties have signed memoranda of understanding with A, B and C",
//     "a memorandum between the CICA and SCO secretariats", "a protocol
//     between X and Y was signed". A memorandum between two organisations
//     framed as cooperation (its own words, or the sentence or the one before
//     speak of cooperation) also gives cooperates_with.
//   headquartered_in (org -> city): "the Secretariat, which is located in
//     Astana", "the New Development Bank, headquartered in Shanghai", "the
//     SCO Secretariat in Beijing", "the Secretariat, which opened in Beijing
//     in 2004".
//   founder_of (state or org -> org): "the founding members of X are A, B",
//     "A, B and C founded X", "X was established at Russia's initiative",
//     "President of Kazakhstan N. Nazarbayev suggested that X be
//     established", "A and B signed the Declaration on the Establishment of
//     X". Founding never gives membership.
//
// Sub-bodies stand for their organisation ("the CICA Secretariat" is CICA),
// except where a body has a life of its own: a founded body named after its
// organisation ("the SCO Energy Club") or filed under it ("the Regional
// Anti-Terrorist Structure") becomes an organisation of that name, and such a
// body's seat is not its parent's (a secretariat's or commission's is). "The Secretariat", "the
// concerned parties", "it" and a passive without an agent stand for the
// organisation in context: the last one named earlier in the sentence, else
// the one the paragraph's previous sentences were about, else the document's
// (the only one its title names). A state is never a side of cooperates_with.
// Statements under negation, modality, plans or prospects ("studying the
// possibility of signing", "plan to sign", "could cooperate", "hope to
// establish ties") give nothing.
//
// Rule names: "coop.<pattern>", "agreement.<pattern>", "hq.<pattern>",
// "founder.<pattern>" (e.g. "coop.between", "agreement.signed_with",
// "hq.located_in", "founder.initiative"); "coop.memorandum" for the
// cooperation a memorandum implies. Evidence dates: the first explicit date
// or year of the statement's clause ("In 2015, ... was established"; "In
// 2005, memoranda were signed with A, and in 2007 with B" dates each group),
// else the publication date; "opened in 2004" also sets valid_from.
// Immutable and thread-safe.
#pragma once

#include <string_view>

#include "orgkg/extract/extractor.hpp"

namespace orgkg {

class OrgRelationsExtractor final : public Extractor {
 public:
  /// `gazetteer` must outlive the extractor.
  explicit OrgRelationsExtractor(const Gazetteer& gazetteer) : gazetteer_(&gazetteer) {}

  /// "org_relations".
  [[nodiscard]] std::string_view name() const override { return "org_relations"; }
  /// See the file comment for what is extracted. Throws only what `sink` throws.
  void extract(const Document& document, TripleSink& sink, Diagnostics& diagnostics) const override;
  /// The same, on the analysis extract_triples() shares between extractors.
  void extract(const Document& document, const detail::DocumentAnalysis& analysis,
               TripleSink& sink, Diagnostics& diagnostics) const override;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace orgkg

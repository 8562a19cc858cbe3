// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The status extractor: the relations a state has to an organisation besides
// membership and observer status (those are the list-membership
// extractor's):
//
//   chair_of             "In 2014, China assumed the presidency of CICA", "China, the
//                        current CICA president", "under India's chairmanship", "the
//                        Kazakhstani chairmanship", "Iceland handed over the chairmanship
//                        of the Arctic Council to Russia" (both chair), "Kyrgyzstan
//                        chaired the SCO", "In 2023, the chairmanship of the CSTO will
//                        pass to Belarus"
//   partner_of           "A and B are the SCO's dialogue partners", "Russia has been a
//                        dialogue partner of ASEAN since 1996", "A has dialogue partner
//                        status", "its dialogue partnership with ASEAN" (the clause's
//                        subject), "partner countries"
//   associate_member_of  "A is an associate member of ORG", "associate membership"
//   candidate_for        "Timor-Leste applied for ASEAN membership in 2011", "the
//                        procedure for admitting Belarus was launched", "Iran will
//                        receive observer status", "invited A to become full members",
//                        "a memorandum of obligations of Iran for obtaining the status
//                        of an SCO member state", "A and B submitted their applications
//                        for NATO membership", "partner country status has been offered
//                        to A, B and C", "agreed in principle to admit A", "accession
//                        negotiations have been under way with A since 2012"
//   granted by decision  a decision stated as taken, in the past tense, that grants an
//                        observer, partner or member status outright is that status, not
//                        candidacy (CONVENTIONS §1: presented as granted): "decided to
//                        grant Turkmenistan observer status" -> observer_of, "decided to
//                        grant Laos the status of SCO dialogue partner" -> partner_of,
//                        "agreed to admit A and B as members of ORG, bringing its
//                        membership to 56" -> member_of (rule candidate.decision_granted).
//                        Still candidate_for when pending: "in principle", a procedure
//                        ("decided to begin the procedure for granting"), "will", candidate
//                        status ("decided to grant the status of candidate country"), or
//                        "decided to admit A as full members" with no count that shows
//                        the admission done.
//   left                 "Georgia withdrew from the CIS in 2009", "Russia was expelled
//                        from the Council of Europe", "X's membership was suspended",
//                        "X ceased to be a member"
//
// Subjects are states (partner_of and candidate_for also take organisations);
// "our country", "our" and "we" stand for Source::publisher_country when it is
// set. A finding's organisation is the one it names; else the only one its
// sentence names outside phrases like "cooperation with X" (for "under the
// chairmanship of X", the last one before it); else, where the pattern
// allows, the organisation of the sentence before or the only one the title
// names (when both are known they must agree). "presidency" and "president"
// name heads of state too, so they need the organisation named in the
// sentence; the UN's bodies have presidencies but the UN has no chair.
//
// What is stated only: negated, modal or hoped-for statements ("could join",
// "we hope X will become", "did not withdraw") give nothing; "will" gives
// candidate_for ("will receive observer status") but no chair: a
// chairmanship still to come ("In 2025, Russia will chair ...") is not held
// yet; a withdrawal decided, announced or called for is not one. Evidence dates: the first
// explicit date of the finding's clause, else the first year range there
// ("for 2019–2020": the start, with valid_from and valid_to the range), else
// the publication date; "assumed", "became", "since" make the date a start
// (valid_from), and left's date is an end (valid_to). Rule names are
// "chair.*", "partner.*", "associate.*", "candidate.*", "left.*". Immutable and
// thread-safe.
#pragma once

#include <string_view>

#include "orgkg/extract/extractor.hpp"

namespace orgkg {

class StatusExtractor final : public Extractor {
 public:
  /// `gazetteer` must outlive the extractor.
  explicit StatusExtractor(const Gazetteer& gazetteer) : gazetteer_(&gazetteer) {}

  /// "status".
  [[nodiscard]] std::string_view name() const override { return "status"; }
  /// See the file comment for what is extracted. Reports nothing to
  /// `diagnostics`.
  void extract(const Document& document, TripleSink& sink, Diagnostics& diagnostics) const override;
  /// The same, on the analysis extract_triples() shares between extractors.
  void extract(const Document& document, const detail::DocumentAnalysis& analysis,
               TripleSink& sink, Diagnostics& diagnostics) const override;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Patterns that state a membership or status by the event that began it:
//   LIST joined ORG [as ROLE]                  "Armenia joined the EAEU in 2015"
//   LIST acceded to ORG                        "... and Kyrgyzstan joined it in August"
//   LIST was/were/has been admitted to ORG [as ROLE]
//   [SUBJECT] granted LIST [the] ROLE status [at ORG]
//   [SUBJECT] granted [the] ROLE status [at ORG] to LIST
// Only finite past forms count: "to join", "will join", "applied to join" and
// "decided to grant" are never matched, and the extractor's negation and
// modality cues apply on top. Pure.
#pragma once

#include <cstddef>
#include <optional>

#include "list_patterns.hpp"
#include "list_phrases.hpp"

namespace orgkg::detail {

/// "LIST joined ORG", "LIST acceded to ORG", "LIST was admitted to ORG",
/// anchored on "joined", "acceded" or the auxiliary of "was admitted". The
/// organisation must end its phrase: "joined the SCO summit" and "joined the
/// EU in calling for" are not membership. "as a founding member" and "as a
/// partner" give nothing; "as an observer" gives observer_of.
[[nodiscard]] std::optional<ListFinding> join_pattern(const Units& u, std::size_t i,
                                                      const PartnerPolicy& partners);

/// "[SUBJECT] granted LIST observer status [at ORG]" and "granted observer
/// status [at ORG] to LIST", anchored on "granted", "accorded" or "gave" (not
/// after "be", "was", "to": passives are predicate patterns). The
/// organisation is the one named after the status, else the subject when it
/// is an organisation, else the one in context.
[[nodiscard]] std::optional<ListFinding> grant_pattern(const Units& u, std::size_t i,
                                                       const PartnerPolicy& partners);

/// "ORG admitted|absorbed|accepted LIST [in DATE]" (the organisation the
/// verb's subject) and "[SUBJECT] admitted LIST as [the eighth] [new]
/// members [of ORG]" (also observers),
/// anchored on an active "admitted". The organisation is the one named after
/// the role, else the subject when it is an organisation, else the one in
/// context.
[[nodiscard]] std::optional<ListFinding> admit_pattern(const Units& u, std::size_t i,
                                                       const PartnerPolicy& partners);

/// "completed|marked|welcomed|with|after the admission|accession of LIST
/// to|into ORG" (or "as [the eighth] [new] ROLE of ORG"), "the accession of
/// LIST to ORG was completed", anchored on "admission" or "accession": an
/// admission the sentence says is done. Any other ("the procedure for the
/// admission of", "supports the admission of") may be sought or under way,
/// a candidacy, the status extractor's, and gives nothing here.
/// "the admission|accession of LIST [to ORG]" done ("completed the
/// admission of", "with the accession of A in 1984, B in 1995", "A's
/// accession to ORG took place in 2015"): admission_patterns.cpp.
[[nodiscard]] std::optional<ListFinding> admission_pattern(const Units& u, std::size_t i,
                                                           const PartnerPolicy& partners);

/// "A and B joined ORG in 2010, C in 2012, and D and E in 2014", "ORG
/// absorbed A in 2017 and B in 2020": a group after the first that leaves
/// out the verb and organisation it repeats, anchored on its "in" or "on"
/// before a date. The organisation is the first group's (named, "it", the
/// topic of "A joined in 1984", or the subject of "absorbed").
/// "a|one|two|... year(s) later" at unit i: a join dated after the one
/// before it.
[[nodiscard]] bool years_later_at(const Units& u, std::size_t i);
/// Shared by the event and admission patterns:
/// read_list_forward() from unit k, else the items there that it leaves
/// unread before "as the" or "to the" ("admitted Somalia as the eighth
/// Partner State", "the admission of Iran and Belarus to the SCO").
void read_list_at(const Units& u, std::size_t k, ListItems& list);
/// The role after "as" at unit k: "as [a|an|the|its] [eighth] [new] ROLE";
/// `end` set past it. nullopt when none, or a plain noun ("as states").
[[nodiscard]] std::optional<Role> role_after_as(const Units& u, std::size_t k, std::size_t& end);

/// "Viet Nam joined ASEAN in 1995, followed by Laos and Myanmar in 1997 and
/// by Cambodia in 1999": each list after "by" joined what the join before
/// it joined, dated by its own words; anchored on "by"
/// (admission_patterns.cpp).
[[nodiscard]] std::optional<ListFinding> followed_by_pattern(const Units& u, std::size_t i,
                                                             const PartnerPolicy& partners);

/// "Hungary has held observer status since 2018, while Turkmenistan was
/// granted the same status in 2021", "... Laos was granted this status": the
/// nearest role the sentence named before, anchored on "status"
/// (same_status_pattern.cpp).
[[nodiscard]] std::optional<ListFinding> same_status_pattern(const Units& u, std::size_t i,
                                                             const PartnerPolicy& partners);

/// Completes a finding of a verb at `verb` that gives its list a role: the
/// organisation is the one after the role phrase (`after`), else the verb's
/// subject; the role must suit that organisation (grant_patterns.cpp).
[[nodiscard]] std::optional<ListFinding> complete_status_grant(
    ListFinding finding, const Units& u, std::size_t verb, const OrgPhrase& after, Role role,
    const PartnerPolicy& partners, const char* rule, std::size_t predicate_end);

/// "the path of Mozambique, admitted in 1995, and of Rwanda": a state with a
/// dated participle of admission after it, "admitted [to|into ORG] in DATE",
/// is a member from that date (of the organisation named, else in context).
/// Read by admit_pattern() (admission_patterns.cpp).
[[nodiscard]] std::optional<ListFinding> admitted_apposition(const Units& u, std::size_t i);

/// "Mongolia was the first state to obtain observer status in the SCO",
/// "... the first country to join ORG", anchored on "first"
/// (same_status_pattern.cpp).
[[nodiscard]] std::optional<ListFinding> first_to_gain_pattern(const Units& u, std::size_t i,
                                                               const PartnerPolicy& partners);

/// "The other eight are A and B", "The remaining fourteen are A", "Nine of
/// them are African states: A, B": a part of a membership list the sentence
/// before began (partitive_pattern.cpp).
[[nodiscard]] std::optional<ListFinding> partitive_pattern(const Units& u, std::size_t i,
                                                           const PartnerPolicy& partners);

/// "congratulated Finland on joining NATO", "... Timor-Leste on becoming the
/// eleventh member of ASEAN", "... on its accession to ORG", "... on
/// obtaining observer status in ORG", anchored on "congratulated"
/// (congratulation_pattern.cpp).
[[nodiscard]] std::optional<ListFinding> congratulated_on_pattern(const Units& u, std::size_t verb,
                                                                  const PartnerPolicy& partners);

/// "The OIC counts Pakistan among its members": the list after the verb
/// (counts_among_pattern.cpp).
[[nodiscard]] std::optional<ListFinding> counts_among_pattern(const Units& u, std::size_t i,
                                                              const PartnerPolicy& partners);

[[nodiscard]] std::optional<ListFinding> gapped_join_pattern(const Units& u, std::size_t i,
                                                             const PartnerPolicy& partners);

}  // namespace orgkg::detail

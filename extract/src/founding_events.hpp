// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The event forms of founding (founding_patterns.hpp) and the phrases the
// founding patterns share: founders after "by", the actor of "Russia's
// initiative", the founded organisation after a verb. Pure.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "org_relation_phrases.hpp"

namespace orgkg::detail {

/// "ORG was founded|established|created|set up ... by LIST", "... at the
/// initiative of ACTOR", "... at ACTOR's initiative", "ORG, founded in 2001
/// by A and B", "It was established ... by": anchored on the participle at
/// unit v.
[[nodiscard]] std::optional<OrgFinding> passive_founding(const Units& u, std::size_t v);

/// "LIST founded|established|created|set up ORG", "LIST laid the
/// foundations of|stood at the origins of ORG", "LIST announced the
/// establishment of|took part in the creation of ORG" and "LIST signed the
/// Declaration on the Establishment of ORG" (also "the Treaty establishing
/// ORG", "the Treaty on ORG"), anchored on the verb at unit v.
[[nodiscard]] std::optional<OrgFinding> active_founding(const Units& u, std::size_t v);

/// "The Treaty on ORG was signed ... by the presidents of A, B and C", "the
/// Treaty, which established ORG, was signed ... by A and B": the
/// signatories of a founding document found it; else those of a document
/// named by its own name (signed_named_document()); the verb at unit v
/// (founding_documents.cpp).
[[nodiscard]] std::optional<OrgFinding> signed_by_founders(const Units& u, std::size_t v);

/// "the Treaty of Basseterre, signed on 18 June 1981 by A and B", "A and B
/// signed the Treaty of Asuncion": the signatories of a document named by
/// its own name, which the gazetteer may know as an organisation's founding
/// one (OrgFinding::founding_document); the verb at unit v
/// (founding_document_names.cpp).
[[nodiscard]] std::optional<OrgFinding> signed_named_document(const Units& u, std::size_t v);

/// "... signed the SAARC Charter in Dhaka, thereby founding the Association":
/// the participle at unit v (founding_documents.cpp).
[[nodiscard]] std::optional<OrgFinding> thereby_founding(const Units& u, std::size_t v);

/// "the SCO, which Kazakhstan co-founded [in 2001] [together with A and B]",
/// "Mercosur, the bloc that our country founded with A", "the ECO, which it
/// established": founding stated in a relative clause on the organisation,
/// anchored on the verb at unit v; "it" is the one state opening the clause
/// (founding_relatives.cpp).
[[nodiscard]] std::optional<OrgFinding> relative_founding(const Units& u, std::size_t v);

/// States the founders founded it with, after the verb at unit k: "in 1985
/// together with Pakistan and Türkiye", "with Chile, Colombia and Mexico",
/// added to `founders`. Sets `end`; false when an organisation or a clause of
/// another kind comes first (founding_relatives.cpp).
[[nodiscard]] bool companions_after(const Units& u, std::size_t k,
                                    std::vector<const Mention*>& founders, std::size_t& end);

/// "the OIC, of which it|Malaysia is a founding member", anchored on the
/// copula at unit i (founding_relatives.cpp).
[[nodiscard]] std::optional<OrgFinding> relative_founder_role(const Units& u, std::size_t i);

/// A founding document's noun at unit k: "treaty", "charter", "pact",
/// "agreement", "declaration", "convention", "protocol".
[[nodiscard]] bool is_founding_document(const Units& u, std::size_t k);

/// "the Nakhchivan Agreement, signed on 3 October 2009 by A, B and C" ending
/// at unit j (the comma before a "which" that founds): the signatories of a
/// founding document; `begin` set to the document's unit. Empty when the
/// units before j are no such phrase.
[[nodiscard]] std::vector<const Mention*> signatories_before(const Units& u, std::size_t j,
                                                             std::size_t& begin);

/// The agent of a passive founding from unit k on: "by LIST", "by the Treaty
/// signed ... by LIST", ", when|where LIST signed its Pact", ", when the
/// leaders of LIST adopted the Istanbul Declaration", "at the initiative of
/// ACTOR", "at ACTOR's initiative", "following a proposal by". Sets `end`,
/// and `initiative` unless it is a plain "by" (founding_parties.cpp).
[[nodiscard]] std::vector<const Mention*> agent_after(const Units& u, std::size_t k,
                                                      std::size_t& end, bool& initiative);

/// "laid the foundation(s) of" at unit k: its length, 0 when none.
[[nodiscard]] std::size_t laid_foundations_at(const Units& u, std::size_t k);

/// Whether what follows a founded organisation at unit k may end its phrase
/// ("established the SCO in 2001", not "established the SCO Secretariat").
[[nodiscard]] bool founded_object_ends(const Units& u, std::size_t k);

/// Whether a founded organisation phrase may be a founding's object, and
/// what it is: a body of an organisation ("the Regional Anti-Terrorist
/// Structure") becomes an organisation of its own name (`made` set to its
/// bytes); a secretariat or commission is refused (it opened, it was not
/// founded by the states). An organisation's own name is accepted as is.
[[nodiscard]] bool own_body(const Mention& org, std::optional<TextSpan>& made);

/// "creating", "establish", "convening", "setting up", ... at unit i: its
/// length, 0 when none.
[[nodiscard]] std::size_t creation_verb_at(const Units& u, std::size_t i);

/// A founder_of finding with the rule, its scope and date range from the
/// clause of unit `begin` to unit `end`.
[[nodiscard]] OrgFinding founding_finding(const Units& u, const char* rule, std::size_t begin,
                                          std::size_t end);

/// Sets the finding's object from unit k: an organisation phrase (not a
/// secretariat), or the organisation in context for "it" or a generic "the
/// Organisation". Sets `end`; false when there is none.
[[nodiscard]] bool founding_object_at(const Units& u, std::size_t k, OrgFinding& f,
                                      std::size_t& end);

/// The parties of a subject ending before unit j: a list ("A, B and C"), "the
/// presidents|leaders|heads of state of A, B and C", or an actor phrase.
/// Sets `begin`; empty when there is none.
[[nodiscard]] std::vector<const Mention*> subject_parties(const Units& u, std::size_t j,
                                                          std::size_t& begin);

/// The comma opening ", meeting in Dhaka," when that aside ends at unit j
/// (its closing comma at j - 1), else 0 (founding_parties.cpp).
[[nodiscard]] std::size_t participle_aside_before(const Units& u, std::size_t j);

/// "Kazakhstan, together with China and Russia," ending at unit j (its last
/// comma at j - 1): whether the units before j are so, their list (read whole
/// by the list reader) into `with`.
[[nodiscard]] bool companions_before(const Units& u, std::size_t j, ListItems& with);

/// The founders starting at unit i (after "by" or "of"): "[the presidents
/// of] A, B and C", "six states: A, B", or an actor phrase. Sets `end`.
[[nodiscard]] std::vector<const Mention*> founders_at(const Units& u, std::size_t i,
                                                      std::size_t& end);

/// The actor of "ACTOR's initiative", "the Kazakh President's proposal" or
/// "the Kazakh initiative", the noun being at unit i. Sets `begin`.
[[nodiscard]] const Mention* possessive_actor_before(const Units& u, std::size_t i,
                                                     std::size_t& begin);

/// "creation of", "establishment of", "formation of", "founding of",
/// "convening of" at unit i (founding_proposals.cpp).
[[nodiscard]] bool is_creation_noun(const Units& u, std::size_t i);

/// "ACTOR proposed|put forward [the idea of] creating ORG", "ORG was proposed
/// by ACTOR", the verb at unit v (founding_proposals.cpp).
[[nodiscard]] std::optional<OrgFinding> proposal_pattern(const Units& u, std::size_t v);

/// "ACTOR's initiative to create ORG", "the idea of convening ORG was put
/// forward by ACTOR", the noun at unit i (founding_proposals.cpp).
[[nodiscard]] std::optional<OrgFinding> idea_pattern(const Units& u, std::size_t i);

}  // namespace orgkg::detail

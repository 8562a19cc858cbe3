// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A status granted: "the SCO granted A and B observer status", "granted
// observer status to A", "granted Iran the status of an observer state",
// "agreed to admit Timor-Leste ... and granted it observer status at all
// ASEAN high-level meetings". Pure.
#include "event_patterns.hpp"
#include "list_phrases.hpp"

namespace orgkg::detail {
namespace {

// "[the] observer status", "[the] full membership" at unit i: its length, 0
// when none.
std::size_t status_at(const Units& u, std::size_t i, std::optional<Role>& role,
                      const Mention** named = nullptr) {
  std::size_t k = is(u, i, {"the"}) ? i + 1 : i;
  if (std::size_t n = phrase(u, k, {"full", "membership"}) + phrase(u, k, {"membership"})) {
    role = Role::Member;
    return k + n - i;
  }
  std::size_t length = 0;
  // "the status of [an] observer [state]", "the category of associate observer"
  if (is(u, k, {"status", "category"}) && is(u, k + 1, {"of"})) {
    std::size_t m = is(u, k + 2, {"a", "an"}) ? k + 3 : k + 2;
    // "the status of an SCO observer state": the organisation's own.
    if (named != nullptr && is_org(u, m)) *named = u[m++].mention;
    role = role_at(u, m, length);
    // "the status of dialogue partner|partner country": the partner readers'.
    if (!role || *role == Role::Plain || *role == Role::DialoguePartner || *role == Role::Partner)
      return 0;
    return m + length - i;
  }
  role = role_at(u, k, length);
  if (!role || *role == Role::Plain || u[k + length - 1].norm != "status") return 0;
  return k + length - i;
}

}  // namespace

// Completes a finding of a verb at `verb` that gives its list a role: the
// organisation is the one after the role phrase (`after`), else the verb's
// subject; the role must suit that organisation.
std::optional<ListFinding> complete_status_grant(ListFinding finding, const Units& u,
                                                 std::size_t verb, const OrgPhrase& after,
                                                 Role role, const PartnerPolicy& partners,
                                                 const char* rule, std::size_t predicate_end) {
  const Mention* subject = nullptr;
  finding.organisation = after.org;
  if (after.length == 0 && subject_before(u, verb, subject)) finding.organisation = subject;
  if (!accept_role(role, finding.organisation, partners)) return std::nullopt;
  finding.relation = relation_of(role);
  finding.rule = rule;
  finding.pronoun = after.pronoun;
  finding.anchor = finding.subject_begin = verb;
  finding.predicate_end = predicate_end;
  finding.starts = true;
  return finding;
}

std::optional<ListFinding> grant_pattern(const Units& u, std::size_t i,
                                         const PartnerPolicy& partners) {
  if (!is(u, i, {"granted", "accorded", "gave"}) ||
      (i > 0 && is(u, i - 1, {"be", "been", "being", "was", "were", "is", "are", "to"}))) {
    return std::nullopt;
  }
  ListFinding finding;
  std::optional<Role> role;
  // "granted A and B observer status": the status ends the list.
  std::size_t k = i + 1;
  const Mention* in_phrase = nullptr;
  while (k < u.size() && !is(u, k, {".", ";"}) && status_at(u, k, role, &in_phrase) == 0) ++k;
  read_list_backward(u, k, finding);
  bool list_first = !finding.items.empty() && finding.list_begin == i + 1;
  // "agreed to admit Timor-Leste ... and granted it observer status": the
  // one state the sentence named before.
  if (!list_first && is(u, i + 1, {"it"}) && status_at(u, i + 2, role) != 0) {
    finding = ListFinding{};
    for (std::size_t m = 0; m < i; ++m) {
      if (!is_state(u, m)) continue;
      if (!finding.items.empty()) return std::nullopt;
      finding.items = {u[m].mention};
      finding.list_begin = m;
      finding.list_end = m + 1;
    }
    if (finding.items.empty()) return std::nullopt;
    list_first = true;
    k = i + 2;
  }
  if (!list_first) k = i + 1;
  const Mention* named = nullptr;
  std::size_t status = status_at(u, k, role, &named);
  if (status == 0) return std::nullopt;
  k += status;
  if (named != nullptr) {  // "granted Belarus the status of an SCO observer state"
    OrgPhrase in_status;
    in_status.org = named;
    if (!list_first) return std::nullopt;
    return complete_status_grant(std::move(finding), u, i, in_status, *role, partners,
                                 "list.granted_status", k);
  }
  // "at all ASEAN high-level meetings": the organisation whose meetings.
  if (is(u, k, {"at"})) {
    std::size_t m = k + 1;
    while (m < k + 4 && is(u, m, {"all", "the", "its"})) ++m;
    if (is_org(u, m)) {
      std::size_t e = m + 1;
      while (e < m + 4 && !is(u, e, {"meetings", "summits", "events", "sessions"}) &&
             u[e].mention == nullptr && !is(u, e, {",", ".", ";", "and"})) {
        ++e;
      }
      if (is(u, e, {"meetings", "summits", "events", "sessions"})) {
        OrgPhrase at;
        at.org = u[m].mention;
        return complete_status_grant(std::move(finding), u, i, at, *role, partners,
                                     "list.granted_status", e + 1);
      }
    }
  }
  // "to" names who receives the status, never the organisation granting it.
  OrgPhrase after = is(u, k, {"to"}) ? OrgPhrase{} : org_after(u, k);
  if (after.length == 0 && !is(u, k, {"to"}) && unresolved_place(u, k)) return std::nullopt;
  k += after.length;
  if (!list_first) {  // "granted observer status to A and B"
    finding = ListFinding{};
    if (!is(u, k, {"to"})) return std::nullopt;
    read_list_forward(u, k + 1, finding);
    if (finding.items.empty() || list_cut_short(u, finding)) return std::nullopt;
  }
  std::size_t predicate_end = list_first ? k : finding.list_end;
  return complete_status_grant(std::move(finding), u, i, after, *role, partners,
                               "list.granted_status", predicate_end);
}

}  // namespace orgkg::detail

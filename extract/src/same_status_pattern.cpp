// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A status named again by an anaphor: "Hungary has held observer status since
// 2018, while Turkmenistan was granted the same status in 2021", "the circle
// of its dialogue partners was widened: Laos was granted this status", "...
// while China was admitted at the Kiruna meeting". The
// role is the nearest one the sentence named before; its organisation, that
// role's (or the one in context).
#include "event_patterns.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {
namespace {

// The verb before "the same status" ending at unit v (inclusive): "was|were
// granted|accorded|given", "has|have been granted", "obtained", "received",
// "acquired", "gained", "holds|held|enjoys". Its first unit, or nullopt.
std::optional<std::size_t> status_verb_before(const Units& u, std::size_t v) {
  if (is(u, v, {"obtained", "received", "acquired", "gained", "holds", "held", "enjoys", "enjoy"}))
    return is(u, v - 1, {"has", "have", "had"}) ? v - 1 : v;
  if (!is(u, v, {"granted", "accorded", "given"}) || v < 2) return std::nullopt;
  if (is(u, v - 1, {"was", "were"})) return v - 1;
  if (is(u, v - 1, {"been"}) && is(u, v - 2, {"has", "have", "had"})) return v - 2;
  return std::nullopt;
}

}  // namespace

std::optional<ListFinding> same_status_pattern(const Units& u, std::size_t i,
                                               const PartnerPolicy& partners) {
  if (i < 4) return std::nullopt;
  // "granted our country the status of an observer state, a status already
  // held by A and B": the list after "by" holds the role named before.
  std::size_t held_by = 0;
  if (is(u, i, {"status"}) && is(u, i - 1, {"a"}) && is(u, i - 2, {","})) {
    std::size_t m = i + 1;
    while (is(u, m, {"already", "also", "long", "now"})) ++m;
    if (is(u, m, {"held", "enjoyed"}) && is(u, m + 1, {"by"})) held_by = m + 2;
  }
  std::optional<std::size_t> verb;
  if (held_by != 0) verb = i - 2;
  // "France has held observer status the longest, while China was admitted
  // at the Kiruna meeting|in 2013": admitted to the status named before.
  bool admitted = is(u, i - 1, {"was", "were"}) && admitted_at_its_meeting(u, i);
  if (held_by != 0) {
    // the role named before the comma, below
  } else if (admitted) {
    verb = i - 1;
  } else if (is(u, i, {"status"})) {
    std::size_t m = i - 1;
    if (is(u, m, {"same"}) && is(u, m - 1, {"the"})) {
      m -= 2;
    } else if (is(u, m, {"this", "that"})) {
      m -= 1;
    } else {
      return std::nullopt;
    }
    verb = status_verb_before(u, m);
  }
  if (!verb) return std::nullopt;
  // The nearest role the sentence named before the verb.
  std::optional<Role> role;
  std::size_t length = 0;
  std::size_t at = 0;
  for (std::size_t k = *verb; k-- > 0;) {
    role = role_at(u, k, length);
    if (role && *role != Role::Plain && *role != Role::Partner && k + length <= *verb) {
      at = k;
      break;
    }
    role.reset();
  }
  // Admitted as a member is a join, read as one (join_verb_at()).
  if (!role || (admitted && *role == Role::Member)) return std::nullopt;
  OrgPhrase after = org_after(u, at + length);
  const Mention* org = after.org;
  if (org == nullptr && at >= 1 && is_org(u, at - 1)) org = u[at - 1].mention;  // "SCO observer"
  if (!accept_role(*role, org, partners)) return std::nullopt;
  ListFinding finding;
  if (held_by != 0) {
    read_list_forward(u, held_by, finding);
    if (finding.items.empty() || list_cut_short(u, finding)) return std::nullopt;
    finding.subject_begin = finding.list_begin;
    finding.date_units = std::pair{i - 1, finding.list_end};  // held before, not then
  } else if (!read_subject_list(u, subject_end(u, *verb), finding)) {
    return std::nullopt;
  }
  // The subject is this clause's, after the role was named.
  if (finding.list_begin <= at) return std::nullopt;
  finding.organisation = org;
  finding.relation = relation_of(*role);
  finding.rule = "list.same_status";
  finding.anchor = i;
  finding.predicate_end = i + 1;
  finding.starts = held_by == 0 && !is(u, *verb, {"holds", "held", "enjoys", "enjoy"});
  return finding;
}

// "Mongolia was also the first state to obtain observer status in the SCO",
// "Ghana became the first country to join the Commonwealth": a status or a
// membership gained, the rank aside. Anchored on "first".
std::optional<ListFinding> first_to_gain_pattern(const Units& u, std::size_t i,
                                                 const PartnerPolicy& partners) {
  if (i < 3 || !is(u, i - 1, {"the"}) || !is(u, i + 1, {"state", "country", "nation"}) ||
      !is(u, i + 2, {"to"})) {
    return std::nullopt;
  }
  std::size_t v = i - 2;
  if (is(u, v, {"also"})) --v;
  if (!is(u, v, {"was", "became", "is"})) return std::nullopt;
  std::size_t k = i + 3;
  ListFinding finding;
  std::optional<Role> role;
  if (is(u, k, {"join"})) {
    OrgPhrase object = org_after(u, k + 1, /*preposition=*/false);
    if (object.org == nullptr) return std::nullopt;
    finding.organisation = object.org;
    role = Role::Member;
    k += 1 + object.length;
  } else {
    std::size_t verb = first_phrase(u, k, {"obtain"}, {"receive"}, {"gain"}, {"acquire"},
                                    {"be", "granted"}, {"be", "given"});
    if (verb == 0) return std::nullopt;
    k += verb;
    role = predicate_role(u, k, /*status=*/true, finding);
    if (!role) return std::nullopt;
  }
  if (!accept_role(*role, finding.organisation, partners)) return std::nullopt;
  if (!read_subject_list(u, subject_end(u, v), finding)) return std::nullopt;
  finding.relation = relation_of(*role);
  finding.rule = "list.first_to_gain";
  finding.anchor = i;
  finding.predicate_end = k;
  finding.starts = true;
  return finding;
}

}  // namespace orgkg::detail

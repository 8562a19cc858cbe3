// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// An admission or accession may be sought, supported or under way; only one
// the sentence says is done gives membership.
#include "event_patterns.hpp"
#include "list_phrases.hpp"
#include "predicate_patterns.hpp"

namespace orgkg::detail {
namespace {

// Past the dates after unit k: "in 2015", "on 2 January 2015", "last year".
std::size_t past_dates(const Units& u, std::size_t k) {
  k = dates_end(u, k);
  if (is(u, k, {"last", "this", "earlier"}) && is(u, k + 1, {"year", "month", "week"})) k += 2;
  return k;
}

// "was [successfully] completed", "has been finalised", "took place" from
// unit m: its length, else 0.
std::size_t completion_at(const Units& u, std::size_t m) {
  std::size_t start = m;
  while (is(u, m, {"was", "has", "had", "been", "successfully", "finally", "formally"})) ++m;
  if (m != start && is(u, m, {"completed", "finalised", "finalized", "formalised", "formalized"})) {
    return m + 1 - start;
  }
  return phrase(u, m, {"took", "place"}) != 0 ? m + 2 - start : 0;
}

}  // namespace

namespace {

// "to end the suspension and restore Syria's full membership of the League",
// anchored on "membership" at unit i: a membership given back.
std::optional<ListFinding> restored_membership(const Units& u, std::size_t i) {
  std::size_t p = is(u, i - 1, {"full"}) ? i - 1 : i;
  if (p < 3 || !is(u, p - 1, {"'s"}) || !is_state(u, p - 2) ||
      !is(u, p - 3, {"restore", "restored", "restores", "restoring"})) {
    return std::nullopt;
  }
  ListFinding finding;
  finding.items = {u[p - 2].mention};
  finding.list_begin = p - 2;
  finding.list_end = p - 1;
  std::size_t k = i + 1;
  OrgPhrase after = org_after(u, k);
  if (after.length == 0) {
    finding.topic_object = true;
  } else {
    finding.organisation = after.org;
    finding.pronoun = after.pronoun;
    k += after.length;
  }
  finding.relation = Relation::MemberOf;
  finding.rule = "list.rejoined";
  finding.anchor = i;
  finding.subject_begin = p - 3;
  finding.predicate_end = k;
  finding.starts = true;
  return finding;
}

}  // namespace

std::optional<ListFinding> admission_pattern(const Units& u, std::size_t i,
                                             const PartnerPolicy& partners) {
  if (is(u, i, {"membership"})) return restored_membership(u, i);
  if (!is(u, i, {"admission", "accession"})) return std::nullopt;
  // "the accession of A and B" or "A's accession".
  bool possessive = i >= 2 && is(u, i - 1, {"'s"}) && is_state(u, i - 2);
  if (!possessive && !is(u, i + 1, {"of"})) return std::nullopt;
  // An admission may be sought, supported or under way: only one the
  // sentence says is done counts ("completed|marked|welcomed the admission
  // of", "with|after|following the admission of", "since A's accession",
  // "the accession of X to ORG [in 2015] was completed|took place").
  std::size_t b = possessive ? i - 2 : i > 0 && is(u, i - 1, {"the"}) ? i - 1 : i;
  bool done_before =
      b > 0 && is(u, b - 1,
                  {"completed", "completes", "marked", "marks", "welcomed", "celebrated",
                   "finalised", "finalized", "formalised", "formalized", "with", "after",
                   "following", "since", "upon", "approved", "approves", "endorsed"});
  ListFinding finding;
  if (possessive) {
    finding.items = {u[i - 2].mention};
    finding.list_begin = i - 2;
    finding.list_end = i + 1;  // the list's place ends at the noun
  } else {
    read_list_at(u, i + 2, finding);
    bool read =
        !finding.items.empty() && finding.list_begin == i + 2 && !list_cut_short(u, finding);
    // "with the admission of Brunei in 1984, Viet Nam in 1995, ...".
    ListItems dated;
    read_dated_items(u, i + 2, dated);
    if (dated.items.size() > (read ? finding.items.size() : 0) && !list_cut_short(u, dated)) {
      static_cast<ListItems&>(finding) = std::move(dated);
    } else if (!read) {
      return std::nullopt;
    }
  }
  std::size_t k = finding.list_end;
  Role role = Role::Member;
  // "The Association grew with the admission of A in 1984", "after the
  // accession of Iran last year", "the accession of A was completed in
  // 2015": done, and of the organisation in context.
  std::size_t d = past_dates(u, k);
  bool clause_ends = d >= u.size() || is(u, d, {".", ";"}) ||
                     (is(u, d, {","}) && !is(u, d + 1, {"which", "who", "that", "whose"}));
  bool in_context = !possessive && (done_before ? clause_ends : completion_at(u, d) != 0);
  if (is(u, k, {"as"})) {
    std::optional<Role> named = role_after_as(u, k, k);
    if (!named) return std::nullopt;
    role = *named;
  } else if (!is(u, k, {"to", "into"}) && !in_context) {
    return std::nullopt;
  }
  // "to|of ORG" (org_after()'s prepositions), "into ORG"
  OrgPhrase after;
  if (is(u, k, {"into"})) {
    after = org_after(u, k + 1, /*preposition=*/false);
    if (after.length != 0) ++after.length;
  } else if (!in_context) {
    after = org_after(u, k);
  }
  if (after.length == 0 && !in_context) return std::nullopt;
  k += after.length;
  if (!accept_role(role, after.org, partners)) return std::nullopt;
  if (!done_before) {
    // The admission is the clause's subject, not a noun's complement ("talks
    // on A's accession to ORG took place").
    if (b > 0 && !is(u, b - 1, {",", ";", ":", "and", "that"})) return std::nullopt;
    std::size_t m = dates_end(u, k);
    std::size_t completion = completion_at(u, m);
    if (completion == 0) return std::nullopt;
    k = m + completion;
  }
  finding.organisation = after.org;
  finding.also = after.also;
  finding.pronoun = after.pronoun;
  finding.relation = relation_of(role);
  finding.rule = "list.admission";
  finding.anchor = i;
  finding.subject_begin = b;
  finding.predicate_end = k;
  finding.starts = true;
  return finding;
}

std::optional<ListFinding> admitted_apposition(const Units& u, std::size_t i) {
  if (i < 2 || !is(u, i, {"admitted"}) || !is(u, i - 1, {","})) return std::nullopt;
  ListFinding finding;
  read_list_backward(u, i - 1, finding);
  if (finding.items.size() != 1 || finding.list_end != i - 1 ||
      finding.items.front()->entity->kind != EntityKind::State) {
    return std::nullopt;
  }
  std::size_t k = i + 1;
  if (is(u, k, {"to", "into"}) && is_org(u, k + 1)) {
    finding.organisation = u[k + 1].mention;
    k += 2;
  } else {
    finding.topic_object = true;
  }
  if (!is(u, k, {"in", "on"}) || !is_date_word(u, k + 1)) return std::nullopt;
  std::size_t end = k + 1;
  while (is_date_word(u, end)) ++end;
  if (!is(u, end, {",", ".", "and", ";"}) && end < u.size()) return std::nullopt;
  finding.relation = Relation::MemberOf;
  finding.rule = "list.admitted";
  finding.anchor = i;
  finding.subject_begin = finding.list_begin;
  finding.predicate_end = end;
  finding.date_units = std::pair{k, end};
  finding.starts = true;
  return finding;
}

namespace {

// "In 1993 they were joined by Azerbaijan and Georgia", "the SCO was joined
// by India": the states after "by" join the organisation that is the
// subject, or, after "they", "the founders", the one in context.
std::optional<ListFinding> joined_by(const Units& u, std::size_t i) {
  if (i < 3 || !is(u, i - 1, {"joined"}) || !is(u, i - 2, {"was", "were", "been"})) {
    return std::nullopt;
  }
  std::size_t s = i - 2;
  if (is(u, s - 1, {"has", "have", "had"}) && is(u, s, {"been"})) --s;
  if (s == 0) return std::nullopt;
  ListFinding finding;
  if (is_org(u, s - 1)) {
    finding.organisation = u[s - 1].mention;
  } else if (is(u, s - 1, {"they", "founders"}) ||
             (is(u, s - 1, {"states", "members"}) && s >= 2 && is(u, s - 2, {"founding"}))) {
    finding.topic_object = true;
  } else {
    return std::nullopt;
  }
  read_list_forward(u, i + 1, finding);
  if (finding.items.empty() || list_cut_short(u, finding)) return std::nullopt;
  for (const Mention* item : finding.items) {
    if (item->entity->kind != EntityKind::State || item->form == NameForm::Demonym)
      return std::nullopt;
  }
  if (is(u, finding.list_end, {"'s"})) return std::nullopt;  // "by Kazakhstan's minister"
  finding.relation = Relation::MemberOf;
  finding.rule = "list.joined_by";
  finding.anchor = i;
  finding.subject_begin = s - 1;
  finding.predicate_end = finding.list_end;
  finding.starts = true;
  return finding;
}

}  // namespace

std::optional<ListFinding> followed_by_pattern(const Units& u, std::size_t i,
                                               const PartnerPolicy& partners) {
  if (!is(u, i, {"by"})) return std::nullopt;
  if (std::optional<ListFinding> joined = joined_by(u, i)) return joined;
  if (i < 4) return std::nullopt;
  // "followed by", or a later "[,] and by" of the same series.
  std::size_t followed = i - 1;
  if (!is(u, followed, {"followed"})) {
    if (!is(u, followed, {"and", ","})) return std::nullopt;
    std::size_t m = followed;
    while (m > 0 && i - m < 24 && !is(u, m - 1, {"followed", ";", ":", "."})) --m;
    if (m == 0 || !is(u, m - 1, {"followed"}) || !is(u, m, {"by"})) return std::nullopt;
    followed = m - 1;
  }
  if (followed == 0 || !is(u, followed - 1, {","})) return std::nullopt;
  ListItems list;
  read_list_forward(u, i + 1, list);
  if (list.items.empty() || list_cut_short(u, list)) {
    // "and by Russia a year later": the items, then a relative date.
    list.clear();
    read_leading_items(u, i + 1, list);
    if (list.items.empty() || !years_later_at(u, list.list_end)) return std::nullopt;
  }
  std::size_t end = list.list_end;
  while (end < u.size() && !is(u, end, {",", ";", ".", "and", "but", "while"})) ++end;
  // The join the series follows: its verb earlier in the clause.
  for (std::size_t v = followed - 1; v-- > 0 && followed - v < 24;) {
    if (is(u, v, {";", ":", "which", "who"})) return std::nullopt;
    std::optional<ListFinding> join = join_pattern(u, v, partners);
    // "Brunei became the sixth member in January 1984, followed by ..."
    if (!join && is(u, v, {"became"})) {
      join = predicate_pattern(u, v, partners);
      if (join && join->organisation == nullptr && !join->pronoun) join->topic_object = true;
    }
    if (!join) continue;
    ListFinding finding = std::move(*join);
    static_cast<ListItems&>(finding) = std::move(list);
    finding.subject_begin = finding.list_begin;
    finding.anchor = i;
    finding.predicate_end = end;
    finding.date_units = std::pair{finding.list_end, end};
    finding.coordinated = false;
    return finding;
  }
  return std::nullopt;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The predicate family of the list patterns: the list is the subject and
// the role follows its verb ("A and B are members of ORG", "A was granted
// observer status", "with A and B as observers").
#include "predicate_patterns.hpp"

#include "capacity_patterns.hpp"
#include "event_patterns.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

// LIST (are | have been | became) [adverbs] [a] [ORG] ROLE [of ORG], and
// LIST (have | had held | was granted) [the] observer status [in ORG].
std::optional<ListFinding> predicate_pattern(const Units& u, std::size_t i,
                                             const PartnerPolicy& partners) {
  if (i == 0) return std::nullopt;
  bool starts = false;
  bool status = false;
  ListFinding finding;
  std::size_t verb = copula_at(u, i, starts);
  std::size_t k = i + verb;
  std::optional<Role> role =
      verb != 0 ? predicate_role(u, k, false, finding, /*ordinals=*/true, starts) : std::nullopt;
  if (!role) {  // "was granted observer status": not the copula "was"
    finding = ListFinding{};
    verb = status_verb_at(u, i, starts);
    status = true;
    k = i + verb;
    role = verb != 0 ? predicate_role(u, k, true, finding) : std::nullopt;
  }
  if (!role || !accept_role(*role, finding.organisation, partners)) return std::nullopt;
  // "have dialogue partner status": the status extractor reads it.
  if (status && *role == Role::DialoguePartner) return std::nullopt;
  if (!read_subject_list(u, subject_end(u, i), finding) &&
      !read_relative_it(u, subject_end(u, i), finding))
    return std::nullopt;
  // "the CSTO Parliamentary Assembly, in which Serbia has held observer
  // status since 2013": the organisation the relative clause hangs on.
  if (finding.organisation == nullptr && !finding.pronoun) {
    std::size_t b = finding.list_begin;
    // Not "the Parliamentary Assembly of the CSTO, in which": a body of its own.
    bool of_body = (b >= 5 && is(u, b - 5, {"of"})) || (b >= 6 && is(u, b - 6, {"of"}));
    if (b >= 4 && is(u, b - 1, {"which"}) && is(u, b - 2, {"in", "of", "to", "at"}) &&
        is(u, b - 3, {","}) && is_org(u, b - 4) && !of_body) {
      finding.organisation = u[b - 4].mention;
    }
  }
  // "the sixth member state currently suspended by the Union": a member
  // counted among the suspended, which states no membership of its own.
  {
    std::size_t m = k;
    while (is(u, m, {"currently", "now", "still", "also"})) ++m;
    if (is(u, m, {"suspended", "expelled", "excluded"})) return std::nullopt;
  }
  // "Egypt has become a member of BRICS, together with Ethiopia and Iran".
  std::size_t with = k + (is(u, k, {"group", "grouping", "bloc"}) ? 1 : 0);  // "BRICS group"
  // "..., together with India", "... in October 2008 at the Beijing Summit,
  // together with India": past a comma, the predicate's date and place.
  for (std::size_t m = with; m < u.size() && m < with + 10; ++m) {
    if (phrase(u, m, {"together", "with"}) || phrase(u, m, {"along", "with"})) {
      with = m;
      break;
    }
    if (is(u, m, {".", ";", ":", "which", "who", "but", "while", "and", "as"}) ||
        (u[m].mention != nullptr && u[m].mention->entity->kind != EntityKind::City)) {
      break;
    }
  }
  if (std::size_t n = phrase(u, with, {"together", "with"}) + phrase(u, with, {"along", "with"})) {
    ListItems more;
    read_list_forward(u, with + n, more);
    if (!more.items.empty() && !list_cut_short(u, more)) {
      for (const Mention* item : more.items) {
        if (item->entity->kind == EntityKind::State) finding.items.push_back(item);
      }
      k = more.list_end;
    }
  }
  // "Brazil and China hold observer status, as do the AU and the OIC".
  if (is(u, k, {","}) && is(u, k + 1, {"as"}) && is(u, k + 2, {"do", "does", "did"})) {
    ListItems more;
    read_list_forward(u, k + 3, more);
    if (!more.items.empty() && !list_cut_short(u, more)) {
      finding.items.insert(finding.items.end(), more.items.begin(), more.items.end());
      k = more.list_end;
    }
  }
  finding.relation = relation_of(*role);
  finding.anchor = i;
  finding.predicate_end = k;
  finding.starts = starts;
  bool partner = finding.relation == Relation::PartnerOf;
  finding.rule = status && finding.relation == Relation::MemberOf ? "list.gained_membership"
                 : status                                         ? "list.have_observer_status"
                 : partner                                        ? "list.are_partners"
                 : finding.relation == Relation::ObserverOf       ? "list.are_observers"
                                                                  : "list.are_members";
  return finding;
}

// "..., with A and B as observers".
std::optional<ListFinding> as_role_pattern(const Units& u, std::size_t i,
                                           const PartnerPolicy& partners) {
  std::size_t length = 0;
  std::optional<Role> role = is(u, i, {"as"}) ? role_at(u, i + 1, length) : std::nullopt;
  if (!role || *role == Role::Plain || *role == Role::Partner) return std::nullopt;
  ListFinding finding;
  read_list_backward(u, i, finding);
  std::size_t before = finding.list_begin;
  if (finding.items.empty() || before == 0 || !is(u, before - 1, {"with", "including"})) {
    return std::nullopt;
  }
  finding.anchor = i;
  finding.subject_begin = before;
  finding.predicate_end = i + 1 + length;
  OrgPhrase after = org_after(u, finding.predicate_end);
  if (after.length == 0 && unresolved_place(u, finding.predicate_end)) return std::nullopt;
  finding.organisation = after.org;
  finding.pronoun = after.pronoun;
  finding.predicate_end += after.length;
  if (!accept_role(*role, finding.organisation, partners)) return std::nullopt;
  finding.relation = relation_of(*role);
  finding.rule = *role == Role::Observer ? "list.as_observers" : "list.as_members";
  return finding;
}

namespace {

// "Iran became the ninth member of the SCO in 2023, and Belarus the tenth
// in 2024": the predicate before, for the state after "and" ("and" at unit
// and_at), dated by its own clause.
std::optional<ListFinding> gapped_ordinal(const Units& u, std::size_t and_at,
                                          const PartnerPolicy& partners) {
  const std::size_t state = and_at + 1;
  if (!is_state(u, state) || !is(u, state + 1, {"the"}) || !is_ordinal(u, state + 2)) {
    return std::nullopt;
  }
  std::size_t end = state + 3;
  if (end < u.size() && !is(u, end, {".", ";", ","})) {
    if (!is(u, end, {"in", "on"}) || !is_date_word(u, end + 1)) return std::nullopt;
  }
  for (std::size_t v = and_at; v > 0 && and_at - v < 16; --v) {
    if (is(u, v - 1, {";", ":", "which", "who"})) return std::nullopt;
    std::optional<ListFinding> first = predicate_pattern(u, v - 1, partners);
    if (!first || !first->starts || first->organisation == nullptr) continue;
    ListFinding finding = std::move(*first);
    finding.items = {u[state].mention};
    finding.unknown_items.clear();
    finding.list_begin = finding.subject_begin = state;
    finding.list_end = state + 1;
    finding.anchor = and_at;
    finding.predicate_end = state + 3;
    finding.date_units = std::pair{and_at, u.size()};
    return finding;
  }
  return std::nullopt;
}

// "Mongolia has been an observer of the SCO since 2004, and India, Iran and
// Pakistan since 2005", "Hungary has taken part in its work as an observer
// since 2018 and Turkmenistan since 2021": the predicate before, for the
// states after "and"
// ("and" at unit and_at), dated by their own date.
std::optional<ListFinding> gapped_dated(const Units& u, std::size_t and_at,
                                        const PartnerPolicy& partners) {
  // Tried at most "and"s before a state ("A, B and C joined"), where no date
  // follows the group: read into one list per thread, copied only when one does.
  thread_local ListItems read;
  read.clear();
  read_leading_items(u, and_at + 1, read);
  if (read.items.empty() || !is(u, read.list_end, {"since", "in", "from"}) ||
      !is_date_word(u, read.list_end + 1)) {
    return std::nullopt;
  }
  const ListItems group = read;  // the readings below may read lists too
  std::size_t e = group.list_end;
  for (const Mention* item : group.items) {
    if (item->entity->kind != EntityKind::State) return std::nullopt;
  }
  std::size_t end = e + 1;
  while (end < u.size() && is_date_word(u, end)) ++end;
  if (end < u.size() && !is(u, end, {".", ";", ","})) return std::nullopt;
  for (std::size_t v = and_at; v > 0 && and_at - v < 20; --v) {
    if (is(u, v - 1, {";", ":", "which", "who", "while", "but"})) return std::nullopt;
    std::optional<ListFinding> first = predicate_pattern(u, v - 1, partners);
    // "Hungary has taken part in its work as an observer since 2018 and
    // Turkmenistan since 2021"
    if (!first) first = take_part_pattern(u, v - 1, partners);
    if (!first) continue;
    bool organisation = first->organisation != nullptr || first->pronoun || first->topic_object;
    if (!organisation || first->predicate_end > and_at) return std::nullopt;
    ListFinding finding = std::move(*first);
    finding.items = group.items;
    finding.unknown_items.clear();
    finding.list_begin = finding.subject_begin = group.list_begin;
    finding.list_end = group.list_end;
    finding.anchor = and_at;
    finding.predicate_end = end;
    finding.date_units = std::pair{and_at, end};
    return finding;
  }
  return std::nullopt;
}

}  // namespace

// "India became a member of the SCO in 2017 and of BRICS in 2006": the
// predicate's subject and role again, for the organisation after "and of",
// dated by what follows it; "and" anchors, the rarer word of the two.
std::optional<ListFinding> second_organisation_pattern(const Units& u, std::size_t and_at,
                                                       const PartnerPolicy& partners) {
  if (and_at < 3 || !is(u, and_at, {"and"})) return std::nullopt;
  if (is_state(u, and_at + 1) || (is(u, and_at + 1, {"the"}) && is_state(u, and_at + 2))) {
    if (std::optional<ListFinding> ordinal = gapped_ordinal(u, and_at, partners)) return ordinal;
    return gapped_dated(u, and_at, partners);
  }
  const std::size_t i = and_at + 1;  // "of"; "in" after taking part
  if (!is(u, i, {"of", "in"})) return std::nullopt;
  OrgPhrase second = org_after(u, i);
  if (second.org == nullptr || !second.also.empty()) return std::nullopt;
  // The predicate's verb, back in the same clause.
  for (std::size_t v = i - 2; v > 0 && i - v < 16; --v) {
    if (is(u, v, {";", ":", "which", "who"})) return std::nullopt;
    // "has taken part in the ARF since 1998 and in ASEM as a partner since
    // 2008": taking part, in both.
    std::optional<ListFinding> first =
        is(u, i, {"in"}) ? take_part_pattern(u, v, partners) : predicate_pattern(u, v, partners);
    if (!first) continue;
    if (first->organisation == nullptr || first->predicate_end > i - 1 ||
        !accept_role(first->relation == Relation::ObserverOf ? Role::Observer : Role::Member,
                     second.org, partners)) {
      return std::nullopt;
    }
    ListFinding finding = std::move(*first);
    // "... and in the SCO as an observer since 2004": its own capacity.
    std::size_t as_end = 0;
    if (std::size_t a = i + second.length; is(u, a, {"as"})) {
      std::optional<Role> role = role_after_as(u, a, as_end);
      if (!role || !accept_role(*role, second.org, partners)) return std::nullopt;
      finding.relation = relation_of(*role);
    }
    finding.organisation = second.org;
    finding.pronoun.reset();
    finding.anchor = i;
    finding.predicate_end = i + second.length;
    finding.date_units = std::pair{i, u.size()};
    finding.coordinated = true;  // the list another finding reads too
    return finding;
  }
  return std::nullopt;
}

}  // namespace orgkg::detail

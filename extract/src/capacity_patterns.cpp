// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "capacity_patterns.hpp"

#include "founding_events.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {
namespace {

// A role phrase with its organisation named, from unit k, and an optional
// "since|from DATE" after it: the role, with k moved past both.
std::optional<Role> named_capacity(const Units& u, std::size_t& k, ListFinding& finding,
                                   const PartnerPolicy& partners) {
  std::optional<Role> role = predicate_role(u, k, false, finding);
  if (!role || !accept_role(*role, finding.organisation, partners)) return std::nullopt;
  if (is(u, k, {"since", "from"}) && is_date_word(u, k + 1)) {
    k += 2;
    while (is_date_word(u, k)) ++k;
    // "from 1961 until its withdrawal on 1 January 2019": the span's end.
    if (is(u, k, {"until", "till"})) {
      std::size_t m = k + 1;
      while (m < u.size() && m < k + 8 && !is(u, m, {",", ".", ";"})) ++m;
      if (is(u, m, {",", ".", ";"})) k = m;
    }
  }
  // "for two decades", "for many years", "for over 20 years"
  if (is(u, k, {"for"})) {
    for (std::size_t m = k + 1; m < k + 5 && m < u.size(); ++m) {
      if (is(u, m, {"years", "decades"})) {
        k = m + 1;
        break;
      }
      if (!is(u, m,
              {"over", "more", "than", "almost", "nearly", "many", "several", "two", "three",
               "four", "five", "a", "few"}) &&
          !count_at(u, m)) {
        break;
      }
    }
  }
  return role;
}

// "[its|the] inaugural meeting|summit", "its foundation|creation|inception|
// launch", "the very beginning" from unit k: a start as good as a date.
bool since_its_start(const Units& u, std::size_t k) {
  if (!is(u, k, {"its", "the"})) return false;
  ++k;
  if (is(u, k, {"very"})) ++k;
  if (is(u, k, {"first", "inaugural"}) && is(u, k + 1, {"meeting", "summit", "session"}))
    return true;
  return is(u, k,
            {"foundation", "founding", "creation", "establishment", "inception", "launch",
             "beginning", "start", "outset"});
}

}  // namespace

// LIST take|took|have taken|have been taking part in [the work of] ORG
// (as ROLE | since DATE); LIST participate(s) in ORG as ROLE. Taking part in
// a forum since a year is membership of it ("has taken part in the East
// Asia Summit since 2005"); a single meeting, a summit of ORG or a bare "took
// part in ORG" is not stated as membership.
std::optional<ListFinding> take_part_pattern(const Units& u, std::size_t i,
                                             const PartnerPolicy& partners) {
  std::size_t n = 0;
  if (is(u, i, {"take", "takes", "took", "taken", "taking"}) && is(u, i + 1, {"part"})) {
    n = 2;
  } else if (is(u, i, {"participate", "participates", "participated", "participating"})) {
    n = 1;
  }
  // "has attended ASEAN meetings as an observer since 2022": a standing
  // status (meetings, not one meeting).
  bool attended = n == 0 && is(u, i, {"attended", "attends", "attend"});
  // "More than sixty countries follow the Alliance's work as observers,
  // among them A and B": the work of the organisation, not an event.
  bool follow =
      n == 0 && is(u, i, {"follow", "follows", "followed"}) &&
      (phrase(u, i + 1, {"the", "work", "of"}) != 0 ||
       (is_org(u, i + 1 + is(u, i + 1, {"the"})) && is(u, i + 2 + is(u, i + 1, {"the"}), {"'s"})));
  if (n == 0 && !attended && !follow) return std::nullopt;
  ListFinding finding;
  // "A and B participated as observer states": the organisation in context,
  // and a role that is a status of states, not a part in one meeting
  // ("participated as observers").
  std::size_t k = i + n + 1;
  if (is(u, i + n, {"as"})) {
    std::size_t r = is(u, k, {"a", "an"}) ? k + 1 : k;
    std::size_t length = 0;
    std::optional<Role> role = role_at(u, r, length);
    // "has participated as an observer since 1998", "took part as a full
    // member": a standing status too.
    bool standing = is(u, r + length, {"since"}) || is(u, r, {"full"});
    if (!role || *role == Role::Plain || *role == Role::Partner ||
        (!is(u, r + length - 1, {"states", "state", "countries", "country", "nations"}) &&
         !standing)) {
      return std::nullopt;
    }
    std::size_t verb = i;  // "A has participated": the list before "has"
    while (verb > 0 && is(u, verb - 1, {"has", "have", "had", "also", "already"})) --verb;
    if (!read_subject_list(u, verb, finding)) {
      // "The Presidents of Belarus and Mongolia participated as ...": the states.
      std::size_t begin = i;
      finding.items = subject_parties(u, i, begin);
      if (finding.items.empty() || begin == i) return std::nullopt;
      finding.list_begin = finding.subject_begin = begin;
      finding.list_end = i;
    }
    finding.topic_object = true;
    finding.relation = relation_of(*role);
    finding.rule = "list.takes_part";
    finding.anchor = i;
    finding.predicate_end = r + length;
    return finding;
  }
  if (attended || follow) {
    k = i + 1;  // no "in" after "attended"
  } else if (!is(u, i + n, {"in"})) {
    return std::nullopt;
  }
  if (std::size_t m = phrase(u, k, {"the", "work", "of"})) k += m;
  if (is(u, k, {"the"})) ++k;
  if (is(u, k, {"its"}) && is(u, k + 1, {"work", "activities", "activity"})) {
    k += 2;  // "participate in its work as observer states": the topic
    finding.topic_object = true;
  } else if (is_org(u, k) && is(u, k + 1, {"'s"}) &&
             is(u, k + 2, {"work", "activities", "activity"})) {
    finding.organisation = u[k].mention;  // "in the Commonwealth's activities"
    k += 3;
  } else if (is_org(u, k)) {
    finding.organisation = u[k].mention;
    ++k;
  } else {
    return std::nullopt;
  }
  bool meetings = is(u, k, {"meetings", "summits", "sessions"});
  if (meetings) ++k;  // "in ASEAN meetings"
  if (attended && (!meetings || !is(u, k, {"as"}))) return std::nullopt;
  if (follow && !is(u, k, {"as"})) return std::nullopt;
  std::optional<Role> role;
  if (is(u, k, {"as"})) {
    std::size_t r = is(u, k + 1, {"a", "an"}) ? k + 2 : k + 1;
    std::size_t length = 0;
    role = role_at(u, r, length);
    if (!role || *role == Role::Plain || !accept_role(*role, finding.organisation, partners)) {
      return std::nullopt;
    }
    k = r + length;
  } else if (!is(u, k, {"since"}) || finding.organisation == nullptr ||
             !(is_date_word(u, k + 1) || since_its_start(u, k + 1))) {
    return std::nullopt;
  }
  // The verb's subject: "Hungary and Turkmenistan take part", "Russia has
  // been taking part".
  std::size_t v = i;
  while (v > 0 && is(u, v - 1, {"has", "have", "had", "been", "also", "actively", "now"})) --v;
  // "Several states follow the work of the OIC as observers: A, B": the
  // list after the role.
  std::size_t after = 0;
  if (follow && is(u, k, {":"})) {
    after = k + 1;
  } else if (follow && is(u, k, {","})) {
    std::size_t some = phrase(u, k + 1, {"among", "them"}) + phrase(u, k + 1, {"including"}) +
                       phrase(u, k + 1, {"such", "as"});
    if (some != 0) after = k + 1 + some;
  }
  if (after != 0) {
    ListItems items;
    read_list_forward(u, after, items);
    if (items.items.empty() || list_cut_short(u, items)) return std::nullopt;
    static_cast<ListItems&>(finding) = items;
    finding.subject_begin = i;
  } else if (!read_subject_list(u, v, finding)) {
    return std::nullopt;
  }
  finding.relation = relation_of(role.value_or(Role::Member));
  finding.rule = "list.takes_part";
  finding.anchor = i;
  finding.predicate_end = k;
  return finding;
}

// LIST, [a|an|the] [full] ROLE(s) of ORG [since DATE], ...: an apposition
// after a list the sentence does not govern ("French Polynesia and New
// Caledonia, associate members of the Forum since 2006, attended"); "STATE,
// an observer since 2011," of the organisation in context. The comma is at
// unit i.
std::optional<ListFinding> appositive_role_pattern(const Units& u, std::size_t i,
                                                   const PartnerPolicy& partners) {
  if (!is(u, i, {","}) || i == 0 || !is_item(u, i - 1)) return std::nullopt;
  std::size_t end = i + 1;
  ListFinding finding;
  std::size_t role_begin = end;
  // "Saudi Arabia, the newest Dialogue Partner,": the latest one admitted.
  const bool newest = is(u, end, {"the"}) && is(u, end + 1, {"newest", "latest"});
  if (newest) end += 2;
  std::optional<Role> role = named_capacity(u, end, finding, partners);
  if (!role) return std::nullopt;
  // "Indonesia, an observer from 2011, was granted": a dated status names
  // no organisation of its own, so the one in context.
  if (finding.organisation == nullptr && !finding.pronoun) {
    bool dated = false;
    for (std::size_t k = role_begin; k < end; ++k) dated = dated || is(u, k, {"since", "from"});
    if (!newest && (!dated || !is(u, role_begin, {"a", "an"}))) return std::nullopt;
    finding.topic_object = true;
  }
  if (end < u.size() && !is(u, end, {",", ".", ";", ")"})) return std::nullopt;
  read_list_backward(u, i, finding);
  if (finding.items.empty()) return std::nullopt;
  std::size_t b = finding.list_begin;
  // "solidarity with Ukraine, a member of the CoE since 1995": one state
  // after "with" or "to" is what the apposition describes; a list there may
  // be of parties, and "of", "between" govern a larger noun phrase.
  bool single = finding.items.size() == 1 && b > 0 && is(u, b - 1, {"with", "to"});
  bool governed = b > 0 && is(u, b - 1,
                              {"of", "from", "between", "with", "for", "to", "by", "in", "at", "on",
                               "among", "like"});
  if (governed && !single) return std::nullopt;
  finding.subject_begin = b;
  // "..., an observer since 2011, ...": dated by its own words.
  if (has_date_word(u, i + 1, end)) finding.date_units = std::pair{i + 1, end};
  finding.relation = relation_of(*role);
  finding.rule = "list.appositive_role";
  finding.anchor = i;
  finding.predicate_end = end;
  return finding;
}

// As a|an ROLE of ORG [since DATE], LIST ...: a clause-opening capacity
// ("As a dialogue partner of ASEAN, India will continue to contribute").
std::optional<ListFinding> as_role_opening_pattern(const Units& u, std::size_t i,
                                                   const PartnerPolicy& partners) {
  // "A member of the EU since 1973, Ireland held ...": the same apposition
  // opening the sentence without "as", its organisation named.
  const bool bare = i == 0 && is(u, i, {"a", "an"});
  if ((!is(u, i, {"as"}) && !bare) || (i > 0 && !is(u, i - 1, {",", ";", ":", "-"}))) {
    return std::nullopt;
  }
  std::size_t k = bare ? i : i + 1;
  ListFinding finding;
  std::optional<Role> role = named_capacity(u, k, finding, partners);
  if (!role || (bare && finding.organisation == nullptr)) return std::nullopt;
  std::size_t comma = k;
  // "as a CSTO member state bordering Afghanistan,": a participle phrase
  // on the capacity, up to its comma.
  if (comma < u.size() && u[comma].mention == nullptr && u[comma].norm.size() > 4 &&
      u[comma].norm.ends_with("ing")) {
    while (comma < u.size() && comma < k + 8 && !is(u, comma, {",", ".", ";"})) ++comma;
  } else if (comma < u.size() && u[comma].mention == nullptr && !u[comma].capitalized &&
             is(u, comma,
                {"deeply", "firmly", "fully", "strongly", "committed", "concerned", "dedicated",
                 "interested", "determined", "convinced"})) {
    // "As a member state deeply concerned about ...,": an adjective phrase.
    std::size_t m = comma;
    while (m < u.size() && m < comma + 10 && u[m].mention == nullptr &&
           !is(u, m, {",", ".", ";"})) {
      ++m;
    }
    if (is(u, m, {","})) comma = m;
  }
  if (!is(u, comma, {","})) return std::nullopt;
  // "As a member state, Malaysia ...": a state's role in the organisation
  // in context; a bare "As a member" may be of anything.
  if (finding.organisation == nullptr && !finding.pronoun) {
    if (!is(u, k - 1, {"state", "states", "country", "countries"})) return std::nullopt;
    finding.topic_object = true;
  }
  // The subject after the comma: "India", "Russia and China" (a verb follows).
  // States, or organisations members of another ("As a member of the G20,
  // the African Union ..."). Else the state before "as": "Our country, as a
  // member state, considers".
  read_leading_items(u, comma + 1, finding);
  std::erase_if(finding.items, [&](const Mention* m) {
    return finding.organisation != nullptr && m->entity == finding.organisation->entity;
  });
  std::size_t subject = i;
  if (finding.items.empty() && i >= 2 && is(u, i - 1, {","}) && is_state(u, i - 2)) {
    // "Vietnam and Laos, as ASEAN members, support": the whole list.
    ListItems before;
    read_list_backward(u, i - 1, before);
    bool states =
        !before.items.empty() && (before.list_begin == 0 || is(u, before.list_begin - 1, {","}));
    for (const Mention* m : before.items) states = states && m->entity->kind == EntityKind::State;
    if (states) {
      finding.items = before.items;
      finding.list_begin = subject = before.list_begin;
    } else {
      finding.items = {u[i - 2].mention};
      finding.list_begin = subject = i - 2;
    }
    finding.list_end = i - 1;
  }
  if (finding.items.empty()) return std::nullopt;
  finding.subject_begin = subject;
  if (bare) finding.date_units = std::pair{i, comma};  // "since 1973"
  finding.relation = relation_of(*role);
  finding.rule = "list.as_role_opening";
  finding.anchor = i;
  finding.predicate_end = finding.list_end;
  return finding;
}

namespace {

// "Cyprus and Malta left the Movement in 2004 upon joining the EU": the list
// that opens the sentence and is the subject of the clause that ends in
// "upon joining" at unit `joining`, else an empty finding.
void read_clause_subject(const Units& u, std::size_t joining, ListFinding& finding) {
  read_leading_items(u, 0, finding);
  if (!finding.items.empty() &&
      !opening_subject_reaches(u, finding.list_end, joining, /*commas=*/false)) {
    finding.items.clear();
  }
}

}  // namespace

namespace {

// "..., with Yemen joining in May of the same year": the list after "with"
// joined the organisation in context, dated by its own words ("joining" at
// unit i).
std::optional<ListFinding> with_joining(const Units& u, std::size_t i) {
  ListFinding finding;
  read_list_backward(u, i, finding);
  std::size_t b = finding.list_begin;
  if (finding.items.empty() || b < 2 || !is(u, b - 1, {"with"}) || !is(u, b - 2, {","}))
    return std::nullopt;
  for (const Mention* m : finding.items) {
    if (m->entity->kind != EntityKind::State) return std::nullopt;
  }
  std::size_t end = i + 1;
  while (end < u.size() && !is(u, end, {",", ".", ";", "and"})) ++end;
  finding.topic_object = true;
  finding.subject_begin = b;
  finding.relation = Relation::MemberOf;
  finding.rule = "list.with_joining";
  finding.anchor = i;
  finding.predicate_end = end;
  finding.date_units = std::pair{i, end};
  finding.starts = true;
  return finding;
}

}  // namespace

std::optional<ListFinding> joining_opening_pattern(const Units& u, std::size_t i,
                                                   const PartnerPolicy& /*partners*/) {
  if (!is(u, i, {"joining"}) || i == 0) return std::nullopt;
  if (is(u, i + 1, {"in", "on"}) && is_date_word(u, i + 2)) return with_joining(u, i);
  if (!is(u, i - 1, {"since", "after", "upon", "on"})) return std::nullopt;
  // "Since joining ORG, LIST ..." opens the sentence or a clause; "LIST
  // left ... upon joining ORG" closes the clause of its subject.
  bool opening = i == 1 || is(u, i - 2, {",", ";", ":", "-"});
  OrgPhrase object = org_after(u, i + 1, /*preposition=*/false);
  if (object.org == nullptr || !object.also.empty()) return std::nullopt;
  std::size_t k = dates_end(u, i + 1 + object.length);
  if (opening && !is(u, k, {","})) return std::nullopt;
  if (!opening && k < u.size() && !is(u, k, {".", ";", ","})) return std::nullopt;
  ListFinding finding;
  if (opening) {
    read_leading_items(u, k + 1, finding);
  } else {
    read_clause_subject(u, i - 1, finding);
  }
  std::erase_if(finding.items, [&](const Mention* m) { return m->entity == object.org->entity; });
  if (finding.items.empty()) return std::nullopt;
  finding.organisation = object.org;
  finding.subject_begin = opening ? i - 1 : finding.list_begin;
  finding.relation = Relation::MemberOf;
  finding.rule = opening ? "list.joining_opening" : "list.upon_joining";
  finding.anchor = i;
  finding.predicate_end = opening ? finding.list_end : k;
  finding.starts = true;
  return finding;
}

}  // namespace orgkg::detail

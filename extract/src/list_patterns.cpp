// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Three families of patterns, each anchored on a word and reading outwards:
//   includes:  SUBJECT VERB [N] [ROLE] [– : , such as] LIST      (list after the verb)
//   role-led:  [ORG's | ORG] ROLE [of ORG] (are | include | – | :) LIST
//   predicate: LIST (are | have been | became ...) [a] [ORG] ROLE [of ORG]
//              LIST (have | enjoy | were granted ...) observer status [in ORG]
//              with LIST as ROLE
// Lists themselves are read by list_reader.hpp.
#include "list_patterns.hpp"

#include <algorithm>
#include <array>

namespace orgkg::detail {
namespace {

enum class Role { Member, Observer, Partner, Plain };

std::optional<int> count_at(const Units& u, std::size_t i) {
  static constexpr std::array<std::string_view, 21> kWords{
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  if (i >= u.size() || u[i].mention != nullptr || u[i].norm.empty()) return std::nullopt;
  const std::string& w = u[i].norm;
  if (w.size() <= 3 &&
      std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::stoi(w);
  }
  for (std::size_t n = 0; n < kWords.size(); ++n) {
    if (w == kWords[n]) return static_cast<int>(n);
  }
  return std::nullopt;
}

// A role phrase at unit i ("member states", "full members", "observer status").
std::optional<Role> role_at(const Units& u, std::size_t i, std::size_t& length) {
  std::size_t start = i;
  while (is(u, i, {"full", "fledged", "permanent", "official", "current", "regular", "existing"}))
    ++i;
  Words nouns = {"states", "countries", "nations", "economies", "organizations", "status"};
  std::optional<Role> role;
  if (is(u, i, {"member", "observer", "partner", "participating", "dialogue"})) {
    const std::string& head = u[i].norm;
    if (head == "dialogue" && is(u, i + 1, {"partners", "partner"})) ++i;
    role = head == "observer"                            ? Role::Observer
           : head == "member" || head == "participating" ? Role::Member
                                                         : Role::Partner;
    if (is(u, i + 1, nouns))
      ++i;
    else if (head == "participating")
      return std::nullopt;
  } else if (is(u, i, {"members"})) {
    role = Role::Member;
  } else if (is(u, i, {"observers"})) {
    role = Role::Observer;
  } else if (is(u, i, {"partners"})) {
    role = Role::Partner;
  } else if (i == start && is(u, i, {"states", "countries", "nations"})) {
    role = Role::Plain;
  }
  if (role) length = i + 1 - start;
  return role;
}

bool is_generic_org_noun(const Units& u, std::size_t i) {
  return is(u, i,
            {"organization", "forum", "conference", "union", "bloc", "alliance", "association",
             "grouping", "group", "community", "commonwealth", "council", "assembly", "structure",
             "process", "mechanism", "format", "body"});
}

// "of the SCO", "in it", "at the Organisation" after unit i: the organisation
// (nullptr for the topic) and the units used; 0 units when there is none.
std::size_t org_after(const Units& u, std::size_t i, const Mention*& org) {
  if (!is(u, i, {"of", "in", "at", "to", "within", "with"})) return 0;
  std::size_t j = i + 1;
  if (is(u, j, {"the", "this", "our"})) ++j;
  if (is_org(u, j)) {
    org = u[j].mention;
    return j + 1 - i;
  }
  org = nullptr;
  if (is(u, j, {"it"}) || (j > i + 1 && is_generic_org_noun(u, j))) return j + 1 - i;
  return 0;
}

// The organisations listed after the one at unit i ("of the UN, the G20 and
// BRICS"), up to the first item that is not an organisation.
std::vector<const Mention*> organisations_after(const Units& u, std::size_t i) {
  ListItems list;
  read_list_forward(u, i, list);
  std::vector<const Mention*> more;
  for (std::size_t n = 1; n < list.items.size(); ++n) {
    if (list.items[n]->entity->kind != EntityKind::Organisation) break;
    more.push_back(list.items[n]);
  }
  return more;
}

// What may stand between a verb or role phrase and its list: a dash, a
// colon, a comma, "such as", "namely", "including" (after an optional comma).
std::size_t list_opener(const Units& u, std::size_t i) {
  std::size_t comma = is(u, i, {","}) ? 1 : 0;
  for (Words words : {Words{"such", "as"}, Words{"namely"}, Words{"including"}}) {
    if (std::size_t n = phrase(u, i + comma, words)) return comma + n;
  }
  return is(u, i, {"-", ":", ","}) ? 1 : 0;
}

Relation relation_of(Role role) {
  return role == Role::Observer ? Relation::ObserverOf : Relation::MemberOf;
}

// Partners are members only where the organisation calls its members so.
bool accept_role(Role role, const Mention* org, const PartnerPolicy& partners) {
  return role != Role::Partner || (org != nullptr && partners(*org->entity));
}

bool is_include_verb(const Units& u, std::size_t i, std::size_t& length, bool& needs_role) {
  needs_role = false;
  for (Words verb :
       {Words{"consists", "of"}, Words{"consist", "of"}, Words{"consisted", "of"},
        Words{"is", "composed", "of"}, Words{"is", "made", "up", "of"}, Words{"brings", "together"},
        Words{"bring", "together"}, Words{"brought", "together"}}) {
    if ((length = phrase(u, i, verb)) != 0) return true;
  }
  length = 1;
  if (is(u, i,
         {"includes", "include", "included", "comprises", "comprise", "comprised", "unites",
          "united", "gathers", "encompasses", "embraces", "incorporates"})) {
    return true;
  }
  needs_role = true;
  return is(u, i, {"has", "have", "had", "counts", "numbers"});
}

// "ORG, which was founded in 2001, includes": where a clause set off by
// commas and ending at unit `end` starts, else `end`.
std::size_t clause_start(const Units& u, std::size_t end) {
  if (end == 0 || !is(u, end - 1, {","})) return end;
  for (std::size_t j = end - 1; j > 0 && j + 16 > end; --j) {
    if (is(u, j - 1, {","})) {
      bool relative = is(u, j,
                         {"which", "that", "founded", "established", "created", "set", "formed",
                          "launched", "headquartered", "based"});
      return relative ? j - 1 : end;
    }
  }
  return end;
}

// The subject before the verb at unit i: an organisation mention, or the topic
// ("It", "The Organisation"). False when the verb has no such subject.
bool subject_before(const Units& u, std::size_t i, const Mention*& org) {
  std::size_t j = i;
  while (j > 0 && is(u, j - 1,
                     {"now", "currently", "also", "today", "presently", "already", "still", "which",
                      "that"})) {
    --j;
  }
  j = clause_start(u, j);
  if (j > 0 && is(u, j - 1, {","}) && j < i) --j;  // "the SCO, which includes"
  if (j == 0) return false;
  if (is_org(u, j - 1)) {
    org = u[j - 1].mention;
    return true;
  }
  org = nullptr;
  return is(u, j - 1, {"it"}) ||
         (j >= 2 && is(u, j - 2, {"the", "this", "our"}) && is_generic_org_noun(u, j - 1));
}

// SUBJECT includes [N] [ROLE] [– : , such as] LIST
std::optional<ListFinding> includes_pattern(const Units& u, std::size_t i,
                                            const PartnerPolicy& partners) {
  std::size_t length = 0;
  bool needs_role = false;
  const Mention* org = nullptr;
  if (!is_include_verb(u, i, length, needs_role) || !subject_before(u, i, org)) return std::nullopt;
  ListFinding finding;
  std::size_t k = i + length;
  finding.stated_count = count_at(u, k);
  if (finding.stated_count) ++k;
  std::size_t role_length = 0;
  std::optional<Role> role = role_at(u, k, role_length);
  // "eight Arctic states", "five sovereign states": up to two adjectives.
  for (std::size_t skip = 1; !role && skip <= 2 && finding.stated_count; ++skip) {
    if (k + skip > u.size() || u[k + skip - 1].mention != nullptr) break;
    role = role_at(u, k + skip, role_length);
    if (role) role_length += skip;
  }
  if (needs_role && (!role || *role == Role::Plain)) return std::nullopt;
  if (!role) finding.stated_count.reset();
  if (role && !accept_role(*role, org, partners)) return std::nullopt;
  k += role_length;
  finding.predicate_end = k;
  read_list_forward(u, k + list_opener(u, k), finding);
  if (finding.items.empty()) return std::nullopt;
  finding.relation = relation_of(role.value_or(Role::Member));
  finding.rule =
      finding.relation == Relation::ObserverOf ? "list.includes_observers" : "list.includes_states";
  finding.organisation = org;
  return finding;
}

// The organisation before a role phrase at unit i: "ORG's", "ORG" (then
// `found`), or "its"/"the" (the topic).
const Mention* org_before(const Units& u, std::size_t i, bool& found) {
  found = true;
  if (i >= 2 && is(u, i - 1, {"'s"}) && is_org(u, i - 2)) return u[i - 2].mention;
  if (i >= 1 && is_org(u, i - 1)) return u[i - 1].mention;
  found = false;
  return nullptr;
}

// [ORG's | ORG | The | Its] ROLE [of ORG] (are | include | – | :) LIST
std::optional<ListFinding> role_led_pattern(const Units& u, std::size_t i,
                                            const PartnerPolicy& partners) {
  std::size_t length = 0;
  std::optional<Role> role = role_at(u, i, length);
  if (!role || *role == Role::Plain) return std::nullopt;
  if (i > 0 && is(u, i - 1, {"a", "an", "as", "are", "is", "were", "was", "become", "became"})) {
    return std::nullopt;  // a predicate: "are members", handled below
  }
  bool found = false;
  const Mention* org = org_before(u, i, found);
  std::size_t k = i + length;
  if (!found) k += org_after(u, k, org);
  std::size_t verb = phrase(u, k, {"are"}) + phrase(u, k, {"were"}) + phrase(u, k, {"include"}) +
                     phrase(u, k, {"includes"}) + phrase(u, k, {"included"}) +
                     phrase(u, k, {"comprise"});
  std::size_t opener = verb != 0 ? verb + list_opener(u, k + verb) : list_opener(u, k);
  if (opener == 0 || !accept_role(*role, org, partners)) return std::nullopt;
  ListFinding finding;
  finding.predicate_end = k;
  read_list_forward(u, k + opener, finding);
  if (finding.items.empty()) return std::nullopt;
  finding.relation = relation_of(*role);
  finding.organisation = org;
  finding.rule = *role == Role::Partner    ? "list.org_partners"
                 : *role == Role::Observer ? "list.observers_are"
                                           : "list.members_are";
  return finding;
}

// The verb phrase of a predicate at unit i ("are", "have been", "became");
// its length, and whether it marks a start.
std::size_t copula_at(const Units& u, std::size_t i, bool& starts) {
  starts = is(u, i, {"became", "become", "becomes"});
  for (Words words : {Words{"have", "been"}, Words{"has", "been"}, Words{"had", "been"},
                      Words{"have", "become"}, Words{"has", "become"}}) {
    if (std::size_t n = phrase(u, i, words)) {
      starts = words.begin()[1] == "become";
      return n;
    }
  }
  return is(u, i,
            {"are", "is", "were", "was", "remain", "remains", "remained", "became", "become",
             "becomes"})
             ? 1
             : 0;
}

// A status verb ("have", "were granted") followed by "observer status".
std::size_t status_verb_at(const Units& u, std::size_t i, bool& starts) {
  starts = true;
  for (Words words :
       {Words{"were", "granted"}, Words{"was", "granted"}, Words{"have", "been", "granted"},
        Words{"has", "been", "granted"}, Words{"have", "obtained"}, Words{"has", "obtained"},
        Words{"have", "received"}, Words{"has", "received"}}) {
    if (std::size_t n = phrase(u, i, words)) return n;
  }
  if (is(u, i, {"received", "obtained", "gained", "acquired", "got"})) return 1;
  starts = false;
  return is(u, i, {"have", "has", "had", "enjoy", "enjoys", "hold", "holds"}) ? 1 : 0;
}

// The list that is the subject of a predicate at unit i: read backwards,
// not governed by a preposition ("the leaders of A and B are ..."); an
// appositive list may end in a comma ("N states, including A and B, have").
bool read_subject_list(const Units& u, std::size_t i, ListFinding& finding) {
  if (i >= 2 && is(u, i - 1, {"which", "who"}) && is(u, i - 2, {","})) --i;  // "A and B, which are"
  bool appositive = is(u, i - 1, {","});
  read_list_backward(u, appositive ? i - 1 : i, finding);
  if (finding.items.empty()) return false;
  std::size_t before = finding.list_begin;
  if (appositive) {
    return before == 0 || is(u, before - 1, {",", "including", "namely"}) ||
           (before >= 2 && phrase(u, before - 2, {"such", "as"}));
  }
  return before == 0 || !is(u, before - 1,
                            {"of", "from", "between", "with", "for", "to", "by", "in", "at", "on",
                             "among", "and", "like"});
}

// LIST (are | have been | became) [adverbs] [a] [ORG] ROLE [of ORG], and
// LIST (have | were granted) [the] observer status [in ORG].
std::optional<ListFinding> predicate_pattern(const Units& u, std::size_t i,
                                             const PartnerPolicy& partners) {
  bool starts = false;
  std::size_t verb = copula_at(u, i, starts);
  bool status = false;
  if (verb == 0) {
    verb = status_verb_at(u, i, starts);
    status = verb != 0;
  }
  if (verb == 0 || i == 0) return std::nullopt;
  std::size_t k = i + verb;
  while (is(u, k,
            {"now", "also", "all", "currently", "already", "still", "not", "never", "both", "fully",
             "officially", "a", "an", "the"})) {
    ++k;
  }
  const Mention* org = is_org(u, k) ? u[k].mention : nullptr;
  if (org != nullptr) ++k;
  std::size_t length = 0;
  std::optional<Role> role = role_at(u, k, length);
  if (!role || *role == Role::Plain || (status != (u[k + length - 1].norm == "status"))) {
    return std::nullopt;
  }
  k += length;
  ListFinding finding;
  if (org == nullptr) {
    std::size_t used = org_after(u, k, org);
    if (org != nullptr) finding.also = organisations_after(u, k + used - 1);
    k += used;
  }
  if (!accept_role(*role, org, partners)) return std::nullopt;
  if (!read_subject_list(u, i, finding)) return std::nullopt;
  finding.relation = relation_of(*role);
  finding.organisation = org;
  finding.predicate_end = k;
  finding.starts = starts;
  finding.rule = status                                     ? "list.have_observer_status"
                 : finding.relation == Relation::ObserverOf ? "list.are_observers"
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
  finding.predicate_end = i + 1 + length;
  finding.predicate_end += org_after(u, finding.predicate_end, finding.organisation);
  if (!accept_role(*role, finding.organisation, partners)) return std::nullopt;
  finding.relation = relation_of(*role);
  finding.rule = *role == Role::Observer ? "list.as_observers" : "list.as_members";
  return finding;
}

}  // namespace

std::vector<ListFinding> find_list_patterns(const std::vector<Unit>& units,
                                            const PartnerPolicy& partners) {
  std::vector<ListFinding> findings;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].mention != nullptr) continue;
    for (auto pattern : {includes_pattern, role_led_pattern, predicate_pattern, as_role_pattern}) {
      if (std::optional<ListFinding> finding = pattern(units, i, partners)) {
        findings.push_back(std::move(*finding));
        break;
      }
    }
  }
  return findings;
}

}  // namespace orgkg::detail

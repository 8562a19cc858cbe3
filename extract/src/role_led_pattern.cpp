// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The role-led list pattern (list_patterns.cpp tries it): a role, then its
// list: "[ORG's | ORG | The | Its] ROLE [of ORG] (are | include | – | :) LIST",
// "the nine Member States of the Community span four continents: A, B",
// "[fellow] SCO members India and Pakistan", "The BRICS countries – A, B –".
#include "role_led_pattern.hpp"

#include <algorithm>

#include "list_phrases.hpp"
#include "pattern_screens.hpp"

namespace orgkg::detail {
namespace {

// The organisation before a role phrase at unit i: "ORG's", "ORG" (then
// `found`), or "its"/"the" (the topic). A regional qualifier may stand
// between ("the OSCE Asian Partners for Co-operation").
const Mention* org_before(const Units& u, std::size_t i, bool& found) {
  found = true;
  if (i >= 2 && is(u, i - 1, {"asian", "mediterranean"}) && is_org(u, i - 2)) {
    return u[i - 2].mention;
  }
  if (i >= 2 && is(u, i - 1, {"'s"}) && is_org(u, i - 2)) return u[i - 2].mention;
  if (i >= 1 && is_org(u, i - 1)) return u[i - 1].mention;
  found = false;
  return nullptr;
}

// The length of "from outside the European Union", "outside the EU", "from
// Africa" at unit k: a place the members come from; 0 when none is there.
std::size_t place_qualifier(const Units& u, std::size_t k) {
  std::size_t c = k + is(u, k, {"from"});
  c += is(u, c, {"outside", "beyond"});
  if (c == k) return 0;
  c += is(u, c, {"the"});
  if (c < u.size() && u[c].mention != nullptr) return c + 1 - k;
  std::size_t words = 0;
  while (c + words < u.size() && words < 3 && u[c + words].capitalized) ++words;
  return words == 0 ? 0 : c + words - k;
}

// Where the list of a role-led statement starts after unit k: after a verb
// ("are"), an optional head noun ("the eight Arctic states") and an opener;
// 0 when nothing opens a list there.
std::size_t role_led_opener(const Units& u, std::size_t k, std::optional<int>& count) {
  std::size_t verb = is(u, k, {"are", "were", "include", "includes", "included", "comprise"});
  if (verb == 0) return list_opener(u, k);
  std::size_t head = head_noun_at(u, k + verb, count);
  std::size_t opener = list_opener(u, k + verb + head);
  if (head != 0 && opener == 0) return 0;
  return verb + head + opener;
}

// "Observer status [in ORG] is held by A and B", "Dialogue partner status
// was granted to A and B in 2021", "The status of an observer at CICA is
// held by A": the status first, its holders after; the role at unit i.
std::optional<ListFinding> status_held_by(const Units& u, std::size_t i, std::size_t length,
                                          Role role, const PartnerPolicy& partners) {
  bool status = is(u, i + length - 1, {"status"});
  std::size_t first = i;
  if (!status) {  // "the status of [a|an] ROLE"
    std::size_t s = i >= 1 && is(u, i - 1, {"a", "an"}) ? i - 1 : i;
    if (s < 2 || !is(u, s - 1, {"of"}) || !is(u, s - 2, {"status"})) return std::nullopt;
    first = s - 2;
  }
  std::size_t k = i + length;
  ListFinding finding;
  OrgPhrase after = org_after(u, k);
  finding.organisation = after.org;
  finding.pronoun = after.pronoun;
  k += after.length;
  std::size_t aux = k;
  while (is(u, k,
            {"is", "are", "was", "were", "has", "have", "been", "currently", "also", "now",
             "already", "today"})) {
    ++k;
  }
  bool held = is(u, k, {"held", "enjoyed"}) && is(u, k + 1, {"by"});
  bool granted = is(u, k, {"granted", "given", "accorded"}) && is(u, k + 1, {"to"});
  if (k == aux || (!held && !granted) || !accept_role(role, finding.organisation, partners)) {
    return std::nullopt;
  }
  read_list_forward(u, k + 2, finding);
  if (finding.items.empty() || list_cut_short(u, finding)) return std::nullopt;
  finding.relation = relation_of(role);
  finding.rule = "list.status_held_by";
  finding.anchor = i;
  finding.subject_begin = first;
  finding.predicate_end = k + 2;
  finding.starts = granted;
  return finding;
}

}  // namespace

// [ORG's | ORG | The | Its] ROLE [of ORG] (are | include | – | :) LIST
std::optional<ListFinding> role_led_pattern(const Units& u, std::size_t i,
                                            const PartnerPolicy& partners) {
  std::size_t length = 0;
  std::optional<Role> role = role_at(u, i, length);
  // "The BRICS countries – Brazil, Russia, India, China and South Africa –":
  // the organisation's countries, listed between dashes or after a colon.
  if (role && *role == Role::Plain && i >= 1 && is_org(u, i - 1) &&
      is(u, i + length - 1, {"countries", "states", "nations"}) && is(u, i + length, {"-", ":"})) {
    role = Role::Member;
  }
  if (!role || *role == Role::Plain) return std::nullopt;
  if (std::optional<ListFinding> held = status_held_by(u, i, length, *role, partners)) return held;
  if (i > 0 && is(u, i - 1, {"a", "an", "as", "are", "is", "were", "was", "become", "became"})) {
    return std::nullopt;  // a predicate: "are members", handled below
  }
  if (i > 0 && is(u, i - 1, {"founding", "founder", "associate"})) {
    return std::nullopt;  // not membership (associate members: status_extractor)
  }
  // Every reading below lists states or organisations after the role: where
  // none is named after it ("the member states discussed ..."), none holds.
  // By pointer, the mention tested before its entity: most units are words.
  bool item_after = false;
  for (const Unit *unit = u.data() + std::min(i + length, u.size()), *end = u.data() + u.size();
       unit != end; ++unit) {
    if (unit->mention != nullptr && (unit->mention->entity->kind == EntityKind::Organisation ||
                                     unit->mention->entity->kind == EntityKind::State)) {
      item_after = true;
      break;
    }
  }
  if (!item_after) return std::nullopt;
  bool found = false;
  ListFinding finding;
  finding.organisation = org_before(u, i, found);
  std::size_t k = i + length;
  OrgPhrase after;
  if (!found) after = org_after(u, k);
  if (!found && after.length == 0 && unresolved_place(u, k)) return std::nullopt;
  // "several Forum members, including A": a name the gazetteer does not
  // know holds the role, not the organisation in context.
  if (!found && after.length == 0 && i > 1 && u[i - 1].capitalized && u[i - 1].mention == nullptr &&
      !u[i - 2].capitalized && is_generic_org_noun(u, i - 1)) {
    return std::nullopt;
  }
  finding.organisation = found ? finding.organisation : after.org;
  finding.pronoun = after.pronoun;
  k += after.length;
  std::size_t opener = role_led_opener(u, k, finding.stated_count);
  // "Its members from outside the European Union are A, B": a qualifier of
  // where the members come from, its name not the organisation's.
  if (opener == 0 && !found && after.length == 0) {
    if (std::size_t skip = place_qualifier(u, k); skip != 0) {
      opener = role_led_opener(u, k + skip, finding.stated_count);
      if (opener != 0 && is(u, k + skip, {"are", "were"})) {
        k += skip;
        finding.earlier_topic = true;  // not a name in the qualifier
      } else {
        opener = 0;
      }
    }
  }
  // "the nine Member States of the Community span four continents: A, B, ...":
  // a counted role whose list follows its clause's colon, as many as counted.
  const bool its_counted = i >= 2 && is(u, i - 2, {"its"}) && after.length == 0;
  if (opener == 0 && i >= 1 && (found || after.length != 0 || its_counted)) {
    if (std::optional<int> counted = count_at(u, i - 1)) {
      std::size_t c = k;
      while (c < u.size() && c < k + 8 && !is(u, c, {":", ".", ";"}) && u[c].mention == nullptr &&
             !(its_counted && is(u, c, {","})))
        ++c;
      ListItems colon_list;
      if (is(u, c, {":"})) read_list_forward(u, c + 1, colon_list);
      if (!colon_list.items.empty() &&
          colon_list.items.size() == static_cast<std::size_t>(*counted))
        opener = c + 1 - k;
    }
  }
  // "ORG and its four member countries, A, B, C and D" (list_opener() reads
  // the comma): as many as counted, the noun phrase states them whatever its
  // clause plans.
  if (its_counted && opener != 0 && is(u, k, {","})) {
    ListItems counted_list;
    read_list_forward(u, k + 1, counted_list);
    finding.presupposed =
        counted_list.items.size() == static_cast<std::size_t>(*count_at(u, i - 1));
  }
  // "the five member states of the EAC (A, B, ...)": a list in brackets after
  // a role its organisation names.
  if (opener == 0 && (found || after.org != nullptr) && is(u, k, {"("}) && is_item(u, k + 1)) {
    opener = 1;
  }
  // "[fellow] SCO members India and Pakistan attended": the list itself
  // follows a plural role its organisation names before it.
  bool plural = is(u, i + length - 1, {"members", "observers", "states", "countries", "partners"});
  bool attributive = opener == 0 && found && after.length == 0 && is_item(u, k) && plural &&
                     !is(u, i + length - 1, {"partners"});
  // "... comprises two observer states, A and B, and the dialogue partners
  // C and D": the next list of a series, of the organisation in context.
  bool series = opener == 0 && !found && after.length == 0 && is_item(u, k) && plural && i >= 2 &&
                is(u, i - 1, {"the"}) && is(u, i - 2, {"and"});
  attributive = attributive || series;
  if ((opener == 0 && !attributive) || !accept_role(*role, finding.organisation, partners)) {
    return std::nullopt;
  }
  // "partner states" need their organisation named ("ORG's", "of ORG", "its").
  bool named = found || after.org != nullptr || after.pronoun || (i > 0 && is(u, i - 1, {"its"}));
  // "the eight Partner States – A, B –": counted, the organisation's own.
  named = named || (i >= 2 && is(u, i - 2, {"the"}) && count_at(u, i - 1));
  if (*role == Role::DialoguePartner && !named && is(u, i, {"partner"})) return std::nullopt;
  finding.anchor = finding.subject_begin = i;
  finding.predicate_end = k;
  if (attributive) {
    read_leading_items(u, k, finding);
  } else {
    read_list_forward(u, k + opener, finding);
  }
  if (finding.items.empty() || list_cut_short(u, finding)) return std::nullopt;
  finding.relation = relation_of(*role);
  finding.context_head = !found && after.length == 0 && length == 2 && *role != Role::Partner &&
                         is(u, i + 1, {"states", "countries"}) && is(u, k, {"-", ":"});
  finding.rule = *role == Role::Partner           ? "list.org_partners"
                 : *role == Role::DialoguePartner ? "list.partners_are"
                 : *role == Role::Observer        ? "list.observers_are"
                                                  : "list.members_are";
  return finding;
}

}  // namespace orgkg::detail

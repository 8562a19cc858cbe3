// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// partner_of and associate_member_of: statuses short of membership.
//   LIST are|is|has been|became [a] [ORG's] dialogue partner(s) [of ORG]  partner.are_partners
//   LIST have|hold|obtained|was granted [the] dialogue partner status [in ORG]
//        (also "the status of [a] dialogue partner", "partner state status")  partner.status
//   [ORG's|ORG] dialogue partners [of ORG] are|include|–|: LIST         partner.partners_are
//   [ORG] granted LIST dialogue partner status; granted ... status to LIST  partner.granted
//   its|our|STATE's dialogue partnership with ORG; the STATE–ORG dialogue partnership
//                                                       partner.dialogue_partnership
//   STATE, as [a] [ORG's] dialogue partner [of ORG], ...; with LIST as dialogue
//   partners                                             partner.as_partner
//   signed a memorandum on granting LIST dialogue partner status  partner.memorandum
// and the same shapes with "associate member(s)", "associate membership",
// "associate member status" give associate_member_of (rules associate.*),
// plus "LIST joined ORG as an associate member" (associate.joined) and
// "LIST participate in ORG as associate members" (associate.participate).
// A partner role is "dialogue partner(s)" or "partner state(s)/countries":
// a bare "partners" is what diplomats call everyone (the list extractor
// reads "ASEM partners – A, B" as membership where an organisation calls its
// members so), and "strategic partnership" is a level of relations, not a
// status.
#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "partner_roles.hpp"
#include "status_phrases.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

// Every partner pattern needs a role noun (role_noun_at(): "dialogue
// partner(s)", "partner state", "associate member", "associated State") or "dialogue
// partnership" (partnership_pattern()).
const WordSet kPartnerWords{"partner",    "partners",    "associate",
                            "associated", "partnership", "relations"};

// LIST are|became [a] [ORG's] ROLE [of ORG]; LIST have|obtained [the] ROLE status [in ORG].
void predicate_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  // "Turkmenistan, an associate member of the CIS, attended": an apposition.
  bool apposition = is(u, i, {","}) && i > 0 && is_state_name(u, i - 1);
  bool copula = apposition || is(u, i,
                                 {"are", "is", "was", "were", "been", "became", "become", "becomes",
                                  "remain", "remains", "remained"});
  bool have = is(u, i,
                 {"has", "have", "had", "holds", "hold", "held", "enjoys", "enjoy", "enjoyed",
                  "obtained", "received", "gained", "acquired", "got", "granted", "given"});
  if (!copula && !have) return;
  if (is(u, i, {"has", "have", "had"}) && is(u, i + 1, {"been"})) return;
  // "LIST was granted|given ROLE status" only: an active "ORG granted LIST
  // ROLE status" is granted_pattern's.
  if (is(u, i, {"granted", "given"}) &&
      !(i > 0 && is(u, i - 1, {"was", "were", "been", "be", "being", "is", "are"}))) {
    return;
  }
  std::size_t k = i + 1;
  while (
      is(u, k, {"now", "also", "currently", "already", "still", "officially", "a", "an", "the"})) {
    ++k;
  }
  const Mention* org = is_org(u, k) ? u[k].mention : nullptr;
  if (org != nullptr) k += is(u, k + 1, {"'s"}) ? 2 : 1;
  std::optional<RolePhrase> role = role_at_unit(u, k);
  if (!role || role->status != have) return;
  StatusFinding f = status_finding(*role, have ? "partner.status" : "partner.are_partners",
                                   have ? "associate.status" : "associate.are_members");
  if (org != nullptr) f.organisation = org;
  std::size_t end = k + role->length;
  if (f.organisation == nullptr && !org_after_role(u, end, f, end)) return;
  if (apposition) {
    std::size_t close = end;  // "... since 2005," closes it
    if (is(u, close, {"since"}) && is_date_word(u, close + 1)) {
      close += 2;
      while (is_date_word(u, close)) ++close;
    }
    if (close < u.size() && !is(u, close, {",", ".", ";", ")"})) return;
    f.subjects = {u[i - 1].mention};
    f.phrase_begin = i - 1;
  } else if (!read_subjects(u, i, publisher, true, f)) {
    return;
  }
  if (f.organisation == nullptr && f.subjects.size() == 2) {  // "Russia and ASEAN are partners"
    const Mention* a = f.subjects[0];
    const Mention* b = f.subjects[1];
    if (a->entity->kind == EntityKind::Organisation) std::swap(a, b);
    if (a->entity->kind == EntityKind::State && b->entity->kind == EntityKind::Organisation) {
      f.subjects = {a};
      f.organisation = b;
    }
  }
  f.anchor = i;
  f.starts = is(u, i,
                {"became", "become", "becomes", "obtained", "received", "gained", "acquired", "got",
                 "granted"});
  set_scopes(u, i, f.phrase_begin, end, f);
  out.push_back(std::move(f));
}

// [ORG's|ORG] ROLE [of ORG] are|include|–|: LIST.
void role_led_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  std::optional<RolePhrase> role = role_noun_at(u, i);
  if (!role || !role->plural || role->status) return;
  if (i > 0 && is(u, i - 1,
                  {"a", "an", "as", "are", "is", "were", "was", "become", "became", "of", "full",
                   "sectoral", "dialogue", "associate"})) {
    return;
  }
  StatusFinding f = status_finding(*role, "partner.partners_are", "associate.members_are");
  if (i >= 2 && is(u, i - 1, {"'s"}) && is_org(u, i - 2)) f.organisation = u[i - 2].mention;
  if (i >= 1 && is_org(u, i - 1)) f.organisation = u[i - 1].mention;
  bool its = i >= 1 && is(u, i - 1, {"its"});  // "its partner countries are": in context
  std::size_t k = i + role->length;
  if (f.organisation == nullptr && !org_after_role(u, k, f, k)) return;
  std::size_t verb = phrase(u, k, {"are"}) + phrase(u, k, {"include"}) +
                     phrase(u, k, {"includes"}) + phrase(u, k, {"were"});
  std::size_t opener = list_opener(u, k + verb);
  if (verb + opener == 0) return;
  if (is(u, k + verb, {"the"}) || is_plain_noun(u, k + verb)) return;
  ListItems list;
  read_list_forward(u, k + verb + opener, list);
  if (list.items.empty() || list_cut_short(u, list)) return;
  add_subjects(list, f);
  f.anchor = i;
  f.phrase_begin = i;
  f.context_allowed = its;  // "The partner states – A and B – attended": whose?
  set_scopes(u, i, i, k, f);
  f.date_end = std::max(f.date_end, list.list_end);
  out.push_back(std::move(f));
}

// [SUBJECT] granted LIST ROLE status [at ORG]; granted ROLE status [at ORG] to LIST.
void granted_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"granted", "accorded", "gave"}) ||
      (i > 0 && is(u, i - 1, {"be", "been", "being", "was", "were", "is", "are", "to"}))) {
    return;
  }
  ListItems list;
  std::size_t k = i + 1;
  while (k < u.size() && k < i + 16 && !is(u, k, {".", ";"}) && !role_at_unit(u, k)) ++k;
  std::optional<RolePhrase> role = role_at_unit(u, k);
  if (!role || !role->status) return;
  bool list_first = k > i + 1;
  if (list_first) {
    read_list_backward(u, k, list);
    if (list.items.empty() || list.list_begin != i + 1) return;
  }
  StatusFinding f = status_finding(*role, "partner.granted", "associate.granted");
  std::size_t end = k + role->length;
  if (!org_after_role(u, end, f, end)) return;
  if (!list_first) {
    if (!is(u, end, {"to"})) return;
    read_list_forward(u, end + 1, list);
    if (list.items.empty() || list_cut_short(u, list)) return;
    end = list.list_end;
  }
  add_subjects(list, f);
  const Mention* subject = nullptr;
  if (f.organisation == nullptr && subject_before(u, i, subject)) f.organisation = subject;
  f.anchor = i;
  f.phrase_begin = i;
  f.starts = true;
  set_scopes(u, i, i, end, f);
  out.push_back(std::move(f));
}

// The states among those that signed the memorandum whose noun is unit
// `noun` ("Turkey and the SCO signed a memorandum on granting it ..."): the
// subject of the "signed" just before it; none when there is no such verb.
ListItems signing_states(const Units& u, std::size_t noun) {
  ListItems states;
  std::size_t verb = noun;
  while (verb > 0 && noun - verb < 3 && !is(u, verb - 1, {"signed", "signs"})) --verb;
  if (verb == 0 || !is(u, verb - 1, {"signed", "signs"})) return states;
  ListItems signatories;
  read_list_backward(u, before_auxiliaries(u, verb - 1), signatories);
  for (const Mention* item : signatories.items) {
    if (item->entity->kind == EntityKind::State && item->form != NameForm::Demonym)
      states.items.push_back(item);
  }
  return states;
}

// A memorandum on granting LIST ROLE status signed; the signing of memoranda
// granting ROLE status to LIST: the status is granted.
void memorandum_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"granting"}) || i == 0) return;
  std::size_t m = is(u, i - 1, {"on"}) ? i - 1 : i;
  if (m == 0 || !is(u, m - 1, {"memorandum", "memoranda", "memorandums"})) return;
  bool signed_ = false;
  for (std::size_t j = 0; j < u.size(); ++j) {
    signed_ = signed_ || is(u, j, {"signed", "signing", "signature", "signs"});
  }
  std::size_t k = i + 1;
  ListItems list = read_items(u, k);
  if (!list.items.empty()) {
    k = list.list_end;
  } else if (is(u, k, {"it", "them"})) {  // "A and ORG signed a memorandum on granting it"
    list = signing_states(u, m - 1);
    if (list.items.empty() || (is(u, k, {"it"}) && list.items.size() != 1)) return;
    ++k;
  }
  std::optional<RolePhrase> role = role_at_unit(u, k);
  if (!signed_ || !role || !role->status) return;
  StatusFinding f = status_finding(*role, "partner.memorandum", "associate.memorandum");
  std::size_t end = k + role->length;
  if (!org_after_role(u, end, f, end)) return;
  if (list.items.empty()) {
    if (!is(u, end, {"to"})) return;
    list = read_items(u, end + 1);
    end = list.list_end;
  }
  add_subjects(list, f);
  f.anchor = i;
  f.phrase_begin = m - 1;
  f.starts = true;
  set_scopes(u, i, m - 1, end, f);
  f.cue_begin = m - 1;  // "We welcome the signing of memoranda ...": the memoranda's clause
  out.push_back(std::move(f));
}

// STATE, as [a|the] [ORG's] ROLE [of ORG], ...; STATE as ORG's dialogue partner.
void as_role_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"as"}) || i == 0) return;
  std::size_t s = is(u, i - 1, {","}) ? i - 1 : i;
  if (s == 0 || !is_item(u, s - 1) || u[s - 1].mention->form == NameForm::Demonym) return;
  std::size_t k = is(u, i + 1, {"a", "an", "the", "its"}) ? i + 2 : i + 1;
  const Mention* org = is_org(u, k) ? u[k].mention : nullptr;
  if (org != nullptr) k += is(u, k + 1, {"'s"}) ? 2 : 1;
  std::optional<RolePhrase> role = role_noun_at(u, k);
  if (!role || role->status) return;
  ListItems list;  // "..., and A and B as dialogue partners"
  if (role->plural) {
    read_list_backward(u, i, list);
    std::size_t b = list.list_begin;
    if (list.items.size() < 2 || s != i || b == 0 || !is(u, b - 1, {"with", "and", ","})) return;
  }
  StatusFinding f = status_finding(*role, "partner.as_partner", "associate.as_member");
  f.organisation = org;
  std::size_t end = k + role->length;
  if (org == nullptr && !org_after_role(u, end, f, end)) return;
  f.context_allowed = false;
  f.subjects = {u[s - 1].mention};
  if (role->plural) {
    f.subjects.clear();
    add_subjects(list, f);
    s = list.list_begin + 1;
  }
  f.modality = Modality::Presupposed;
  f.anchor = k;
  f.phrase_begin = i;
  set_scopes(u, k, s - 1, end, f);
  out.push_back(std::move(f));
}

// LIST joined ORG as an associate member; LIST participate(s) | take(s)
// part in [the work of] ORG as associate members / dialogue partners.
void joined_as_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  bool joined = is(u, i, {"joined"});
  std::size_t verb = is(u, i, {"participate", "participates", "participated"})                ? 1
                     : is(u, i, {"take", "takes", "took", "taken"}) && is(u, i + 1, {"part"}) ? 2
                                                                                              : 0;
  bool participates = verb != 0 && is(u, i + verb, {"in"});
  // "the CIS, in which Turkmenistan has participated as an associate member"
  bool relative = verb != 0 && is(u, i + verb, {"as"});
  if (!joined && !participates && !relative) return;
  std::size_t o = joined ? i + 1 : i + verb + 1;
  if (participates)
    o += phrase(u, o, {"the", "work", "of"}) + phrase(u, o, {"the", "activities", "of"});
  // "has taken part in its|our work as an associate member": the
  // organisation in context.
  std::size_t own =
      participates ? phrase(u, o, {"its", "work"}) + phrase(u, o, {"our", "work"}) : 0;
  OrgPhrase object = relative || own != 0 ? OrgPhrase{} : org_after(u, o, /*preposition=*/false);
  std::size_t k = relative ? i + verb : o + object.length + own;
  if ((object.org == nullptr && !relative && own == 0) || !is(u, k, {"as"}))
    return;  // "as" ends it
  std::size_t a = is(u, k + 1, {"a", "an"}) ? k + 2 : k + 1;
  std::optional<RolePhrase> role = role_noun_at(u, a);
  if (!role || role->status) return;
  StatusFinding f = joined ? status_finding(*role, "partner.joined", "associate.joined")
                           : status_finding(*role, "partner.participate", "associate.participate");
  f.organisation = object.org;
  if (!read_subjects(u, i, publisher, true, f)) return;
  if (relative) {  // the organisation the clause hangs on, else nothing
    std::size_t b = f.phrase_begin;
    if (b < 4 || !is(u, b - 1, {"which"}) || !is(u, b - 2, {"in"}) || !is(u, b - 3, {","}) ||
        !is_org(u, b - 4)) {
      return;
    }
    f.organisation = u[b - 4].mention;
  }
  f.anchor = i;
  f.starts = joined;
  set_scopes(u, i, f.phrase_begin, a + role->length, f);
  // "We intend to discuss ... with the CIS, in which Turkmenistan has
  // participated as ...": the relative clause states its own fact.
  if (relative) f.cue_begin = f.date_begin = f.phrase_begin - 2;
  out.push_back(std::move(f));
}

}  // namespace

// Each pattern's first test at its anchor, in the order find_partner_patterns tries them.
FamilyEntryWords partner_entry_words() {
  return {
      "the partner patterns",
      {{"are",     "is",       "was",     "were",     "been",  "became",   "become",
        "becomes", "remain",   "remains", "remained", "has",   "have",     "had",
        "holds",   "hold",     "held",    "enjoys",   "enjoy", "obtained", "received",
        "gained",  "acquired", "got",     "granted",  ",",     "enjoyed",  "given"},
       {"full", "full-fledged", "sectoral", "official", "formal", "dialogue", "partner",
        "associate", "associated"},  // role_noun_at
       {"granted", "accorded", "gave"},
       {"full", "full-fledged", "sectoral", "dialogue"},
       {"joined", "participate", "participates", "participated", "take", "takes", "took", "taken"},
       {"as"},
       {"granting"},
       {"joined", "participate", "participates", "participated", "take", "takes", "took", "taken"}},
      0,
      /*needs=*/nullptr,
      &kPartnerWords};
}

void find_partner_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out) {
  static constexpr std::array<StatusPattern, 8> kPatterns{
      predicate_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) { role_led_pattern(u, i, out); },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) { granted_pattern(u, i, out); },
      partnership_pattern,
      joined_as_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) { as_role_pattern(u, i, out); },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        memorandum_pattern(u, i, out);
      },
      peace_partnership_pattern};
  find_status_family(PatternFamily::Partner, kPatterns, sentence, publisher, out);
}

}  // namespace orgkg::detail

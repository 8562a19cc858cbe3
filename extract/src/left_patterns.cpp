// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// left: a state withdrew, was suspended or expelled, or ceased to be a member
// or observer.
//   LIST withdrew|has withdrawn from ORG                       left.withdrew
//   LIST left|quit|exited ORG, pulled out of ORG               left.left
//   STATE's|the DEMONYM withdrawal|exit from ORG, the withdrawal of STATE from ORG
//                                                              left.withdrawal
//   STATE's membership|observer status [in ORG] was suspended|frozen, STATE, whose
//   membership [in ORG] was suspended; ORG suspended STATE's membership;
//   STATE was suspended from ORG; ORG suspended STATE; STATE suspended|froze its
//   membership|participation in ORG; the suspension of STATE's membership; the
//   suspension imposed on STATE [by ORG] [in 2021]             left.suspended
//   STATE was expelled|excluded from ORG; ORG expelled STATE; the expulsion of STATE from
//   ORG; STATE's expulsion from ORG                            left.expelled
//   STATE ceased to be a member|an observer [of ORG]; ceased|terminated its membership in
//   ORG; STATE's membership [in ORG] was terminated, ended, expired; is no longer a member
//   of ORG                                                     left.ceased
// The organisation must be the object itself ("withdrew from the EU in
// 2020", not "withdrew its troops from", "left the summit"). A withdrawal
// decided, announced, threatened or called for is not done (the Left cues of
// status_phrases.cpp). The clause's date is the end of the membership.
#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "clause_scope.hpp"
#include "left_phrases.hpp"
#include "status_phrases.hpp"

namespace orgkg::detail {
namespace {

// What may follow the organisation a verb takes as its object.
bool object_ends_at(const Units& u, std::size_t i) {
  if (i >= u.size()) return true;
  if (is(u, i, {"in", "on", "from"})) return is_date_word(u, i + 1);
  return is(u, i, {".",       ",",     ";",          ":",        "-",          "(",         ")",
                   "as",      "after", "following",  "at",       "since",      "and",       "over",
                   "because", "due",   "effective",  "with",     "back",       "last",      "this",
                   "earlier", "later", "altogether", "entirely", "completely", "officially"});
}

// "[the] ORG" at unit k ending its phrase; its end, or nullopt.
std::optional<std::size_t> object_org(const Units& u, std::size_t k, StatusFinding& f) {
  OrgPhrase object = org_after(u, k, /*preposition=*/false);
  // "left the CIS statutory bodies": the organisation's bodies, all of them.
  if (object.org != nullptr && object.also.empty()) {
    std::size_t b = k + object.length + is(u, k + object.length, {"statutory"});
    if (is(u, b, {"bodies", "institutions", "structures"})) object.length = b + 1 - k;
  }
  // "left the Organisation": a generic noun phrase stands for the one in context.
  bool generic = object.org == nullptr && object.length != 0 && object.pronoun == std::nullopt;
  // "Georgia, which joined the CIS in 1993, withdrew from it": the last
  // organisation the sentence names; with none, "it" is the one in context.
  const Mention* antecedent = object.pronoun ? last_org_before(u, k) : nullptr;
  if (object.pronoun && antecedent == nullptr && !names_joinable_thing(u, 0, k)) generic = true;
  if ((object.org == nullptr && !generic && antecedent == nullptr) ||
      !object_ends_at(u, k + object.length)) {
    return std::nullopt;
  }
  f.organisation = object.org != nullptr ? object.org : antecedent;
  f.context_only = object.pronoun && antecedent == nullptr;
  f.also = object.also;
  return k + object.length;
}

bool finish_verb(const Units& u, std::size_t i, std::optional<std::size_t> end, bool publisher,
                 StatusFinding& f, StatusFindings& out) {
  if (!end || !read_subjects(u, i, publisher, false, f)) return false;
  f.anchor = i;
  set_scopes(u, i, f.phrase_begin, *end, f);
  out.push_back(std::move(f));
  return true;
}

// LIST withdrew from ORG; left|quit|exited ORG; pulled out of ORG; was
// expelled|excluded|suspended from ORG.
void verb_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  // "the Uzbek side withdrew in 2005", "Guinea was suspended in September
  // 2021": no object, a date, the organisation in context.
  // "was [likewise|also] suspended": the auxiliary before any adverb.
  const std::size_t aux =
      i >= 2 && is(u, i - 1,
                   {"likewise", "also", "subsequently", "then", "later", "temporarily", "formally"})
          ? i - 2
          : i - 1;
  bool suspended =
      is(u, i, {"suspended", "expelled"}) && i > 0 && is(u, aux, {"was", "were", "been"});
  // "Venezuela, which joined in 1973, left in 2006": a state's subject only.
  bool left_bare = is(u, i, {"left"}) && i > 0 && !is(u, i - 1, {"the", "a", "is", "are", "be"});
  if ((is(u, i, {"withdrew"}) || suspended || left_bare) && is(u, i + 1, {"in", "on"}) &&
      is_date_word(u, i + 2)) {
    StatusFinding f = left_finding(is(u, i, {"withdrew"})   ? "left.withdrew"
                                   : left_bare              ? "left.left"
                                   : is(u, i, {"expelled"}) ? "left.expelled"
                                                            : "left.suspended");
    std::size_t end = i + 3;
    while (is_date_word(u, end)) ++end;
    if (!object_ends_at(u, end) && (left_bare || !is(u, end, {"for", "when", "amid", "over"}))) {
      return;  // "withdrew in 2005 its troops", "left in 2006 for Geneva"
    }
    finish_verb(u, i, end, publisher, f, out);
  } else if (is(u, i, {"withdrew", "withdrawn", "withdraws"}) && is(u, i + 1, {"from"})) {
    StatusFinding f = left_finding("left.withdrew");
    finish_verb(u, i, object_org(u, i + 2, f), publisher, f, out);
  } else if (is(u, i, {"left", "quit", "quits", "exited", "leaves"})) {
    if (i > 0 && is(u, i - 1, {"the", "a", "is", "are", "be", "being"})) return;
    StatusFinding f = left_finding("left.left");
    std::size_t k = is(u, i + 1, {"from"}) ? i + 2 : i + 1;
    finish_verb(u, i, object_org(u, k, f), publisher, f, out);
  } else if (phrase(u, i, {"pulled", "out", "of"})) {
    StatusFinding f = left_finding("left.left");
    finish_verb(u, i, object_org(u, i + 3, f), publisher, f, out);
  } else if (is(u, i, {"expelled", "excluded", "suspended"}) && is(u, i + 1, {"from"}) && i > 0 &&
             is(u, aux, {"was", "were", "been", "remains", "remain", "is", "are"})) {
    StatusFinding f = left_finding(is(u, i, {"suspended"}) ? "left.suspended" : "left.expelled");
    std::size_t k = phrase(u, i + 2, {"participation", "in"}) ? i + 4 : i + 2;
    std::optional<std::size_t> end = object_org(u, k, f);
    if (!end) end = rights_and_activities(u, k, f);
    finish_verb(u, i, end, publisher, f, out);
  }
}

// STATE suspended|ceased|terminated its membership in ORG; ORG suspended
// STATE's membership; ORG expelled STATE.
void object_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  bool suspend = is(u, i, {"suspended", "suspends"});
  bool freeze = is(u, i, {"froze", "freezes", "frozen"});  // "froze its participation in"
  bool cease = is(u, i, {"ceased", "terminated", "ended", "renounced"});
  if ((suspend || freeze || cease) && is(u, i + 1, {"its", "their"})) {
    StatusFinding f = left_finding(cease ? "left.ceased" : "left.suspended");
    finish_verb(u, i, membership_at(u, i + 2, f), publisher, f, out);
    return;
  }
  if (i == 0 || (i > 0 && is(u, i - 1, {"was", "were", "been", "be", "to"}))) return;
  const Mention* subject = nullptr;  // nullptr: "the Council", "the Union" in context
  if (!subject_before(u, i, subject)) return;
  std::size_t k = is(u, i + 1, {"the"}) ? i + 2 : i + 1;
  StatusFinding f = left_finding("left.suspended");
  std::optional<std::size_t> end;
  if ((suspend || freeze) && is_state_name(u, k) && is(u, k + 1, {"'s"})) {
    end = membership_at(u, k + 2, f);
  } else if (suspend && is(u, k, {"membership"}) && is(u, k + 1, {"of"}) &&
             is_state_name(u, k + 2)) {
    f.organisation = subject;
    OrgPhrase in = org_phrase_after(u, k + 3);
    if (in.org != nullptr) f.organisation = in.org;
    end = k + 3 + in.length;
    k += 2;
  } else if (is(u, i, {"expelled", "excluded"}) && is_state_name(u, i + 1) &&
             (is(u, i, {"expelled"}) || object_ends_at(u, i + 2))) {  // not "from the talks"
    f.rule = "left.expelled";
    k = i + 1;
    end = k + 1;
  } else if (suspend && is_state_name(u, k) && object_ends_at(u, k + 1)) {
    end = k + 1;  // ORG suspended [the] STATE [in 2021]
  }
  if (!end) return;
  if (f.organisation == nullptr) f.organisation = subject;
  f.subjects = {u[k].mention};
  f.anchor = i;
  f.phrase_begin = i;
  set_scopes(u, i, i, *end, f);
  // "suspended Niger on 22 August and Gabon on 31 August", "suspended Mali in
  // June 2021, Burkina Faso in January 2022 and Niger in August 2023": each
  // state after the first, dated by its own words.
  std::size_t m = dates_end(u, *end);
  while (suspend && m > *end) {
    std::size_t sep = is(u, m, {","}) && is(u, m + 1, {"and"}) ? 2 : is(u, m, {",", "and"}) ? 1 : 0;
    std::size_t next = m + sep;
    if (sep == 0 || !is_state_name(u, next) || !object_ends_at(u, next + 1)) break;
    std::size_t after = dates_end(u, next + 1);  // "and Ghana in 2022 hosted": another clause
    if (after < u.size() && !is(u, after, {",", ".", ";", "and", "from", "following"})) break;
    StatusFinding g = f;
    g.subjects = {u[next].mention};
    f.date_end = m;
    g.date_begin = next;
    out.push_back(std::move(f));
    f = std::move(g);
    *end = next + 1;
    m = dates_end(u, *end);
  }
  out.push_back(std::move(f));
}

// STATE ceased|ceases to be a member|an observer [of ORG] ("the Committee
// decided that Russia ceases to be a member"); STATE is no longer a member of ORG.
void ceased_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  std::size_t k = 0;
  if (phrase(u, i, {"ceased", "to", "be"}) || phrase(u, i, {"ceases", "to", "be"})) {
    k = i + 3;
  } else if (phrase(u, i, {"no", "longer"}) && i > 0 && is(u, i - 1, {"is", "are"})) {
    k = i + 2;
  } else {
    return;
  }
  if (is(u, k, {"a", "an"})) ++k;
  std::size_t length = 0;
  std::optional<Role> role = role_at(u, k, length);
  if (!role || *role == Role::Plain || *role == Role::Partner) return;
  if (*role == Role::DialoguePartner) return;
  StatusFinding f = left_finding("left.ceased");
  OrgPhrase org = org_phrase_after(u, k + length);
  if (org.length == 0 && unresolved_place(u, k + length)) return;
  f.organisation = org.org;
  std::size_t verb = is(u, i, {"no"}) ? i - 1 : i;
  if (!read_subjects(u, verb, publisher, false, f)) return;
  f.anchor = i;
  set_scopes(u, verb, f.phrase_begin, k + length + org.length, f);
  if (is(u, i, {"no"})) f.cue_begin = f.cue_end = i + 2;  // "no longer" states the end
  // "the Committee decided that Russia ceased to be a member": the decision
  // states, in the past, what is done.
  std::size_t that = f.phrase_begin > 0 && is(u, f.phrase_begin - 1, {"the"}) ? f.phrase_begin - 1
                                                                              : f.phrase_begin;
  if (is(u, i, {"ceased"}) && that > 0 && is(u, that - 1, {"that"})) f.cue_begin = that;
  out.push_back(std::move(f));
}

// STATE's|the DEMONYM withdrawal|exit|expulsion|suspension from ORG; the
// withdrawal|expulsion of STATE from ORG; the suspension of STATE's membership.
void noun_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"withdrawal", "exit", "expulsion", "suspension"})) return;
  const char* rule = is(u, i, {"withdrawal", "exit"}) ? "left.withdrawal"
                     : is(u, i, {"expulsion"})        ? "left.expelled"
                                                      : "left.suspended";
  StatusFinding f = left_finding(rule);
  std::size_t first = i;
  std::size_t k = i + 1;
  // "Mali and Niger, whose withdrawal from the Community became effective":
  // the list before the relative clause, the organisation named or in context.
  bool whose = false;
  if (i >= 3 && is(u, i - 1, {"whose"}) && is(u, i - 2, {","})) {
    ListItems list;
    read_list_backward(u, i - 2, list);
    if (!add_subjects(list, f, /*states_only=*/true) || !is(u, k, {"from"})) return;
    whose = true;
    first = i - 1;
  } else if (i >= 2 && is(u, i - 1, {"'s"}) && is_state_name(u, i - 2)) {
    f.subjects = {u[i - 2].mention};
    first = i - 2;
  } else if (i >= 1 && is_demonym(u, i - 1)) {
    f.subjects = {u[i - 1].mention};
    first = i - 1;
  } else if (i >= 3 && is(u, i - 1, {"its"}) &&
             is(u, i - 2, {"completed", "finalised", "finalized", "formalised", "formalized"})) {
    // "Nicaragua completed its withdrawal from the OAS": done, the verb's subject.
    if (!read_subjects(u, i - 2, false, false, f)) return;
    first = f.phrase_begin;
  } else if (is(u, i, {"suspension"}) && i >= 1 && is(u, i - 1, {"the"}) &&
             phrase(u, k, {"imposed", "on"}) &&
             is_state_name(u, k + 2 + (is(u, k + 2, {"the"}) ? 1 : 0))) {
    // "[to lift] the suspension imposed on Guinea in 2021": by the
    // organisation named or in context, dated by its own words; the definite
    // noun phrase presupposes it, whatever its clause decides.
    f.modality = Modality::Presupposed;
    std::size_t state = k + 2 + (is(u, k + 2, {"the"}) ? 1 : 0);
    f.subjects = {u[state].mention};
    std::size_t end = state + 1;
    if (is(u, end, {"by"}) && is_org(u, end + 1)) {
      f.organisation = u[end + 1].mention;
      end += 2;
    }
    f.anchor = i;
    f.phrase_begin = i;
    set_scopes(u, i, i, end, f);
    f.date_begin = i;
    f.date_end = dates_end(u, end);
    out.push_back(std::move(f));
    return;
  } else if (is(u, k, {"of"}) && is_state_name(u, k + 1 + (is(u, k + 1, {"the"}) ? 1 : 0))) {
    // "the withdrawal of Burkina Faso, the Republic of Mali and Niger from ORG"
    ListItems list = read_items(u, k + 1);
    if (!add_subjects(list, f, /*states_only=*/true)) return;
    k = list.list_end;
    if (is(u, k, {"'s"})) ++k;
  } else {
    return;
  }
  std::optional<std::size_t> end;
  if (is(u, k, {"from"})) {
    end = object_org(u, k + 1, f);
    // The noun phrase may be a clause's subject: "... from ECOWAS became
    // effective", "... from the CIS was completed".
    OrgPhrase object = org_after(u, k + 1, /*preposition=*/false);
    if (!end && object.org != nullptr && org_ends_at(u, k + 1 + object.length)) {
      f.organisation = object.org;
      end = k + 1 + object.length;
    }
  } else if (is(u, i, {"suspension"}))
    end = membership_at(u, k, f);
  if (!end || (f.organisation == nullptr && !whose)) return;
  f.anchor = i;
  f.phrase_begin = first;
  set_scopes(u, i, first, *end, f);
  out.push_back(std::move(f));
}

}  // namespace

// Each pattern's first test at its anchor, in the order find_left_patterns tries them.
FamilyEntryWords left_entry_words() {
  return {"the left patterns",
          {{"withdrew", "withdrawn", "withdraws", "left", "quit", "quits", "exited", "leaves",
            "pulled", "expelled", "excluded", "suspended"},
           {"suspended", "suspends", "froze", "freezes", "frozen", "ceased", "terminated", "ended",
            "renounced", "expelled", "excluded"},
           {"ceased", "ceases", "no"},
           {"withdrawal", "exit", "expulsion", "suspension"},
           {"membership", "participation", "observer"},  // standing_at
           {"suspended", "expelled"}}};
}

void find_left_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out) {
  static constexpr std::array<StatusPattern, 6> kPatterns{
      verb_pattern,
      object_pattern,
      ceased_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) { noun_pattern(u, i, out); },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        membership_was_pattern(u, i, out);
      },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        suspended_appositive_pattern(u, i, out);
      }};
  find_status_family(PatternFamily::Left, kPatterns, sentence, publisher, out);
}

}  // namespace orgkg::detail

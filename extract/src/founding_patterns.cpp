// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A founding proposal is modal by nature ("suggested that the CICA be
// established", "should be created"), so its cue scope ends at the verb of
// proposing: a cue before it ("could have proposed") still voids it. Role
// phrases need their organisation stated ("of the SCO", "of the
// association") unless "its" points to the one in context ("Its founding
// members are A and B"): a bare "The founding members – A, B – attended"
// may be of anything.
#include "founding_patterns.hpp"

#include <array>
#include <optional>

#include "founding_events.hpp"
#include "list_phrases.hpp"
#include "pattern_screens.hpp"
#include "subject_list.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

// The first word of every phrase founding_role_at() reads.
const WordSet kFoundingRoleWords{"founding", "founder", "cofounder", "founders", "cofounders"};

// "founding members|states|countries", "founders", "co-founders": its length.
std::size_t founding_role_at(const Units& u, std::size_t i) {
  if (is(u, i, {"founding", "founder"}) &&
      is(u, i + 1,
         {"members", "member", "states", "state", "countries", "country", "nations", "fathers",
          "parties", "participants", "partners", "partner"})) {
    return is(u, i + 2, {"states", "countries", "state", "country"}) ? 3 : 2;
  }
  if (is(u, i, {"founder", "cofounder"}) && is(u, i + 1, {"of"})) return 1;  // "a founder of"
  return is(u, i, {"founders", "cofounders"}) ? 1 : 0;
}

// The start of the clause before the one at `begin` when that clause of
// the same sentence states the founding ("NATO was founded in 1949; its
// founding states were"), else `begin`: the founding year dates the list.
std::size_t founding_clause_before(const Units& u, std::size_t begin) {
  if (begin == 0 || !is(u, begin - 1, {";", ","})) return begin;
  std::size_t previous = clause_begin(u, begin - 1);
  for (std::size_t j = previous; j + 1 < begin; ++j) {
    if (is(u, j, {"founded", "established", "created", "formed"}) ||
        phrase(u, j, {"set", "up"}) != 0) {
      return previous;
    }
  }
  return begin;
}

// [ORG's | ORG | The | Its] [N] founding members [of ORG] (are | – | :) LIST
std::optional<OrgFinding> role_led_founders(const Units& u, std::size_t i) {
  std::size_t length = founding_role_at(u, i);
  std::size_t d = i > 0 && count_at(u, i - 1) ? i - 1 : i;  // "its ten founding states"
  if (length == 0 || (d > 0 && is(u, d - 1,
                                  {"a", "an", "as", "are", "is", "were", "was", "among", "become",
                                   "became", "co"}))) {
    return std::nullopt;
  }
  // "Among the founders of ORG were A, B": the list after the inverted verb.
  const bool among_opening =
      d > 1 && is(u, d - 2, {"among"}) && (d == 2 || is(u, d - 3, {",", ";", ":"}));
  if (d > 1 && is(u, d - 1, {"the"}) && is(u, d - 2, {"of", "are", "were", "as", "among"}) &&
      !among_opening) {
    return std::nullopt;  // a predicate: "are the founding members of"
  }
  OrgFinding f = founding_finding(u, "founder.founding_members", d, i + length);
  std::size_t k = i + length;
  // "ASEM [, launched in 1996,] had 26 founding partners, among them A, B and
  // C": some of them.
  std::size_t owner = d >= 2 ? d - 2 : 0;
  if (owner >= 2 && is(u, owner, {","})) {  // past an aside on the organisation
    std::size_t c = owner - 1;
    while (c > 0 && owner - c < 12 && !is(u, c, {",", ";", "."})) --c;
    if (is(u, c, {","}) && c >= 1) owner = c - 1;
  }
  if (d >= 2 && d < i && is(u, d - 1, {"has", "had", "have"}) && is_org(u, owner) &&
      is(u, k, {","})) {
    std::size_t some = phrase(u, k + 1, {"among", "them"}) + phrase(u, k + 1, {"such", "as"}) +
                       phrase(u, k + 1, {"including"}) + phrase(u, k + 1, {"namely"});
    if (some == 0) return std::nullopt;
    ListItems list;
    read_list_forward(u, k + 1 + some, list);
    if (list.items.empty() || list_cut_short(u, list)) return std::nullopt;
    f.objects = {u[owner].mention};
    f.subjects = list.items;
    f.scope_end = f.date_end = list.list_end;
    f.date_begin = owner;
    return f;
  }
  if (d >= 2 && is(u, d - 1, {"'s"}) && is_org(u, d - 2)) {
    f.objects = {u[d - 2].mention};
  } else if (d >= 1 && is_org(u, d - 1)) {
    f.objects = {u[d - 1].mention};
  } else if (OrgPhrase after = org_after(u, k); after.length != 0) {
    if (after.org != nullptr) f.objects = {after.org};
    f.context_object = after.org == nullptr;
    k += after.length;
    if (is(u, k, {"in"}) && is_date_word(u, k + 1)) k += 2;  // "of NATO in 1949 were"
  } else if (!unresolved_place(u, k) && d >= 1 &&
             (is(u, d - 1, {"its"}) ||
              (is(u, d - 1, {"the"}) && (d < i || is(u, k, {"are", "were"}))))) {
    // "Its founding members", "The six founding members", "The founding
    // members were": of the organisation in context.
    f.context_object = true;
  } else {
    return std::nullopt;
  }
  std::size_t verb = is(u, k, {"are", "were", "include", "included", "was"}) ? 1 : 0;
  std::optional<int> count;
  std::size_t head = head_noun_at(u, k + verb, count);
  std::size_t opener = list_opener(u, k + verb + head);
  if ((verb == 0 && opener == 0) || (head != 0 && opener == 0)) return std::nullopt;
  ListItems list;
  read_list_forward(u, k + verb + head + opener, list);
  if (list.items.empty() || list_cut_short(u, list)) return std::nullopt;
  f.subjects = list.items;
  f.scope_end = f.date_end = list.list_end;
  f.date_begin = founding_clause_before(u, f.date_begin);
  return f;
}

// "Norway and Denmark signed the Treaty in 1949 as founding members of
// NATO": the list opening the clause, still its subject at "as" (at unit i).
std::optional<OrgFinding> as_founders_closing(const Units& u, std::size_t i) {
  std::size_t k = i + 1;
  while (is(u, k, {"a", "an", "the", "its"})) ++k;
  std::size_t length = founding_role_at(u, k);
  if (length == 0) return std::nullopt;
  k += length;
  OrgPhrase after = org_after(u, k);  // "of NATO", "of the Alliance" (in context)
  if (after.length == 0) return std::nullopt;
  std::size_t c = clause_begin(u, i);
  ListItems subject;
  read_leading_items(u, is(u, c, {"the"}) ? c + 1 : c, subject);
  if (subject.items.empty() || subject.list_end >= i ||
      !opening_subject_reaches(u, subject.list_end, i, /*commas=*/true)) {
    return std::nullopt;
  }
  OrgFinding f = founding_finding(u, "founder.as_founder", subject.list_begin, k + after.length);
  if (after.org != nullptr) f.objects = {after.org};
  f.context_object = after.org == nullptr;
  f.subjects = subject.items;
  return f;
}

// As [one of] [the] founding members|founders [of ORG [and of ORG2]] [in
// YEAR], LIST ... (a sentence or clause opening; with no ORG, the
// organisation in context); also without "as" opening the sentence: "A
// founding member of the OAU in 1963, Mauritania has ...".
std::optional<OrgFinding> as_founder_opening(const Units& u, std::size_t i) {
  bool as = is(u, i, {"as"});
  if (!as && (i != 0 || !is(u, i, {"a", "an", "one"}))) return std::nullopt;
  if (i > 0 && !is(u, i - 1, {",", ";", ":", "-"})) return as_founders_closing(u, i);
  std::size_t k = as ? i + 1 : i;
  if (std::size_t n = phrase(u, k, {"one", "of"})) k += n;
  while (is(u, k, {"a", "an", "the", "its"})) ++k;
  std::size_t length = founding_role_at(u, k);
  if (length == 0) return std::nullopt;
  k += length;
  OrgPhrase after = org_after(u, k);
  // "As a founding member state, China ...": of the organisation in context.
  bool context = after.length == 0 && is(u, k, {","});
  if (!context && (after.length == 0 || after.org == nullptr)) return std::nullopt;
  k += after.length;
  if (after.length != 0) k = dates_end(u, k);  // "of the OAU in 1963,"
  if (!is(u, k, {","})) return std::nullopt;
  ListItems subject;
  read_leading_items(u, k + 1, subject);
  if (subject.items.empty()) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.as_founder", i, subject.list_end);
  f.date_end = k;
  if (context) {
    f.context_object = true;
  } else {
    f.objects = {after.org};
    f.objects.insert(f.objects.end(), after.also.begin(), after.also.end());
  }
  f.subjects = subject.items;
  return f;
}

// "ORG was set up in 1997 with India [and Australia] among its founding
// members": the states "with" names, anchored on "among" at unit i.
std::optional<OrgFinding> with_among_founders(const Units& u, std::size_t i) {
  if (!is(u, i, {"among"}) || !is(u, i + 1, {"its", "the"})) return std::nullopt;
  std::size_t length = founding_role_at(u, i + 2);
  if (length == 0) return std::nullopt;
  std::size_t k = i + 2 + length;
  if (!is(u, k, {",", ".", ";", "and"})) return std::nullopt;
  ListItems list;
  read_list_backward(u, i, list);
  if (list.items.empty() || list.list_begin == 0 || !is(u, list.list_begin - 1, {"with"})) {
    return std::nullopt;
  }
  const Mention* org = last_org_before(u, list.list_begin - 1);
  // "Founded in Mauritius in 1997 with Sri Lanka among its founding members,
  // the Association is served by ...": the subject the participle opens on.
  if (org == nullptr && is(u, 0, {"founded", "established", "created", "set"}) && is(u, k, {","})) {
    std::size_t s = k + 1 + (is(u, k + 1, {"the"}) ? 1 : 0);
    if (is_org(u, s)) org = u[s].mention;
  }
  if (org == nullptr) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.among_founders", list.list_begin, k);
  f.date_begin = clause_begin(u, list.list_begin);
  f.objects = {org};
  f.subjects = list.items;
  return f;
}

// LIST are [among] [the] founding members of ORG; LIST, [as] [one of the]
// founders of ORG, ...
std::optional<OrgFinding> predicate_founders(const Units& u, std::size_t i) {
  bool copula = is(u, i, {"are", "were", "is", "was", "remain", "remains"});
  if (!copula && !is(u, i, {","})) return std::nullopt;
  std::size_t k = i + 1;
  if (!copula && is(u, k, {"as"})) ++k;
  // "are counted|numbered among the founding members"
  if (copula && is(u, k, {"counted", "numbered", "listed"}) && is(u, k + 1, {"among"})) ++k;
  while (is(u, k, {"also", "all", "among", "the", "a", "an", "both"})) ++k;
  if (std::size_t n = phrase(u, k, {"one", "of", "the"})) k += n;
  // "is one of its eight founding members": of the organisation in context.
  bool its = is(u, i + 1, {"one"}) && phrase(u, k, {"one", "of", "its"}) != 0;
  if (its) k += 3;
  // "A, B and C, the Group's three founding members": the organisation's own.
  const Mention* possessor = nullptr;
  bool generic_possessor = false;  // "the Group's": the organisation in context
  if (!its && is_org(u, k) && is(u, k + 1, {"'s"})) {
    possessor = u[k].mention;
    k += 2;
  } else if (!its && is(u, k - 1, {"the"}) && is_generic_org_noun(u, k) && u[k].capitalized &&
             is(u, k + 1, {"'s"})) {
    generic_possessor = true;
    k += 2;
  }
  if (count_at(u, k)) ++k;
  if (is(u, k, {"co"}) && k + 1 < u.size() && u[k + 1].joined) ++k;  // "a co-founder of"
  std::size_t length = founding_role_at(u, k);
  if (length == 0) return std::nullopt;
  k += length;
  const bool possessive = possessor != nullptr || generic_possessor;
  OrgPhrase after = its || possessive ? OrgPhrase{} : org_after(u, k);
  if (possessive && !is(u, k, {",", ".", ";"})) return std::nullopt;
  after.org = possessor != nullptr ? possessor : after.org;
  // "Mauritania, one of the fifteen founding states of 1975, withdrew": of
  // the organisation in context.
  if (after.length == 0 && !possessive) {
    std::size_t d = k;
    if (is(u, k, {"of", "in"}) && is_date_word(u, k + 1)) {
      d = k + 1;
      while (is_date_word(u, d)) ++d;
    }
    // "Kenya, Uganda and Tanzania, the three founding Partner States, signed".
    bool counted = !copula && is(u, i + 1, {"the"}) && count_at(u, i + 2);
    // "Angola was among the founding members that signed the Treaty".
    bool among = copula && is(u, i + 1, {"among"}) && is(u, d, {"that", "who", "which"});
    if (k < 2 || !(is(u, i + 1, {"one"}) || counted || among) ||
        (!among && !is(u, d, {",", "."}))) {
      return std::nullopt;
    }
    after.length = d - k;
  }
  ListFinding subject;
  std::optional<int> previous_list;
  if (copula) {
    // "Those six countries are the founders of the Group": the sentence
    // before's list of six states (OrgFinding::previous_list).
    std::size_t start = 0;
    int count = 0;
    if (opening_anaphor(u, i, start, count)) {
      previous_list = count;
      subject.list_begin = subject.subject_begin = start;
      subject.list_end = i;
    } else if (!read_subject_list(u, i, subject)) {
      return std::nullopt;
    }
  } else {
    // "A and B, the founding states of ORG": the apposition names the list,
    // whatever governs it ("signed by A and B, the founding states").
    read_list_backward(u, i, subject);
    std::size_t b = subject.list_begin;
    if (subject.items.empty() ||
        (b > 0 && !is(u, b - 1, {",", ";", "by", "with", "between", "of", "from"}))) {
      return std::nullopt;
    }
  }
  OrgFinding f = founding_finding(u, "founder.are_founders", subject.list_begin, k + after.length);
  f.date_end = phrase_end(u, k + after.length);  // "... founding members of NATO in 1949"
  if (after.org != nullptr) f.objects = {after.org};
  f.context_object = after.org == nullptr;
  // "the Group's": the organisation the sentence named before the list.
  if (generic_possessor) f.context_before = subject.list_begin;
  f.subjects = subject.items;
  f.previous_list = previous_list;
  // "a founding member of the Pacific Alliance, created with Chile, Mexico and
  // Peru": the states it was founded with.
  std::size_t c = k + after.length;
  std::size_t end = 0;
  if (after.org != nullptr && is(u, c, {","}) &&
      is(u, c + 1, {"created", "established", "founded", "formed"})) {
    std::vector<const Mention*> with;
    if (companions_after(u, c + 2, with, end))
      f.subjects.insert(f.subjects.end(), with.begin(), with.end());
  }
  return f;
}

// The patterns that read a founding role (founding_role_at(), or its words
// in relative_founder_role()): role_led_founders, predicate_founders,
// as_founder_opening, relative_founder_role, with_among_founders. A sentence
// without a word of kFoundingRoleWords starts none of them.
constexpr std::array<std::size_t, 5> kNeedFoundingRole{0, 1, 2, 9, 10};

}  // namespace

// Each pattern's first test at its anchor, in the order find_founders tries them.
FamilyEntryWords founding_entry_words() {
  FamilyEntryWords family{
      "the founding patterns",
      {{"founding", "founder", "cofounder", "founders", "cofounders"},  // founding_role_at
       {"are", "were", "is", "was", "remain", "remains", ","},
       {"as", "a", "an", "one"},
       {"set", "founded", "established", "created", "formed", "launched", "initiated", "convened"},
       {"set",       "signed", "founded",     "established",  "created",  "formed",
        "cofounded", "laid",   "founding",    "establishing", "creating", "stood",
        "stand",     "stands", "announced",   "proclaimed",   "took",     "take",
        "takes",     "taking", "participated"},
       {"signed"},
       {"suggested", "proposed", "initiated", "put", "came", "presented", "announced", "voiced",
        "advanced", "launched"},
       {"idea", "initiative", "proposal"},
       {"set", "founded", "cofounded", "established", "created", "formed", "initiated"},
       {"is", "are", "was", "were", "remains", "remain"},
       {"among"}}};
  family.screen_word = &kFoundingRoleWords;
  return family;
}

// A sentence without a founding role word: the same patterns, those that
// need one registered at no word, so that the common words only they start
// at ("is", ",", "as") start nothing.
FamilyEntryWords founding_core_entry_words() {
  FamilyEntryWords family = founding_entry_words();
  family.name = "the founding patterns without a founding role";
  family.screen_word = nullptr;
  for (std::size_t p : kNeedFoundingRole) family.words[p].clear();
  return family;
}

namespace {

// "Kyrgyzstan is among the founders of the SCO, established in 2001
// together with China and Russia", "Russia founded the CSTO along with
// Armenia": the states named with the founders after the organisation, in
// the same clause, join them.
void add_companions(const Units& u, OrgFinding& f) {
  if (f.subjects.empty() || f.objects.size() != 1) return;
  std::size_t k = 0;  // past the organisation's mention
  while (k < u.size() && u[k].mention != f.objects.front()) ++k;
  if (k == u.size()) return;
  for (std::size_t end = std::min(u.size(), k + 16); ++k < end;) {
    if (is(u, k, {".", ";", ":", "which", "whose", "while", "but", "it", "they"}) ||
        is_state(u, k) || (is(u, k, {"and"}) && is(u, k - 1, {","}))) {
      return;  // another clause, or another subject
    }
    std::size_t n = phrase(u, k, {"together", "with"}) + phrase(u, k, {"along", "with"}) +
                    phrase(u, k, {"alongside"});
    if (n == 0) continue;
    ListItems more;
    read_leading_items(u, k + n, more);
    if (more.items.empty() || list_cut_short(u, more)) return;
    for (const Mention* item : more.items) {
      if (item->entity->kind == EntityKind::State) f.subjects.push_back(item);
    }
    f.scope_end = std::max(f.scope_end, more.list_end);
    return;
  }
}

}  // namespace

void find_founders(const EntryUnits& sentence, std::vector<OrgFinding>& findings) {
  static constexpr std::array<OrgPattern, 11> kPatterns{
      role_led_founders, predicate_founders,    as_founder_opening, passive_founding,
      active_founding,   signed_by_founders,    proposal_pattern,   idea_pattern,
      relative_founding, relative_founder_role, with_among_founders};
  // predicate_founders, as_founder_opening and relative_founder_role read a
  // founding role after their comma, copula or "as": where the sentence has none after it, they
  // are not tried. Most sentences have none at all: they are read as FoundingCore, which starts
  // none of the patterns that need one (founding_family()).
  WordAfter role_after(kFoundingRoleWords, sentence.units());
  findings.clear();
  find_org_patterns(
      founding_family(sentence), kPatterns, sentence, findings,
      [&](std::size_t p, std::size_t i) { return (p != 1 && p != 2 && p != 9) || role_after(i); });
  for (OrgFinding& f : findings) add_companions(sentence.units(), f);
}

}  // namespace orgkg::detail

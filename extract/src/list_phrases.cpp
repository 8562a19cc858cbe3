// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "list_phrases.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dates.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

// A word that may stand as an adjective in a head noun phrase: a plain
// word, not a function word or a verb of the patterns.
bool is_adjective_like(const Units& u, std::size_t i) {
  if (i >= u.size() || u[i].mention != nullptr || u[i].norm.empty()) return false;
  char first = u[i].norm[0];
  if (!(first >= 'a' && first <= 'z')) return false;
  return !is(u, i, {"of",   "and", "or",  "in",    "at",   "with",  "for", "from",    "to",
                    "by",   "on",  "the", "a",     "an",   "are",   "is",  "were",    "was",
                    "have", "has", "had", "which", "that", "their", "its", "leaders", "heads"});
}

// Up to two adjectives from unit i on (a hyphenated word counts once):
// where they end.
std::size_t skip_adjectives(const Units& u, std::size_t i, std::size_t limit) {
  std::size_t words = 0;
  std::size_t end = i;
  while (end < limit && is_adjective_like(u, end)) {
    if (!u[end].joined && ++words > 2) break;
    ++end;
  }
  return end;
}

}  // namespace

namespace list_phrases_detail {

// Every word role_at() can start at: a qualifier ("full"), a role
// ("member", "observers") or a plain noun ("states").
const WordSet kRoleOpeners{"full",          "fledged",   "permanent", "official",  "current",
                           "regular",       "existing",  "member",    "observer",  "partner",
                           "participating", "dialogue",  "members",   "observers", "partners",
                           "states",        "countries", "nations",   "special",   "associate"};
// The heads of role_at()'s roles other than Plain, and the "membership"
// predicate_role() reads after a verb of status.
const WordSet kRoleHeads{"member",  "observer",  "partner",  "participating", "dialogue",
                         "members", "observers", "partners", "membership",    "parties"};

// The numbers count_at() reads as words, "zero" to "twenty", in order: a
// word's place is its value.
const WordSet kNumberWords{"zero",     "one",      "two",      "three",   "four",    "five",
                           "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                           "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                           "eighteen", "nineteen", "twenty"};

}  // namespace list_phrases_detail

namespace {

// The qualifiers role_at() skips before a role ("full", "permanent").
const WordSet kRoleQualifiers{"full",    "fledged", "permanent", "official",
                              "current", "regular", "existing",  "special"};
// The nouns is_generic_org_noun() reads: tested at many units, by a bit
// rather than a comparison per word.
const WordSet kGenericOrgNouns{
    "organization", "forum",     "conference", "union",     "bloc",         "alliance",
    "association",  "grouping",  "group",      "community", "commonwealth", "council",
    "assembly",     "structure", "process",    "mechanism", "format",       "body"};

}  // namespace

std::optional<int> list_phrases_detail::count_at_word(const Units& u, std::size_t i) {
  if (i >= u.size() || u[i].mention != nullptr || u[i].norm.empty()) return std::nullopt;
  std::string_view w = u[i].norm;
  if (w.size() <= 3 &&
      std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::stoi(std::string(w));
  }
  if (!kNumberWords.has(u[i])) return std::nullopt;                   // what most words part at
  const std::vector<std::string_view>& words = kNumberWords.words();  // in order from "zero"
  return static_cast<int>(std::find(words.begin(), words.end(), w) - words.begin());
}

namespace {

// "for co-operation" / "for cooperation" at unit i: its length, 0 when none.
std::size_t for_cooperation(const Units& u, std::size_t i) {
  if (!is(u, i, {"for"})) return 0;
  if (is(u, i + 1, {"cooperation"})) return 2;
  if (is(u, i + 1, {"co"}) && is(u, i + 2, {"-"}) && is(u, i + 3, {"operation"})) return 4;
  if (is(u, i + 1, {"co"}) && is(u, i + 2, {"operation"})) return 3;
  return 0;
}

}  // namespace

std::optional<Role> list_phrases_detail::role_at_opener(const Units& u, std::size_t i,
                                                        std::size_t& length) {
  std::size_t start = i;
  // "associate observers" (the CPLP's): observers; an "associate member" is
  // the partner readers' (associate_member_of).
  if (is(u, i, {"associate"})) {
    if (!is(u, i + 1, {"observer", "observers"})) return std::nullopt;
    ++i;
  }
  while (kRoleQualifiers.at(u, i)) ++i;
  static constexpr std::string_view kNouns[] = {"states",    "countries",     "nations",
                                                "economies", "organizations", "status",
                                                "state",     "country",       "nation"};
  std::optional<Role> role;
  if (is(u, i, {"member", "observer", "partner", "participating", "dialogue"})) {
    std::string_view head = u[i].norm;
    if (head == "dialogue" && !is(u, i + 1, {"partners", "partner"})) return std::nullopt;
    if (head == "dialogue") ++i;
    role = head == "observer"                            ? Role::Observer
           : head == "member" || head == "participating" ? Role::Member
           : head == "dialogue"                          ? Role::DialoguePartner
                                                         : Role::Partner;
    if (is(u, i + 1, kNouns)) {
      ++i;
      if (*role == Role::Partner) role = Role::DialoguePartner;  // "partner states"
    } else if (head == "participating") {
      return std::nullopt;
    }
  } else if (is(u, i, {"states"}) && is(u, i + 1, {"parties"})) {
    role = Role::Member;  // Mercosur's "States Parties"
    ++i;
  } else if (is(u, i, {"members"})) {
    role = Role::Member;
  } else if (is(u, i, {"observers"})) {
    role = Role::Observer;
  } else if (is(u, i, {"partners"})) {
    std::size_t extra = for_cooperation(u, i + 1);  // "Partners for Co-operation"
    role = extra != 0 ? Role::DialoguePartner : Role::Partner;
    i += extra;
  } else if (i == start && is_plain_noun(u, i)) {
    role = Role::Plain;
  }
  if (role) length = i + 1 - start;
  return role;
}

std::optional<Role> counted_role_at(const Units& u, std::size_t i, std::size_t& length,
                                    std::optional<int>& count) {
  count = count_at(u, i);
  std::size_t k = count ? i + 1 : i;
  if (count && is(u, k, {"participants"})) {  // "brings together 27 participants"
    length = k + 1 - i;
    return Role::Member;
  }
  std::optional<Role> role = role_at(u, k, length);
  if (role || !count) {
    if (role) length += k - i;
    return role;
  }
  // "eight Arctic states", "five sovereign states".
  std::size_t end = skip_adjectives(u, k, std::min(u.size(), k + 4));
  for (std::size_t j = k + 1; j <= end; ++j) {
    role = role_at(u, j, length);
    if (role) {
      length += j - i;
      return role;
    }
  }
  return std::nullopt;
}

std::size_t head_noun_at(const Units& u, std::size_t i, std::optional<int>& count) {
  std::size_t start = i;
  if (is(u, i, {"the", "all"})) ++i;
  std::size_t length = 0;
  std::optional<Role> role = counted_role_at(u, i, length, count);
  if (role) return *role == Role::Plain ? i + length - start : 0;
  // "the following countries", "the Nordic states": adjectives after "the".
  std::size_t end = i > start ? skip_adjectives(u, i, std::min(u.size(), i + 4)) : i;
  for (std::size_t j = i + 1; j < end; ++j) {
    if (is_plain_noun(u, j)) return j + 1 - start;
  }
  return 0;
}

std::optional<std::size_t> head_noun_before(const Units& u, std::size_t end,
                                            std::optional<int>& count) {
  // "Nine states and organisations – A, B –": a head of two nouns.
  if (end >= 3 && is(u, end - 1, {"organisations", "organizations"}) && is(u, end - 2, {"and"}) &&
      is_plain_noun(u, end - 3)) {
    end -= 2;
  }
  if (end == 0 || !is_plain_noun(u, end - 1)) return std::nullopt;
  std::size_t j = end - 1;
  std::size_t words = 0;
  while (j > 0 && is_adjective_like(u, j - 1) && !count_at(u, j - 1)) {
    if (!u[j].joined && ++words > 2) return std::nullopt;
    --j;
  }
  if (j > 0 && is_org(u, j - 1)) --j;  // "the five BRICS countries"
  count = j > 0 ? count_at(u, j - 1) : std::nullopt;
  if (count) --j;
  if (j > 0 && is(u, j - 1, {"the", "all", "these"})) --j;
  if (j == 0 || is(u, j - 1, {",", ";", "and"})) return j;
  return std::nullopt;
}

bool is_ordinal(const Units& u, std::size_t k) {
  if (k >= u.size() || u[k].mention != nullptr) return false;
  // "twenty-third": the tens before a joined ordinal, which is one too.
  if (k + 1 < u.size() && u[k + 1].joined &&
      is(u, k, {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})) {
    return is_ordinal(u, k + 1);
  }
  std::string_view w = u[k].norm;
  bool numeric = !w.empty() && w[0] >= '0' && w[0] <= '9' && w.size() > 2 &&
                 (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
  return numeric ||
         is(u, k,
            {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "newest", "latest", "youngest", "last"});
}

bool has_date_word(const Units& u, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    if (is_date_word(u, k)) return true;
  }
  return false;
}

bool is_date_word(const Units& u, std::size_t i) {
  if (i >= u.size() || u[i].mention != nullptr || u[i].norm.empty()) return false;
  std::string_view w = u[i].norm;
  if (w[0] >= '0' && w[0] <= '9') return true;
  return month_from_name(w) != 0 || phrase(u, i, {"the", "same", "year"}) != 0 ||
         phrase(u, i, {"that", "year"}) != 0 ||
         is(u, i, {"early", "late", "mid", "present", "spring", "summer", "autumn", "winter"}) ||
         (is(u, i, {"the"}) && is(u, i + 1, {"spring", "summer", "autumn", "winter"}) &&
          is(u, i + 2, {"of"}));  // "in the autumn of 2008"
}

std::size_t dates_end(const Units& u, std::size_t k) {
  while (is(u, k, {"in", "on", "at"}) && is_date_word(u, k + 1)) {
    k += 2;
    while (is_date_word(u, k)) ++k;
  }
  return k;
}

bool unresolved_place(const Units& u, std::size_t i) {
  return is(u, i, {"of", "in", "at", "within"}) && !is_date_word(u, i + 1);
}

bool at_its_summit(const Units& u, std::size_t i) {
  if (!is(u, i, {"at"}) || !is(u, i + 1, {"the", "its"})) return false;
  for (std::size_t k = i + 2; k < i + 5 && k < u.size(); ++k) {
    if (is(u, k, {"summit", "meeting", "session"})) return true;
    if (u[k].mention != nullptr && u[k].mention->entity->kind != EntityKind::City) return false;
  }
  return false;
}

bool admitted_at_its_meeting(const Units& u, std::size_t i) {
  return is(u, i, {"admitted"}) &&
         (at_its_summit(u, i + 1) || (is(u, i + 1, {"in"}) && is_date_word(u, i + 2)));
}

bool is_generic_org_noun(const Units& u, std::size_t i) { return kGenericOrgNouns.at(u, i); }

OrgPhrase org_after(const Units& u, std::size_t i, bool preposition) {
  OrgPhrase phrase;
  if (preposition && !is(u, i, {"of", "in", "at", "to", "within", "with"})) return phrase;
  std::size_t first = preposition ? i + 1 : i;
  std::size_t j = first;
  bool both = is(u, j, {"both"});
  if (both) ++j;
  if (is(u, j, {"the", "this", "our"})) ++j;
  if (is_org(u, j)) {
    phrase.org = u[j].mention;
    phrase.length = j + 1 - i;
    // Read at every organisation a role phrase names, mostly a list of one:
    // one list per thread serves every reading rather than one allocated for
    // each.
    // Only a list whose second item is an organisation adds one: where no
    // organisation is named after this one (most sentences), it is not read.
    // By pointer, the mention tested before its entity: most units are words.
    bool org_later = false;
    for (const Unit *unit = u.data() + j + 1, *end = u.data() + u.size(); unit != end; ++unit) {
      if (unit->mention != nullptr && unit->mention->entity->kind == EntityKind::Organisation) {
        org_later = true;
        break;
      }
    }
    if (org_later) {
      thread_local ListItems list;
      list.clear();
      read_list_forward(u, j, list);
      for (std::size_t n = 1; n < list.items.size(); ++n) {
        if (list.items[n]->entity->kind != EntityKind::Organisation) break;
        phrase.also.push_back(list.items[n]);
      }
    }
    if (both && phrase.also.size() != 1) return {};
    for (std::size_t k = j; k < u.size() && !phrase.also.empty(); ++k) {
      if (u[k].mention == phrase.also.back()) phrase.length = k + 1 - i;
    }
    // "in the Pacific Alliance and in SICA": the preposition said again.
    std::size_t k = i + phrase.length;
    if (preposition && phrase.also.empty() && is(u, k, {"and"}) && k + 1 < u.size() &&
        u[k + 1].norm == u[i].norm) {
      std::size_t o = is(u, k + 2, {"the"}) ? k + 3 : k + 2;
      if (is_org(u, o)) {
        phrase.also.push_back(u[o].mention);
        phrase.length = o + 1 - i;
      }
    }
    return phrase;
  }
  if (both) return phrase;
  if (is(u, j, {"it"})) {
    phrase.pronoun = j;
    phrase.length = j + 1 - i;
  } else if (j > first && preposition && is_generic_org_noun(u, j)) {
    phrase.length = j + 1 - i;
  }
  return phrase;
}

std::size_t list_opener(const Units& u, std::size_t i) {
  std::size_t comma = is(u, i, {","}) ? 1 : 0;
  if (std::size_t n = first_phrase(u, i + comma, {"such", "as"}, {"namely"}, {"including"},
                                   {"among", "them"}, {"among", "which"}, {"notably"})) {
    return comma + n;
  }
  return is(u, i, {"-", ":", ","}) ? 1 : 0;
}

Relation relation_of(Role role) {
  if (role == Role::DialoguePartner) return Relation::PartnerOf;
  return role == Role::Observer ? Relation::ObserverOf : Relation::MemberOf;
}

bool accept_role(Role role, const Mention* org, const PartnerPolicy& partners) {
  return role != Role::Partner || (org != nullptr && partners(*org->entity));
}

}  // namespace orgkg::detail

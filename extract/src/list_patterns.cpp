// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Four families of patterns, each anchored on a word and reading outwards:
//   includes:  SUBJECT VERB [N] [ROLE] [– : , such as] LIST      (list after the verb)
//   role-led:  [ORG's | ORG] ROLE [of ORG] (are | include | – | :) [the N states –] LIST
//              (role_led_pattern.cpp)
//   predicate: LIST (are | have been | became ...) [a] [ORG] ROLE [of ORG]
//              LIST (have | had held | were granted ...) observer status [in ORG]
//              with LIST as ROLE                     (predicate_patterns.cpp)
//   events:    LIST joined/acceded to ORG, ORG granted LIST observer status
//              (event_patterns.cpp)
// Phrases are read by list_phrases.hpp, subject lists by subject_list.hpp,
// lists themselves by list_reader.hpp.
#include "list_patterns.hpp"

#include <algorithm>
#include <array>

#include "capacity_patterns.hpp"
#include "entry_words.hpp"
#include "event_patterns.hpp"
#include "list_phrases.hpp"
#include "pattern_screens.hpp"
#include "predicate_patterns.hpp"
#include "role_led_pattern.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {
namespace {

// "is a|an [regional intergovernmental] organisation of|uniting|comprising"
// at unit i: its length, else 0. What follows must be a counted role ("of
// four European countries"), so "an organisation of cooperation" gives nothing.
std::size_t is_organisation_of(const Units& u, std::size_t i) {
  if (!is(u, i, {"is", "was", "remains"}) || !is(u, i + 1, {"a", "an"})) return 0;
  std::size_t k = i + 2;
  for (std::size_t n = 0; n < 3 && !is_generic_org_noun(u, k); ++n, ++k) {
    if (k >= u.size() || u[k].mention != nullptr || u[k].capitalized ||
        is(u, k, {"of", "and", "the", "which", "that", ",", "-"})) {
      return 0;
    }
  }
  if (!is_generic_org_noun(u, k)) return 0;
  ++k;
  return is(u, k, {"of", "uniting", "comprising", "bringing"}) ? k + 1 - i
         : phrase(u, k, {"bringing", "together"})              ? k + 2 - i
                                                               : 0;
}

// Past a region after a counted role ("ten states of Central Asia", "all 33
// states of the region", "countries from Latin America"), else i.
std::size_t skip_role_region(const Units& u, std::size_t i) {
  if (!is(u, i, {"of", "from", "in"}) || is_date_word(u, i + 1)) return i;
  std::size_t k = is(u, i + 1, {"the"}) ? i + 2 : i + 1;
  if (is(u, k, {"region", "continent", "world", "subregion"})) return k + 1;
  std::size_t n = 0;  // "of Central and South-West Asia", "... and the Middle East"
  while (n < 8 && k + n < u.size() && u[k + n].mention == nullptr &&
         (u[k + n].capitalized || (n > 0 && is(u, k + n, {"and", "-"})) ||
          (n > 0 && is(u, k + n, {"the"}) && is(u, k + n - 1, {"and"})))) {
    ++n;
  }
  while (n > 0 && is(u, k + n - 1, {"and", "-", "the"})) --n;
  return n == 0 ? i : k + n;
}

bool is_include_verb(const Units& u, std::size_t i, std::size_t& length, bool& needs_role) {
  // "has", "have" and "had", at many of the tries, start none of the
  // readings before the last: straight to it.
  if (is(u, i, {"has", "have", "had", "counts", "numbers"})) {
    length = 1;
    needs_role = true;
    return true;
  }
  needs_role = false;
  // "is", "was", "remains" (most of the tries) begin a reading below only
  // before these words: elsewhere, none of the readings is asked.
  if (is(u, i, {"is", "was", "remains"}) &&
      !is(u, i + 1, {"a", "an", "composed", "made", "enlarged", "expanded"})) {
    return false;
  }
  if ((length = is_organisation_of(u, i)) != 0) return true;  // the count is checked after
  length = first_phrase(u, i, {"consists", "of"}, {"consist", "of"}, {"consisted", "of"},
                        {"is", "composed", "of"}, {"is", "made", "up", "of"},
                        {"brings", "together"}, {"bring", "together"}, {"brought", "together"},
                        {"was", "enlarged", "to", "include"}, {"was", "expanded", "to", "include"},
                        {"enlarged", "to", "include"}, {"expanded", "to", "include"});
  if (length != 0) return true;
  length = 1;
  if (is(u, i,
         {"includes", "include", "included", "comprises", "comprise", "comprised", "unites",
          "united", "gathers", "encompasses", "embraces", "incorporates"})) {
    return true;
  }
  return false;
}

// "27 participants: the ten ASEAN Member States – A, ..., J – together with
// K, ...": a list in dashes after a head of its own, from unit i.
void read_nested_head(const Units& u, std::size_t i, ListFinding& finding) {
  std::size_t d = i;
  while (d < u.size() && d < i + 7 && !is(u, d, {"-", ",", ".", ";", ":"})) ++d;
  if (d > i && is(u, d, {"-"})) read_list_forward(u, d + 1, finding);
}

// "19 countries – A, ..., S – as well as the European Union": items after
// the dash that closes a list.
void read_after_closing_dash(const Units& u, ListFinding& finding) {
  if (finding.items.empty() || !is(u, finding.list_end, {"-"})) return;
  std::size_t m = finding.list_end + 1;
  std::size_t n = phrase(u, m, {"together", "with"}) + phrase(u, m, {"as", "well", "as"}) +
                  phrase(u, m, {"and"}) + phrase(u, m, {"along", "with"});
  if (n == 0) return;
  ListItems more;
  read_list_forward(u, m + n, more);
  if (more.items.empty() || list_cut_short(u, more)) return;
  finding.items.insert(finding.items.end(), more.items.begin(), more.items.end());
  finding.list_end = more.list_end;
}

// SUBJECT includes [N] [ROLE] [– : , such as] LIST
// "The observer states of ORG include ...": the organisation before the verb
// at unit i hangs on "of" after a role other than membership, so that role,
// not ORG, is the subject (role_led_pattern reads the list). "The members of
// ORG include" and "The membership of ORG includes" still list members.
bool governed_by_other_role(const Units& u, std::size_t i, const Mention* org) {
  for (std::size_t p = i; p > 0 && i - p < 8; --p) {
    if (u[p - 1].mention != org) continue;
    std::size_t of = p - 1;
    if (of > 0 && is(u, of - 1, {"the"})) --of;
    if (of == 0 || !is(u, of - 1, {"of", "to", "in", "at"})) return false;  // "Observers to ORG"
    for (std::size_t k = of - 1; k > 0 && of - k <= 3; --k) {
      if (is(u, k - 1,
             {"observer", "observers", "partner", "partners", "dialogue", "associate", "candidate",
              "candidates", "founding", "founders", "applicant", "applicants"})) {
        return true;
      }
    }
    return false;
  }
  return false;
}

std::optional<ListFinding> includes_pattern(const Units& u, std::size_t i,
                                            const PartnerPolicy& partners) {
  std::size_t length = 0;
  bool needs_role = false;
  const Mention* org = nullptr;
  if (!is_include_verb(u, i, length, needs_role) || !subject_before(u, i, org)) return std::nullopt;
  if (org != nullptr && governed_by_other_role(u, i, org)) return std::nullopt;
  ListFinding finding;
  std::size_t k = i + length;
  if (is(u, k, {"all"}) && count_at(u, k + 1)) ++k;  // "brings together all 33 states"
  // "had 26 founding partners, among them A, B": founders, the founding
  // patterns' business.
  if (is(u, count_at(u, k) ? k + 1 : k, {"founding", "founders", "cofounders"})) {
    return std::nullopt;
  }
  std::size_t role_length = 0;
  std::optional<Role> role = counted_role_at(u, k, role_length, finding.stated_count);
  if (needs_role && (!role || *role == Role::Plain)) return std::nullopt;
  if (!role && is_organisation_of(u, i) != 0) return std::nullopt;
  if (!role) finding.stated_count.reset();
  if (role && !accept_role(*role, org, partners)) return std::nullopt;
  k += role_length;
  if (role) k = skip_role_region(u, k);
  finding.anchor = finding.subject_begin = i;
  finding.predicate_end = k;
  std::size_t opener = role && is(u, k, {"("}) ? 1 : list_opener(u, k);
  // "comprises fifteen members, among them fourteen sovereign states: A, B"
  if (opener > 1 && count_at(u, k + opener)) {
    std::size_t m = k + opener + 1;
    for (std::size_t words = 0;
         words < 2 && m < u.size() && !is_plain_noun(u, m) && u[m].mention == nullptr &&
         !u[m].capitalized && !is(u, m, {",", ":", "-", ";", "."});
         ++words) {
      ++m;  // "sovereign"
    }
    if (is_plain_noun(u, m) && is(u, m + 1, {":", "-"})) opener = m + 2 - k;
  }
  read_list_forward(u, k + opener, finding);
  if (finding.items.empty() && opener != 0) read_nested_head(u, k + opener, finding);
  read_after_closing_dash(u, finding);
  if (finding.items.empty() || list_cut_short(u, finding)) return std::nullopt;
  finding.relation = relation_of(role.value_or(Role::Member));
  finding.rule = finding.relation == Relation::ObserverOf  ? "list.includes_observers"
                 : finding.relation == Relation::PartnerOf ? "list.includes_partners"
                                                           : "list.includes_states";
  finding.organisation = org;
  return finding;
}

}  // namespace

// The words each pattern's first test accepts at its anchor, in the order
// find_list_patterns tries them (entry_words.hpp).
FamilyEntryWords list_entry_words() {
  FamilyEntryWords family{
      "the list patterns",
      {// is_include_verb, is_organisation_of
       {"is",      "was",      "remains",     "consists", "consist",      "consisted",
        "brings",  "bring",    "brought",     "enlarged", "expanded",     "includes",
        "include", "included", "comprises",   "comprise", "comprised",    "unites",
        "united",  "gathers",  "encompasses", "embraces", "incorporates", "has",
        "have",    "had",      "counts",      "numbers"},
       // role_at, and its Plain nouns after an organisation ("the BRICS countries")
       {"full", "fledged", "permanent", "official", "current", "regular", "existing", "member",
        "observer", "partner", "participating", "dialogue", "members", "observers", "partners",
        "states", "associate", "countries", "nations"},
       // copula_at, status_verb_at
       {"was",      "were", "has",    "have",    "had",      "became",   "become",   "becomes",
        "are",      "is",   "remain", "remains", "remained", "received", "obtained", "gained",
        "acquired", "got",  "enjoy",  "enjoys",  "enjoyed",  "hold",     "holds",    "held"},
       {"as"},
       // join_verb_at
       {"joined",     "acceded",    "was",      "were",    "has",      "have",
        "had",        "rejoined",   "resumed",  "resumes", "restored", "regained",
        "renewed",    "completed",  "returned", "belongs", "belong",   "belonged",
        "reinstated", "readmitted", "entered",  "part"},
       {"granted", "accorded", "gave"},
       {"admitted", "welcomed", "welcomes", "welcome", "absorbed", "accepted"},
       {"take", "takes", "took", "taken", "taking", "participate", "participates", "participated",
        "participating", "attended", "attends", "attend", "follow", "follows", "followed"},
       {","},
       {"as", "a", "an"},
       {"joining"},
       {"admission", "accession", "membership"},
       {"in", "on"},
       {"and"},
       {"by"},
       {"status", "admitted"},
       {"other", "remaining", "them"},
       {"first"},
       {"congratulated", "congratulates", "congratulate", "congratulating"},
       {"counts", "count", "counted"}}};
  // The role heads four patterns need after their anchor (find_list_patterns).
  family.screen_word = &role_heads();
  return family;
}

void find_list_patterns(const EntryUnits& sentence, const PartnerPolicy& partners,
                        std::vector<ListFinding>& findings) {
  findings.clear();
  const Units& units = sentence.units();
  static constexpr std::array kPatterns{includes_pattern,
                                        role_led_pattern,
                                        predicate_pattern,
                                        as_role_pattern,
                                        join_pattern,
                                        grant_pattern,
                                        admit_pattern,
                                        take_part_pattern,
                                        appositive_role_pattern,
                                        as_role_opening_pattern,
                                        joining_opening_pattern,
                                        admission_pattern,
                                        gapped_join_pattern,
                                        second_organisation_pattern,
                                        followed_by_pattern,
                                        same_status_pattern,
                                        partitive_pattern,
                                        first_to_gain_pattern,
                                        congratulated_on_pattern,
                                        counts_among_pattern};
  static_assert(kPatterns.size() <= EntryWords::kMaxPatterns);
  // predicate_pattern, as_role_pattern and the two capacity patterns read
  // a role other than Plain after their anchor ("are members", "as
  // observers", ", associate members of", "As a dialogue partner of"):
  // where no role head follows in the sentence, they are not tried
  // (pattern_screens.hpp). Most sentences hold none at all, which
  // EntryUnits noted (the family's screen_word): no scan for one. Where one
  // does, the last role head is found once, and the four are taken out of
  // the tries at every unit from it on (run()'s `skip`), rather than a test
  // at each try of which pattern it is, which no branch predicts.
  constexpr std::uint64_t kNeedRoleHead = 1U << 2 | 1U << 3 | 1U << 8 | 1U << 9;
  const bool heads = sentence.has_needed_word(PatternFamily::List);
  // One past the last role head, 0 if none.
  const std::size_t last_head = heads ? role_heads().end_of_last(units) : 0;
  // i + 1 < last_head: a role head follows unit i.
  auto no_head_after = [last_head](std::size_t i) { return i + 1 < last_head ? 0 : kNeedRoleHead; };
  // gapped_join_pattern (12) reads back from its "in|on DATE" to the
  // "in|on DATE" of the group before ("A joined in 2010, B in 2012"): never
  // at the sentence's first "in" or "on", where most of its tries were. It
  // is tried only at "in" and "on", in order (but in checked builds, which
  // try every pattern at every unit), so its first try is the one screened.
  constexpr std::size_t kGappedJoin = 12;
  static_assert(kPatterns[kGappedJoin] == gapped_join_pattern);
  auto first_in_on = [&] {
    std::size_t k = 0;
    while (k < units.size() && !is(units, k, {"in", "on"})) ++k;
    return k;
  };
  // The patterns whose screen a try must test. Most tries are of none: one
  // test of a bit, which a branch predicts, passes them.
  constexpr std::uint64_t kGappedJoinBit = std::uint64_t{1} << kGappedJoin;
  std::uint64_t screens = (kCheckEntryWords ? kNeedRoleHead : 0) | kGappedJoinBit;
  // The try is always inlined into the loop over the starts: GCC 12 made it a
  // function of its own as it grew, and a call per try cost more than the
  // screens saved.
  EntryWords::index().run(
      PatternFamily::List, kPatterns.size(), sentence,
      [&](std::size_t p, std::size_t i) __attribute__((always_inline)) {
        bool screened = false;
        if ((screens >> p & 1U) != 0) [[unlikely]] {
          if (p != kGappedJoin) {
            screened = no_head_after(i) != 0;
          } else if constexpr (kCheckEntryWords) {
            screened = first_in_on() >= i;
          } else {  // the first "in" or "on"
            screened = true;
            screens &= ~kGappedJoinBit;
          }
        }
        if (screened && !kCheckEntryWords) return false;
        std::optional<ListFinding> finding = kPatterns[p](units, i, partners);
        if (!finding) return false;
        if (screened) screened_wrongly(PatternFamily::List, p, units, i);
        findings.push_back(std::move(*finding));
        return true;
      },
      no_head_after);
  // A list one reading gives to the organisation the sentence names ("The
  // G20 brings together 21 members – A, B") is not another reading's list of
  // the organisation in context ("members – A, B").
  auto named_elsewhere = [&](const ListFinding& f) {
    if (f.organisation != nullptr || f.pronoun || f.coordinated) return false;
    return std::any_of(findings.begin(), findings.end(), [&](const ListFinding& g) {
      return &g != &f && g.organisation != nullptr && g.list_begin < f.list_end &&
             f.list_begin < g.list_end;
    });
  };
  if (std::none_of(findings.begin(), findings.end(), named_elsewhere)) return;
  // Which to drop, all decided before any is moved; the kept ones are then
  // moved up in place, not copied into a new vector.
  thread_local std::vector<char> drop;
  drop.resize(findings.size());
  for (std::size_t k = 0; k < findings.size(); ++k) drop[k] = named_elsewhere(findings[k]) ? 1 : 0;
  std::size_t kept = 0;
  for (std::size_t k = 0; k < findings.size(); ++k) {
    if (drop[k] != 0) continue;
    if (kept != k) findings[kept] = std::move(findings[k]);
    ++kept;
  }
  findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(kept), findings.end());
}

}  // namespace orgkg::detail

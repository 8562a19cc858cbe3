// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The holder of "cooperation with Y" is read strictly: an organisation right
// before the noun ("the SCO's", "SCO"), after it ("of the SCO"), or the
// subject that opens the clause with only a verb phrase in between ("The SCO
// is developing close ties with"). A clause opened by a state ("Russia ...
// its dialogue partnership with ASEAN") gives nothing, since a state's
// relation to an organisation is never cooperates_with.
#include "cooperation_patterns.hpp"

#include <array>
#include <optional>
#include <stdexcept>
#include <string>

#include "list_phrases.hpp"

namespace orgkg::detail {
namespace {

bool is_linking_word(const Units& u, std::size_t i) {
  return is(u, i,
            {"is",         "are",        "was",      "were",         "has",           "have",
             "had",        "been",       "being",    "established",  "developing",    "developed",
             "growing",    "expanding",  "expanded", "strengthened", "strengthening", "built",
             "set",        "up",         "launched", "deepening",    "deepened",      "now",
             "already",    "also",       "actively", "successfully", "steadily",      "forged",
             "maintained", "continuing", "developed"});
}

// Words that end an adjective run before a noun or a verb phrase after a subject.
bool is_stop_word(const Units& u, std::size_t i) {
  return i >= u.size() || u[i].mention != nullptr || u[i].norm.empty() ||
         !(u[i].norm[0] >= 'a' && u[i].norm[0] <= 'z') ||
         is(u, i, {"the",  "a",       "an",    "its",   "their", "our", "his",  "her", "of",
                   "with", "between", "among", "and",   "or",    "for", "in",   "on",  "at",
                   "by",   "from",    "that",  "which", "who",   "as",  "than", "like"});
}

bool is_cooperation_verb(const Units& u, std::size_t i) {
  return is(u, i,
            {"cooperate", "cooperates", "cooperated", "cooperating", "interact", "interacts",
             "interacted", "interacting", "collaborate", "collaborates", "collaborated",
             "collaborating"}) ||
         (is(u, i, {"work", "works", "worked", "working"}) &&
          (is(u, i + 1, {"closely", "together"}) || phrase(u, i + 1, {"hand", "in", "hand"}) != 0));
}

// The organisations of a list read from unit i; empty when the list names a
// state (the statement is then about something else) or fewer than `least`.
std::vector<const Mention*> org_items(const Units& u, std::size_t i, std::size_t least,
                                      std::size_t& end) {
  // A list that opens on no organisation is none of these: not read.
  if (!is_org(u, is(u, i, {"the", "both"}) ? i + 1 : i)) {
    end = i;
    return {};
  }
  std::vector<const Mention*> orgs = parties_at(u, i, end);
  for (const Mention* m : orgs) {
    if (m->entity->kind != EntityKind::Organisation) return {};
  }
  return orgs.size() >= least ? orgs : std::vector<const Mention*>{};
}

// org_items() after "with", and after each "and with" that repeats it
// ("with the OTS and with TURKSOY").
std::vector<const Mention*> with_items(const Units& u, std::size_t i, std::size_t& end) {
  std::vector<const Mention*> orgs = org_items(u, i, 1, end);
  while (!orgs.empty() && is(u, end, {"and"}) && is(u, end + 1, {"with"})) {
    std::size_t more_end = 0;
    std::vector<const Mention*> more = org_items(u, end + 2, 1, more_end);
    if (more.empty()) break;
    orgs.insert(orgs.end(), more.begin(), more.end());
    end = more_end;
  }
  return orgs;
}

OrgFinding finding_over(const Units& u, const char* rule, std::size_t begin, std::size_t end) {
  OrgFinding f;
  f.relation = Relation::CooperatesWith;
  f.rule = rule;
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  f.scope_end = f.date_end = phrase_end(u, end);
  return f;
}

// NOUN [linking words] between|among LIST / between these associations.
std::optional<OrgFinding> between_pattern(const Units& u, std::size_t i) {
  std::size_t k = i + 1;
  while (k < u.size() && k < i + 5 && is_linking_word(u, k)) ++k;
  if (!is(u, k, {"between", "among", "amongst"})) return std::nullopt;
  int count = 0;
  if (std::size_t n = anaphor_at(u, k + 1, count)) {
    OrgFinding f = finding_over(u, "coop.between_anaphor", i, k + 1 + n);
    f.all_pairs = true;
    f.anaphor = count;
    return f;
  }
  std::size_t end = 0;
  std::vector<const Mention*> orgs = org_items(u, k + 1, 2, end);
  if (orgs.empty()) return std::nullopt;
  OrgFinding f = finding_over(u, "coop.between", i, end);
  f.subjects = std::move(orgs);
  f.all_pairs = true;
  // "will advance|deepen the cooperation between A and B": what is to grow
  // exists already, whatever the clause plans.
  std::size_t t = i > 0 && is(u, i - 1, {"the"}) ? i - 1 : i;
  if (t > 0 &&
      is(u, t - 1,
         {"advance", "deepen", "strengthen", "expand", "intensify", "enhance", "broaden"})) {
    f.scope_begin = t;
  }
  return f;
}

// The first mention of the clause [from, to) when it opens the clause as
// its subject (only "the" or an introductory phrase ending in "," before it,
// and no head noun after it).
const Mention* clause_subject(const Units& u, std::size_t from, std::size_t to) {
  for (std::size_t s = from; s < to; ++s) {
    if (u[s].mention == nullptr) continue;
    bool opens = s == from || is(u, s - 1, {","}) || (is(u, s - 1, {"the"}) && s - 1 == from) ||
                 (is(u, s - 1, {"the"}) && s >= 2 && is(u, s - 2, {","}));
    return opens && !continues_org_phrase(u, s + 1) ? u[s].mention : nullptr;
  }
  return nullptr;
}

// Whether the sentence opens with an organisation that is its subject
// ("[The] BSEC has ...", not "BSEC's", "BSEC and", "the SCO (SCO)"): its unit
// into `first`.
bool opening_org(const Units& u, std::size_t& first) {
  first = is(u, 0, {"the"}) ? 1 : 0;
  return is_org(u, first) && !is(u, first + 1, {",", "and", "'s", "of", "(", "-"});
}

// The holder of a cooperation noun at unit i that "with" follows: sets
// `holder` (nullptr with `context` for an "its" in a clause that names
// nothing before it) and `begin`. False when there is none.
bool holder_before(const Units& u, std::size_t i, const Mention*& holder, bool& context,
                   std::size_t& begin) {
  if (i >= 1 && is_org(u, i - 1)) {  // "SCO cooperation with"
    holder = u[i - 1].mention;
    begin = i - 1;
    return true;
  }
  std::size_t j = i;
  while (j > 0 && i - j < 3 && !is_stop_word(u, j - 1) && !continues_org_phrase(u, j - 1)) --j;
  begin = j;
  if (j >= 2 && is(u, j - 1, {"'s"}) && is_org(u, j - 2)) {  // "the SCO's close ties with"
    holder = u[j - 2].mention;
    begin = j - 2;
    return true;
  }
  // "BSEC has observer status at the UN and maintains close cooperation
  // with PABSEC": the organisation that opens the sentence, subject of a
  // second predicate after "and".
  if (j >= 3 && is(u, j - 1, {"and"}) && !is(u, j - 2, {","})) {
    std::size_t first = 0;
    if (opening_org(u, first) && first + 1 < j - 1 && u[first + 1].mention == nullptr) {
      bool plain = true;
      for (std::size_t w = first + 1; w + 1 < j && plain; ++w) {
        plain = !is(u, w, {"which", "who", "that", ";", ":", ","}) && !is_state(u, w);
      }
      if (plain) {
        holder = u[first].mention;
        begin = first;
        return true;
      }
    }
  }
  std::size_t from = clause_begin(u, j);
  const Mention* subject = clause_subject(u, from, j);
  bool any_mention = false;
  for (std::size_t s = from; s < j; ++s) any_mention = any_mention || u[s].mention != nullptr;
  if (j >= 1 && is(u, j - 1, {"its"}) && !any_mention) {
    context = true;
    return true;
  }
  // "The Organisation has observer status at the UN, and its cooperation
  // with ...": "its" is the organisation the sentence opens with.
  if (std::size_t first = 0; j >= 1 && is(u, j - 1, {"its"}) && opening_org(u, first)) {
    holder = u[first].mention;
    begin = j - 1;
    return true;
  }
  if (subject == nullptr || subject->entity->kind != EntityKind::Organisation) return false;
  std::size_t s = from;
  while (u[s].mention != subject) ++s;
  for (std::size_t w = s + 1; w < j; ++w) {
    if (u[w].mention != nullptr || is(u, w,
                                      {",", "of", "between", "among", "for", "in", "on", "at", "by",
                                       "from", "and", "or", "with"})) {
      return false;
    }
  }
  holder = subject;
  begin = s;
  return j - s <= 8;
}

// NOUN of X with LIST, X's NOUN with LIST, X [verbs] NOUN with LIST.
std::optional<OrgFinding> with_pattern(const Units& u, std::size_t i) {
  std::size_t k = i + 1;
  const Mention* holder = nullptr;
  bool context = false;
  std::size_t begin = i;
  if (is(u, k, {"of"})) {
    std::size_t o = is(u, k + 1, {"the"}) ? k + 2 : k + 1;
    if (!is_org(u, o)) return std::nullopt;
    holder = u[o].mention;
    k = o + 1;
  }
  if (!is(u, k, {"with"})) return std::nullopt;
  if (holder == nullptr && !holder_before(u, i, holder, context, begin)) return std::nullopt;
  std::size_t end = 0;
  std::vector<const Mention*> orgs = with_items(u, k + 1, end);
  if (orgs.empty()) return std::nullopt;
  OrgFinding f = finding_over(u, "coop.with", begin, end);
  // ", and its cooperation with": its own clause dates it.
  if (begin >= 2 && is(u, begin, {"its"}) && is(u, begin - 1, {"and"}) && is(u, begin - 2, {","}))
    f.date_begin = begin;
  if (holder != nullptr) f.subjects.push_back(holder);
  f.context_subject = context;
  f.objects = std::move(orgs);
  return f;
}

// X cooperates with LIST; X and Y cooperate.
std::optional<OrgFinding> verb_pattern(const Units& u, std::size_t i) {
  if (!is_cooperation_verb(u, i)) return std::nullopt;
  std::size_t k = i + 1;
  while (is(u, k,
            {"closely", "actively", "successfully", "effectively", "also", "fruitfully", "together",
             "productively"})) {
    ++k;
  }
  if (std::size_t n = phrase(u, k, {"hand", "in", "hand"})) k += n;  // "works hand in hand with"
  std::size_t j = skip_auxiliaries(u, i);
  while (j > 0 &&
         is(u, j - 1, {"is", "are", "was", "were", "actively", "closely", "still", "also"})) {
    --j;
  }
  ListItems subject;
  read_list_backward(u, j, subject);
  // "..., and it works closely with": "it" alone, not the end of a list.
  if (j >= 1 && is(u, j - 1, {"it"}) && u[j - 1].mention != nullptr) {
    subject.items = {u[j - 1].mention};
    subject.list_begin = j - 1;
    subject.list_end = j;
  }
  bool governed = subject.list_begin > 0 && is(u, subject.list_begin - 1,
                                               {"of", "with", "between", "among", "to", "for", "by",
                                                "in", "at", "from", "on"});
  // "The Commission also works hand in hand with WAEMU": the executive body
  // of the organisation in context, opening the sentence.
  std::size_t body = is(u, 0, {"the"}) ? 1 : 0;
  bool commission = subject.items.empty() && j == body + 1 && j >= 1 &&
                    is(u, j - 1, {"commission", "secretariat"}) && u[j - 1].capitalized &&
                    is(u, k, {"with"});
  if ((subject.items.empty() && !commission) || governed) return std::nullopt;
  for (const Mention* m : subject.items) {
    if (m->entity->kind != EntityKind::Organisation) return std::nullopt;
  }
  if (is(u, k, {"with"})) {
    std::size_t end = 0;
    // "with its affiliated institutions, TURKPA and TURKSOY", "with its
    // partners, the EAEU and the SCO": a head before the list.
    std::size_t from = k + 1;
    if (is(u, from, {"its", "their"})) {
      std::size_t m = from + 1;
      while (m < from + 3 && m < u.size() && u[m].mention == nullptr && !u[m].capitalized &&
             !is(u, m, {",", "and"}) &&
             !is(u, m,
                 {"institutions", "organisations", "organizations", "bodies", "structures",
                  "partners"})) {
        ++m;
      }
      if (is(u, m,
             {"institutions", "organisations", "organizations", "bodies", "structures",
              "partners"}) &&
          is(u, m + 1, {","})) {
        from = m + 2;
      }
    }
    std::vector<const Mention*> orgs = with_items(u, from, end);
    if (orgs.empty()) return std::nullopt;
    OrgFinding f = finding_over(u, "coop.verb_with", commission ? 0 : subject.list_begin, end);
    // ", and it works closely with": its own clause dates it.
    std::size_t b = subject.list_begin;
    if (b >= 2 && is(u, b - 1, {"and"}) && is(u, b - 2, {","})) f.date_begin = b;
    f.subjects = subject.items;
    f.context_subject = commission;
    f.objects = std::move(orgs);
    return f;
  }
  if (subject.items.size() < 2) return std::nullopt;
  OrgFinding f = finding_over(u, "coop.verb_pair", subject.list_begin, k);
  f.subjects = subject.items;
  f.all_pairs = true;
  return f;
}

// X and Y [have developed] [close] NOUN: a subject list of organisations and
// a verb phrase ending in the noun, which nothing follows ("with", "of").
std::optional<OrgFinding> subject_pair_pattern(const Units& u, std::size_t i) {
  if (is(u, i + 1, {"with", "between", "among", "of", "in", "within"})) return std::nullopt;
  std::size_t from = clause_begin(u, i);
  const Mention* first = clause_subject(u, from, i);
  if (first == nullptr) return std::nullopt;
  std::size_t s = from;
  while (u[s].mention != first) ++s;
  std::size_t end = s;
  std::vector<const Mention*> orgs =
      org_items(u, s > from && is(u, s - 1, {"the"}) ? s - 1 : s, 2, end);
  if (orgs.empty() || end > i || i - end > 6) return std::nullopt;
  for (std::size_t w = end; w < i; ++w) {
    if (is_stop_word(u, w) && !is(u, w, {"its", "their"})) return std::nullopt;
  }
  OrgFinding f = finding_over(u, "coop.subject_pair", s, i + 1);
  f.subjects = std::move(orgs);
  f.all_pairs = true;
  return f;
}

// X–Y NOUN: organisations joined by dashes or hyphens before the noun.
std::optional<OrgFinding> compound_pattern(const Units& u, std::size_t i) {
  std::vector<const Mention*> orgs;
  std::size_t j = i;
  while (j > 0 && is_org(u, j - 1)) {
    orgs.insert(orgs.begin(), u[j - 1].mention);
    --j;
    if (j >= 2 && is(u, j - 1, {"-"}) && is_org(u, j - 2)) --j;
  }
  if (orgs.size() < 2 || (j > 0 && (is(u, j - 1, {"-"}) || is_state(u, j - 1)))) {
    return std::nullopt;
  }
  OrgFinding f = finding_over(u, "coop.compound", j, i + 1);
  f.subjects = std::move(orgs);
  f.all_pairs = true;
  return f;
}

// A cooperation noun at unit i and what surrounds it: "cooperation between
// A and B", "ties with A", "the SCO-ASEAN partnership", "A and B expanded
// cooperation".
std::optional<OrgFinding> noun_patterns(const Units& u, std::size_t i) {
  if (!is_cooperation_noun(u, i)) return std::nullopt;
  if (is(u, i, {"partnership", "partners"}) && i > 0 && is(u, i - 1, {"dialogue"})) {
    return std::nullopt;
  }
  if (u[i].capitalized && i > 0) return std::nullopt;  // a name: "the Greater Eurasian Partnership"
  std::optional<OrgFinding> f = between_pattern(u, i);
  if (!f) f = with_pattern(u, i);
  if (!f) f = compound_pattern(u, i);
  if (!f) f = subject_pair_pattern(u, i);
  return f;
}

}  // namespace

// is_cooperation_noun, is_cooperation_verb; and "cooperative", so that every
// word speaks_of_cooperation_at() accepts starts a pattern (read_cooperation()).
FamilyEntryWords cooperation_entry_words() {
  return {"the cooperation patterns",
          {{"cooperation", "interaction", "ties", "contacts", "partnership", "relations", "links",
            "collaboration", "dialogue", "coordination", "operation"},
           {"cooperate", "cooperates", "cooperated", "cooperating", "interact", "interacts",
            "interacted", "interacting", "collaborate", "collaborates", "collaborated",
            "collaborating", "work", "works", "worked", "working", "cooperative"}}};
}

void read_cooperation(const EntryUnits& sentence, CooperationReading& reading) {
  static constexpr std::array<OrgPattern, 2> kPatterns{noun_patterns, verb_pattern};
  reading.findings.clear();
  reading.speaks = false;
  const Units& u = sentence.units();
  find_org_patterns(PatternFamily::Cooperation, kPatterns, sentence, reading.findings,
                    [&](std::size_t /*p*/, std::size_t i) {
                      reading.speaks = reading.speaks || speaks_of_cooperation_at(u, i);
                      return true;
                    });
  if constexpr (kCheckEntryWords) {  // the registration covers every such word
    for (std::size_t i = 0; i < u.size(); ++i) {
      if (speaks_of_cooperation_at(u, i) &&
          EntryWords::index().at(PatternFamily::Cooperation, u, i) == 0) {
        throw std::logic_error("entry words: \"" + std::string(u[i].norm) +
                               "\" speaks of cooperation but starts no cooperation pattern");
      }
    }
  }
}

}  // namespace orgkg::detail

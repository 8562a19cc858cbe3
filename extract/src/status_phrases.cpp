// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Cues are scoped like the list extractor's (clause_scope.hpp): a cue
// anywhere from the clause start to the end of the statement's predicate
// counts, because a missed fact costs less than a false one. What differs is
// which cues a statement may carry: "will" states a pending admission (a
// chairmanship still to come is none), "applied" and "invited" state a
// candidacy.
#include "status_phrases.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "subject_list.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

// The cue words, each class a WordSet: a unit is tested against a class by
// a bit of its word's entry (word_set.hpp), not a comparison per word.
const WordSet kNegation{"not", "never", "no", "neither", "nor", "without", "cannot", "none"};

const WordSet kModal{
    "could",    "would",     "might",       "may",       "should",      "must",
    "can",      "hope",      "hopes",       "hoped",     "hoping",      "wish",
    "wishes",   "want",      "wants",       "wanted",    "intend",      "intends",
    "intended", "intention", "plan",        "plans",     "planned",     "planning",
    "expect",   "expects",   "expected",    "seek",      "seeks",       "sought",
    "aspire",   "aspires",   "aspiration",  "if",        "unless",      "whether",
    "possible", "possibly",  "possibility", "potential", "potentially", "prospective",
    "ready",    "willing",   "consider",    "considers", "considering", "propose",
    "proposes", "proposed",  "proposal",    "desire",    "likely",      "unlikely",
    "eager",    "interest",  "interested",  "threaten",  "threatens",   "threatened",
    "prospect", "prospects", "perhaps",     "maybe",     "call",        "calls",
    "calling",  "called",    "urge",        "urged",     "demand",      "demanded"};

const WordSet kFuture{"will", "shall", "'ll"};

const WordSet kPending{"apply",        "applies",    "applied",    "applying",  "application",
                       "applications", "candidate",  "candidates", "candidacy", "invited",
                       "invite",       "invitation", "bid",        "bids"};

// A withdrawal decided, announced or begun is not yet done.
const WordSet kUnfinished{"decide",   "decided",   "decides",      "decision",
                          "announce", "announced", "announces",    "announcement",
                          "notified", "notify",    "notification", "began",
                          "begin",    "started",   "initiated",    "procedure"};

// What drops a presupposed statement ("under the upcoming chairmanship"):
// a modifier just before it.
const WordSet kPresupposedCues{
    "upcoming", "forthcoming", "future",      "next",         "incoming", "planned", "proposed",
    "possible", "potential",   "prospective", "hypothetical", "eventual", "any"};

// Every word of the classes above: the one test most units of a scope get.
const WordSet kCueWords{
    {&kNegation, &kModal, &kFuture, &kPending, &kUnfinished, &kPresupposedCues}};

// What ends a statement's clause besides ", and"; a WordSet, as the clause
// walks (set_scopes()) ask it of unit after unit.
const WordSet kBoundaries{";", "but", "while", "whereas", "although", "though", "however"};

// Always inline: the clause walks ask it at unit after unit.
[[gnu::always_inline]] inline bool is_boundary(const Units& u, std::size_t i) {
  if (kBoundaries.at(u, i)) return true;
  return is(u, i, {"and"}) && i > 0 && is(u, i - 1, {","});
}

bool is_number(const Units& u, std::size_t i, std::size_t digits) {
  if (i >= u.size() || u[i].mention != nullptr || u[i].norm.size() != digits) return false;
  return std::all_of(u[i].norm.begin(), u[i].norm.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void run_status_family(PatternFamily family, std::span<const StatusPattern> patterns,
                       const EntryUnits& sentence, bool publisher, StatusFindings& out) {
  const Units& u = sentence.units();
  const EntryWords& index = EntryWords::index();
  index.run_found(family, patterns.size(), sentence, [&](std::size_t p, std::size_t i) {
    std::size_t before = out.size();
    patterns[p](u, i, publisher, out);
    return out.size() != before;
  });
}

bool is_demonym(const Units& u, std::size_t i) {
  return is_state(u, i) && u[i].mention->form == NameForm::Demonym;
}

std::size_t before_auxiliaries(const Units& u, std::size_t i) {
  // "Venezuela in turn left", "..., yesterday assumed": an adverb before the verb.
  if (i >= 3 && is(u, i - 1, {"turn"}) && is(u, i - 2, {"in"})) i -= 2;
  if (i >= 2 && is(u, i - 1, {"yesterday", "today"})) --i;
  while (i > 0 && is(u, i - 1,
                     {"has",
                      "have",
                      "had",
                      "was",
                      "were",
                      "is",
                      "are",
                      "be",
                      "been",
                      "will",
                      "shall",
                      "also",
                      "officially",
                      "formally",
                      "already",
                      "now",
                      "currently",
                      "finally",
                      "later",
                      "then",
                      "subsequently",
                      "eventually",
                      "successfully",
                      "effectively",
                      "unilaterally",
                      "recently",
                      "just",
                      "once",
                      "again",
                      "previously",
                      "formerly",
                      "still",
                      "itself",
                      "thus",
                      "consequently",
                      "likewise",
                      "temporarily",
                      "remains",
                      "remain",
                      "remained",
                      "jointly",
                      "together",
                      "simultaneously",
                      "both",
                      "likewise",
                      "temporarily"})) {
    --i;
  }
  return i;
}

bool org_ends_at(const Units& u, std::size_t i) {
  if (i >= u.size()) return true;
  return !is_item(u, i) && !u[i].capitalized && !is(u, i, {"'s"}) &&
         (u[i].mention != nullptr || !is(u, i, {"youth", "business", "parliamentary"}));
}

OrgPhrase org_phrase_after(const Units& u, std::size_t i) {
  OrgPhrase p = org_after(u, i);
  if (p.org != nullptr && !org_ends_at(u, i + p.length)) return {};
  if (p.length != 0 || !is(u, i, {"of", "in", "at", "within"})) return p;
  std::size_t k = is(u, i + 1, {"the"}) ? i + 2 : i + 1;
  if (is(u, k, {"bodies", "work", "activities", "structures", "institutions", "organs"})) {
    p = org_after(u, k + 1);
    if (p.length != 0) p.length += k + 1 - i;
  }
  return p;
}

void set_scopes(const Units& u, std::size_t verb, std::size_t first, std::size_t last,
                StatusFinding& f) {
  last = std::min(last, u.size());
  std::size_t v = before_auxiliaries(u, verb);
  bool relative = v >= 2 && is(u, v - 1, {"which", "who"}) && is(u, v - 2, {","});
  std::string_view w = v < u.size() ? u[v].norm : std::string_view();
  bool ing = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  bool participle = !relative && ing && v >= 1 && v > first && is(u, v - 1, {","});
  std::size_t begin = first;
  std::size_t end = last;
  if (relative || participle) {
    begin = relative ? v - 1 : v;
    while (end < u.size() && !is(u, end, {","}) && !is_boundary(u, end)) ++end;
  } else {
    while (begin > 0 && !is_boundary(u, begin - 1)) --begin;
    // "Other states have taken a different decision: Indonesia suspended
    // ...": a subject after a colon opens a clause of its own.
    for (std::size_t k = begin; k < first; ++k) {
      if (is(u, k, {":"})) begin = k + 1;
    }
    while (end < u.size() && !is_boundary(u, end) && !is_boundary(u, end + 1)) ++end;
    // "A member of the EU since 1973, Ireland held ...": an opening
    // apposition on the subject has its own date.
    if (begin == 0 && is(u, 0, {"a", "an", "as"}) && first >= 2 && is(u, first - 1, {","})) {
      begin = first;
    }
  }
  // "holds the chairmanship this year and has been an associate member since
  // 2005": a second predicate of the subject dates itself.
  for (std::size_t k = last; k + 1 < end; ++k) {
    if (is(u, k, {"and"}) &&
        is(u, k + 1, {"has", "have", "had", "was", "were", "is", "became", "joined", "remains"})) {
      end = k;
      break;
    }
  }
  // "Honduras, which does not belong to ALBA but has held the presidency":
  // the predicate after "but" is not the one the subject's first denies.
  for (std::size_t k = std::max(begin, first); k < v; ++k) {
    if (is(u, k, {"but", "whereas"})) begin = k + 1;
  }
  f.cue_begin = begin;
  f.cue_end = std::max(begin, last);
  f.date_begin = begin;
  f.date_end = end;
  // "Indonesia, an observer since 2011, was granted ...": an apposition on
  // the subject has its own date, unless the clause is dated before it.
  for (std::size_t k = first; k + 2 < v && !relative && !participle; ++k) {
    if (!is(u, k, {","}) || !is(u, k + 1, {"a", "an"})) continue;
    std::size_t close = k + 2;
    while (close < v && !is(u, close, {","})) ++close;
    if (close < v && has_date_word(u, k + 2, close) && !has_date_word(u, f.date_begin, first)) {
      f.date_begin = close + 1;
    }
    break;
  }
  // "Uzbekistan joined GUAM in 1999 but withdrew from it in 2005": a second
  // predicate of the subject is dated by its own clause.
  std::size_t c = before_time_passed(u, v);  // "..., but six years later suspended"
  if (!relative && !participle && c >= 2 && c - 1 > first && is(u, c - 1, {"and", "but"})) {
    for (std::size_t k = first; k + 1 < c; ++k) {
      if (is_date_word(u, k) || (is(u, k, {"year"}) && k > 0 && is(u, k - 1, {"this", "last"}))) {
        f.date_begin = c - 1;
        break;
      }
    }
  }
}

namespace {

// "... with immediate effect", "effective immediately": a decision that is
// its own execution.
bool takes_effect_now(const Units& u) {
  for (std::size_t i = 0; i + 1 < u.size(); ++i) {
    if (phrase(u, i, {"with", "immediate", "effect"}) ||
        phrase(u, i, {"effective", "immediately"})) {
      return true;
    }
  }
  return false;
}

}  // namespace

CueCheck check_cues(const Units& u, const StatusFinding& f) {
  CueCheck check;
  std::size_t begin = f.cue_begin;
  std::size_t end = std::min(f.cue_end, u.size());
  if (f.modality == Modality::Presupposed) {
    begin = f.phrase_begin >= 3 ? f.phrase_begin - 3 : 0;
    end = std::min(f.anchor, u.size());
  }
  for (std::size_t i = begin; i < end; ++i) {
    const Unit& unit = u[i];
    if (unit.mention != nullptr) continue;
    std::string_view w = unit.norm;
    bool contracted = w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0;  // "hasn't"
    if (!contracted && !kCueWords.has(unit)) continue;
    bool negation = contracted || kNegation.has(unit);
    bool modal = kModal.has(unit) && !is_month_may(u, i);
    bool future = kFuture.has(unit);
    bool pending = kPending.has(unit);
    if (f.modality == Modality::Presupposed) {  // modifiers of the phrase only
      negation = negation || kPresupposedCues.has(unit);
      modal = pending = future = false;
    }
    if (f.relation == Relation::Left && kUnfinished.has(unit) && !takes_effect_now(u))
      return {true, false};
    if (negation || modal) return {true, false};
    if (future) check.future = true;
    if (pending && f.modality != Modality::Pending) return {true, false};
  }
  if (check.future && f.modality == Modality::Stated) check.blocked = true;
  return check;
}

namespace {

// Passes over ", which ... ," from unit i: where to go on. Local, so that
// it is inlined into the loops that ask it at unit after unit (always:
// GCC kept it a call).
[[gnu::always_inline]] inline std::size_t skip_relative(const Units& u, std::size_t i,
                                                        std::size_t end) {
  if (!is(u, i, {","}) || !is(u, i + 1, {"which", "who"})) return i;
  for (++i; i < end && !is(u, i, {","}); ++i) {
  }
  return i;
}

}  // namespace

std::optional<int> find_term_year(const Units& u, std::size_t begin, std::size_t end) {
  end = std::min(end, u.size());
  for (std::size_t i = skip_relative(u, begin, end); i + 1 < end;
       i = skip_relative(u, i + 1, end)) {
    if (!is(u, i, {"for"}) || !is_number(u, i + 1, 4)) continue;
    bool range = i + 2 < u.size() && (is(u, i + 2, {"-", "/"}) || u[i + 2].joined);
    int year = std::stoi(std::string(u[i + 1].norm));
    if (!range && year >= 1900 && year <= 2100) return year;
  }
  return std::nullopt;
}

std::optional<YearSpan> find_year_span(const Units& u, std::size_t begin, std::size_t end) {
  end = std::min(end, u.size());
  for (std::size_t i = skip_relative(u, begin, end); i < end; i = skip_relative(u, i + 1, end)) {
    if (!is_number(u, i, 4)) continue;
    std::size_t k = i + 1;
    if (is(u, k, {"-", "/"}))
      ++k;
    else if (k >= u.size() || !u[k].joined)
      continue;
    int from = std::stoi(std::string(u[i].norm));
    int to = 0;
    if (is_number(u, k, 4)) to = std::stoi(std::string(u[k].norm));
    if (is_number(u, k, 2)) to = from / 100 * 100 + std::stoi(std::string(u[k].norm));
    if (from >= 1900 && from <= 2100 && to > from && to <= from + 10) return YearSpan{from, to};
  }
  return std::nullopt;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "chair_phrases.hpp"

namespace orgkg::detail {
namespace {

bool is_chair_modifier(const Units& u, std::size_t i) {
  // "rotating", "annual", "year-long" (two words), "one-year", "two-year",
  // "pro tempore" (Mercosur, Unasur), "six-month".
  return is(u, i,
            {"rotating", "annual", "current", "year", "long", "yearlong", "one", "two", "next",
             "new", "pro", "tempore", "six", "month", "half"});
}

}  // namespace

std::size_t governing_body_at(const Units& u, std::size_t k) {
  std::size_t m = k;
  if (is(u, m, {"supreme", "ministerial"}) && u[m].capitalized) ++m;
  if (!is(u, m, {"council", "committee", "authority", "summit", "conference"}) ||
      !u[m].capitalized) {
    return 0;
  }
  ++m;
  if (is(u, m, {"of"}) && m + 1 < u.size() && u[m + 1].capitalized && u[m + 1].mention == nullptr) {
    m += 2;
    while (m < u.size() && u[m].mention == nullptr &&
           (u[m].capitalized || (is(u, m, {"of", "and"}) && m + 1 < u.size() &&
                                 u[m + 1].capitalized && u[m + 1].mention == nullptr))) {
      ++m;
    }
  }
  return m - k;
}

std::optional<ChairPhrase> chair_phrase_at(const Units& u, std::size_t i, bool chair_word) {
  ChairPhrase p;
  std::size_t k = is(u, i, {"the", "its", "their"}) ? i + 1 : i;
  while (is_chair_modifier(u, k)) ++k;
  if (is_org(u, k)) {
    p.org = u[k].mention;
    k += is(u, k + 1, {"'s", "'"}) ? 2 : 1;  // "the SCO's", "BRICS' presidency"
  }
  while (is_chair_modifier(u, k)) ++k;
  if (!chair_noun(u, k, chair_word)) return std::nullopt;
  p.noun = k;
  // "the rotating|pro tempore presidency": an organisation's, which a
  // head of state's presidency never is.
  bool rotating = false;
  for (std::size_t m = i; m < k; ++m) rotating = rotating || is(u, m, {"rotating", "tempore"});
  p.presidency = is(u, k, {"presidency"}) && !rotating;
  p.end = k + 1;
  if (u[k].joined || (is(u, k + 1, {"in"}) && u[k + 1].joined)) {  // "Chairmanship-in-Office"
    if (is(u, k + 1, {"in"}) && is(u, k + 2, {"office"})) p.end = k + 3;
  }
  OrgPhrase after = org_phrase_after(u, p.end);
  if (after.length == 0) {  // "of the OIC Council of Foreign Ministers"
    OrgPhrase body = org_after(u, p.end);
    std::size_t n = body.org != nullptr ? governing_body_at(u, p.end + body.length) : 0;
    if (n != 0 && org_ends_at(u, p.end + body.length + n)) {
      after = body;
      after.length += n;
    }
  }
  // "the chairmanship of the Authority|Council of ORG": its highest body's.
  if (after.length == 0 && phrase(u, p.end, {"of", "the"}) && p.end + 3 < u.size() &&
      governing_body_at(u, p.end + 2) == 1 && is(u, p.end + 3, {"of"})) {
    OrgPhrase body = org_after(u, p.end + 3);
    if (body.org != nullptr && org_ends_at(u, p.end + 3 + body.length)) {
      after = body;
      after.length += 3;
    }
  }
  // "the presidency of the Supreme Council": the highest body of the
  // organisation in context, which no head of state presides.
  if (after.length == 0 && phrase(u, p.end, {"of", "the"}) != 0) {
    std::size_t n = governing_body_at(u, p.end + 2);
    if (n != 0 && !is(u, p.end + 2 + n, {"of"}) && org_ends_at(u, p.end + 2 + n)) {
      p.presidency = false;
      p.end += 2 + n;
      return p;
    }
  }
  // "took over the chairmanship at the Astana summit": when, not of what.
  if (after.length == 0 && unresolved_place(u, p.end) && !at_its_summit(u, p.end))
    return std::nullopt;
  if (after.length != 0) {
    if (p.org != nullptr && after.org != nullptr && after.org->entity != p.org->entity) {
      return std::nullopt;
    }
    if (after.org != nullptr) p.org = after.org;
    p.end += after.length;
  }
  return p;
}

bool object_ends_at(const Units& u, std::size_t i) {
  if (i >= u.size()) return true;
  return is(u, i,
            {".",           ",",        ";",       ":",        "-",      "(",          ")",
             "in",          "on",       "for",     "from",     "since",  "until",      "during",
             "at",          "and",      "council", "councils", "bodies", "summit",     "summits",
             "ministerial", "meetings", "this",    "last",     "next",   "throughout", "till"});
}

std::optional<ChairPhrase> chair_before(const Units& u, std::size_t i, bool chair_word) {
  for (std::size_t j = i; j > 0; --j) {
    if (!chair_noun(u, j - 1, chair_word)) continue;
    for (std::size_t start = j - 1; start + 4 > j && start < u.size(); --start) {
      std::optional<ChairPhrase> p = chair_phrase_at(u, start, chair_word);
      if (p && p->noun == j - 1) return p;
      if (start == 0) break;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::size_t passive_verb_at(const Units& u, std::size_t k, bool& starts) {
  std::size_t n = 0;
  while (is(u, k + n,
            {"will", "has", "have", "had", "was", "is", "be", "been", "being", "shall", "then",
             "now", "currently"})) {
    ++n;
  }
  starts = true;
  if (is(u, k + n,
         {"passed", "passes", "pass", "went", "goes", "go", "transferred", "assumed", "taken"})) {
    ++n;
  } else if (is(u, k + n, {"handed"}) && is(u, k + n + 1, {"over"})) {
    n += 2;
  } else if (is(u, k + n, {"held", "exercised"})) {
    starts = false;
    ++n;
  } else if (is(u, k + n, {"belongs", "belonged"}) && is(u, k + n + 1, {"to"})) {
    starts = false;  // "the chairmanship in the CIS in 2024 belongs to Russia"
    ++n;
  } else {
    return 0;
  }
  if (is(u, k + n, {"over"})) ++n;
  return is(u, k + n, {"to", "by"}) ? n + 1 : 0;
}

void took_over_role_from(const Units& u, std::size_t i, std::size_t r, StatusFindings& out) {
  // "having taken over from the United Arab Emirates": the chairmanship
  // the clause before names.
  std::size_t n =
      is(u, r, {"it"}) ? 1 : phrase(u, r, {"the", "role"}) + phrase(u, r, {"the", "post"});
  bool participle =
      i >= 1 && (is(u, i - 1, {"having"}) || (is(u, i, {"taking"}) && is(u, i - 1, {","})));
  if (n == 0 && !(is(u, r, {"from"}) && participle)) return;
  std::size_t state = is(u, r + n, {"from"}) ? state_represented_at(u, r + n + 1) : 0;
  if (state == 0) return;
  std::optional<ChairPhrase> before = chair_before(u, i, participle);
  if (before && before->org == nullptr && before->noun > 0 && is_org(u, before->noun - 1))
    before->org = u[before->noun - 1].mention;  // "the IORA chairmanship"
  if (!before || before->org == nullptr) return;
  add_previous_chair(u, i, *before, state, i, out);
}

void add_previous_chair(const Units& u, std::size_t i, const ChairPhrase& p, std::size_t state,
                        std::size_t begin, StatusFindings& out) {
  StatusFinding giver = chair_finding("chair.took_over_from", &p, Modality::Stated);
  giver.subjects = {u[state].mention};
  giver.anchor = i;
  set_scopes(u, i, begin, state + 1, giver);
  giver.use_period = false;
  // "from Russia, which chaired the Council in 2021–2023": dated by the
  // relative clause on the state, its period too.
  if (is(u, state + 1, {","}) && is(u, state + 2, {"which", "who"})) {
    giver.date_begin = state + 2;
    giver.date_end = state + 3;
    while (giver.date_end < u.size() && !is(u, giver.date_end, {",", ";", "."})) ++giver.date_end;
    giver.use_period = true;
  }
  out.push_back(std::move(giver));
}

std::size_t skip_praise(const Units& u, std::size_t k) {
  while (is(u, k,
            {"successful", "productive", "effective", "efficient", "active", "able", "excellent",
             "fruitful", "outstanding", "dynamic", "skilful", "skillful"})) {
    ++k;
  }
  return k;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// "opened in", "established in" and a bare "in CITY" say where something
// happened unless their subject is a secretariat, headquarters or permanent
// executive body: "the SCO was established in Shanghai" names a founding
// place, not a seat, so those forms demand such a subject.
#include "seat_patterns.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "list_phrases.hpp"

namespace orgkg::detail {
namespace {

struct Subject {
  const Mention* org = nullptr;  // nullptr: the organisation in context
  std::size_t begin = 0;
  bool permanent = false;  // a secretariat, headquarters or permanent body
  bool relative = false;   // ", which is located": the date clause starts later
  std::size_t clause = 0;  // where the statement's own clause starts
};

// A city the gazetteer knows. (City-states such as Singapore resolve to the
// state, so "located in Singapore" gives no seat: a known gap.)
bool is_city_at(const Units& u, std::size_t m) {
  return m < u.size() && u[m].mention != nullptr && u[m].mention->entity->kind == EntityKind::City;
}

// "in [the city of] CITY", "at Marlborough House in CITY" at unit k: the
// city's unit, else nullopt.
std::optional<std::size_t> city_after(const Units& u, std::size_t k) {
  if (is(u, k, {"at"})) {  // a building named before its city
    std::size_t m = k + 1;
    if (is(u, m, {"the"})) ++m;
    std::size_t n = 0;
    while (n < 4 && m + n < u.size() && u[m + n].mention == nullptr && u[m + n].capitalized) ++n;
    if (n == 0 || !is(u, m + n, {"in"})) return std::nullopt;
    k = m + n;
  }
  if (!is(u, k, {"in", "to"})) return std::nullopt;
  std::size_t m = k + 1;
  if (std::size_t n = phrase(u, m, {"the", "city", "of"})) m += n;
  return is_city_at(u, m) ? std::optional<std::size_t>(m) : std::nullopt;
}

// "ORG[ (ACR)], whose [General|Permanent] Secretariat|headquarters" ending
// before unit j: the unit of "whose", with the organisation's unit in `org`;
// 0 when the units are not so.
std::size_t whose_seat_at(const Units& u, std::size_t j, std::size_t& org) {
  if (j < 4 || !is_seat_noun(u, j - 1)) return 0;
  std::size_t w = is(u, j - 2, {"general", "permanent"}) ? j - 3 : j - 2;
  if (w < 2 || !is(u, w, {"whose"}) || !is(u, w - 1, {","})) return 0;
  std::size_t o = w - 2;
  if (o >= 2 && is(u, o, {")"}) && is(u, o - 2, {"("})) --o;  // "the NDB (NDB), whose"
  if (!is_org(u, o)) return 0;
  org = o;
  return w;
}

// A seat noun phrase ending before unit j: "ORG's SEAT", "ORG SEAT", "the
// SEAT" (context), an organisation mention, or a generic "the Organisation".
std::optional<Subject> seat_np_before(const Units& u, std::size_t j, bool allow_it) {
  Subject s;
  if (j == 0) return std::nullopt;
  if (is_org(u, j - 1)) {
    s.org = u[j - 1].mention;
    // "the Executive Committee of the Regional Anti-Terrorist Structure": the
    // standing executive of an organisation's body seats the organisation.
    std::size_t of = j >= 2 && is(u, j - 2, {"the"}) ? j - 2 : j - 1;
    bool executive = of >= 3 && is(u, of - 1, {"of"}) && is(u, of - 2, {"committee"}) &&
                     is(u, of - 3, {"executive"});
    bool permanent_body = names_permanent_body(*s.org) || executive;
    // A body of its own (the Regional Anti-Terrorist Structure) has its own seat.
    if (!permanent_body && is_sub_body(*s.org)) return std::nullopt;
    s.begin = j - 1;
    s.permanent =
        permanent_body ||
        (j >= 3 && is(u, j - 2, {"of", "the"}) && is_seat_noun(u, j - 3)) ||
        (j >= 4 && is(u, j - 2, {"the"}) && is(u, j - 3, {"of"}) && is_seat_noun(u, j - 4));
    return s;
  }
  // Most of the tests below ask it of the same unit.
  const bool seat_noun = is_seat_noun(u, j - 1);
  if (seat_noun && j >= 2 && is_org(u, j - 2)) {
    return Subject{u[j - 2].mention, j - 2, true};
  }
  // "the RATS Executive Committee"
  if (j >= 3 && is(u, j - 1, {"committee"}) && is(u, j - 2, {"executive"}) && is_org(u, j - 3)) {
    return Subject{u[j - 3].mention, j - 3, true};
  }
  // "the GCC General Secretariat", "the ECOWAS Commission", "the CIS
  // Executive Committee": an organisation's permanent executive body.
  if (seat_noun && j >= 3 && is(u, j - 2, {"general", "permanent"}) &&
      is_org(u, j - 3)) {
    return Subject{u[j - 3].mention, j - 3, true};
  }
  if (is(u, j - 1, {"commission"}) && j >= 2 && is_org(u, j - 2)) {
    return Subject{u[j - 2].mention, j - 2, true};
  }
  // "its Commission": the executive body of the organisation the sentence
  // opens with, or of the one in context when the sentence names none.
  if (is(u, j - 1, {"commission"}) && j >= 2 && is(u, j - 2, {"its"})) {
    std::size_t first = is(u, 0, {"the"}) ? 1 : 0;
    if (is_org(u, first)) return Subject{u[first].mention, j - 2, true};
    for (std::size_t k = 0; k < j; ++k) {
      if (is_org(u, k)) return std::nullopt;
    }
    return Subject{nullptr, j - 2, true};
  }
  // "its General Secretariat", "the Permanent Secretariat": the one in context.
  if (seat_noun && j >= 3 && is(u, j - 2, {"general", "permanent"}) &&
      is(u, j - 3, {"its", "the"})) {
    return Subject{nullptr, j - 3, true};
  }
  if (seat_noun && j >= 3 && is(u, j - 2, {"'s"}) && is_org(u, j - 3)) {
    return Subject{u[j - 3].mention, j - 3, true};
  }
  // "the League, whose [General] Secretariat|headquarters is in Cairo"
  std::size_t org = 0;
  if (std::size_t w = whose_seat_at(u, j, org)) return Subject{u[org].mention, w, true};
  std::size_t b = 0;
  // "the Secretariat of the Organisation"
  if (j >= 4 && is_generic_org_noun(u, j - 1) && is(u, j - 2, {"the"}) && is(u, j - 3, {"of"}) &&
      is_seat_noun(u, j - 4)) {
    return Subject{nullptr, j - 4 > 0 && is(u, j - 5, {"the"}) ? j - 5 : j - 4, true};
  }
  if (is(u, j - 1, {"it"}) && !allow_it) return std::nullopt;
  if (!context_subject_before(u, j, b) || is(u, j - 1, {"parties"})) return std::nullopt;
  return Subject{nullptr, b, seat_noun};
}

// The subject of a verb phrase starting at unit v, over "is", "which", a
// comma and an appositive ("ORG, the Union's permanent body, is based").
std::optional<Subject> seat_subject(const Units& u, std::size_t v, bool allow_it) {
  std::size_t j = v;
  while (j > 0 && is(u, j - 1,
                     {"is", "are", "was", "were", "has", "have", "been", "also", "currently", "now",
                      "permanently", "still", "today"})) {
    --j;
  }
  // "ORG, whose Secretariat is located in CITY", "... (ACR), whose secretariat"
  std::size_t o = 0;
  if (std::size_t w = whose_seat_at(u, j, o)) {
    const Mention* org = u[o].mention;
    if (is_sub_body(*org) && !names_permanent_body(*org)) return std::nullopt;
    Subject s{org, o, true};
    s.relative = true;
    s.clause = w;
    return s;
  }
  bool relative = j > 0 && is(u, j - 1, {"which", "that"});
  std::size_t clause = relative ? j - 1 : j;
  if (relative) --j;
  bool comma = j > 0 && is(u, j - 1, {","});
  if (comma) {
    --j;
    relative = true;
    if (j >= 3 && is(u, j - 1, {")"}) && is(u, j - 3, {"("})) j -= 3;  // "the NDB (NDB),"
  }
  std::optional<Subject> s = seat_np_before(u, j, allow_it);
  // "The APEC Secretariat, which supports the forum, has been based in":
  // the subject before the relative clause.
  if (!s && comma && !is(u, clause, {"which", "that"})) {
    for (std::size_t k = j; k > 1 && j - k < 12; --k) {
      if (is(u, k - 1, {";", ":"})) break;
      if (is(u, k - 1, {","}) && is(u, k, {"which", "who"})) {
        s = seat_np_before(u, k - 1, false);
        break;
      }
    }
  }
  if (!s && comma && !is(u, clause, {"which", "that"})) {  // an appositive before the comma
    for (std::size_t k = j; k > 0 && j - k < 10; --k) {
      if (u[k - 1].mention != nullptr) break;
      if (is(u, k - 1, {","})) {
        s = seat_np_before(u, k - 1, false);
        break;
      }
    }
  }
  if (!s) return std::nullopt;
  s->relative = relative;
  s->clause = relative ? clause : clause_begin(u, s->begin);
  return s;
}

OrgFinding seat_finding(const Units& u, const Subject& s, std::size_t city, const char* rule) {
  OrgFinding f;
  f.relation = Relation::HeadquarteredIn;
  f.rule = rule;
  if (s.org != nullptr) f.subjects.push_back(s.org);
  f.context_subject = s.org == nullptr;
  f.objects.push_back(u[city].mention);
  // A relative clause states its own fact: "... will be paid to the NDB,
  // which is headquartered in Shanghai".
  f.scope_begin = s.relative ? s.clause : clause_begin(u, s.begin);
  f.date_begin = s.clause;
  f.scope_end = f.date_end = phrase_end(u, city + 1);
  return f;
}

// SEAT is located|based|headquartered|hosted in CITY; SEAT is [in] CITY;
// SEAT works|sits in CITY (a secretariat, not a whole organisation, which
// "works in" countries it helps).
std::optional<OrgFinding> located_pattern(const Units& u, std::size_t v) {
  bool located = is(u, v, {"located", "based", "headquartered", "situated", "seated", "housed"}) ||
                 (is(u, v, {"hosted"}) && v > 0 && is(u, v - 1, {"is", "are", "was", "been"}));
  bool is_in = !located && is(u, v, {"is", "are", "works", "sits"}) && is(u, v + 1, {"in"});
  // "The seat of the OSCE Secretariat is Vienna."
  bool is_city = !located && !is_in && is(u, v, {"is"}) && is_city_at(u, v + 1);
  if (is_city) is_in = true;
  if (!located && !is_in) return std::nullopt;
  std::optional<std::size_t> city =
      is_city ? std::optional<std::size_t>(v + 1) : city_after(u, v + 1);
  if (!city || is(u, v + 1, {"to"})) return std::nullopt;
  std::optional<Subject> s = is_in ? seat_np_before(u, v, false)
                                   : seat_subject(u, v, is(u, v, {"headquartered", "based"}));
  if (!s || (is_in && !s->permanent)) return std::nullopt;
  if (is_in) s->clause = clause_begin(u, s->begin);
  return seat_finding(u, *s, *city, is_in ? "hq.is_in" : "hq.located_in");
}

// ORG has its headquarters|seat|secretariat in CITY.
std::optional<OrgFinding> has_seat_pattern(const Units& u, std::size_t v) {
  if (!is(u, v, {"has", "have"}) || !is(u, v + 1, {"its", "their"})) return std::nullopt;
  std::size_t k = v + 2;
  if (is(u, k, {"permanent", "main"})) ++k;
  if (!is_seat_noun(u, k)) return std::nullopt;
  std::optional<std::size_t> city = city_after(u, k + 1);
  std::optional<Subject> s = city ? seat_subject(u, v, true) : std::nullopt;
  if (!s) return std::nullopt;
  return seat_finding(u, *s, *city, "hq.has_seat");
}

// the ORG Secretariat in CITY; the headquarters of ORG in CITY; "the
// permanent bodies of the SCO are the Secretariat in Beijing and ...".
std::optional<OrgFinding> noun_phrase_pattern(const Units& u, std::size_t k) {
  std::optional<std::size_t> city = is(u, k, {"in"}) ? city_after(u, k) : std::nullopt;
  if (!city || k == 0) return std::nullopt;
  std::optional<Subject> s = seat_np_before(u, k, false);
  if (!s || !s->permanent) return std::nullopt;
  s->clause = clause_begin(u, s->begin);
  OrgFinding f = seat_finding(u, *s, *city, "hq.secretariat_in");
  if (s->org == nullptr) f.context_before = s->begin;
  // "the ORG Secretariat in CITY" presupposes the seat whatever the clause
  // around it says ("was instructed to prepare", "agreed to strengthen"):
  // only cues just before the noun phrase ("plans to open the ...") count.
  // So does "the Secretariat of the Organisation in CITY".
  std::size_t np = s->begin;  // where the noun phrase starts
  if (np >= 2 && is(u, np - 1, {"of"}) && is_seat_noun(u, np - 2)) np -= 2;
  if (np > 0 && is(u, np - 1, {"the"})) {
    f.scope_begin = std::max(f.scope_begin, np >= 4 ? np - 4 : std::size_t{0});
    f.scope_end = *city + 1;
  }
  return f;
}

// the Secretariat, which opened|was established|began work in CITY; the
// Secretariat, set up|established in CITY.
std::optional<OrgFinding> opened_pattern(const Units& u, std::size_t v) {
  std::size_t n = first_phrase(u, v, {"opened"}, {"was", "opened"}, {"was", "established"},
                               {"was", "set", "up"}, {"was", "inaugurated"}, {"began", "work"},
                               {"began", "its", "work"}, {"started", "work"}, {"moved"},
                               {"was", "moved"}, {"was", "relocated"}, {"relocated"},
                               {"established"}, {"set", "up"}, {"inaugurated"});
  if (n == 0 || (v > 0 && is(u, v - 1, {"has", "had", "to"}))) return std::nullopt;
  std::optional<std::size_t> city = city_after(u, v + n);
  std::optional<Subject> s = city ? seat_subject(u, v, false) : std::nullopt;
  if (!s || !s->permanent) return std::nullopt;
  OrgFinding f = seat_finding(u, *s, *city, "hq.opened_in");
  f.starts = true;
  return f;
}

// CITY[, which] hosts|houses|is home to the ORG Secretariat|headquarters.
std::optional<OrgFinding> hosts_pattern(const Units& u, std::size_t c) {
  if (!is_city_at(u, c)) return std::nullopt;
  std::size_t k = c + 1;
  if (is(u, k, {","}) && is(u, k + 1, {"which"})) k += 2;  // "Minsk, which hosts"
  std::size_t n = is(u, k, {"hosts", "houses"}) ? 1 : phrase(u, k, {"is", "home", "to"});
  if (n == 0) return std::nullopt;
  k += n;
  if (is(u, k, {"the"})) ++k;
  Subject s;
  if (is_org(u, k) && names_permanent_body(*u[k].mention)) {
    s.org = u[k].mention;
  } else if (is_org(u, k) && is_seat_noun(u, k + 1)) {
    s.org = u[k].mention;
  } else if (is_seat_noun(u, k) && is(u, k + 1, {"of"})) {
    std::size_t o = is(u, k + 2, {"the"}) ? k + 3 : k + 2;
    s.org = is_org(u, o) ? u[o].mention : nullptr;
  }
  if (s.org == nullptr) return std::nullopt;
  s.begin = c;
  s.clause = clause_begin(u, c);
  return seat_finding(u, s, c, "hq.hosts");
}

// the CITY-based ORG|Secretariat: "the Jakarta-based ASEAN Secretariat", "the
// Shanghai-based New Development Bank", "the Istanbul-based Secretariat of the
// Organization", "the Minsk-based Secretariat" (the organisation in context).
std::optional<OrgFinding> based_adjective_pattern(const Units& u, std::size_t c) {
  if (!is_city_at(u, c) || !is(u, c + 1, {"based"}) || !u[c + 1].joined) return std::nullopt;
  std::size_t k = c + 2;
  Subject s;
  s.permanent = true;
  std::size_t end = k + 1;
  if (is_org(u, k)) {
    s.org = u[k].mention;
    // A body of its own (the Regional Anti-Terrorist Structure) has its own seat.
    if (is_sub_body(*s.org) && !names_permanent_body(*s.org)) return std::nullopt;
    if (is_seat_noun(u, k + 1)) end = k + 2;
  } else if (is_seat_noun(u, k) && is(u, k + 1, {"of"})) {
    std::size_t o = is(u, k + 2, {"the"}) ? k + 3 : k + 2;
    if (is_org(u, o)) {
      s.org = u[o].mention;
    } else if (!is_generic_org_noun(u, o)) {
      return std::nullopt;
    }
    end = o + 1;
  } else if (!is_seat_noun(u, k)) {
    return std::nullopt;
  }
  s.begin = c > 0 && is(u, c - 1, {"the"}) ? c - 1 : c;
  s.clause = clause_begin(u, s.begin);
  OrgFinding f = seat_finding(u, s, c, "hq.based_adjective");
  if (s.org == nullptr) f.context_before = s.begin;
  // The adjective presupposes the seat, whatever the clause around it says.
  f.scope_begin = s.begin;
  f.scope_end = end;
  return f;
}

}  // namespace

// CITY, the ORG's|Organisation's headquarters|seat: an apposition naming the
// city as the seat.
std::optional<OrgFinding> city_apposition_pattern(const Units& u, std::size_t c) {
  if (!is_city_at(u, c) || !is(u, c + 1, {","}) || !is(u, c + 2, {"the"})) return std::nullopt;
  std::size_t k = c + 3;
  Subject s;
  if (is_org(u, k) && is(u, k + 1, {"'s"})) {
    s.org = u[k].mention;
  } else if (is_generic_org_noun(u, k) && is(u, k + 1, {"'s"})) {
    s.org = nullptr;
  } else {
    return std::nullopt;
  }
  if (!is(u, k + 2, {"headquarters", "seat"})) return std::nullopt;
  s.begin = c;
  s.permanent = true;
  s.clause = clause_begin(u, c);
  OrgFinding f = seat_finding(u, s, c, "hq.apposition");
  if (s.org == nullptr) f.context_before = k;
  f.scope_begin = c;
  f.scope_end = k + 3;
  return f;
}

// Each pattern's first test at its anchor, in the order find_seats tries them; the last
// three start at a city.
FamilyEntryWords seat_entry_words() {
  return {"the seat patterns",
          {{"located", "based", "headquartered", "situated", "seated", "housed", "is", "are",
            "hosted", "works", "sits"},
           {"has", "have"},
           {"in"},
           {"opened", "was", "began", "started", "moved", "relocated", "established", "set",
            "inaugurated"},
           {},
           {},
           {}},
          /*at_mentions=*/0b1110000,
          // every seat is a city the sentence names (is_city_at())
          [](const Units& u) {
            return std::any_of(u.begin(), u.end(), [](const Unit& unit) {
              return unit.mention != nullptr && unit.mention->entity->kind == EntityKind::City;
            });
          }};
}

std::vector<OrgFinding> read_seats(const EntryUnits& sentence) {
  static constexpr std::array<OrgPattern, 7> kPatterns{
      located_pattern, has_seat_pattern,        noun_phrase_pattern,    opened_pattern,
      hosts_pattern,   city_apposition_pattern, based_adjective_pattern};
  return find_org_patterns(PatternFamily::Seat, kPatterns, sentence);
}

}  // namespace orgkg::detail

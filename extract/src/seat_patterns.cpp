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
#include "seat_phrases.hpp"

namespace orgkg::detail {
namespace {

// SEAT is located|based|headquartered|hosted in CITY; SEAT is [in] CITY;
// SEAT works|sits in CITY (a secretariat, not a whole organisation, which
// "works in" countries it helps).
std::optional<OrgFinding> located_pattern(const Units& u, std::size_t v) {
  bool located = is(u, v, {"located", "based", "headquartered", "situated", "seated", "housed"}) ||
                 (is(u, v, {"hosted"}) && v > 0 && is(u, v - 1, {"is", "are", "was", "been"}));
  // "the Secretariat, which has been functioning in Kathmandu since 1987"
  bool is_in =
      !located &&
      (is(u, v,
          {"is", "are", "works", "sits", "functioning", "functions", "operating", "operates"}) ||
       (is(u, v, {"been"}) && v > 0 && is(u, v - 1, {"has", "have"}))) &&
      is(u, v + 1, {"in"});
  // "its Secretariat has since operated from Port Vila"
  bool from =
      !located && !is_in &&
      is(u, v,
         {"operated", "operates", "operating", "functioned", "functions", "works", "worked"}) &&
      is(u, v + 1, {"from"}) && is_city_at(u, v + 2);
  is_in = is_in || from;
  std::optional<SeatSubject> working;
  if (is_in && !is(u, v, {"is", "are", "been"})) {
    working = seat_subject(u, v, false);
    if (!working || !working->permanent) return std::nullopt;
  }
  // "The seat of the OSCE Secretariat is Vienna."
  bool is_city = !located && !is_in && is(u, v, {"is"}) && is_city_at(u, v + 1);
  if (is_city) is_in = true;
  if (!located && !is_in) return std::nullopt;
  std::optional<std::size_t> city = is_city ? std::optional<std::size_t>(v + 1)
                                    : from  ? std::optional<std::size_t>(v + 2)
                                            : city_after(u, v + 1);
  if (!city || is(u, v + 1, {"to"})) return std::nullopt;
  // "whose headquarters have been in Vienna": the subject before the auxiliary.
  const bool been = is(u, v, {"been"});
  std::optional<SeatSubject> s = working ? working
                                 : been  ? seat_subject(u, v, false)
                                 : is_in ? seat_np_before(u, v, false)
                                         : seat_subject(u, v, is(u, v, {"headquartered", "based"}));
  if (!s || (is_in && !s->permanent)) return std::nullopt;
  if (is_in && !working && !been) s->clause = clause_begin(u, s->begin);
  return seat_finding(u, *s, *city, is_in ? "hq.is_in" : "hq.located_in");
}

// ORG has its|a headquarters|seat|secretariat in CITY; ORG is|has been
// served by a|the [ORG] Secretariat in CITY.
std::optional<OrgFinding> has_seat_pattern(const Units& u, std::size_t v) {
  if (is(u, v, {"served"}) && is(u, v + 1, {"by"}) && v >= 2) {
    std::size_t aux = v - 1;
    if (is(u, aux, {"been"}) && is(u, aux - 1, {"has", "have", "had"})) --aux;
    std::size_t k = v + 2;
    if (!is(u, aux, {"is", "are", "was", "has", "have", "had"}) ||
        !is(u, k, {"a", "the", "its", "their"})) {
      return std::nullopt;
    }
    ++k;
    if (is_org(u, k)) ++k;  // "the APEC Secretariat"
    if (!is_seat_noun(u, k)) return std::nullopt;
    std::optional<std::size_t> city = city_after(u, k + 1);
    std::optional<SeatSubject> s = city ? seat_subject(u, aux, true) : std::nullopt;
    if (!s) return std::nullopt;
    OrgFinding f = seat_finding(u, *s, *city, "hq.has_seat");
    // "Founded in March 1997, the Association is served by ...": the opening
    // participle's date is the founding's.
    if (s->begin >= 2 && is(u, s->begin - 1, {","}) &&
        is(u, 0, {"founded", "established", "created", "launched", "set"})) {
      f.date_begin = s->begin;
    }
    return f;
  }
  if (!is(u, v, {"has", "have"}) || !is(u, v + 1, {"its", "their", "a"})) return std::nullopt;
  std::size_t k = v + 2;
  if (is(u, k, {"permanent", "main"})) ++k;
  if (!is_seat_noun(u, k)) return std::nullopt;
  std::optional<std::size_t> city = city_after(u, k + 1);
  std::optional<SeatSubject> s = city ? seat_subject(u, v, true) : std::nullopt;
  if (!s) return std::nullopt;
  return seat_finding(u, *s, *city, "hq.has_seat");
}

// the ORG Secretariat in CITY; the headquarters of ORG in CITY; "the
// permanent bodies of the SCO are the Secretariat in Beijing and ...".
std::optional<OrgFinding> noun_phrase_pattern(const Units& u, std::size_t k) {
  std::optional<std::size_t> city = is(u, k, {"in"}) ? city_after(u, k) : std::nullopt;
  if (!city || k == 0) return std::nullopt;
  // Only a permanent body has its seat in the city (below), and
  // seat_np_before() finds one only where an organisation, a seat noun,
  // "commission", "committee" or a generic "Organisation" ends before "in":
  // most "in CITY" ("met in Astana") follow none.
  if (!is_org(u, k - 1) && !is_seat_noun(u, k - 1) && !is(u, k - 1, {"commission", "committee"}) &&
      !is_generic_org_noun(u, k - 1)) {
    return std::nullopt;
  }
  std::optional<SeatSubject> s = seat_np_before(u, k, false);
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
  std::optional<SeatSubject> s = city ? seat_subject(u, v, false) : std::nullopt;
  if (!s || !s->permanent) return std::nullopt;
  OrgFinding f = seat_finding(u, *s, *city, "hq.opened_in");
  f.starts = true;
  return f;
}

// CITY[, which] hosts|houses|is home to the ORG Secretariat|headquarters.
std::optional<OrgFinding> hosts_pattern(const Units& u, std::size_t c) {
  if (!is_city_at(u, c)) return std::nullopt;
  std::size_t k = c + 1;
  // "proud to host in Abuja the ECOWAS Commission": the object after the city.
  const bool host_in = c >= 2 && is(u, c - 1, {"in"}) && is(u, c - 2, {"host", "hosts", "hosting"});
  if (!host_in) {
    if (is(u, k, {","}) && is(u, k + 1, {"which"})) k += 2;  // "Minsk, which hosts"
    // "Lisbon has [long] hosted the Secretariat since 1996"
    std::size_t have =
        is(u, k, {"has", "have"}) ? (is(u, k + 1, {"long", "also", "again"}) ? 2 : 1) : 0;
    std::size_t n = have != 0 ? (is(u, k + have, {"hosted", "housed"}) ? have + 1 : 0)
                    : is(u, k, {"hosts", "houses"}) ? 1
                    : is(u, k + 1, {"also"})        ? phrase(u, k, {"is", "also", "home", "to"})
                                                    : phrase(u, k, {"is", "home", "to"});
    if (n == 0) return std::nullopt;
    k += n;
  }
  if (is(u, k, {"the"})) ++k;
  SeatSubject s;
  bool context = false;  // "the Executive Secretariat of the Community"
  if (is(u, k, {"executive", "permanent", "general"}) &&
      (is_seat_noun(u, k + 1) || is_org(u, k + 1)))
    ++k;
  if (is_org(u, k) && names_permanent_body(*u[k].mention)) {
    s.org = u[k].mention;
  } else if (is_org(u, k) && (is_seat_noun(u, k + 1) || is(u, k + 1, {"commission"}))) {
    s.org = u[k].mention;
  } else {
    if (is_seat_noun(u, k) && is(u, k + 1, {"of"})) {
      std::size_t o = is(u, k + 2, {"the"}) ? k + 3 : k + 2;
      s.org = is_org(u, o) ? u[o].mention : nullptr;
      context = s.org == nullptr && o == k + 3 && is_generic_org_noun(u, o);
    }
  }
  if (s.org == nullptr && !context) return std::nullopt;
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
  SeatSubject s;
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
  if (!is_city_at(u, c) || !is(u, c + 1, {","})) return std::nullopt;
  // "Strasbourg, where the Council of Europe has its seat|headquarters"
  if (is(u, c + 2, {"where"})) {
    std::size_t o = is(u, c + 3, {"the"}) ? c + 4 : c + 3;
    if (!is_org(u, o) || !is(u, o + 1, {"has"}) || !is(u, o + 2, {"its"}) ||
        !is(u, o + 3, {"seat", "headquarters", "secretariat"})) {
      return std::nullopt;
    }
    SeatSubject s{u[o].mention, c, true};
    s.clause = c + 2;
    s.relative = true;
    OrgFinding f = seat_finding(u, s, c, "hq.apposition");
    f.scope_begin = c;
    f.scope_end = o + 4;
    return f;
  }
  if (!is(u, c + 2, {"the"})) return std::nullopt;
  std::size_t k = c + 3;
  SeatSubject s;
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
            "hosted", "works", "sits", "functioning", "functions", "operating", "operates", "been",
            "operated", "functioned", "worked"},
           {"has", "have", "served"},
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

void read_seats(const EntryUnits& sentence, std::vector<OrgFinding>& findings) {
  static constexpr std::array<OrgPattern, 7> kPatterns{
      located_pattern, has_seat_pattern,        noun_phrase_pattern,    opened_pattern,
      hosts_pattern,   city_apposition_pattern, based_adjective_pattern};
  // The last three start at a mention, and their first test is that it names
  // a city: at the sentence's states and organisations they are not tried.
  const Units& u = sentence.units();
  findings.clear();
  find_org_patterns(
      PatternFamily::Seat, kPatterns, sentence, findings,
      [&u](std::size_t p, std::size_t i) {
        return p < 4 || (u[i].mention != nullptr && u[i].mention->entity->kind == EntityKind::City);
      },
      /*found=*/true);
}

}  // namespace orgkg::detail

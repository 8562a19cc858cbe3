// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "seat_phrases.hpp"

#include "list_phrases.hpp"

namespace orgkg::detail {

// "in [the city of] CITY", "at Marlborough House in CITY" at unit k: the
// city's unit, else nullopt.
std::optional<std::size_t> city_after(const Units& u, std::size_t k) {
  if (is(u, k, {"at"})) {  // a building named before its city
    std::size_t m = k + 1;
    if (is_city_at(u, m)) return m;  // "located at Ebene in Mauritius"
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
  // "whose Commission": an organisation's permanent executive body
  if (j < 4 || !(is_seat_noun(u, j - 1) || is(u, j - 1, {"commission"}))) return 0;
  std::size_t w = is(u, j - 2, {"general", "permanent"}) ? j - 3 : j - 2;
  if (w < 2 || !is(u, w, {"whose"})) return 0;
  std::size_t o = w - 2;
  if (is(u, w - 1, {"and"}) && w >= 3 && is(u, w - 2, {","})) {
    // "the AMU, founded in 1989 by A and B, and whose General Secretariat":
    // the organisation the first of the coordinated clauses hangs on.
    o = 0;
    for (std::size_t m = w - 2; m-- > 0 && w - m < 30;) {
      if (is(u, m, {".", ";", ":"})) break;
      if (is_org(u, m) && is(u, m + 1, {","})) {
        o = m;
        break;
      }
    }
    if (o == 0) return 0;
  } else if (!is(u, w - 1, {","})) {
    return 0;
  }
  if (o >= 2 && is(u, o, {")"}) && is(u, o - 2, {"("})) --o;  // "the NDB (NDB), whose"
  if (!is_org(u, o)) return 0;
  org = o;
  return w;
}

// A seat noun phrase ending before unit j: "ORG's SEAT", "ORG SEAT", "the
// SEAT" (context), an organisation mention, or a generic "the Organisation".
std::optional<SeatSubject> seat_np_before(const Units& u, std::size_t j, bool allow_it) {
  SeatSubject s;
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
        permanent_body || (j >= 3 && is(u, j - 2, {"of", "the"}) && is_seat_noun(u, j - 3)) ||
        (j >= 4 && is(u, j - 2, {"the"}) && is(u, j - 3, {"of"}) && is_seat_noun(u, j - 4));
    return s;
  }
  // Most of the tests below ask it of the same unit.
  const bool seat_noun = is_seat_noun(u, j - 1);
  if (seat_noun && j >= 2 && is_org(u, j - 2)) {
    return SeatSubject{u[j - 2].mention, j - 2, true};
  }
  // "the RATS Executive Committee"
  if (j >= 3 && is(u, j - 1, {"committee"}) && is(u, j - 2, {"executive"}) && is_org(u, j - 3)) {
    return SeatSubject{u[j - 3].mention, j - 3, true};
  }
  // "the GCC General Secretariat", "the ECOWAS Commission", "the CIS
  // Executive Committee": an organisation's permanent executive body.
  if (seat_noun && j >= 3 && is(u, j - 2, {"general", "permanent", "executive"}) &&
      is_org(u, j - 3)) {
    return SeatSubject{u[j - 3].mention, j - 3, true};
  }
  if (is(u, j - 1, {"commission"}) && j >= 2 && is_org(u, j - 2)) {
    return SeatSubject{u[j - 2].mention, j - 2, true};
  }
  // "its Commission": the executive body of the organisation the sentence
  // opens with, or of the one in context when the sentence names none.
  if (is(u, j - 1, {"commission"}) && j >= 2 && is(u, j - 2, {"its"})) {
    std::size_t first = is(u, 0, {"the"}) ? 1 : 0;
    if (is_org(u, first)) return SeatSubject{u[first].mention, j - 2, true};
    for (std::size_t k = 0; k < j; ++k) {
      if (is_org(u, k)) return std::nullopt;
    }
    return SeatSubject{nullptr, j - 2, true};
  }
  // "its General Secretariat", "the Permanent|Executive Secretariat": the
  // one in context.
  if (seat_noun && j >= 3 && is(u, j - 2, {"general", "permanent", "executive"}) &&
      is(u, j - 3, {"its", "the"})) {
    return SeatSubject{nullptr, j - 3, true};
  }
  if (seat_noun && j >= 3 && is(u, j - 2, {"'s"}) && is_org(u, j - 3)) {
    return SeatSubject{u[j - 3].mention, j - 3, true};
  }
  // "the League, whose [General] Secretariat|headquarters is in Cairo"
  std::size_t org = 0;
  if (std::size_t w = whose_seat_at(u, j, org)) return SeatSubject{u[org].mention, w, true};
  std::size_t b = 0;
  // "the Secretariat of the Organisation"
  if (j >= 4 && is_generic_org_noun(u, j - 1) && is(u, j - 2, {"the"}) && is(u, j - 3, {"of"}) &&
      is_seat_noun(u, j - 4)) {
    return SeatSubject{nullptr, j - 4 > 0 && is(u, j - 5, {"the"}) ? j - 5 : j - 4, true};
  }
  if (is(u, j - 1, {"it"}) && !allow_it) return std::nullopt;
  if (!context_subject_before(u, j, b) || is(u, j - 1, {"parties"})) return std::nullopt;
  return SeatSubject{nullptr, b, seat_noun};
}

// The subject of a verb phrase starting at unit v, over "is", "which", a
// comma and an appositive ("ORG, the Union's permanent body, is based").
std::optional<SeatSubject> seat_subject(const Units& u, std::size_t v, bool allow_it) {
  std::size_t j = v;
  while (j > 0 && is(u, j - 1,
                     {"is", "are", "was", "were", "has", "have", "been", "also", "currently", "now",
                      "permanently", "still", "today", "since", "long"})) {
    --j;
  }
  // "ORG, whose Secretariat is located in CITY", "... (ACR), whose secretariat"
  std::size_t o = 0;
  if (std::size_t w = whose_seat_at(u, j, o)) {
    const Mention* org = u[o].mention;
    if (is_sub_body(*org) && !names_permanent_body(*org)) return std::nullopt;
    SeatSubject s{org, o, true};
    s.relative = true;
    s.clause = w;
    return s;
  }
  // "Its Secretariat, whose establishment was agreed in 2016, is located in
  // CITY": past a relative clause on the subject.
  // Its words are not the seat's: the statement starts after it.
  std::size_t after_relative = 0;
  if (j >= 4 && is(u, j - 1, {","})) {
    for (std::size_t k = j - 2; k > 1 && j - k < 16; --k) {
      if (is(u, k, {".", ";", ":", ","})) break;
      if (is(u, k, {"whose", "which"}) && is(u, k - 1, {","})) {
        after_relative = j;
        j = k - 1;
        break;
      }
      // "Its Secretariat, generously hosted by the State of Kuwait, operates
      // from Kuwait City": a participle aside.
      if (is(u, k, {"hosted", "supported", "funded", "financed"}) && is(u, k + 1, {"by"})) {
        std::size_t c = is(u, k - 1, {","}) ? k - 1 : k - 2;
        if (c >= 1 && is(u, c, {","})) {
          after_relative = j;
          j = c;
          break;
        }
      }
    }
  }
  // "the CSTO Secretariat and the Joint Staff, both located in Moscow": the
  // first of the two.
  const bool both = j > 0 && is(u, j - 1, {"both"});
  if (both) --j;
  // "the Eurasian Economic Commission, the Union's permanent regulatory body
  // headquartered in Moscow": the apposition's head before the participle.
  const bool body = !both && j > 0 && is(u, j - 1, {"body", "organ"});
  std::size_t appositive_end = j;
  if (body) {
    for (std::size_t k = j - 1; k > 0 && j - k < 7; --k) {
      if (is(u, k - 1, {","})) {
        j = k;
        break;
      }
      if (u[k - 1].mention != nullptr && !is(u, k, {"'s"})) break;
    }
    if (j == appositive_end) return std::nullopt;
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
  std::optional<SeatSubject> s = seat_np_before(u, j, allow_it);
  if (!s && both && comma) {
    for (std::size_t k = j; k > 1 && j - k < 8; --k) {
      if (u[k - 1].mention != nullptr && is(u, k, {"and"})) {
        s = seat_np_before(u, k, false);
        break;
      }
    }
  }
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
  if (after_relative != 0) {
    s->relative = true;
    s->clause = after_relative;
  }
  return s;
}

OrgFinding seat_finding(const Units& u, const SeatSubject& s, std::size_t city, const char* rule) {
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

}  // namespace orgkg::detail

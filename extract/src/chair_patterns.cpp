// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// chair_of: a state holds an organisation's chairmanship or presidency.
//   STATE assumed|took over|holds [the] [ORG] chairmanship [of ORG] [from STATE2]
//                                                       chair.assumed, chair.took_over, chair.holds
//   STATE chairs|chaired [the bodies of] ORG          chair.chairs
//   STATE handed over|passed (the chairmanship [of ORG] | it) to STATE2
//                                                       chair.handed_over (both chair)
//   the [ORG] chairmanship [of ORG] passed to STATE, ... was held by STATE
//                                                       chair.passes_to, chair.held_by
//   ORG [, which is] chaired by STATE                    chair.chaired_by
//   STATE's|our country's [ORG] chairmanship|presidency [of ORG]; thanked STATE for its
//   successful chairmanship                              chair.possessive
//   the DEMONYM [ORG] chairmanship|presidency [of ORG]   chair.demonym
//   under the chairmanship of STATE; the presidency of STATE in ORG  chair.chairmanship_of
//   the presidency of the Council of ORG, which STATE holds [in 2014]  chair.holds
//   the Kazakhstan [ORG] chairmanship [of ORG]             chair.attributive
// (the role nouns "chair", "president": chair_roles.cpp; the possessive and
// "the chairmanship of STATE": chair_nouns.cpp; the phrases: chair_phrases.hpp).
// "presidency" and "president" also name a head of state, so they need the
// organisation named in the sentence; "chairmanship" may take it from context.
// A future ("will chair", "will take over the chairmanship in 2025") states
// no chair: the chairmanship is not held yet (tests/gold/README.md).
#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "chair_phrases.hpp"
#include "status_phrases.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

// Every chair pattern needs one of these: a chairmanship noun (chair_noun())
// or a verb of chairing (chairs_pattern(), chaired_by_pattern()).
const WordSet kChairWords{"chairmanship", "chairship", "chairpersonship", "presidency",
                          "chair",        "chairs",    "chaired",         "chairing",
                          "chairperson",  "presides",  "presided",        "presiding"};

// "from [President NAME of] [the] STATE" at unit k: the state's unit, 0 when none.
std::size_t giver_from(const Units& u, std::size_t k) {
  return is(u, k, {"from"}) ? state_represented_at(u, k + 1) : 0;
}

// STATE assumed|took over|holds [the] chairmanship [of ORG] [from STATE2].
void assume_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  const char* rule = "chair.holds";
  std::size_t verb = 0;
  bool starts = true;
  if (is(u, i, {"assumed", "assumes", "assume", "assuming"})) {
    rule = "chair.assumed";
    verb = 1;
  } else if (is(u, i, {"took", "takes", "take", "taking", "taken"}) && is(u, i + 1, {"over"})) {
    rule = "chair.took_over";
    verb = 2;
  } else if (is(u, i, {"holds", "held", "hold", "holding"})) {
    verb = 1;
    starts = false;
  } else if (is(u, i, {"received", "receives", "receiving"})) {
    rule = "chair.received";
    verb = 1;
    // "received from President Iván Duque of Colombia the Pro Tempore
    // Presidency": the giver before the chairmanship.
    if (std::size_t giver = giver_from(u, i + 1)) {
      std::optional<ChairPhrase> p = chair_phrase_at(u, giver + 1, true);
      if (!p) return;
      StatusFinding f = chair_finding(rule, &*p, Modality::Stated);
      if (read_subjects(u, i, publisher, false, f)) {
        set_scopes(u, i, f.phrase_begin, p->end, f);
        f.anchor = i;
        f.starts = true;
        out.push_back(std::move(f));
      }
      add_previous_chair(u, i, *p, giver, i, out);
      return;
    }
  }
  // "assumed the role|post|duties of Chair-in-Office of ORG"
  if (verb != 0 && is(u, i + verb, {"the"}) && is(u, i + verb + 1, {"role", "post", "duties"}) &&
      is(u, i + verb + 2, {"of"})) {
    verb += 3;
  }
  std::optional<ChairPhrase> p = verb ? chair_phrase_at(u, i + verb, true) : std::nullopt;
  if (!p && verb == 2 && starts) {  // "when it took over the role from Australia"
    took_over_role_from(u, i, i + verb, out);
    return;
  }
  if (!p || (i + verb < u.size() && !is(u, i + verb, {"the", "its"}) && p->org == nullptr)) return;
  // "took over the Presidency from Italy": a presidency handed over between
  // states is an organisation's, which the context may name.
  // "took over the Chair for the period 2023-2025 from Bangladesh": the
  // period is the taker's.
  std::size_t past_period = p->end;
  if (is(u, past_period, {"for"})) {
    std::size_t d = past_period + 1 + phrase(u, past_period + 1, {"the", "period"});
    while (d < u.size() && d < past_period + 8 && (is_date_word(u, d) || is(u, d, {"-"}))) ++d;
    if (d > past_period + 1 && is(u, d, {"from"})) past_period = d;
  }
  const std::size_t from = verb != 0 && starts ? giver_from(u, past_period) : 0;
  const bool handover = from != 0;
  if (handover) p->presidency = false;
  StatusFinding f = chair_finding(rule, &*p, Modality::Stated);
  bool taker = read_subjects(u, i, publisher, false, f);
  if (taker) set_scopes(u, i, f.phrase_begin, p->end, f);
  // "took over|assumed the chairmanship from STATE2": the chair before, also
  // when the one taking over is a person ("Foreign Minister X took over the
  // Chair from Bangladesh").
  if (handover) add_previous_chair(u, i, *p, from, taker ? f.phrase_begin : i, out);
  // "assumed the presidency ..., succeeding [the Kingdom of] Saudi Arabia"
  for (std::size_t m = p->end; starts && m < u.size() && m < p->end + 8; ++m) {
    if (is(u, m, {".", ";", "and", "but", "which", "who"})) break;
    if (!is(u, m, {","}) || !is(u, m + 1, {"succeeding"})) continue;
    std::size_t s = m + 2 + (is(u, m + 2, {"the"}) ? 1 : 0);
    if (is_state_name(u, s)) add_previous_chair(u, i, *p, s, taker ? f.phrase_begin : i, out);
    break;
  }
  if (!taker) return;
  f.anchor = i;
  f.starts = starts;
  out.push_back(std::move(f));
}

// STATE chairs|chaired [the] (ORG | bodies of ORG | Council).
void chairs_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  std::size_t verb = is(u, i, {"chairs", "chaired", "chair", "chairing"}) ? 1 : 0;
  if (verb == 0 && is(u, i, {"presides", "presided", "presiding"}) && is(u, i + 1, {"over"})) {
    verb = 2;
  }
  if (verb == 0 || (i > 0 && is(u, i - 1, {"the", "a", "its", "as"}))) return;
  std::size_t k = i + verb;
  OrgPhrase object = org_after(u, k, /*preposition=*/false);
  std::size_t end = k + object.length;
  if (object.length == 0) {  // "the bodies of the EAEU", "the Council"
    std::size_t t = is(u, k, {"the"}) ? k + 1 : k;
    if (is(u, t, {"bodies", "organs", "structures"})) {
      object = org_phrase_after(u, t + 1);
      if (object.length == 0 || object.org == nullptr) return;
      end = t + 1 + object.length;
    } else if (t > k && is_generic_org_noun(u, t)) {
      end = t + 1;
    } else {
      return;
    }
  }
  if (object.org != nullptr) end += governing_body_at(u, end);  // "the ECOWAS Authority of ..."
  if (object.pronoun || !object_ends_at(u, end)) return;
  StatusFinding f = chair_finding("chair.chairs", nullptr, Modality::Stated);
  f.organisation = object.org;
  if (!read_subjects(u, i, publisher, false, f)) return;
  f.anchor = i;
  set_scopes(u, i, f.phrase_begin, end, f);
  out.push_back(std::move(f));
}

// STATE handed over|passed (the chairmanship [of ORG] | it) [over] to STATE2.
void handover_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  if (!is(u, i,
          {"handed", "hands", "hand", "handing", "passed", "passes", "pass", "passing",
           "transferred", "transfers", "transfer"})) {
    return;
  }
  std::size_t k = is(u, i + 1, {"over"}) ? i + 2 : i + 1;
  std::optional<ChairPhrase> p;
  if (is(u, k, {"it"})) {
    p = chair_before(u, i);
    if (p) p->end = k + 1;
  } else {
    p = chair_phrase_at(u, k, false);
  }
  if (!p) return;
  std::size_t to = is(u, p->end, {"over"}) ? p->end + 1 : p->end;
  // "handed it over in July 2016 to": the handover's date before the receiver.
  std::size_t dated = 0;
  if (std::size_t d = dates_end(u, to); d > to && is(u, d, {"to"})) {
    dated = to;
    to = d;
  }
  std::size_t receiver = is(u, to, {"to"}) ? state_represented_at(u, to + 1) : 0;
  StatusFinding giver = chair_finding("chair.handed_over", &*p, Modality::Stated);
  if (read_subjects(u, i, publisher, false, giver)) {
    giver.anchor = i;
    set_scopes(u, i, giver.phrase_begin, p->end, giver);
    giver.use_period = false;
    giver.ends = true;
    out.push_back(giver);
  }
  if (receiver == 0) return;
  StatusFinding f = chair_finding("chair.handed_over", &*p, Modality::Stated);
  f.subjects = {u[receiver].mention};
  f.anchor = i;
  f.phrase_begin = giver.phrase_begin != 0 ? giver.phrase_begin : i;
  set_scopes(u, i, f.phrase_begin, receiver + 1, f);
  if (dated != 0) {
    f.date_begin = dated;
    f.date_end = to;
  }
  f.starts = true;
  out.push_back(std::move(f));
}

// "... passed|went|was handed over from STATE [, which had chaired it since
// 2019,] to STATE2" after a chairmanship subject ending at unit k: both held
// it, the first until the handover, the second from it.
void passed_from_to(const Units& u, std::size_t i, std::size_t k, const ChairPhrase& p,
                    StatusFindings& out) {
  std::size_t n = 0;
  while (is(u, k + n, {"has", "had", "was", "been"})) ++n;
  if (is(u, k + n, {"passed", "went", "transferred"})) {
    ++n;
  } else if (phrase(u, k + n, {"handed", "over"})) {
    n += 2;
  } else {
    return;
  }
  std::size_t from = k + n;
  if (!is(u, from, {"from"}) || !is_state_name(u, from + 1)) return;
  std::size_t to = from + 2;
  if (is(u, to, {","})) {  // a relative clause about the giver, closed by a comma
    std::size_t close = to + 1;
    while (close < u.size() && close < to + 20 && !is(u, close, {",", ".", ";"})) ++close;
    if (!is(u, close, {","})) return;
    to = close + 1;
  }
  if (!is(u, to, {"to"}) || !is_state_name(u, to + 1)) return;
  // The giver held it until the handover, the receiver from it.
  for (std::size_t state : {from + 1, to + 1}) {
    StatusFinding f = chair_finding("chair.passes_to", &p, Modality::Stated);
    f.subjects = {u[state].mention};
    f.anchor = k;
    f.phrase_begin = i;
    set_scopes(u, k, i, state + 1, f);
    bool giver = state == from + 1;
    f.use_period = !giver;
    f.ends = giver;
    f.starts = !giver;
    out.push_back(std::move(f));
  }
}

// The [ORG] chairmanship [of ORG] [, for 2020–2022,] [in 2024] passed to|was
// held by|belongs to STATE.
void passes_to_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"the", "its"}) && !is_org(u, i)) return;
  if (i > 0 && is(u, i - 1, {"'s"})) return;
  std::optional<ChairPhrase> p = chair_phrase_at(u, i, false);
  if (!p) return;
  std::size_t k = p->end;
  if (is(u, k, {","})) {  // ", for 2020–2022,"
    std::size_t close = k + 1;
    while (close < u.size() && close < k + 8 && !is(u, close, {","})) ++close;
    if (close >= u.size() || !is(u, close, {","})) return;
    k = close + 1;
  }
  if (is(u, k, {"for", "in"}) && is_date_word(u, k + 1)) {  // "for 2024–2025", "in 2024"
    ++k;
    while (is_date_word(u, k) || is(u, k, {"-", "and", "to"})) ++k;
  }
  bool starts = false;
  std::size_t verb = passive_verb_at(u, k, starts);
  if (verb == 0) {
    passed_from_to(u, i, k, *p, out);
    return;
  }
  if (is(u, k + verb, {"the"}) && is_state_name(u, k + verb + 1)) ++verb;  // "to the Republic of"
  if (!is_state_name(u, k + verb)) return;
  const char* rule = starts ? "chair.passes_to" : "chair.held_by";
  StatusFinding f = chair_finding(rule, &*p, Modality::Stated);
  f.subjects = {u[k + verb].mention};
  f.anchor = k;
  f.phrase_begin = i;
  f.starts = starts;
  set_scopes(u, k, i, k + verb + 1, f);
  out.push_back(std::move(f));
}

// ORG [, which is] chaired by STATE.
void chaired_by_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  bool chaired = is(u, i, {"chaired"}) || (is(u, i, {"presided"}) && is(u, i + 1, {"over"}));
  std::size_t by = is(u, i, {"chaired"}) ? i + 1 : i + 2;
  // "is chaired this year|in 2024|currently by Laos"
  if (is(u, by, {"this", "that"}) && is(u, by + 1, {"year"})) {
    by += 2;
  } else if (is(u, by, {"currently", "now"})) {
    ++by;
  } else if (is(u, by, {"in"}) && is_date_word(u, by + 1)) {
    by = dates_end(u, by);
  }
  if (!chaired || !is(u, by, {"by"}) || !is_state_name(u, by + 1)) return;
  std::size_t j = before_auxiliaries(u, i);
  if (j >= 2 && is(u, j - 1, {"which"}) && is(u, j - 2, {","})) j -= 2;
  if (j >= 1 && is(u, j - 1, {","})) --j;
  if (j == 0 || !is_org(u, j - 1)) return;
  StatusFinding f = chair_finding("chair.chaired_by", nullptr, Modality::Stated);
  f.organisation = u[j - 1].mention;
  f.subjects = {u[by + 1].mention};
  f.anchor = i;
  f.phrase_begin = j - 1;
  set_scopes(u, i, j - 1, by + 2, f);
  out.push_back(std::move(f));
}

// "... the chairmanship of ORG ... from STATE, which had held it|the
// position since 2021": the state before "which" held the chair the
// sentence named ("which" at unit i).
void which_had_held_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (i < 3 || !is(u, i - 1, {","}) || !is_state_name(u, i - 2)) return;
  std::size_t verb = i + 1;
  while (is(u, verb, {"has", "had", "have", "also"})) ++verb;
  if (verb == i + 1 || !is(u, verb, {"held", "chaired"})) return;
  std::size_t object = verb + 1;
  if (!is(u, object, {"it"}) &&
      !(is(u, object, {"the"}) &&
        is(u, object + 1, {"position", "post", "chairmanship", "presidency", "chair", "role"}))) {
    return;
  }
  std::optional<ChairPhrase> p = chair_before(u, i - 2);
  if (!p || p->org == nullptr) return;
  StatusFinding f = chair_finding("chair.had_held", &*p, Modality::Stated);
  f.subjects = {u[i - 2].mention};
  f.anchor = verb;
  f.phrase_begin = i - 2;
  f.starts = false;
  set_scopes(u, verb, i - 2, verb + 1, f);
  f.date_begin = i;  // the relative clause's own date
  out.push_back(std::move(f));
}

// the [ORG] presidency|chairmanship [of ORG], which STATE holds|held [in 2014].
void which_holds_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (i >= 3 && is(u, i, {"which"}) && is_state_name(u, i - 2)) {
    which_had_held_pattern(u, i, out);
    return;
  }
  if (i < 2 || !is(u, i, {"which"}) || !is(u, i - 1, {","}) || !is_state_name(u, i + 1)) return;
  std::size_t verb = is(u, i + 2, {"will", "would"}) ? i + 3 : i + 2;
  if (!is(u, verb, {"holds", "held", "hold"})) return;
  std::optional<ChairPhrase> p = chair_before(u, i - 1);
  if (!p || p->end != i - 1 || p->org == nullptr) return;
  StatusFinding f = chair_finding("chair.holds", &*p, Modality::Stated);
  f.subjects = {u[i + 1].mention};
  f.anchor = verb;
  f.phrase_begin = i + 1;
  f.starts = false;
  set_scopes(u, verb, i + 1, verb + 1, f);
  f.date_begin = i + 1;  // the relative clause's own date
  out.push_back(std::move(f));
}

}  // namespace

// Each pattern's first test at its anchor, in the order find_chair_patterns tries them; the
// possessive and "the ORG chairmanship passed to" also start at a state or
// an organisation.
FamilyEntryWords chair_entry_words() {
  return {"the chair patterns",
          {{"our", "its", "whose"},  // and publisher_at
           {"assumed", "assumes", "assume", "assuming", "took", "takes", "take", "taking", "taken",
            "holds", "held", "hold", "holding", "received", "receives", "receiving"},
           {"chairs", "chaired", "chair", "chairing", "presides", "presided", "presiding"},
           {"handed", "hands", "hand", "handing", "passed", "passes", "pass", "passing",
            "transferred", "transfers", "transfer"},
           {"the", "its"},
           {"chaired", "presided"},
           {"chairmanship", "chairship", "chairpersonship", "presidency", "chair",
            "chairperson"},  // chair_noun
           {"which"}},
          /*at_mentions=*/0b10001,
          /*needs=*/nullptr,
          &kChairWords};
}

void find_chair_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out) {
  static constexpr std::array<StatusPattern, 8> kPatterns{
      possessive_pattern,
      assume_pattern,
      chairs_pattern,
      handover_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        passes_to_pattern(u, i, out);
      },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        chaired_by_pattern(u, i, out);
      },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        chairmanship_of_pattern(u, i, out);
      },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        which_holds_pattern(u, i, out);
      }};
  find_status_family(PatternFamily::Chair, kPatterns, sentence, publisher, out);
}

}  // namespace orgkg::detail

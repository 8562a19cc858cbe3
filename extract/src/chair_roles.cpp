// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// chair_of from the role nouns "chair", "chairman", "president", "presiding
// country":
//   STATE, the current [ORG] chair|president [of ORG]; STATE, as ORG chair;
//   STATE, in its capacity as ORG chair                  chair.appositive
//   STATE served|serves as [the] [ORG] chair [of ORG]    chair.served_as
//   STATE became the [ORG] chair|chairman [of ORG]       chair.became
//   STATE succeeded STATE2 as [ORG] chair [of ORG]       chair.succeeded (both chair)
//   STATE was elected [as] [the] chair|chairperson of ORG  chair.elected
//   STATE is|was the [current] [ORG] chair [of ORG]     chair.is_chair
//   the current chair of ORG is STATE; ..., STATE, ...   chair.chair_is
//   As [the] current chair of ORG [since 2014], STATE ...  chair.appositive
//   During its chairmanship of ORG [in 2013], STATE ...     chair.appositive
// "chairman" and "president" are persons' titles as often as a state's
// role, so they need the organisation named in the role phrase; an
// "incoming", "next" or "future" chair is not one yet.
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "status_phrases.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

// Every role phrase has one of these nouns (role_phrase_at()).
const WordSet kRoleNouns{"chair",        "chairman",  "president", "presidency",
                         "chairmanship", "presiding", "chairing",  "chairperson"};

struct RolePhrase {
  std::size_t noun = 0;
  std::size_t end = 0;
  const Mention* org = nullptr;
  bool prospective = false;  ///< "incoming", "next", "future": not the chair yet
};

// "[the] [current|outgoing|...] [ORG] chair|chairman|president|presidency|
// presiding country [of ORG]" at unit k.
std::optional<RolePhrase> role_phrase_at(const Units& u, std::size_t k) {
  if (is(u, k, {"the"})) ++k;
  RolePhrase r;
  while (is(u, k,
            {"current", "new", "outgoing", "former", "previous", "then", "rotating", "incoming",
             "next", "future"})) {
    if (is(u, k, {"incoming", "next", "future"})) r.prospective = true;
    ++k;
  }
  // "the 2024 ASEAN chair": a year's chair.
  if (k < u.size() && u[k].norm.size() == 4 && is_date_word(u, k) &&
      std::isdigit(static_cast<unsigned char>(u[k].norm[0]))) {
    ++k;
  }
  if (is_org(u, k)) r.org = u[k++].mention;
  r.noun = k;
  if (is(u, k, {"presiding", "chairing", "chair"}) && is(u, k + 1, {"country", "state"})) {
    ++k;
  } else if (!is(u, k,
                 {"chair", "chairman", "chairperson", "president", "presidency", "chairmanship"})) {
    return std::nullopt;
  }
  // "Chair-in-Office" (the OSCE's, the Commonwealth's): one noun.
  if (k + 2 < u.size() && u[k + 1].joined && is(u, k + 1, {"in"}) && is(u, k + 2, {"office"})) {
    k += 2;
  }
  OrgPhrase after = org_phrase_after(u, k + 1);
  // "Chairperson of the Summit of the EAC [Heads of State]": the chair of
  // its highest body.
  if (after.length == 0 && phrase(u, k + 1, {"of", "the"}) && u[k + 3].capitalized &&
      is(u, k + 3, {"summit", "authority", "conference", "assembly"}) && is(u, k + 4, {"of"})) {
    after = org_after(u, k + 4);
    if (after.org == nullptr) return std::nullopt;
    after.length += 3;
    if (phrase(u, k + 1 + after.length, {"heads", "of", "state"})) after.length += 3;
    if (phrase(u, k + 1 + after.length, {"and", "government"})) after.length += 2;
  }
  if (after.length == 0 && unresolved_place(u, k + 1)) return std::nullopt;
  if (after.org != nullptr) r.org = after.org;
  r.end = k + 1 + after.length;
  bool person_noun = is(u, r.noun, {"chairman", "chairperson", "president"});
  if (person_noun && r.org == nullptr) return std::nullopt;
  return r;
}

StatusFinding role_finding(const char* rule, const RolePhrase& role, Modality modality) {
  StatusFinding f;
  f.relation = Relation::ChairOf;
  f.rule = rule;
  f.modality = modality;
  f.organisation = role.org;
  f.context_allowed = false;
  f.anchor = role.noun;
  return f;
}

// STATE, [as|in its capacity as] the [current] [ORG] chair|president [of ORG].
void appositive_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is_state_name(u, i)) return;
  std::size_t k = i + 1;
  bool comma = is(u, k, {","});
  if (comma) ++k;
  if (std::size_t n = phrase(u, k, {"in", "its", "capacity", "as"})) {
    k += n;
  } else if (is(u, k, {"as"})) {
    ++k;
  } else if (!comma) {
    return;
  }
  std::optional<RolePhrase> role = role_phrase_at(u, k);
  if (!role) return;
  StatusFinding f = role_finding("chair.appositive", *role, Modality::Presupposed);
  f.subjects = {u[i].mention};
  f.phrase_begin = i + 1;  // the modifiers after the comma are the ones that count
  set_scopes(u, role->noun, i, role->end, f);
  out.push_back(std::move(f));
}

// STATE served|serves|acted as [the] [ORG] chair [of ORG]; STATE became the
// chair of ORG.
void served_as_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  bool served =
      is(u, i, {"served", "serves", "serve", "serving", "acted", "acts"}) && is(u, i + 1, {"as"});
  bool became = is(u, i, {"became", "becomes", "become"}) && is(u, i + 1, {"the"});
  // "Kazakhstan is the current chair of the SCO": the organisation named.
  // "... has been the Chair of SAARC since 2014".
  // "... has [also] been the Chair of SAARC since 2014".
  std::size_t has = i > 0 && is(u, i - 1, {"also", "already", "long"}) ? i - 1 : i;
  bool is_the = (is(u, i, {"is", "was", "remains"}) ||
                 (is(u, i, {"been"}) && has > 0 && is(u, has - 1, {"has", "have", "had"}))) &&
                is(u, i + 1, {"the"});
  // "Kenya was [today|unanimously] elected [as] Chair of the EAC".
  std::size_t v = i;
  if (v > 0 && is(u, v - 1, {"today", "unanimously", "formally", "yesterday"})) --v;
  bool elected = is(u, i, {"elected"}) && v > 0 && is(u, v - 1, {"was", "were", "been"});
  // "Azerbaijan [had] succeeded [the Bolivarian Republic of] Venezuela as
  // chair": both held the chair, the one before until the other took it.
  std::size_t predecessor = 0;
  if (is(u, i, {"succeeded", "succeeds", "replaced"})) {
    std::size_t s = i + 1 + (is(u, i + 1, {"the"}) ? 1 : 0);
    if (is_state_name(u, s) && is(u, s + 1, {"as"})) predecessor = s;
  }
  if (predecessor != 0) {
    std::optional<RolePhrase> role = role_phrase_at(u, predecessor + 2);
    if (!role || role->prospective) return;
    StatusFinding f = role_finding("chair.succeeded", *role, Modality::Stated);
    f.context_allowed = true;  // a chair one succeeds another in rotates
    if (!read_subjects(u, i, publisher, false, f)) return;
    set_scopes(u, i, f.phrase_begin, role->end, f);
    f.starts = true;
    StatusFinding before = f;
    before.subjects = {u[predecessor].mention};
    before.starts = false;
    before.use_period = false;
    out.push_back(std::move(f));
    out.push_back(std::move(before));
    return;
  }
  if (!served && !became && !is_the && !elected) return;
  std::size_t k = served || (elected && is(u, i + 1, {"as"})) ? i + 2 : i + 1;
  std::optional<RolePhrase> role = role_phrase_at(u, k);
  if (elected) {
    if (!role || role->prospective || role->org == nullptr) return;
    StatusFinding f = role_finding("chair.elected", *role, Modality::Stated);
    if (!read_subjects(u, v, publisher, false, f)) return;
    set_scopes(u, i, f.phrase_begin, role->end, f);
    f.starts = true;
    out.push_back(std::move(f));
    return;
  }
  if (!role || role->prospective || (is_the && role->org == nullptr)) return;
  const char* rule = served ? "chair.served_as" : became ? "chair.became" : "chair.is_chair";
  StatusFinding f = role_finding(rule, *role, Modality::Stated);
  // "Sri Lanka served as Chair-in-Office": a state serves as the chair of
  // the organisation in context ("chairman" and "president" are persons').
  if (served && role->org == nullptr && is(u, role->noun, {"chair"})) f.context_allowed = true;
  if (!read_subjects(u, i, publisher, false, f)) return;
  set_scopes(u, i, f.phrase_begin, role->end, f);
  f.phrase_begin = i + 1;
  f.starts = became;
  out.push_back(std::move(f));
}

// The current chair of ORG is STATE; ORG's current chair is STATE; the
// current chair of ORG, STATE, ...
void chair_is_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"the"}) || (i > 0 && !is(u, i - 1, {",", ";", ":"}))) return;
  std::optional<RolePhrase> role = role_phrase_at(u, i);
  if (!role || role->prospective || role->org == nullptr) return;
  std::size_t n = phrase(u, role->end, {"is"}) + phrase(u, role->end, {"was"});
  bool apposition = n == 0 && is(u, role->end, {","});
  if (apposition) n = 1 + (is(u, role->end + 1, {"the"}) ? 1 : 0);
  std::size_t state = role->end + n;
  if (n == 0 || !is_state_name(u, state)) return;
  if (apposition ? !is(u, state + 1, {","}) : !org_ends_at(u, state + 1)) return;
  if (is(u, state + 1, {"'s"})) return;
  StatusFinding f = role_finding("chair.chair_is", *role, Modality::Stated);
  f.subjects = {u[state].mention};
  f.phrase_begin = i;
  set_scopes(u, role->noun, i, state + 1, f);
  out.push_back(std::move(f));
}

// As [the] [current] [ORG] chair [of ORG] [since ...], STATE ... (a sentence
// or clause opening): the state after the comma holds the role.
// Also "During|Under its chairmanship|presidency of ORG [in 2013], STATE ...":
// the "its" looks ahead to the state after the comma.
void as_chair_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  if (i > 0 && !is(u, i - 1, {",", ";", ":", "-"})) return;
  std::size_t length =
      is(u, i, {"as"}) ? 1 : phrase(u, i, {"during", "its"}) + phrase(u, i, {"under", "its"});
  if (length == 0) return;
  bool its = length == 2;
  if (its && !is(u, i + 2, {"chairmanship", "presidency", "chairship"})) return;
  std::optional<RolePhrase> role = role_phrase_at(u, i + length);
  if (!role || (its && role->org == nullptr)) return;
  std::size_t comma = role->end;
  while (comma < u.size() && comma < role->end + 16 && !is(u, comma, {",", ".", ";"})) ++comma;
  if (!is(u, comma, {","})) return;
  std::size_t subject = comma + (is(u, comma + 1, {"the"}) ? 2 : 1);
  StatusFinding f = role_finding("chair.appositive", *role, Modality::Presupposed);
  if (is_state_name(u, subject)) {
    f.subjects = {u[subject].mention};
  } else if (publisher && (phrase(u, subject, {"our", "country"}) || is(u, subject, {"we"}))) {
    f.publisher = true;
  } else {
    return;
  }
  f.phrase_begin = i;
  set_scopes(u, role->noun, i, comma, f);
  out.push_back(std::move(f));
}

}  // namespace

// Each pattern's first test at its anchor, in the order find_chair_role_patterns tries them; the
// appositive starts at a state.
FamilyEntryWords chair_role_entry_words() {
  return {"the chair role patterns",
          {{"served", "serves", "serve", "serving", "acted", "acts", "became", "becomes", "become",
            "is", "was", "remains", "been", "elected", "succeeded", "succeeds", "replaced"},
           {"the"},
           {"as", "during", "under"},
           {}},
          /*at_mentions=*/0b1000,
          /*needs=*/nullptr,
          &kRoleNouns};
}

void find_chair_role_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out) {
  static constexpr std::array<StatusPattern, 4> kPatterns{
      served_as_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) { chair_is_pattern(u, i, out); },
      as_chair_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        appositive_pattern(u, i, out);
      }};
  find_status_family(PatternFamily::ChairRole, kPatterns, sentence, publisher, out);
}

}  // namespace orgkg::detail

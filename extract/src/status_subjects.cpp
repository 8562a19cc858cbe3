// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The subjects of the status patterns (status_phrases.hpp): the states a
// verb is said of, read back from it past auxiliaries and relative clauses,
// "our country" for the publisher, a head of state for the state, the ones
// congratulated, and a list read as subject_list.hpp reads one.
#include "status_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

bool add_subjects(const ListItems& list, StatusFinding& f, bool states_only) {
  for (const Mention* item : list.items) {
    if (item->form == NameForm::Demonym) continue;
    if (states_only && item->entity->kind != EntityKind::State) continue;
    f.subjects.push_back(item);
  }
  return !f.subjects.empty();
}

std::size_t publisher_at(const Units& u, std::size_t i, bool publisher) {
  if (!publisher) return 0;
  if (phrase(u, i, {"our", "country"}) || phrase(u, i, {"our", "state"})) return 2;
  return is(u, i, {"we"}) ? 1 : 0;
}

// "Georgia, which joined in 1993, withdrew": the unit before the relative
// clause that ends just before unit j, else j.
std::size_t before_relative_clause(const Units& u, std::size_t j) {
  if (j < 4 || !is(u, j - 1, {","})) return j;
  for (std::size_t k = j - 2; k > 0 && j - k < 12; --k) {
    if (is(u, k, {".", ";", ":", ",", "(", ")"})) return j;
    if (is(u, k, {"which", "who"}) && is(u, k - 1, {","})) return k - 1;
  }
  return j;
}

bool read_subjects(const Units& u, std::size_t verb, bool publisher, bool orgs, StatusFinding& f) {
  std::size_t j = before_relative_clause(u, before_auxiliaries(u, verb));
  // "the Prime Minister of Dominica, who assumed the chairmanship": the
  // person before "who", whose state the tests below find.
  if (f.relation == Relation::ChairOf && j >= 4 && is(u, j - 1, {"who"}) && is(u, j - 2, {","}) &&
      is_state_name(u, j - 3)) {
    j -= 2;
  }
  // "chaired by the Lao PDR, which holds the ASEAN chairmanship": a
  // chairmanship is held by the state before "which", whatever governs it.
  if (f.relation == Relation::ChairOf && j >= 3 && is(u, j - 1, {"which"}) && is(u, j - 2, {","}) &&
      is_state_name(u, j - 3)) {
    f.subjects = {u[j - 3].mention};
    f.phrase_begin = j - 3;
    return true;
  }
  // "France, which hosted the Summit and which now presides over it": a
  // second relative clause on the state. (A second predicate of one,
  // "Honduras, which does not belong to ALBA but has held", is read with the
  // subject list below: coordinated_subject().)
  if (f.relation == Relation::ChairOf && j >= 5 && phrase(u, j - 2, {"and", "which"}) == 2) {
    for (std::size_t k = j - 2; k >= 3 && j - k < 20; --k) {
      if (is(u, k, {",", ";", "."})) break;
      if (is(u, k, {"which"}) && is(u, k - 1, {","}) && is_state_name(u, k - 2)) {
        f.subjects = {u[k - 2].mention};
        f.phrase_begin = k - 2;
        return true;
      }
    }
  }
  // "the President of STATE, whose country has been ...": the country is the
  // state before the comma, whatever governs it.
  if (j >= 4 && is(u, j - 1, {"country", "state"}) && is(u, j - 2, {"whose"}) &&
      is(u, j - 3, {","}) && is_state_name(u, j - 4)) {
    f.subjects = {u[j - 4].mention};
    f.phrase_begin = j - 4;
    return true;
  }
  // "the President of Tajikistan, Emomali Rahmon, whose country has held":
  // past the head's name in apposition.
  if (j >= 6 && is(u, j - 1, {"country"}) && is(u, j - 2, {"whose"}) && is(u, j - 3, {","})) {
    std::size_t k = j - 3;
    std::size_t names = 0;
    while (k > 0 && names < 6 && u[k - 1].capitalized && u[k - 1].mention == nullptr) {
      --k;
      ++names;
    }
    if (names > 0 && k >= 2 && is(u, k - 1, {","}) && is_state_name(u, k - 2)) {
      f.subjects = {u[k - 2].mention};
      f.phrase_begin = k - 2;
      return true;
    }
  }
  // A chair named by its head: "President NAME of STATE", "The President of
  // Kenya, NAME,", "Grenada's Prime Minister" (chair_subjects.cpp).
  if (f.relation == Relation::ChairOf) {
    std::size_t begin = 0;
    if (const Mention* state = head_of_state_before(u, j, begin)) {
      f.subjects = {state};
      f.phrase_begin = begin;
      return true;
    }
  }
  // "congratulated Egypt on assuming the chairmanship": the ones
  // congratulated.
  if (j >= 3 && is(u, j - 1, {"on", "upon"}) && is_state_name(u, j - 2)) {
    ListFinding list;
    if (read_subject_list(u, j - 1, list) && congratulated_before(u, list.subject_begin, true)) {
      f.phrase_begin = list.subject_begin;
      return add_subjects(list, f, /*states_only=*/true);
    }
  }
  for (std::size_t n : {2, 1}) {
    if (j >= n && publisher_at(u, j - n, publisher) == n) {
      f.publisher = true;
      f.phrase_begin = j - n;
      return true;
    }
  }
  // "..., and Serbia is": a new clause's subject, not the end of a list.
  if (j >= 3 && is_item(u, j - 1) && is(u, j - 2, {"and", "but", "while", "whereas"}) &&
      is(u, j - 3, {",", ";"})) {
    ListItems single;
    single.items = {u[j - 1].mention};
    f.phrase_begin = j - 1;
    bool state = u[j - 1].mention->entity->kind == EntityKind::State;
    return (state || orgs) && add_subjects(single, f);
  }
  ListFinding list;
  if (!read_subject_list(u, j, list)) return false;
  for (const Mention* item : list.items) {
    bool state = item->entity->kind == EntityKind::State && item->form != NameForm::Demonym;
    if (state || (orgs && item->entity->kind == EntityKind::Organisation)) {
      f.subjects.push_back(item);
    }
  }
  f.phrase_begin = list.subject_begin;
  return !f.subjects.empty();
}

ListItems read_items(const Units& u, std::size_t i) {
  ListItems list;
  list.list_begin = i;
  while (true) {
    std::size_t k = is(u, i, {"the"}) ? i + 1 : i;
    if (!is_item(u, k)) break;
    list.items.push_back(u[k].mention);
    list.list_end = i = k + 1;
    std::size_t sep = phrase(u, i, {",", "as", "well", "as"}) + phrase(u, i, {"as", "well", "as"});
    if (sep == 0) sep = phrase(u, i, {",", "and"});
    if (sep == 0) sep = is(u, i, {",", "and"}) ? 1 : 0;
    if (sep == 0) break;
    i += sep;
  }
  return list;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// head_of_state_before(), head_of_state_at() and state_represented_at()
// (status_phrases.hpp): a rotating chair named by the head of state or
// government who holds it for the state.
#include "status_phrases.hpp"

namespace orgkg::detail {
namespace {

bool is_head_title(const Units& u, std::size_t i) {
  return is(u, i, {"president", "minister", "king", "emir", "sultan", "chancellor"});
}

}  // namespace

namespace {

// head_of_state_at(), where `bare` lets a title stand without a name.
std::size_t head_at(const Units& u, std::size_t k, bool bare) {
  // "the Prime Minister of Grenada": a title with "the" needs no name.
  bool the = is(u, k, {"the"});
  k += the ? 1 : 0;
  the = the || bare;
  std::size_t m =
      is(u, k, {"president", "king", "emir", "sultan"}) ? k + 1
      : phrase(u, k, {"prime", "minister"}) != 0 || phrase(u, k, {"foreign", "minister"}) != 0
          ? k + 2
          : 0;
  if (m == 0) return 0;
  std::size_t names = 0;
  while (m < u.size() && names < 5 && u[m].capitalized && u[m].mention == nullptr) {
    ++m;
    ++names;
  }
  if ((names == 0 && !the) || !is(u, m, {"of"})) return 0;
  std::size_t state = m + 1 + (is(u, m + 1, {"the"}) ? 1 : 0);
  return is_state_name(u, state) ? state : 0;
}

}  // namespace

std::size_t head_of_state_at(const Units& u, std::size_t k) { return head_at(u, k, false); }

std::size_t state_represented_at(const Units& u, std::size_t k) {
  std::size_t m = k + (is(u, k, {"the"}) ? 1 : 0);
  if (is_state_name(u, m)) return m;
  if (std::size_t head = head_of_state_at(u, k)) return head;
  // "his brother Denis Sassou Nguesso, President of the Republic of the
  // Congo": a person, then the title that says whose head he is.
  m = k;
  while (m < k + 2 && is(u, m, {"his", "her", "their", "brother", "sister", "counterpart"})) ++m;
  std::size_t names = 0;
  while (m < u.size() && names < 6 && u[m].mention == nullptr &&
         (u[m].capitalized || is(u, m, {"."}))) {
    ++m;
    ++names;
  }
  if (names == 0 || !is(u, m, {","})) return 0;
  return head_at(u, m + 1, true);
}

const Mention* head_of_state_before(const Units& u, std::size_t j, std::size_t& begin) {
  // "The President of Kenya, H.E. William Ruto, was elected Chairperson": the
  // state of the head named in apposition.
  if (j >= 6 && is(u, j - 1, {","})) {
    std::size_t k = j - 1;
    std::size_t names = 0;
    // "H.E. Dr. William Ruto", "Dr the Right Honourable Keith Mitchell"
    while (k > 0 && names < 8 && u[k - 1].mention == nullptr &&
           (u[k - 1].capitalized || is(u, k - 1, {"."}) ||
            (is(u, k - 1, {"the"}) && u[k].capitalized))) {
      --k;
      ++names;
    }
    // "Grenada's Prime Minister, NAME, assumed": the head's state before "'s".
    std::size_t head = k >= 2 ? k - 2 : 0;
    if (names > 0 && head >= 2 && is(u, k - 1, {","}) && is_head_title(u, head)) {
      std::size_t s = is(u, head - 1, {"prime", "foreign"}) ? head - 1 : head;
      if (s >= 2 && is(u, s - 1, {"'s"}) && is_state_name(u, s - 2)) {
        begin = s - 2;
        return u[s - 2].mention;
      }
    }
    std::size_t state = k - 2;
    if (names > 0 && k >= 4 && is(u, k - 1, {","}) && is_state_name(u, state)) {
      std::size_t of = is(u, state - 1, {"the"}) ? state - 2 : state - 1;
      if (of > 0 && is(u, of, {"of"}) && is_head_title(u, of - 1)) {
        begin = of - 1;
        return u[state].mention;
      }
    }
  }
  // "Grenada's Prime Minister assumed the chairmanship".
  if (j >= 3 && is_head_title(u, j - 1)) {
    std::size_t s = is(u, j - 2, {"prime", "foreign"}) ? j - 2 : j - 1;
    if (s >= 2 && is(u, s - 1, {"'s"}) && is_state_name(u, s - 2)) {
      begin = s - 2;
      return u[s - 2].mention;
    }
  }
  // "President Emmerson Mnangagwa of Zimbabwe assumed the chairmanship",
  // "... from President João Lourenço of Angola, who had chaired": a rotating
  // chair is held by the state its head represents.
  std::size_t of = j >= 3 && is(u, j - 2, {"the"}) ? j - 3 : j - 2;
  if (j >= 3 && is_state_name(u, j - 1) && is(u, of, {"of"})) {
    std::size_t k = of;
    std::size_t names = 0;
    // "President NAME of STATE", "the Minister of Natural Resources and
    // Environment of STATE": a name or a portfolio before "of".
    while (k > 0 && names < 6 && u[k - 1].mention == nullptr &&
           (u[k - 1].capitalized || (is(u, k - 1, {"of", "and"}) && u[k].capitalized)) &&
           !is_head_title(u, k - 1)) {
      --k;
      ++names;
    }
    if (k > 0 && is_head_title(u, k - 1)) {
      begin = k - 1;
      return u[j - 1].mention;
    }
  }
  return nullptr;
}

}  // namespace orgkg::detail

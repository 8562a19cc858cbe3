// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Who founded an organisation: the parties of a founding verb's subject ("A,
// B and C", "the presidents of A and B", "A, together with B and C," "A and
// B, meeting in Dhaka,"), the actor of "Russia's initiative", and the agent of
// a passive founding (agent_after(): "by LIST", "at the initiative of ACTOR",
// ", when|where LIST signed its Pact").
#include <algorithm>
#include <vector>

#include "founding_events.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

// The comma opening ", meeting in Dhaka," when that aside ends at unit j
// (its closing comma at j - 1), else 0.
std::size_t participle_aside_before(const Units& u, std::size_t j) {
  if (j < 4 || !is(u, j - 1, {","})) return 0;
  for (std::size_t m = j - 2; m > 0 && j - m < 24; --m) {
    if (!is(u, m, {","})) continue;
    const Unit& participle = u[m + 1];
    bool ing = participle.mention == nullptr && participle.norm.size() > 4 &&
               participle.norm.ends_with("ing");
    // ", represented by Fidel Castro and Hugo Chavez,": who spoke for them.
    bool by = is(u, m + 1, {"represented", "led", "headed"}) && is(u, m + 2, {"by"});
    return ing || by ? m : 0;
  }
  return 0;
}

// "Kazakhstan, together with China and Russia," ending at unit j (its last
// comma at j - 1): the list reader reads it whole, into `with`; whether it
// was so.
bool companions_before(const Units& u, std::size_t j, ListItems& with) {
  if (j < 5 || !is(u, j - 1, {","})) return false;
  read_list_backward(u, j - 1, with);
  if (with.items.size() < 2) return false;
  for (std::size_t k = with.list_begin; k + 1 < j - 1; ++k) {
    if (is(u, k, {"together", "along"}) && is(u, k + 1, {"with"})) return true;
  }
  return false;
}

std::vector<const Mention*> subject_parties(const Units& u, std::size_t j, std::size_t& begin) {
  // "A and B, meeting in Dhaka, founded": a participle set off by commas
  // between the subject and its verb.
  if (std::size_t aside = participle_aside_before(u, j); aside != 0) {
    return subject_parties(u, aside, begin);
  }
  // "Kazakhstan, together with China and Russia, stood at the origins of":
  // the companions found it too.
  if (ListItems with; companions_before(u, j, with)) {
    begin = with.list_begin;
    return with.items;
  }
  // "A and B signed the Charter and founded ORG": the subject of the
  // signing before it.
  if (j >= 4 && is(u, j - 1, {"and"})) {
    for (std::size_t m = j - 2; m > 0 && j - m < 8; --m) {
      if (!is(u, m, {"signed", "adopted"})) continue;
      std::size_t d = is(u, m + 1, {"the", "its", "a"}) ? m + 2 : m + 1;
      if (is_founding_document(u, d)) return subject_parties(u, m, begin);
      break;
    }
  }
  // A cleft: "It was Kazakhstan [and Russia] that|who put forward ...".
  if (j >= 4 && is(u, j - 1, {"that", "who"})) {
    ListItems cleft;
    read_list_backward(u, j - 1, cleft);
    std::size_t b = cleft.list_begin;
    if (!cleft.items.empty() && b >= 2 && is(u, b - 1, {"was", "is"}) && is(u, b - 2, {"it"})) {
      begin = b - 2;
      return cleft.items;
    }
  }
  // "the presidents|leaders|heads of state of A, B and C": the states.
  ListItems headed;
  read_list_backward(u, j, headed);
  if (std::size_t b = headed.list_begin;
      !headed.items.empty() && b >= 2 && is(u, b - 1, {"of"}) &&
      is(u, b - 2,
         {"presidents", "leaders", "heads", "state", "government", "ministers", "representatives",
          "plenipotentiaries", "delegates", "delegations", "governments"})) {
    begin = b - 2;
    return headed.items;
  }
  ListFinding subject;
  if (read_subject_list(u, j, subject)) {
    begin = subject.subject_begin;
    return subject.items;
  }
  ListItems list;
  // "the heads of state of eleven countries – A, B, ... and K – laid": a
  // list set off by dashes right before the verb is its subject.
  if (j >= 2 && is(u, j - 1, {"-"})) {
    read_list_backward(u, j - 1, list);
    if (!list.items.empty() && list.list_begin > 0 && is(u, list.list_begin - 1, {"-"})) {
      begin = clause_begin(u, list.list_begin - 1);
      return list.items;
    }
    list = ListItems();
  }
  if (const Mention* actor = actor_before(u, j, begin)) return {actor};
  return {};
}

std::vector<const Mention*> founders_at(const Units& u, std::size_t i, std::size_t& end) {
  std::size_t k = i;
  if (is(u, k, {"the"}) &&
      (is(u, k + 1, {"presidents", "leaders", "heads", "ministers", "governments"}) ||
       (is(u, k + 1, {"foreign"}) && is(u, k + 2, {"ministers"})))) {
    k += 2;
    while (k < u.size() && k < i + 8 && !is(u, k, {"of"})) ++k;
    while (is(u, k, {"of", "state", "and", "government"})) ++k;
    // "the ministers of culture|of foreign affairs of A, B": past the portfolio.
    for (std::size_t m = k; !is_item(u, k) && m < u.size() && m < k + 4; ++m) {
      if (is(u, m, {"of"}) && is_item(u, m + 1)) {
        k = m + 1;
        break;
      }
      if (u[m].mention != nullptr || is(u, m, {",", ".", ";"})) break;
    }
  } else {
    std::optional<int> count;
    std::size_t head = head_noun_at(u, k, count);
    if (head == 0) {  // "by [the] five founding members|states – A, B"
      std::size_t m = is(u, k, {"the", "its"}) ? k + 1 : k;
      if (count_at(u, m)) ++m;
      if (is(u, m, {"founding"}) && is(u, m + 1, {"members", "states", "countries", "nations"}))
        head = m + 2 - k;
    }
    if (head != 0) {
      std::size_t opener = list_opener(u, k + head);
      if (opener == 0) return {};
      k += head + opener;
    }
  }
  std::vector<const Mention*> parties = parties_at(u, k, end);
  if (!parties.empty()) return parties;
  const Mention* actor = k == i ? actor_at(u, i, end) : nullptr;
  return actor ? std::vector<const Mention*>{actor} : std::vector<const Mention*>{};
}

const Mention* possessive_actor_before(const Units& u, std::size_t i, std::size_t& begin) {
  if (i >= 2 && is(u, i - 1, {"'s"}) && is_item(u, i - 2)) {
    begin = i - 2;
    return u[i - 2].mention;
  }
  if (i >= 2 && is(u, i - 1, {"'s"})) return actor_before(u, i - 1, begin);
  if (i >= 1 && is_state(u, i - 1)) {
    begin = i - 1;
    return u[i - 1].mention;
  }
  return nullptr;
}

std::vector<const Mention*> agent_after(const Units& u, std::size_t k, std::size_t& end,
                                        bool& initiative) {
  std::size_t limit = k + 14;
  for (std::size_t m = k; m < u.size() && m < limit; ++m) {
    if (is(u, m, {".", ";", "but", "while", "which", "who"})) break;
    if (is(u, m, {"by"})) {
      std::vector<const Mention*> founders = founders_at(u, m + 1, end);
      // "by the Treaty signed in Arusha on 30 November 1999 by Kenya, ...":
      // the founding document's signatories, named after it.
      std::size_t d = is(u, m + 1, {"the", "a"}) ? m + 2 : m + 1;
      // "by the Dhaka Charter", "by the Bangkok Declaration": a named document.
      for (std::size_t n = 0; n < 3 && d < u.size() && u[d].capitalized &&
                              !is_founding_document(u, d) && !is_item(u, d);
           ++n) {
        ++d;
      }
      if (!founders.empty() || !is_founding_document(u, d)) return founders;
      limit = std::max(limit, d + 14);
      continue;
    }
    // "..., when Egypt, Iraq and Syria signed its Pact", "..., when the
    // leaders of A and B adopted the Istanbul Declaration": its signatories.
    if (is(u, m, {"when", "where"})) {  // "founded in Dhaka, where the leaders of A, B signed"
      std::size_t signed_at = m + 1;
      std::vector<const Mention*> founders = founders_at(u, m + 1, signed_at);
      if (founders.empty() || !is(u, signed_at, {"signed", "adopted"})) break;
      std::size_t d = is(u, signed_at + 1, {"its", "the", "a"}) ? signed_at + 2 : signed_at + 1;
      for (std::size_t n = 0; n < 3 && d < u.size() && u[d].capitalized &&
                              !is_founding_document(u, d) && !is_item(u, d);
           ++n) {
        ++d;  // "the Istanbul Declaration", "the Summit Declaration"
      }
      if (!is_founding_document(u, d)) break;
      end = d + 1;
      return founders;
    }
    if (!is(u, m, {"initiative", "suggestion", "proposal", "proposals", "initiatives"})) continue;
    initiative = true;
    if (is(u, m + 1, {"of", "by"})) {
      std::vector<const Mention*> founders = founders_at(u, m + 2, end);
      // "at the initiative of Türkiye, by Bangladesh, Egypt and Iran": the
      // agents after the initiator founded it too.
      std::size_t by = end < u.size() && is(u, end, {","}) ? end + 1 : end;
      if (!founders.empty() && is(u, by, {"by"})) {
        std::size_t more_end = by + 1;
        for (const Mention* m2 : founders_at(u, by + 1, more_end)) {
          if (std::find(founders.begin(), founders.end(), m2) == founders.end())
            founders.push_back(m2);
        }
        end = more_end;
      }
      return founders;
    }
    std::size_t begin = 0;
    if (const Mention* actor = possessive_actor_before(u, m, begin)) {
      end = m + 1;
      return {actor};
    }
    break;
  }
  return {};
}

}  // namespace orgkg::detail

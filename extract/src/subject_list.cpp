// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A subject list governed by a preposition belongs to some other noun ("the
// leaders of A and B"), so it is refused, with one exception: a relative
// "which" after "the admission/accession of A" is about A. Anaphora ("both
// states") look back only within the sentence and only at a list of exactly
// the number the anaphor states, so a wrong antecedent is refused rather than
// guessed.
#include "subject_list.hpp"

#include "list_phrases.hpp"
#include "org_relation_phrases.hpp"

namespace orgkg::detail {
namespace {

// A list governed by a preposition, or joined by a bare "and" to a noun
// before it ("the leaders and Russia"); ", and A joined" opens a clause.
bool governed(const Units& u, std::size_t list_begin) {
  if (list_begin >= 2 && is(u, list_begin - 1, {"and"}) && is(u, list_begin - 2, {",", ";"})) {
    return false;
  }
  return list_begin > 0 && is(u, list_begin - 1,
                              {"of", "from", "between", "with", "for", "to", "by", "in", "at", "on",
                               "among", "and", "like", "unlike", "except"});
}

// "A and B, which are": the list before the relative pronoun at unit i - 1.
// A governed list is the antecedent of "which" when every item is a state
// and the verb is plural ("confirmations from A and B, which have been
// partner countries since": the states are the nearest plural noun), or
// the list follows "with" ("relations with the Maldives, which left").
bool relative_list(const Units& u, std::size_t i, ListFinding& finding) {
  read_list_backward(u, i - 2, finding);
  if (finding.items.empty()) return false;
  std::size_t before = finding.list_begin;
  bool event = before >= 2 && is(u, before - 1, {"of"}) &&
               is(u, before - 2, {"admission", "accession", "entry"}) && is(u, i - 1, {"which"});
  if (!governed(u, before) || event) return true;
  // Only a plural verb agrees with a list ("the proposal of Kazakhstan, which
  // is" is about the proposal).
  // After "relations|cooperation with", "which" can only be the states.
  bool plural = finding.items.size() >= 2 && is(u, i, {"are", "have", "were", "remain"});
  // "taking over from Cambodia, which chaired": the state handed over.
  bool handover = before >= 2 && is(u, before - 1, {"from"}) && is(u, before - 2, {"over"});
  // "the President of the Republic of Moldova, which has held": a person is
  // "who", so "which" is the state.
  bool of_person = before >= 2 && is(u, before - 1, {"of"}) &&
                   is(u, before - 2,
                      {"president", "leader", "leaders", "minister", "king", "emir", "delegation",
                       "government", "people"});
  // "the path of Rwanda, which joined in 2009": only a state or an
  // organisation joins, so "which" is the state.
  bool joins = is(u, i, {"joined", "acceded", "rejoined"});
  if (!is(u, i - 1, {"which"}) ||
      (!plural && !handover && !of_person && !joins && !is(u, before - 1, {"with"}))) {
    return false;
  }
  for (const Mention* item : finding.items) {
    if (item->entity->kind != EntityKind::State || item->form == NameForm::Demonym) return false;
  }
  return true;
}

// "N states, including A and B, have": the list before the comma at i - 1.
bool appositive_list(const Units& u, std::size_t i, ListFinding& finding) {
  read_list_backward(u, i - 1, finding);
  if (finding.items.empty()) return false;
  std::size_t before = finding.list_begin;
  return before == 0 || is(u, before - 1, {",", "including", "namely"}) ||
         (before >= 2 && phrase(u, before - 2, {"such", "as"}));
}

// Units [begin, end) read as a noun phrase: no verb of the patterns' in it
// ("a neutral state", "the current chair of the SCO"), not a relative clause.
bool appositive_phrase(const Units& u, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    if (is(u, k,
           {"is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would",
            "which", "who", "that", "joined", "became", "said", "noted", "stressed"})) {
      return false;
    }
  }
  return true;
}

// "A and B, with which Russia has close ties, are": the list before a relative
// clause that closes with the comma at unit i - 1 (no other comma inside).
bool interrupted_list(const Units& u, std::size_t i, ListFinding& finding) {
  std::size_t j = i - 1;
  while (j > 0 && i - j < 24 && !is(u, j - 1, {",", ".", ";", "-", ":"})) --j;
  // "Kenya, like Uganda, Rwanda and the Sudan, is": a likened list has
  // commas of its own; its "like" is further back.
  if (j >= 2 && is(u, j - 1, {","}) && !is(u, j, {"like", "unlike"}) && is_state(u, j)) {
    for (std::size_t k = j - 1; k >= 2 && i - k < 40; --k) {
      if (is(u, k, {".", ";", ":"})) break;
      if (is(u, k, {"like", "unlike"}) && is(u, k - 1, {","})) {
        j = k;
        break;
      }
    }
  }
  if (j < 2 || !is(u, j - 1, {","})) return false;
  bool relative = is(u, j, {"which", "who", "whose", "where"}) ||
                  (is(u, j, {"with", "in", "to", "for", "of"}) && is(u, j + 1, {"which", "whom"}));
  // "Turkmenistan, a permanently neutral state, participates": an
  // apposition, a noun phrase with no verb of its own.
  bool apposition = is(u, j, {"a", "an", "the", "one"}) && appositive_phrase(u, j, i - 1);
  // "Egypt, suspended in 1979, resumed": a dated participle, whose date is
  // not the verb's.
  bool participle =
      is(u, j, {"suspended", "expelled", "admitted", "readmitted", "founded", "established"}) &&
      is(u, j + 1, {"in", "on", "since"}) && is_date_word(u, j + 2);
  // "Cuba and Venezuela, represented by Fidel Castro and Hugo Chavez,
  // founded": who spoke for them, an aside.
  if (is(u, j, {"represented", "led", "headed"}) && is(u, j + 1, {"by"})) apposition = true;
  // "Ethiopia, like Djibouti and Kenya, is": the state and those likened to it.
  ListItems likened;
  if (is(u, j, {"like", "unlike"})) {
    if (is(u, j, {"like"})) read_leading_items(u, j + 1, likened);
    if (likened.items.empty()) {  // "like many African states": an aside
      apposition = appositive_phrase(u, j, i - 1);
    } else if (likened.list_end != i - 1) {
      return false;
    }
  }
  if (!relative && !apposition && !participle && likened.items.empty()) return false;
  read_list_backward(u, j - 1, finding);
  if (finding.items.empty() || governed(u, finding.list_begin)) return false;
  if (participle) finding.date_units = std::pair{i, u.size()};
  finding.items.insert(finding.items.end(), likened.items.begin(), likened.items.end());
  return true;
}

// "Thirteen non-Arctic states – A, B and C – have".
bool dashed_list(const Units& u, std::size_t i, ListFinding& finding) {
  read_list_backward(u, i - 1, finding);
  std::size_t before = finding.list_begin;
  if (finding.items.empty() || before < 2 || !is(u, before - 1, {"-"})) return false;
  std::optional<int> count;
  std::optional<std::size_t> start = head_noun_before(u, before - 1, count);
  if (!start) return false;
  finding.subject_begin = *start;
  finding.stated_count = count;
  return true;
}

// "..., and both states have": the anaphor ending at unit i, its start and count.
bool anaphor_before(const Units& u, std::size_t i, std::size_t& start, int& count) {
  if (i >= 2 && is_plain_noun(u, i - 1) && is(u, i - 2, {"both"})) {
    start = i - 2;
    count = 2;
  } else if (i >= 3 && is_plain_noun(u, i - 1) && count_at(u, i - 2) &&
             is(u, i - 3, {"the", "these", "all"})) {
    start = i - 3;
    count = *count_at(u, i - 2);
  } else if (i >= 1 && is(u, i - 1, {"both"})) {
    start = i - 1;
    count = 2;
  } else {
    return false;
  }
  return start > 0 && is(u, start - 1, {",", ";", "and"});
}

bool anaphoric_list(const Units& u, std::size_t i, ListFinding& finding) {
  std::size_t start = 0;
  int count = 0;
  if (opening_anaphor(u, i, start, count)) {
    finding.items.clear();
    finding.previous_list = count;
    finding.list_begin = finding.subject_begin = start;
    finding.list_end = i;
    return true;
  }
  if (!anaphor_before(u, i, start, count)) return false;
  std::size_t m = start;
  while (m > 0 && !is_state(u, m - 1)) --m;
  if (m == 0) return false;
  ListFinding antecedent;
  read_list_backward(u, m, antecedent);
  if (antecedent.items.size() != static_cast<std::size_t>(count)) return false;
  for (const Mention* item : antecedent.items) {
    if (item->entity->kind != EntityKind::State) return false;
  }
  finding.items = antecedent.items;
  finding.list_begin = antecedent.list_begin;
  finding.list_end = antecedent.list_end;
  finding.subject_begin = start;
  return true;
}

// "Among our partners in the Union, A and B are", "On the margins of the
// European Council, the EU signed": a sentence-opening prepositional phrase
// whose last noun the backward reading took for an item.
// The items after its comma are the subject.
bool after_opening_phrase(const Units& u, ListFinding& finding) {
  if (!is(u, 0,
          {"among", "in", "within", "like", "unlike", "besides", "on", "at", "during", "after",
           "following", "under", "today", "yesterday"})) {
    return false;
  }
  std::size_t i = finding.list_begin;
  while (i < finding.list_end && !is(u, i, {","})) ++i;
  if (i + 1 >= finding.list_end || finding.items.size() < 2) return false;
  for (std::size_t j = 0; j < i; ++j) {
    if (is(u, j, {".", ";", ":", "-"})) return false;
  }
  ListFinding rest;
  read_list_forward(u, i + 1, rest);
  if (rest.items.empty() || rest.list_end != finding.list_end) return false;
  finding.items = rest.items;
  finding.unknown_items = rest.unknown_items;
  finding.list_begin = rest.list_begin;
  return true;
}

// "Belarus had been a dialogue partner from 2009 and was granted observer
// status in 2015": the list that opens the sentence (or its clause) is the subject of a
// second predicate after "and" or "but" (and any "N years later") before unit i, when
// nothing between could be another subject (a state, a relative pronoun, "while", a
// clause break).
bool coordinated_subject(const Units& u, std::size_t i, ListItems& list) {
  i = before_time_passed(u, i);  // "..., but six years later suspended"
  if (i < 3 || !is(u, i - 1, {"and", "but"})) return false;
  // "Thailand, which is not a member of the OIC but has participated as an
  // observer": the states the relative clause is on.
  for (std::size_t k = i - 2; k >= 2 && i - k < 20; --k) {
    if (is(u, k, {",", ";", ".", ":"})) break;
    if (!is(u, k, {"which", "who"}) || !is(u, k - 1, {","})) continue;
    read_list_backward(u, k - 1, list);
    bool states = !list.items.empty();
    for (const Mention* item : list.items) {
      states = states && item->entity->kind == EntityKind::State;
    }
    if (states) return true;
    list = ListItems{};
    break;
  }
  // The list opens the sentence, or its clause after a ";" ("...; The
  // Gambia left the association in 2013 and returned in 2018").
  std::size_t c = i - 1;
  while (c > 0 && !is(u, c - 1, {";"})) --c;
  read_leading_items(u, is(u, c, {"the"}) ? c + 1 : c, list);
  if (list.items.empty() || list.list_end + 1 >= i - 1) return false;
  // A verb follows the list ("Belarus had been"), not a noun it modifies.
  if (is(u, list.list_end, {"'s", ",", "and", "-", "(", "of"}) ||
      u[list.list_end].mention != nullptr) {
    return false;
  }
  // Commas do not start another subject ("acceded in 2006, but ...",
  // "joined in 1993, shortly after its independence, but suspended"): no
  // state, relative pronoun or "while" may stand between.
  for (std::size_t k = list.list_end; k + 1 < i; ++k) {
    if (is(u, k, {"while", "whereas"})) return false;
  }
  return opening_subject_reaches(u, list.list_end, i - 1, /*commas=*/false);
}

}  // namespace

std::size_t before_time_passed(const Units& u, std::size_t i) {
  if (i >= 4 && is(u, i - 1, {"later"})) --i;
  if (i >= 4 && is(u, i - 1, {"years", "year"}) &&
      is(u, i - 2,
         {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "several", "few"})) {
    i -= 2;
  }
  return i;
}

bool opening_subject_reaches(const Units& u, std::size_t from, std::size_t to, bool commas) {
  for (std::size_t k = from; k < to; ++k) {
    if (is(u, k, {"which", "who", "that", "whose", ";", ":"}) || is_state(u, k) ||
        (commas && is(u, k, {",", "-", "while", "but"}))) {
      return false;
    }
  }
  return true;
}

std::size_t subject_end(const Units& u, std::size_t i) {
  while (i > 0 && is(u, i - 1,
                     {"has", "have", "had", "officially", "formally", "also", "finally", "later",
                      "then", "subsequently", "eventually", "already", "successfully", "thereby",
                      "thus", "now", "itself"})) {
    --i;
  }
  return i;
}

bool read_subject_list(const Units& u, std::size_t i, ListFinding& finding) {
  if (i == 0) return false;
  // "Mongolia has taken part in the ARF since 1998, and it has held observer
  // status in the SCO since 2004": "it" is the one state the sentence opens
  // with, the clause dated by its own words.
  if (i >= 3 && is(u, i - 1, {"it"}) && is(u, i - 2, {"and"}) && is(u, i - 3, {","})) {
    std::size_t s = is(u, 0, {"the"}) ? 1 : 0;
    if (!is_state(u, s) || u[s].mention->form == NameForm::Demonym ||
        is(u, s + 1, {"and", ",", "'s", "of"})) {
      return false;
    }
    finding.items = {u[s].mention};
    finding.list_begin = finding.subject_begin = i - 1;
    finding.list_end = i;
    finding.date_units = std::pair{i - 1, u.size()};
    return true;
  }
  if (ListItems list; coordinated_subject(u, i, list)) {
    static_cast<ListItems&>(finding) = list;
    finding.subject_begin = list.list_begin;
    // Its date is the second predicate's, not the first's.
    finding.date_units = std::pair{i - 1, u.size()};
    finding.coordinated = true;
    return true;
  }
  if (is(u, i - 1, {"-"})) return dashed_list(u, i, finding);
  if (anaphoric_list(u, i, finding)) return true;
  bool found = false;
  if (i >= 2 && is(u, i - 1, {"which", "who"}) && is(u, i - 2, {",", "-"})) {
    found = relative_list(u, i, finding);
  } else if (is(u, i - 1, {","})) {
    found = appositive_list(u, i, finding);
    if (!found) {
      finding = ListFinding{};
      found = interrupted_list(u, i, finding);
    }
  } else {
    std::size_t end = is(u, i - 1, {"both", "all"}) ? i - 1 : i;
    read_list_backward(u, end, finding);
    found = !finding.items.empty() &&
            (!governed(u, finding.list_begin) || after_opening_phrase(u, finding));
    // "Like Rwanda, Gabon and Togo are": the state the sentence opens on too.
    std::size_t b = finding.list_begin;
    if (found && b == 3 && is(u, 0, {"like"}) && is_state(u, 1) && is(u, 2, {","})) {
      finding.items.insert(finding.items.begin(), u[1].mention);
      finding.list_begin = 1;
    }
  }
  finding.subject_begin = finding.list_begin;
  return found;
}

const Mention* relative_antecedent(const Units& u, std::size_t w) {
  if (!is(u, w, {"that", "which"})) return nullptr;
  std::size_t c = w;
  if (c >= 1 && is(u, c - 1, {"of", "in"}) && is(u, w, {"which"})) --c;
  if (c >= 2 && is(u, c - 1, {","}) && is_org(u, c - 2)) return u[c - 2].mention;
  // "the EDB, headquartered in Almaty, which": past the seat participle.
  if (c >= 6 && is(u, c - 1, {","}) && u[c - 2].mention != nullptr &&
      u[c - 2].mention->entity->kind == EntityKind::City && is(u, c - 3, {"in"}) &&
      is(u, c - 4, {"headquartered", "based", "located"}) && is(u, c - 5, {","}) &&
      is_org(u, c - 6)) {
    return u[c - 6].mention;
  }
  if (c != w) return nullptr;
  // ", the integration mechanism that": back to its comma
  for (std::size_t m = w; m-- > 0 && w - m < 7;) {
    if (u[m].mention != nullptr || u[m].capitalized) return nullptr;
    if (!is(u, m, {","})) continue;
    if (!is(u, m + 1, {"the", "a", "an"}) || m + 2 >= w || m == 0 || !is_org(u, m - 1))
      return nullptr;
    return u[m - 1].mention;
  }
  return nullptr;
}

const Mention* state_opening_clause(const Units& u, std::size_t before) {
  std::size_t m = clause_begin(u, before);
  while (m < before && u[m].mention == nullptr) ++m;
  if (m >= before || !is_state(u, m)) return nullptr;
  if (m > 0 && is(u, m - 1, {"of", "with", "to", "by", "in", "for", "from", "and", "between"}))
    return nullptr;
  for (std::size_t k = m + 1; k < before; ++k) {
    if (is_state(u, k) || (k == m + 1 && is(u, k, {"and", ","}))) return nullptr;
  }
  return u[m].mention;
}

bool read_relative_it(const Units& u, std::size_t j, ListFinding& finding) {
  finding = ListFinding{};
  // "which it joined", "which our country joined" (a publisher not known).
  std::size_t subject = is(u, j - 1, {"it"})                                           ? j - 1
                        : j >= 2 && is(u, j - 1, {"country"}) && is(u, j - 2, {"our"}) ? j - 2
                                                                                       : 0;
  if (subject < 3 || !is(u, subject - 1, {"which", "that"})) return false;
  const Mention* org = relative_antecedent(u, subject - 1);
  const Mention* state = org != nullptr ? state_opening_clause(u, subject - 1) : nullptr;
  if (state == nullptr) return false;
  finding.items = {state};
  finding.list_begin = finding.subject_begin = subject;
  finding.list_end = j;
  finding.organisation = org;
  return true;
}

bool opening_anaphor(const Units& u, std::size_t i, std::size_t& start, int& count) {
  if (i < 3 || !is_plain_noun(u, i - 1)) return false;
  // "The four Andean countries": a capitalised adjective before the noun.
  std::size_t n = i - 2;
  if (!count_at(u, n) && n >= 2 && u[n].capitalized &&
      (u[n].mention == nullptr || u[n].mention->form == NameForm::Demonym) && count_at(u, n - 1)) {
    --n;
  }
  if (!count_at(u, n) || n < 1 || !is(u, n - 1, {"the", "these", "those", "all"})) return false;
  start = n - 1;
  count = *count_at(u, n);
  return count >= 2 && (start == 0 || (start == 2 && is(u, 1, {","})));
}

}  // namespace orgkg::detail

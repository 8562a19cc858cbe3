// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Cues are matched generously (anywhere in the scope a pattern gives) because
// a missed fact costs less than a false one. A head of state stands for the
// state only through an explicit title ("President of", "Kazakh President"):
// a bare personal name is never resolved, as that would take world knowledge.
#include "org_relation_phrases.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string_view>

#include "list_phrases.hpp"
#include "tokenizer.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

const WordSet kCues{"not",         "never",        "no",         "neither",     "nor",
                    "without",     "could",        "would",      "might",       "may",
                    "should",      "must",         "can",        "cannot",      "will",
                    "shall",       "hope",         "hopes",      "hoped",       "hoping",
                    "wish",        "wishes",       "want",       "wants",       "wanted",
                    "intend",      "intends",      "intended",   "intention",   "plan",
                    "plans",       "planned",      "planning",   "expect",      "expects",
                    "expected",    "seek",         "seeks",      "aspire",      "aspires",
                    "if",          "unless",       "whether",    "possibility", "possibilities",
                    "possible",    "potential",    "prospect",   "prospects",   "prospective",
                    "consider",    "considering",  "study",      "studying",    "explore",
                    "exploring",   "discuss",      "discussing", "discussed",   "negotiate",
                    "negotiating", "negotiations", "prepare",    "preparing",   "preparation",
                    "draft",       "drafting",     "advocate",   "advocates",   "advocated",
                    "urge",        "urges",        "urged",      "need",        "needs",
                    "necessary",   "ready",        "willing",    "interested",  "open",
                    "invite",      "invited",      "upcoming",   "forthcoming", "future",
                    "agreed",      "decided",      "until",      "former",      "formerly",
                    "pave",        "paves",        "paving",     "support",     "supports",
                    "supported",   "refuse",       "refuses",    "refused",     "reject",
                    "rejects",     "rejected",     "declined",   "lack",        "lacks",
                    "absence",     "instead",      "suspend",    "suspended",   "froze",
                    "frozen",      "halted",       "severed",    "terminated"};

}  // namespace

// Declared in the header, for is_cooperation_noun() inline there.
const WordSet org_relation_phrases_detail::kCooperationNouns{
    "cooperation", "interaction", "ties",          "contacts", "partnership",
    "relations",   "links",       "collaboration", "dialogue", "coordination"};

namespace {

const WordSet kCooperationVerbs{"cooperate", "cooperates", "cooperated",  "cooperating",
                                "interact",  "interacts",  "interacting", "cooperative"};

// Verbs that, after "to", name a step not yet taken ("to establish ties").
const WordSet kFirstSteps{"establish", "launch",   "start", "begin", "set",      "build", "forge",
                          "create",    "initiate", "open",  "sign",  "conclude", "join"};

// Cues that, in a founding statement, are the statement itself.
const WordSet kFoundingWords{"proposal", "proposals", "propose",    "proposes", "proposed",
                             "suggest",  "suggested", "initiative", "idea",     "initiated"};

// is_statement_boundary(), and what ends a phrase (phrase_end()).
const WordSet kStatementBoundaries{";", ":", "but", "while", "whereas", "although", "however"};
const WordSet kPhraseEnds{",",   ";",   ":",     ".",       "which",
                          "who", "but", "while", "whereas", "although"};

// Every word has_cue() looks at besides those ending in "n't".
const WordSet kCueCandidates{{&kCues, &kFoundingWords}, {"may", "will", "shall", "to"}};

// "didn't", "isn't": a negation in the word.
bool ends_in_nt(std::string_view w) {
  return w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0;
}

const WordSet kTitles{"president", "minister", "premier", "chancellor", "king",
                      "emir",      "sultan",   "leader",  "leaders",    "head",
                      "heads",     "prince",   "amir",    "presidents", "ministers",
                      "secretary", "emperor",  "shah",    "monarch",    "premiers"};

bool contains(auto const& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_title(const Units& u, std::size_t i) { return kTitles.at(u, i); }

// False when no token of `surface` can have one of `words` as its norm: a
// norm is its token's bytes in lower case but for dots (dropped) and Latin
// letters past ASCII (folded; tokenizer.hpp), so a surface with neither that
// holds no word of `words` in any case holds none, and need not be
// tokenized. Long surfaces, few and costly to copy, are not screened.
bool may_hold_norm_of(std::string_view surface, std::span<const std::string_view> words) {
  std::array<char, 96> lower{};
  if (surface.size() > lower.size()) return true;
  for (std::size_t i = 0; i < surface.size(); ++i) {
    auto byte = static_cast<unsigned char>(surface[i]);
    if (byte >= 0x80 || byte == '.') return true;
    lower[i] = static_cast<char>(std::tolower(byte));
  }
  std::string_view text(lower.data(), surface.size());
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view word) { return text.find(word) != text.npos; });
}

bool is_preposition(const Units& u, std::size_t i) {
  return is(u, i,
            {"of", "with", "to", "by", "for", "in", "at", "from", "between", "among", "on", "and",
             "like", "than"});
}

// A word that may belong to a coined sub-body name: capitalised, no mention.
bool is_name_word(const Units& u, std::size_t i) {
  return i < u.size() && u[i].mention == nullptr && u[i].capitalized && !u[i].norm.empty() &&
         u[i].norm[0] >= 'a' && u[i].norm[0] <= 'z';
}

bool is_body_noun(const Units& u, std::size_t i) {
  return is(u, i, {"council",  "club",  "forum",     "center",  "committee", "commission",
                   "fund",     "bank",  "structure", "network", "institute", "university",
                   "assembly", "board", "agency",    "office",  "platform",  "association",
                   "centre",   "group", "academy",   "union"});
}

// A person's name ending just before unit `end`: capitalised words, initials
// and their dots, and a city whose name is also a given name ("Nursultan").
std::size_t person_name_begin(const Units& u, std::size_t end) {
  std::size_t j = end;
  while (j > 0 && end - j < 5 && !is_title(u, j - 1)) {
    const Unit& w = u[j - 1];
    bool city = w.mention != nullptr && w.mention->entity->kind == EntityKind::City;
    if (!(is_name_word(u, j - 1) || w.norm == "." || city)) break;
    --j;
  }
  return j;
}

// Past a person's name starting at unit i (see person_name_begin).
std::size_t person_name_end(const Units& u, std::size_t i) {
  std::size_t j = i;
  while (j < u.size() && j - i < 5) {
    const Unit& w = u[j];
    bool city = w.mention != nullptr && w.mention->entity->kind == EntityKind::City;
    if (!(is_name_word(u, j) || (w.norm == "." && j > i) || city)) break;
    ++j;
  }
  return j;
}

}  // namespace

bool is_statement_boundary(const Units& u, std::size_t i) { return kStatementBoundaries.at(u, i); }

// The two walks below test every unit they pass, often most of a sentence:
// by a WordSet bit, not a comparison per word.
std::size_t clause_begin(const Units& u, std::size_t i) {
  std::size_t j = std::min(i, u.size());
  while (j > 0 && !kStatementBoundaries.has(u[j - 1])) --j;
  return j;
}

std::size_t phrase_end(const Units& u, std::size_t i) {
  while (i < u.size() && !kPhraseEnds.has(u[i])) ++i;
  return i;
}

bool has_cue(const Units& u, std::size_t begin, std::size_t end, bool founding) {
  for (std::size_t i = begin; i < std::min(end, u.size()); ++i) {
    if (u[i].mention != nullptr) continue;
    // Most words are none of those asked about below: one bit test, and a
    // look at the word's end for "n't", pass them.
    if (!kCueCandidates.has(u[i]) && !ends_in_nt(u[i].norm)) continue;
    // "the Agreed Principles of Cooperation": a word of a title, not a cue.
    if (i > 0 && u[i].capitalized && !is(u, i - 1, {":", "\"", "("})) continue;
    std::string_view w = u[i].norm;
    if (founding && kFoundingWords.has(u[i])) continue;
    if (w == "may" && is_month_may(u, i)) continue;
    // "We will continue to develop interaction between A and B": the ties
    // exist; continuing them is stated, not hoped for.
    if ((w == "will" || w == "shall") && is(u, i + 1, {"continue"})) {
      ++i;
      continue;
    }
    if (ends_in_nt(w)) return true;
    if (kCues.has(u[i]) || kFoundingWords.has(u[i])) return true;
    if (w == "to" && i + 1 < end && kFirstSteps.at(u, i + 1)) {
      return true;
    }
  }
  return false;
}

bool speaks_of_cooperation_at(const Units& u, std::size_t i) {
  return is_cooperation_noun(u, i) || kCooperationVerbs.at(u, i);
}

bool is_seat_noun(const Units& u, std::size_t i) {
  // "the Secretariat-General": the noun its hyphened title ends.
  if (i >= 1 && u[i].joined && is(u, i, {"general"}) && is(u, i - 1, {"secretariat"})) return true;
  return is(u, i, {"secretariat", "secretariats", "headquarters", "seat"});
}

bool is_sub_body(const Mention& mention) {
  if (mention.form == NameForm::SubBody) return true;
  // A name of the organisation itself, even one with a body's word in it
  // ("the Turkic Council", the OTS's former name), is the organisation.
  if (mention.form == NameForm::Name) return false;
  static constexpr std::array<std::string_view, 11> kBodies{
      "council", "committee",  "commission", "structure", "assembly", "secretariat",
      "court",   "parliament", "staff",      "board",     "tribunal"};
  // The entity's name in lower case, made once a body's word is found (most
  // surfaces have none).
  if (!may_hold_norm_of(mention.surface, kBodies)) return false;
  std::string name;
  for (const Token& token : tokenize(mention.surface)) {
    std::string_view word = token.norm;
    if (word.size() > 1 && word.back() == 's') word.remove_suffix(1);  // "secretariats"
    if (!contains(kBodies, word)) continue;
    if (name.empty()) {
      for (char c : mention.entity->name) name.push_back(static_cast<char>(std::tolower(c)));
    }
    if (name.find(word) == std::string::npos) return true;
  }
  return false;
}

bool names_permanent_body(const Mention& mention) {
  const std::string& s = mention.surface;
  return s.find("ecretariat") != std::string::npos || s.find("Commission") != std::string::npos ||
         s.find("Executive Committee") != std::string::npos;
}

std::size_t skip_auxiliaries(const Units& u, std::size_t end) {
  while (end > 0 && is(u, end - 1,
                       {"has", "have", "had", "been", "also", "jointly", "first", "then",
                        "originally", "initially", "once", "already", "successfully", "recently",
                        "together", "officially", "formally", "subsequently", "later"})) {
    --end;
  }
  return end;
}

const Mention* actor_before(const Units& u, std::size_t end, std::size_t& begin) {
  std::size_t name = person_name_begin(u, end);
  std::size_t j = name;
  if (j > 0 && is_state(u, j - 1)) {
    std::size_t state = j - 1;
    std::size_t k = state > 0 && is(u, state - 1, {"the"}) ? state - 1 : state;
    bool titled =
        k >= 2 && is(u, k - 1, {"of"}) && (is_title(u, k - 2) || is(u, k - 2, {"affairs"}));
    if (titled) {
      begin = k - 2;
      while (begin > 0 && (is_title(u, begin - 1) || is(u, begin - 1, {"of", "foreign", "prime"})))
        --begin;
      return u[state].mention;
    }
    // "President Nazarbayev of Kazakhstan"
    std::size_t p = k >= 2 && is(u, k - 1, {"of"}) ? person_name_begin(u, k - 1) : k;
    if (name == end && p < k - 1 && p > 0 && is_title(u, p - 1)) {
      begin = p - 1;
      return u[state].mention;
    }
    if (name != end || (k > 0 && is_preposition(u, k - 1))) return nullptr;
    begin = k;
    return u[state].mention;
  }
  if (j == 0 || !is_title(u, j - 1)) return nullptr;
  std::size_t t = j - 1;
  while (t > 0 && is(u, t - 1, {"first", "foreign", "prime", "then", "former", "late"})) --t;
  if (t > 0 && is_state(u, t - 1)) {
    begin = t - 1;
    return u[t - 1].mention;
  }
  if (t > 1 && is(u, t - 1, {"'s"}) && is_state(u, t - 2)) {
    begin = t - 2;
    return u[t - 2].mention;
  }
  return nullptr;
}

const Mention* actor_at(const Units& u, std::size_t i, std::size_t& end) {
  std::size_t k = is(u, i, {"the"}) ? i + 1 : i;
  if (is_state(u, k) || is_org(u, k)) {
    end = k + 1;
    if (is(u, end, {"'s"})) ++end;
    std::size_t titles = end;
    while (is_title(u, end) || is(u, end, {"first", "foreign", "prime"})) ++end;
    if (end > titles) end = person_name_end(u, end);
    return u[k].mention;
  }
  std::size_t t = k;
  bool titled = false;
  while (
      t < u.size() && t < k + 6 && u[t].mention == nullptr &&
      (is_title(u, t) || is(u, t, {"first", "prime", "foreign", "affairs", "of", "the", "then"}))) {
    titled = titled || is_title(u, t);
    ++t;
  }
  if (!titled || !is_state(u, t) || !is(u, t - 1, {"of", "the"})) return nullptr;
  end = person_name_end(u, t + 1);
  return u[t].mention;
}

bool context_subject_before(const Units& u, std::size_t end, std::size_t& begin) {
  std::size_t j = end;
  if (j == 0) return false;
  if (is(u, j - 1, {"it"})) {
    begin = j - 1;
    return true;
  }
  if (j >= 3 && is(u, j - 1, {"concerned"}) && is(u, j - 2, {"parties"}) && is(u, j - 3, {"the"})) {
    begin = j - 3;  // "the parties concerned"
    return true;
  }
  bool noun = is_seat_noun(u, j - 1) || is_generic_org_noun(u, j - 1) || is(u, j - 1, {"parties"});
  if (!noun) return false;
  std::size_t k = j - 1;
  if (is(u, k, {"parties"}) && k > 0 && is(u, k - 1, {"concerned", "participating", "interested"}))
    --k;
  if (is(u, k, {"general"}) && u[k].joined) --k;  // "the Secretariat-General"
  if (is_seat_noun(u, j - 1) && k >= 2 && is(u, k - 1, {"'s"}) && is_generic_org_noun(u, k - 2))
    k -= 2;
  if (k == 0 || !is(u, k - 1, {"the", "its", "this", "our"})) return false;
  begin = k - 1;
  return true;
}

const Mention* org_phrase_before(const Units& u, std::size_t end, std::size_t& begin,
                                 std::optional<TextSpan>& made) {
  made.reset();
  std::size_t j = end;
  if (j > 0 && is_body_noun(u, j - 1) && is_name_word(u, j - 1)) {
    std::size_t k = j - 1;
    while (k > 0 && j - k < 4 && is_name_word(u, k - 1)) --k;
    if (k > 0 && is_org(u, k - 1)) {
      begin = k - 1;
      made = TextSpan{u[k - 1].begin, u[j - 1].end};
      return u[k - 1].mention;
    }
    return nullptr;
  }
  if (j == 0 || !is_org(u, j - 1)) return nullptr;
  begin = j - 1;
  return u[j - 1].mention;
}

const Mention* org_phrase_at(const Units& u, std::size_t i, std::size_t& end,
                             std::optional<TextSpan>& made) {
  made.reset();
  if (is(u, i, {"the"})) ++i;
  if (!is_org(u, i)) return nullptr;
  std::size_t k = i + 1;
  while (k < u.size() && k - i <= 4 && is_name_word(u, k)) ++k;
  while (k > i + 1 && !is_body_noun(u, k - 1)) --k;
  if (k > i + 1) made = TextSpan{u[i].begin, u[k - 1].end};
  end = k;
  return u[i].mention;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The word tests the topic tracker (topic_tracker.cpp) makes of a sentence's
// tokens: the head nouns that may stand for an organisation or a state
// ("the bloc", "the Kingdom"), screened by one bit of the word's hash; the
// words that make "the <head>" part of a longer name; an expletive "it"; an
// opening date phrase. Inline, as the tracker asks them of nearly every
// sentence. Private to extract/.
#pragma once

#include <emmintrin.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg::detail::topic_words {

// A head noun that stands for any organisation.
inline constexpr std::string_view kGenericHeads[] = {"organization", "bloc", "grouping", "forum",
                                                     "association"};
inline bool generic_head(std::string_view norm) { return is_one_of(norm, kGenericHeads); }

// A head noun that may stand for the topic (when its name contains the word).
inline constexpr std::string_view kTopicHeads[] = {
    "alliance",    "union", "conference", "community", "council",  "commonwealth", "league",
    "cooperation", "group", "movement",   "bank",      "assembly", "summit"};
inline bool may_name_topic(std::string_view norm) { return is_one_of(norm, kTopicHeads); }

// A name-like head that names a standing body ("the Commonwealth", "the
// Union"), not a meeting or a group ("the Summit", "the Group", "the Bank").
inline bool names_standing_body(std::string_view norm) {
  return is_one_of(
      norm, {"alliance", "union", "community", "commonwealth", "league", "movement", "conference"});
}

// Whether a state's official name has a title a text may call it by ("the
// Kingdom").
inline bool has_state_title(std::string_view name) {
  return name.find("Kingdom") != std::string_view::npos ||
         name.find("Islamic Republic") != std::string_view::npos ||
         name.find("Sultanate") != std::string_view::npos ||
         name.find("Principality") != std::string_view::npos;
}

// Whether `name` may have the lower-case word `norm` among its words: the
// word's letters after its first, preceded by its first letter in either
// case. A quick test before tokenizing the name (named_head()).
inline bool may_contain_word(std::string_view name, std::string_view norm) {
  if (norm.empty()) return false;
  std::string_view rest = norm.substr(1);
  for (std::size_t at = name.find(rest, 1); at != std::string_view::npos;
       at = name.find(rest, at + 1)) {
    char first = name[at - 1];
    if (first == norm[0] || first == norm[0] - 'a' + 'A') return true;
  }
  return false;
}

// The words a state's title starts with ("the Kingdom", "the Islamic
// Republic"): state_title_at() reads them.
inline constexpr std::string_view kStateTitles[] = {"kingdom", "sultanate", "principality",
                                                    "islamic"};

// One bit of 64 for a word's hash (word_hash.hpp): its top bits, mixed.
inline constexpr unsigned filter_bit(std::uint64_t hash) { return spread_word_hash(hash) >> 26; }
// The bits of every head noun above: a word whose bit is clear is none of
// them (equal words have equal hashes), which settles the common case, a
// word after "the" that is no head noun, on its hash alone.
inline constexpr std::uint64_t kHeadFilter = [] {
  std::uint64_t bits = 0;
  for (std::string_view head : kGenericHeads) {
    bits |= std::uint64_t{1} << filter_bit(constant_word_hash(head));
  }
  for (std::string_view head : kTopicHeads) {
    bits |= std::uint64_t{1} << filter_bit(constant_word_hash(head));
  }
  for (std::string_view head : kStateTitles) {
    bits |= std::uint64_t{1} << filter_bit(constant_word_hash(head));
  }
  return bits;
}();
inline bool may_be_head(const Token& token) {
  return ((kHeadFilter >> filter_bit(token.hash)) & 1) != 0;
}
// The same for the first words of a state's title alone: most head nouns
// are no title, and state_title_at() need not read them.
inline constexpr std::uint64_t kTitleFilter = [] {
  std::uint64_t bits = 0;
  for (std::string_view head : kStateTitles) {
    bits |= std::uint64_t{1} << filter_bit(constant_word_hash(head));
  }
  return bits;
}();
inline bool may_be_title(const Token& token) {
  return ((kTitleFilter >> filter_bit(token.hash)) & 1) != 0;
}

// token.is("the") on the token's hash first: one word in twenty is "the",
// and a test of the length first (one word in five has three letters) is
// a branch mispredicted at many words. A word of three letters is its own
// hash (word_hash.hpp), so hash and length say it all.
inline constexpr std::uint64_t kTheHash = constant_word_hash("the");
inline bool is_the(const Token& token) { return token.hash == kTheHash && token.norm.size() == 3; }

inline constexpr std::uint64_t kThisHash = constant_word_hash("this");
inline constexpr std::uint64_t kThatHash = constant_word_hash("that");

// The first token in [from, last) whose hash is that of "the", "this" or
// "that" (else `last`): where TopicTracker::resolve() looks for a
// reference. Four tokens at a time, by the low halves of their hashes in one
// SSE2 register (every word of up to four letters is its hash, so the three
// words' high halves are zero); a longer word whose hash agrees in its low
// half is returned too, and the caller tests the whole hash. A third fewer
// instructions than three comparisons a token.
inline const Token* next_the_or_demonstrative(const Token* from, const Token* last) {
  static_assert(kTheHash >> 32 == 0 && kThisHash >> 32 == 0 && kThatHash >> 32 == 0);
  const __m128i the = _mm_set1_epi32(static_cast<int>(kTheHash));
  const __m128i this_ = _mm_set1_epi32(static_cast<int>(kThisHash));
  const __m128i that = _mm_set1_epi32(static_cast<int>(kThatHash));
  for (; last - from >= 4; from += 4) {
    const __m128i low =
        _mm_setr_epi32(static_cast<int>(from[0].hash), static_cast<int>(from[1].hash),
                       static_cast<int>(from[2].hash), static_cast<int>(from[3].hash));
    const __m128i hit =
        _mm_or_si128(_mm_cmpeq_epi32(low, the),
                     _mm_or_si128(_mm_cmpeq_epi32(low, this_), _mm_cmpeq_epi32(low, that)));
    const int lanes = _mm_movemask_ps(_mm_castsi128_ps(hit));
    if (lanes != 0) return from + std::countr_zero(static_cast<unsigned>(lanes));
  }
  for (; from < last; ++from) {
    const std::uint64_t hash = from->hash;
    if (hash == kTheHash || hash == kThisHash || hash == kThatHash) return from;
  }
  return last;
}

// Words after which "the <head>" is part of a longer name or a compound:
// "the Council of Ministers", "the association agreement".
inline bool blocks_head(const std::vector<Token>& t, std::size_t next) {
  if (next >= t.size()) return false;
  const Token& w = t[next];
  if (!w.is_word()) return false;
  if (w.capitalized && !w.is("s")) return true;
  return is_one_of(w.norm, {"of", "agreement", "agreements", "framework", "format", "level",
                            "process", "council", "meeting", "summit", "chair", "secretariat"});
}

// "It is important/expected/... that": an expletive, not the organisation.
inline bool expletive_it(const std::vector<Token>& t, std::size_t i) {
  if (i + 2 >= t.size() || !is_one_of(t[i + 1].norm, {"is", "was", "will", "would", "has"})) {
    return false;
  }
  // A cleft: "It was Russia [and China] that|who put forward ...".
  if (is_one_of(t[i + 1].norm, {"is", "was"}) && t[i + 2].capitalized) {
    for (std::size_t k = i + 3; k < t.size() && k < i + 12; ++k) {
      if (is_one_of(t[k].norm, {"that", "who"})) return true;
      if (!t[k].capitalized && !is_one_of(t[k].norm, {"and", ",", "of", "the", "'s"})) break;
    }
  }
  return is_one_of(t[i + 2].norm,
                   {"important",  "necessary", "expected", "noted",    "clear",    "possible",
                    "essential",  "worth",     "time",     "crucial",  "vital",    "hoped",
                    "believed",   "known",     "said",     "reported", "likely",   "unlikely",
                    "be",         "been",      "not",      "also",     "symbolic", "significant",
                    "noteworthy", "true",      "a",        "an",       "the"});
}

// opening_date_phrase() past its opener word, out of line: most sentences
// open on no such word, and opening_date_phrase() turns them away inline.
[[gnu::noinline]] inline std::size_t date_phrase_after_opener(const std::vector<Token>& t) {
  std::size_t i = 1;
  while (i < t.size() && i < 6 &&
         (is_one_of(t[i].norm,
                    {"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "early", "late", "mid"}) ||
          (!t[i].norm.empty() && t[i].norm[0] >= '0' && t[i].norm[0] <= '9'))) {
    ++i;
  }
  if (i == 1) return 0;
  if (i < t.size() && t[i].is(",")) ++i;
  return i;
}

// Where a sentence's subject starts after an opening date phrase ("Since
// 2004 it has", "In June 2005, it joined"): 0 when there is none.
[[gnu::always_inline]] inline std::size_t opening_date_phrase(const std::vector<Token>& t) {
  if (t.empty() || !is_one_of(t[0].norm, {"since", "in", "on", "from"})) return 0;
  return date_phrase_after_opener(t);
}

}  // namespace orgkg::detail::topic_words

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// WordSet: a named class of words the readers test at many units ("member",
// "states", "summit", ... may continue an organisation's phrase; the cue
// words that make a statement hypothetical). Each set is one bit of the
// entry-word index (entry_words.hpp), so a unit's word, looked up once when
// its unit is made (Unit::entry), is tested against a set by one load and a
// bit test instead of a comparison per listed word. The index confirms each
// lookup by the word itself, so a set is exact.
//
// Define a WordSet at namespace scope: the index gathers every set when it
// is built, on the first unit made, so a set constructed after that (a
// function-local static) throws std::logic_error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "list_reader.hpp"

namespace orgkg::detail {

class WordSet {
 public:
  /// The words (norm forms) must outlive the set: string literals.
  WordSet(std::initializer_list<std::string_view> words);
  /// The union of `sets` (defined before this one) and `words`.
  WordSet(std::initializer_list<const WordSet*> sets,
          std::initializer_list<std::string_view> words = {});
  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;

  /// Unit i is a token (not a mention) whose norm is one of the words.
  [[nodiscard]] bool at(const Units& u, std::size_t i) const { return i < u.size() && has(u[i]); }
  /// The unit is a token whose norm is one of the words.
  [[nodiscard]] bool has(const Unit& unit) const {
    return unit.mention == nullptr && (classes_[unit.entry] & bit_) != 0;
  }
  /// Some unit of `u` is one of the words.
  [[nodiscard]] bool in(const Units& u) const { return find(u, 0) != u.size(); }
  /// The first unit of `u` from `from` on that is one of the words;
  /// u.size() when there is none. For a scan of every unit for a rare word:
  /// the table and the bit sit in locals, not reloaded at each unit as a
  /// loop that calls out at its hits would. A mention's entry is 0, a word
  /// in no set, so the scan need not ask whether a unit is a mention.
  /// By pointer, not index: the scan is the whole cost of most calls.
  [[nodiscard]] std::size_t find(const Units& u, std::size_t from) const {
    if (from >= u.size()) return u.size();
    const std::uint64_t* classes = classes_;
    const std::uint64_t bit = bit_;
    const Unit* const first = u.data();
    const Unit* const end = first + u.size();
    for (const Unit* unit = first + from; unit != end; ++unit) {
      if ((classes[unit->entry] & bit) != 0) return static_cast<std::size_t>(unit - first);
    }
    return u.size();
  }
  /// One past the last unit of `u` that is one of the words; 0 when there
  /// is none. find() backwards, for the same reasons.
  [[nodiscard]] std::size_t end_of_last(const Units& u) const {
    const std::uint64_t* classes = classes_;
    const std::uint64_t bit = bit_;
    const Unit* const first = u.data();
    for (const Unit* unit = first + u.size(); unit != first; --unit) {
      if ((classes[unit[-1].entry] & bit) != 0) return static_cast<std::size_t>(unit - first);
    }
    return 0;
  }
  /// `word` is one of the words (a lookup in the index: prefer the forms
  /// above for units).
  [[nodiscard]] bool contains(std::string_view word) const;

  /// The words.
  [[nodiscard]] const std::vector<std::string_view>& words() const noexcept { return words_; }

 private:
  friend class EntryWords;  // gives each set its bit when it builds the index
  std::vector<std::string_view> words_;
  std::uint64_t bit_ = 0;
  /// The index's classes by word id (bit_ for this set): their array, not
  /// the vector that holds it, one load less at every test.
  const std::uint64_t* classes_ = nullptr;
};

/// Every WordSet constructed so far (the index reads them once).
[[nodiscard]] std::vector<WordSet*>& word_sets();

}  // namespace orgkg::detail

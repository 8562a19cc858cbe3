// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "word_set.hpp"

#include <stdexcept>
#include <string>

#include "entry_words.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {

std::vector<WordSet*>& word_sets() {
  static std::vector<WordSet*> sets;
  return sets;
}

WordSet::WordSet(std::initializer_list<const WordSet*> sets,
                 std::initializer_list<std::string_view> words)
    : WordSet(words) {
  for (const WordSet* set : sets)
    words_.insert(words_.end(), set->words_.begin(), set->words_.end());
}

WordSet::WordSet(std::initializer_list<std::string_view> words) : words_(words) {
  if (EntryWords::built()) {
    throw std::logic_error("WordSet made after the entry-word index was built (\"" +
                           std::string(words_.empty() ? "" : words_.front()) +
                           "\", ...): define word sets at namespace scope (word_set.hpp)");
  }
  word_sets().push_back(this);
}

bool WordSet::contains(std::string_view word) const {
  const EntryWords& index = EntryWords::index();
  return (classes_[index.id(word_hash(word), word)] & bit_) != 0;
}

}  // namespace orgkg::detail

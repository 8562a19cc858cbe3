// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The lists of states a sentence names, read for a counted anaphor opening
// the next one ("Kenya and Uganda signed the Treaty. The two countries are
// members of the EAC"). The analysis keeps one per sentence
// (AnalysedSentence::state_list_of()), so the readers that ask share one
// reading of it.
#pragma once

#include <cstddef>
#include <vector>

#include "list_reader.hpp"

namespace orgkg::detail {

class SentenceStateLists {
 public:
  /// Forgets what was read of an earlier sentence: the next last_list_of()
  /// reads its units afresh.
  void forget() { read_ = false; }

  /// The last list of exactly `count` states among units `u` of a sentence
  /// that mentions `states` states (SentenceMentions::states; none read
  /// below two), or empty. An item goes on the list of the one before when
  /// only list words (",", "and", "the") stand between them. The lists are
  /// read at the first call after forget() (few sentences are followed by a
  /// counted anaphor); every call until the next forget() must pass the same
  /// units and count of states.
  [[nodiscard]] std::vector<const Mention*> last_list_of(const Units& u, std::size_t states,
                                                         std::size_t count) const;

 private:
  struct Item {
    const Mention* mention = nullptr;
    bool continues = false;  ///< the next item of the list of the one before
  };
  // Reads the states of units `u` into items_.
  void read(const Units& u) const;

  mutable bool read_ = false;        // items_ holds the sentence's states
  mutable std::vector<Item> items_;  // the sentence's states, in order
};

}  // namespace orgkg::detail

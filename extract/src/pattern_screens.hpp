// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Screens a family's reader puts before its patterns. The entry-word index
// (entry_words.hpp) rules a pattern out at a unit by the unit's own word; a
// reader may know more of the sentence: that a word every reading of the
// pattern needs after its anchor ("founding", "member") is nowhere after it.
// A pattern so screened is not tried, but in a checked build, which tries it
// anyway and throws when it finds something, so that a screen that grows
// wrong fails the tests.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "word_set.hpp"

namespace orgkg::detail {

/// Whether a word of `set` follows unit i in the sentence, for units asked
/// in increasing order (as a family's patterns are tried): one scan of the
/// sentence however many units ask (asked out of order, it scans again).
class WordAfter {
 public:
  /// `set` and `u` must outlive it.
  WordAfter(const WordSet& set, const Units& u) : set_(set), u_(u) {}

  [[nodiscard]] bool operator()(std::size_t i) {
    if (next_ <= i || i + 1 < from_) {  // not known yet for i
      from_ = i + 1;
      next_ = set_.find(u_, from_);
    }
    return next_ < u_.size();
  }

 private:
  const WordSet& set_;
  const Units& u_;
  std::size_t from_ = static_cast<std::size_t>(-1);  // where the last scan began
  std::size_t next_ = 0;  // the first word of the set from `from_` on, else u_.size()
};

/// Whether a reader of `family` need be called for `sentence`: some unit of
/// it can start one of the family's patterns (always, in a checked build,
/// which tries every pattern everywhere). Most sentences start no pattern
/// of most families; asked inline by the caller, that costs a few
/// instructions instead of a call and the frame of the reader's loop.
[[nodiscard]] inline bool may_start(const EntryUnits& sentence, PatternFamily family) {
  return kCheckEntryWords || sentence.has(family);
}

/// Checked builds: pattern p of `family` found something at unit i where
/// its reader's screen said it could not.
[[noreturn]] inline void screened_wrongly(PatternFamily family, std::size_t p, const Units& u,
                                          std::size_t i) {
  std::string unit;
  if (i < u.size()) unit = u[i].mention != nullptr ? u[i].mention->surface : u[i].norm;
  throw std::logic_error("pattern " + std::to_string(p) + " of " +
                         EntryWords::index().name(family) + " found a fact at \"" + unit +
                         "\", where its reader's screen said it could not (pattern_screens.hpp)");
}

}  // namespace orgkg::detail

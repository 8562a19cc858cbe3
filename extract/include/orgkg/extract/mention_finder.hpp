// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// MentionFinder: finds the states, organisations and cities a text names, with
// byte offsets, for one document at a time. It starts from a Gazetteer and
// learns the acronyms the document defines as it reads: "... in Asia (CICA)"
// and "NATO (North Atlantic Treaty Organization)" teach an acronym for a known
// organisation; an unknown "Full Name (ACR)" creates an organisation entity
// (key and label ACR, name Full Name) that the rest of the document then
// matches under both names. Sub-bodies stand for their organisation: "the
// CICA Secretariat" and "the Secretariat of the SCO" are mentions of CICA and
// the SCO. Feed the sentences of one document in order; use a new finder for
// each document. Not thread-safe.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/graph/entity.hpp"

namespace orgkg {
namespace detail {
struct Token;
}

/// One entity named in a text.
struct Mention {
  std::size_t begin = 0;           ///< byte offset of the mention (base added)
  std::size_t end = 0;             ///< one past its last byte
  const Entity* entity = nullptr;  ///< owned by the Gazetteer or the MentionFinder
  NameForm form = NameForm::Name;
  std::string surface;  ///< the mention as written, without a leading "the"
};

class MentionFinder {
 public:
  /// `gazetteer` must outlive the finder.
  explicit MentionFinder(const Gazetteer& gazetteer);
  MentionFinder(MentionFinder&&) noexcept;
  MentionFinder& operator=(MentionFinder&&) noexcept;
  ~MentionFinder();

  /// Learns the acronym definitions in `text`, then returns its mentions:
  /// sorted, never overlapping, the longest name winning at each place (a
  /// name the document defined beats a gazetteer name of the same length).
  /// Offsets are `base` plus the offset in `text`, so a sentence can be
  /// passed with its offset in the document. The entity pointers stay valid
  /// for the lifetime of this finder and of the gazetteer.
  [[nodiscard]] std::vector<Mention> find(std::string_view text, std::size_t base = 0);
  /// The same with `text` already tokenized (extract/'s tokenizer: the
  /// tokens of exactly `text`), so it is not tokenized again.
  [[nodiscard]] std::vector<Mention> find(std::string_view text, std::size_t base,
                                          const std::vector<detail::Token>& tokens);
  /// The same into `mentions`, which it replaces: a caller finding the
  /// mentions of sentence after sentence passes vectors it keeps, whose
  /// memory (and that of their surfaces) is reused. `may_define` false
  /// says that `text` holds no '(', so that no definition can be learned
  /// from it (a caller that found the document's '(' bytes in one pass
  /// spares the search of each sentence).
  void find_into(std::vector<Mention>& mentions, std::string_view text, std::size_t base,
                 const std::vector<detail::Token>& tokens, bool may_define = true);

  /// Learns the acronym definitions in `text` without returning mentions.
  void learn(std::string_view text);

  /// The organisations this finder created for names it did not know, in the
  /// order it met them.
  [[nodiscard]] std::vector<const Entity*> learned_entities() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orgkg

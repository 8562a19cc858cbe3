// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// NameIndex: surface names -> entities, matched the way gazetteer.hpp
// describes. A name's key is the concatenation of its tokens' norm forms
// (tokenizer.hpp) without a leading "the", dashes and dots, so hyphen and space
// variants share a key; commas, brackets and quotes stay in the key. A
// case-sensitive name (an acronym) must also match the exact spelling; any
// other name must start with a capitalized word in the text.
//
// Matching walks forward from a token and stops as soon as the key built so
// far begins no indexed key: a set of hashes of every key's prefixes answers
// that, so a word that starts no name costs one hash lookup. The key itself
// is spelt out and looked up only where a set of whole keys' hashes says one
// may end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "orgkg/extract/gazetteer.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

class NameIndex {
 public:
  /// Indexes `name` for `entity`. A name whose key (and, for acronyms, exact
  /// spelling) is already indexed keeps its first entity: returns false then,
  /// and for a name with no words. Acronym-like names ("UN", "CoE") are
  /// case-sensitive whatever `form` says.
  bool add(std::string_view name, const Entity* entity, NameForm form);

  /// The longest name starting at token `first` of `tokens` (a tokenization
  /// of `text`); offsets are those of the tokens.
  [[nodiscard]] std::optional<NameMatch> match_tokens(const std::vector<Token>& tokens,
                                                      std::size_t first) const;

  /// The longest name starting at byte `pos` of `text`.
  [[nodiscard]] std::optional<NameMatch> match_at(std::string_view text, std::size_t pos) const;

  /// The entity `name` names as a whole (a leading "the" allowed).
  [[nodiscard]] std::optional<NameMatch> lookup(std::string_view name) const;

  /// The largest number of tokens a name of this index spans.
  [[nodiscard]] std::size_t max_tokens() const noexcept { return max_tokens_; }

 private:
  struct Entry {
    std::string key;
    const Entity* entity = nullptr;
    NameForm form = NameForm::Name;
    bool case_sensitive = false;
    std::string exact;
  };

  /// The entry tokens [first, last] name, their key hashing to `hash`.
  [[nodiscard]] const Entry* find(std::uint64_t hash, const std::vector<Token>& tokens,
                                  std::size_t first, std::size_t last) const;

  // A set of key hashes: an open-addressing table (power-of-two size, 0 =
  // empty), asked at every word of every sentence.
  class HashSet {
   public:
    void insert(std::uint64_t hash);
    [[nodiscard]] bool contains(std::uint64_t hash) const;

   private:
    std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(64, 0);
    std::size_t count_ = 0;
  };

  std::unordered_map<std::uint64_t, std::vector<Entry>> names_;  // by the key's hash
  HashSet prefixes_;  // hashes of every key's prefixes
  HashSet keys_;      // hashes of the keys themselves: only these are looked up in names_
  // Whether a name may match at a word that is not capitalized: only an
  // acronym spelt with a lower-case first letter can.
  bool lowercase_start_ = false;
  std::size_t max_tokens_ = 0;
};

/// The part of a token that goes into a name key ("" for dashes and dots).
[[nodiscard]] std::string_view key_part(const Token& token);
/// The part of a token that goes into an exact (case-sensitive) spelling.
[[nodiscard]] std::string_view exact_part(const Token& token);

}  // namespace orgkg::detail

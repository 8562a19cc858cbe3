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
// that, so a word that starts no name costs one hash lookup (and a word that
// is not capitalized none). The same slot says whether the prefix is a whole
// key; only then are the entries with that hash looked up, in a flat table,
// and compared part by part with the tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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
  /// of `text`); offsets are those of the tokens. Inline: it is asked at
  /// every word, and most words (not capitalized) can start no name.
  [[nodiscard]] std::optional<NameMatch> match_tokens(const std::vector<Token>& tokens,
                                                      std::size_t first) const {
    if (first >= tokens.size() || !may_start(tokens[first])) return std::nullopt;
    return match_from(tokens, first);
  }

  /// The longest name starting at byte `pos` of `text`.
  [[nodiscard]] std::optional<NameMatch> match_at(std::string_view text, std::size_t pos) const;

  /// The entity `name` names as a whole (a leading "the" allowed).
  [[nodiscard]] std::optional<NameMatch> lookup(std::string_view name) const;
  /// lookup() of a name already tokenized (`tokens` are tokenize(name)), for
  /// a name asked of several indexes.
  [[nodiscard]] std::optional<NameMatch> lookup_tokens(const std::vector<Token>& tokens) const;

  /// Whether a name of this index may start at `token`: a word, capitalized
  /// unless an acronym spelt with a lower-case first letter is indexed.
  [[nodiscard]] bool may_start(const Token& token) const {
    return !names_.empty() && token.is_word() && (token.capitalized || lowercase_start_);
  }

  /// The largest number of tokens a name of this index spans.
  [[nodiscard]] std::size_t max_tokens() const noexcept { return max_tokens_; }

 private:
  struct Entry {
    std::string key;
    const Entity* entity = nullptr;
    NameForm form = NameForm::Name;
    bool case_sensitive = false;
    std::string exact;
    std::uint32_t next = kNoEntry;  ///< the next entry with the same key hash
  };
  static constexpr std::uint32_t kNoEntry = 0xFFFFFFFF;

  /// match_tokens() at a token where a name may start.
  [[nodiscard]] std::optional<NameMatch> match_from(const std::vector<Token>& tokens,
                                                    std::size_t first) const;

  /// The entry tokens [first, last] name, their key hashing to `hash`.
  [[nodiscard]] const Entry* find(std::uint64_t hash, const std::vector<Token>& tokens,
                                  std::size_t first, std::size_t last) const;

  // The hashes of every key's prefixes, each marked when it is a whole key:
  // an open-addressing table (power-of-two size, 0 = empty), asked at every
  // capitalized word of every sentence, so a step of matching reads one slot.
  // A slot holds the hash with its lowest bit replaced by the mark: two
  // hashes differing only there share a slot, which can only make a step go
  // on that a spelling check (find()) then rejects.
  class PrefixSet {
   public:
    enum class Kind { None, Prefix, Key };
    void insert(std::uint64_t hash, Kind kind);
    [[nodiscard]] Kind find(std::uint64_t hash) const;

   private:
    std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(64, 0);
    std::size_t count_ = 0;
  };

  // Key hash -> the entries with that hash, in the order they were added:
  // an open-addressing table of (hash, first entry), each entry linking to
  // the next one with the same hash.
  class EntryTable {
   public:
    /// Adds `entry` unless an entry with the same key, case sensitivity and
    /// exact spelling is there; false then.
    bool add(std::uint64_t hash, Entry entry);
    /// The first entry whose key hashes to `hash`, or nullptr.
    [[nodiscard]] const Entry* first(std::uint64_t hash) const;
    /// The entry after `entry` with the same hash, or nullptr.
    [[nodiscard]] const Entry* next(const Entry& entry) const;
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

   private:
    struct Slot {
      std::uint64_t hash = 0;  // 0: empty
      std::uint32_t first = 0;
    };
    [[nodiscard]] std::size_t slot_of(std::uint64_t hash) const;  // its slot or an empty one
    void grow();

    std::vector<Slot> slots_ = std::vector<Slot>(64);
    std::vector<Entry> entries_;
  };

  EntryTable names_;  // by the key's hash
  PrefixSet prefixes_;  // every key's prefixes; only those marked keys are looked up in names_
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

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
// far begins no indexed key: one table holds a fingerprint of every key's
// prefixes (of their word_hash(), word_hash.hpp, which matching extends by
// each token's hash without reading its bytes), so a word that starts no
// name costs one probe (and a word that is not capitalized none). A prefix
// that is a whole key is marked and leads to the entries with its
// fingerprint, which are compared part by part with the tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/extract/gazetteer.hpp"
#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {

/// Dashes and dots, which no key or exact spelling holds.
[[nodiscard]] inline bool left_out_of_names(const Token& token) {
  return token.type == TokenType::Punct && (token.is("-") || token.is("."));
}
/// The part of a token that goes into a name key ("" for dashes and dots).
[[nodiscard]] inline std::string_view key_part(const Token& token) {
  return left_out_of_names(token) ? std::string_view() : token.norm;
}
/// The part of a token that goes into an exact (case-sensitive) spelling.
[[nodiscard]] inline std::string_view exact_part(const Token& token) {
  return left_out_of_names(token) ? std::string_view() : token.exact;
}

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
    NameSpan span = match_span(tokens, first);
    if (span.entry == nullptr) return std::nullopt;
    return NameMatch{span.entry->entity, tokens[first].begin, tokens[span.last].end,
                     span.entry->form};
  }

  /// match_tokens() as the entry's entity and form and the name's last token
  /// (`last`), for a caller that goes on after the name: nullptr entity when
  /// no name starts at `first`.
  struct TokenMatch {
    const Entity* entity = nullptr;
    NameForm form = NameForm::Name;
    std::size_t last = 0;
  };
  [[nodiscard]] TokenMatch match_token_span(const std::vector<Token>& tokens,
                                            std::size_t first) const {
    return token_match(match_span(tokens, first));
  }
  /// match_token_span() at a token `first` the caller has found to be one
  /// where a name may start (may_start()): the mention finder tests that of
  /// every word, and testing it again cost as much as the probe.
  /// `word` is &tokens[first] and `past` the end of `tokens`, which the
  /// caller has at hand: read through `tokens`, the vector's place was loaded
  /// again after every store the caller makes.
  [[nodiscard]] TokenMatch match_token_span_at_start(const std::vector<Token>& tokens,
                                                     std::size_t first, const Token* word,
                                                     const Token* past) const {
    std::size_t slot = prefixes_.find(word->hash);
    if (slot == PrefixTable::kAbsent) return {};
    // A word that is no key but starts longer ones ("New", "United") is
    // turned away here, not in a call, when the next token starts none of
    // them (by its first byte): match_from() would stop there too, with no
    // name. A token left out of keys, or of no bytes, is passed over there:
    // it decides nothing here.
    if (!prefixes_.is_key(slot)) {
      if (word + 1 == past) return {};
      const Token& next = word[1];
      if (!next.norm.empty() && !prefixes_.may_continue_with(slot, next.norm[0]) &&
          !left_out_of_names(next)) {
        return {};
      }
    } else if (!prefixes_.is_continued(slot)) {
      return token_match(match_word(tokens, first, slot));  // "Kazakhstan": no more
    }
    return token_match(match_from(tokens, first, slot));
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
    return token.is_word() && may_start_word(token.capitalized);
  }
  /// may_start() of a word, capitalized or not.
  [[nodiscard]] bool may_start_word(bool capitalized) const {
    return !empty() && (capitalized || lowercase_start_);
  }

  /// Makes room for names whose keys have `prefixes` distinct prefixes in
  /// all, so that adding them does not grow the table step by step (a
  /// gazetteer's index went through eleven doublings, each re-inserting
  /// every prefix). A hint: more prefixes than that may still be added.
  void reserve(std::size_t prefixes) { prefixes_.reserve(prefixes); }

  /// Whether no name is indexed.
  [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

  /// The largest number of tokens a name of this index spans.
  [[nodiscard]] std::size_t max_tokens() const noexcept { return max_tokens_; }

 private:
  struct Entry {
    std::string key;
    std::uint64_t key_hash = 0;  ///< word_hash(key)
    const Entity* entity = nullptr;
    NameForm form = NameForm::Name;
    bool case_sensitive = false;
    std::string exact;
    std::uint32_t next = kNoEntry;  ///< the next entry with the same fingerprint
  };
  static constexpr std::uint32_t kNoEntry = 0xFFFFFFFF;

  /// The longest name's entry (nullptr for none) and last token.
  struct NameSpan {
    const Entry* entry = nullptr;
    std::size_t last = 0;
  };

  /// The longest name at token `first`. Inline up to the first probe: most
  /// words can start no name, and most capitalized ones that cannot are
  /// turned away by the probe of their own hash.
  [[nodiscard]] NameSpan match_span(const std::vector<Token>& tokens, std::size_t first) const {
    if (first >= tokens.size() || !may_start(tokens[first])) return {};
    return match_span_at_start(tokens, first, tokens[first].hash);
  }
  /// match_span() at a token where a name may start, whose hash is
  /// `first_hash`.
  [[nodiscard]] NameSpan match_span_at_start(const std::vector<Token>& tokens, std::size_t first,
                                             std::uint64_t first_hash) const {
    std::size_t slot = prefixes_.find(first_hash);
    if (slot == PrefixTable::kAbsent) return {};
    return match_from(tokens, first, slot);
  }
  /// A span as a TokenMatch.
  [[nodiscard]] static TokenMatch token_match(NameSpan span) {
    if (span.entry == nullptr) return {};
    return {span.entry->entity, span.entry->form, span.last};
  }

  /// match_span() at a token where a name may start, whose hash is at `slot`
  /// of the prefix table.
  [[nodiscard]] NameSpan match_from(const std::vector<Token>& tokens, std::size_t first,
                                    std::size_t slot) const;

  /// match_from() at a word whose slot is a key that no longer key goes on
  /// from: the name is the word or none. A call of its own, lighter than
  /// match_from()'s, which holds the state of a walk over several tokens.
  [[nodiscard]] NameSpan match_word(const std::vector<Token>& tokens, std::size_t first,
                                    std::size_t slot) const;

  /// The entry tokens [first, last] name among entry `index` and the entries
  /// after it with the same fingerprint, or nullptr; `hash` and `size` are
  /// the hash and length of the tokens' key parts joined. Inline, defined in
  /// name_index.cpp: only match_from() and match_word() call it.
  [[nodiscard]] inline const Entry* find(std::uint32_t index, const std::vector<Token>& tokens,
                                         std::size_t first, std::size_t last, std::uint64_t hash,
                                         std::size_t size) const;

  // A 22-bit fingerprint of every key's prefixes, the ten lowest bits its
  // marks, and for each key the first of its entries: an open-addressing
  // table (power-of-two size, fingerprint 0 = empty) asked at every
  // capitalized word of every sentence. A slot holds the fingerprint and the
  // key's first entry side by side, eight bytes: the gazetteer's table is
  // larger than the first-level cache, and a key found then costs one line
  // missed, not one in each of two arrays. Where probing starts depends on
  // the fingerprint alone, so the table grows without the hashes. Two prefixes with the same
  // fingerprint share a slot, which can only make a step of matching go on, or lead to entries,
  // that a spelling check (find()) then rejects. A second mark tells a prefix that some longer key
  // continues: matching stops at a key no other continues without hashing and probing the next
  // word. Eight more say which bytes may come next (bit 2 + (byte & 7) for each byte a longer
  // key has there): most words after a prefix start no longer key, and matching stops at one
  // whose first byte's bit is clear without hashing and probing it either.
  class PrefixTable {
   public:
    static constexpr std::size_t kAbsent = ~std::size_t{0};
    /// The slot of `hash`'s fingerprint, or kAbsent. Inline: asked at every
    /// step of matching.
    [[nodiscard]] std::size_t find(std::uint64_t hash) const {
      std::size_t at = slot_of(fingerprint(hash));
      return slots_[at].fingerprint == 0 ? kAbsent : at;
    }
    /// Whether the slot's fingerprint is that of a whole key.
    [[nodiscard]] bool is_key(std::size_t slot) const {
      return (slots_[slot].fingerprint & kKeyMark) != 0;
    }
    /// Whether a longer prefix continues the slot's: false says that no key
    /// is longer by a byte or more (a shared fingerprint can only say true).
    [[nodiscard]] bool is_continued(std::size_t slot) const {
      return (slots_[slot].fingerprint & kContinuedMark) != 0;
    }
    /// Whether a longer prefix may continue the slot's with `byte`: false
    /// says that none does (a shared fingerprint can only say true).
    [[nodiscard]] bool may_continue_with(std::size_t slot, char byte) const {
      return (slots_[slot].fingerprint & next_mark(byte)) != 0;
    }
    /// The first entry of a key's slot.
    [[nodiscard]] std::uint32_t first_entry(std::size_t slot) const {
      return slots_[slot].first_entry;
    }
    /// Makes room for `more` prefixes, which the next adds may insert: they
    /// then do not test it each (add() inserts a prefix for every byte of a
    /// key).
    void make_room(std::size_t more) {
      while (2 * (count_ + more + 1) > slots_.size()) grow();
    }
    /// Adds `hash` as a prefix of a key that goes on after it with `next`
    /// (room made for it).
    void add_prefix(std::uint64_t hash, char next) {
      (void)insert(hash, kContinuedMark | next_mark(next));
    }
    /// Adds `hash` as a key (room made for it): its slot's first entry,
    /// kNoEntry for a new key, for the caller to set.
    [[nodiscard]] std::uint32_t& add_key(std::uint64_t hash) {
      return slots_[insert(hash, kKeyMark)].first_entry;
    }

   private:
    static constexpr std::uint32_t kKeyMark = 1;
    static constexpr std::uint32_t kContinuedMark = 2;
    static constexpr std::uint32_t kMarks = 0x3FF;  // these two and the next bytes' eight
    // The mark of a next byte.
    [[nodiscard]] static std::uint32_t next_mark(char byte) {
      return std::uint32_t{4} << (static_cast<unsigned char>(byte) & 7);
    }
    // The fingerprint of a prefix's hash, unmarked: never 0 (the empty slot).
    // Spread first: the marks take the lowest bits, a word hash's weakest.
    [[nodiscard]] static std::uint32_t fingerprint(std::uint64_t hash) {
      std::uint32_t spread = spread_word_hash(hash) & ~kMarks;
      return spread == 0 ? kMarks + 1 : spread;
    }
    // The slot of an unmarked fingerprint, or the empty slot where it would go.
    // A fingerprint's top bits are already mixed (spread_word_hash()), so
    // they alone pick the first slot.
    [[nodiscard]] std::size_t slot_of(std::uint32_t fingerprint) const {
      std::size_t at = fingerprint >> shift_;
      while (slots_[at].fingerprint != 0 && (slots_[at].fingerprint & ~kMarks) != fingerprint) {
        at = (at + 1) & mask_;
      }
      return at;
    }
    std::size_t insert(std::uint64_t hash, std::uint32_t marks);  // the slot
    void grow();

   public:
    /// Room for `count` prefixes without growing.
    void reserve(std::size_t count);

   private:
    // Empty until the first prefix is added: every mention finder has an
    // index of the names its document defines, and most documents define
    // none. No index asks an empty table (NameIndex::empty() is tested
    // first).
    static constexpr std::size_t kFirstSize = 64;
    struct Slot {
      std::uint32_t fingerprint = 0;  // 0: empty
      std::uint32_t first_entry = kNoEntry;
    };
    std::vector<Slot> slots_;
    int shift_ = 32 - 6;                 // 32 - log2(size), once there are slots
    std::size_t mask_ = kFirstSize - 1;  // size - 1, once there are slots
    std::size_t count_ = 0;
  };

  std::vector<Entry> entries_;  // in the order they were added
  PrefixTable prefixes_;        // every key's prefixes; the keys lead to their entries
  // Whether a name may match at a word that is not capitalized: only an
  // acronym spelt with a lower-case first letter can.
  bool lowercase_start_ = false;
  std::size_t max_tokens_ = 0;
};

/// Whether the `size` bytes at `a` and at `b` are the same. Inline, in two
/// loads of eight, four or two bytes (overlapping when `size` is not twice
/// that), or one byte: a name's pieces are short, and a call of memcmp()
/// cost more than comparing them.
[[nodiscard]] inline bool same_bytes(const char* a, const char* b, std::size_t size) {
  auto equal = [a, b]<class Word>(Word, std::size_t at) {
    Word x;
    Word y;
    std::memcpy(&x, a + at, sizeof x);
    std::memcpy(&y, b + at, sizeof y);
    return x == y;
  };
  if (size >= 8) {
    std::size_t at = 0;
    for (; size - at > 8; at += 8) {
      if (!equal(std::uint64_t{}, at)) return false;
    }
    return equal(std::uint64_t{}, size - 8);
  }
  if (size >= 4) return equal(std::uint32_t{}, 0) && equal(std::uint32_t{}, size - 4);
  if (size >= 2) return equal(std::uint16_t{}, 0) && equal(std::uint16_t{}, size - 2);
  return size == 0 || *a == *b;
}

}  // namespace orgkg::detail

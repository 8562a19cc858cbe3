// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The hash of a word's spelling, the one every table of words in extract/
// uses: the tokenizer computes it once for each token (Token::hash, the hash
// of its norm), and the name index (name_index.hpp) and the entry-word index
// (entry_words.hpp) hash the words they hold the same way, so neither reads a
// token's bytes again to look it up.
//
// It is the word read as a number in base 256, its first byte the most
// significant, modulo the prime P = 2^61 - 1. So the hash of a concatenation
// comes from the hashes of its pieces and their lengths (concat_word_hash():
// multiplying by 256^n modulo P is a rotation of 61 bits, as 2^61 = 1), and
// the name index hashes a key byte by byte (extend_word_hash()) yet matches
// it in the text token by token, however the tokens cut it ("Co-operation"
// is two tokens, "cooperation" one key). A word of up to seven bytes is its
// own hash: loaded eight bytes at once, its hash costs a byte swap and a
// shift.
//
// Equal words have equal hashes; unequal ones may share one (a word with a
// NUL byte, a long word), so a table confirms a hash hit by comparing
// spellings. The low bits are a word's last letters: a table indexes by
// spread_word_hash().
// Private to extract/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace orgkg::detail {

/// The modulus P of word hashes, 2^61 - 1; a hash is below it.
inline constexpr std::uint64_t kWordHashModulus = (std::uint64_t{1} << 61) - 1;

namespace word_hash_detail {

// `x` modulo P, for any x below 2^64.
[[nodiscard]] constexpr std::uint64_t reduce(std::uint64_t x) {
  std::uint64_t folded = (x & kWordHashModulus) + (x >> 61);  // at most P + 7
  return folded >= kWordHashModulus ? folded - kWordHashModulus : folded;
}

// hash * 2^bits modulo P, for a hash below P: a rotation of its 61 bits.
// Always inline: a few instructions, which GCC otherwise made a call.
[[nodiscard, gnu::always_inline]] constexpr std::uint64_t shift_hash(std::uint64_t hash,
                                                                     std::size_t bits) {
  // No division below 122 bits (a word shorter than sixteen bytes), and no
  // branch on whether 61 is taken off: it depends on the word's length and
  // was mispredicted. Below 122, (bits + 3) / 64 is 1 from 61 on, else 0
  // (GCC made a branch of a choice between bits and bits - 61).
  if (bits >= 2 * 61) bits %= 61;
  auto s = static_cast<unsigned>(bits - 61 * ((bits + 3) >> 6));
  return ((hash << s) & kWordHashModulus) | (hash >> (61 - s));
}

// shift_hash() for fewer than 122 bits, rarely 61 or more (the rest of a
// word of nine to sixteen bytes, sixteen being rare): a branch, then
// predicted, costs fewer instructions than shift_hash()'s arithmetic.
[[nodiscard, gnu::always_inline]] constexpr std::uint64_t shift_hash_mostly_below_61(
    std::uint64_t hash, std::size_t bits) {
  auto s = static_cast<unsigned>(bits < 61 ? bits : bits - 61);
  return ((hash << s) & kWordHashModulus) | (hash >> (61 - s));
}

// The one to eight bytes at the top of `memory_order` (a little-endian
// load whose first `size` bytes are the word's) as a number, first byte most
// significant, modulo P.
[[nodiscard]] inline std::uint64_t value_of(std::uint64_t memory_order, std::size_t size) {
  return reduce(__builtin_bswap64(memory_order) >> (8 * (8 - size)));
}

[[nodiscard]] inline std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace word_hash_detail

/// The hash of a word followed by another, given the first's hash, and the
/// second's hash and length in bytes.
[[nodiscard]] constexpr std::uint64_t concat_word_hash(std::uint64_t first, std::uint64_t second,
                                                       std::size_t second_size) {
  std::uint64_t sum = word_hash_detail::shift_hash(first, 8 * second_size) + second;
  return sum >= kWordHashModulus ? sum - kWordHashModulus : sum;
}

/// The hash of a word extended by one more byte (the hash of "" is 0).
[[nodiscard]] constexpr std::uint64_t extend_word_hash(std::uint64_t hash, unsigned char byte) {
  return concat_word_hash(hash, byte, 1);
}

/// word_hash(word) as a constant, for words the code names: a token is
/// that word when its hash and length are the word's.
[[nodiscard]] constexpr std::uint64_t constant_word_hash(std::string_view word) {
  std::uint64_t hash = 0;
  for (char c : word) hash = extend_word_hash(hash, static_cast<unsigned char>(c));
  return hash;
}

/// The hash of `word`, reading no byte outside it.
[[nodiscard]] inline std::uint64_t word_hash(std::string_view word) {
  using namespace word_hash_detail;
  const char* p = word.data();
  std::size_t n = word.size();
  if (n < 8) {
    std::uint64_t hash = 0;
    for (std::size_t i = 0; i < n; ++i) hash = (hash << 8) | static_cast<unsigned char>(p[i]);
    return hash;  // below 2^56
  }
  std::uint64_t hash = 0;
  for (; n >= 8; n -= 8, p += 8) hash = concat_word_hash(hash, value_of(load64(p), 8), 8);
  // The last bytes, at the top of the eight that end the word.
  if (n > 0) hash = concat_word_hash(hash, value_of(load64(p + n - 8) >> (8 * (8 - n)), n), n);
  return hash;
}

/// word_hash(word) for a word of one to seven bytes followed by enough
/// readable bytes to make eight (any bytes: they are shifted out), in one
/// load and no reduction (the word is its own hash): the tokenizer's common
/// case, a short word of the text not near its end.
[[nodiscard]] inline std::uint64_t short_word_hash(std::string_view word) {
  return __builtin_bswap64(word_hash_detail::load64(word.data())) >> (8 * (8 - word.size()));
}

/// word_hash() of a word of one to sixteen bytes from the sixteen bytes at
/// its start, given as two little-endian loads (`first` & 0xFF is its first
/// byte; the bytes past the word may be anything): the tokenizer has them in
/// hand, so it hashes a word without reading it again. Always inline: GCC
/// split a long word's part off into a call, which cost more than its work.
[[nodiscard, gnu::always_inline]] inline std::uint64_t word_hash_of_bytes(std::uint64_t first,
                                                                          std::uint64_t second,
                                                                          std::size_t size) {
  using namespace word_hash_detail;
  if (size < 8) return __builtin_bswap64(first) >> (8 * (8 - size));  // its own hash
  // As word_hash() reads it: the first eight bytes, then the rest.
  std::uint64_t head = value_of(first, 8);
  if (size == 8) return head;
  // concat_word_hash(head, the rest's value, size - 8), written out: GCC
  // made that a call here.
  std::uint64_t sum = shift_hash_mostly_below_61(head, 8 * (size - 8)) + value_of(second, size - 8);
  return sum >= kWordHashModulus ? sum - kWordHashModulus : sum;
}

/// Whether two words with the same hash are the same word: those of equal
/// length below eight bytes are, as such a word is its own hash, so only
/// longer words are compared: one of 8 to 16 bytes, most of them, as its
/// first and last eight bytes, inline (memcmp() cost more than the table
/// probe it confirmed).
[[nodiscard]] inline bool same_word_as_hashed(std::string_view a, std::string_view b) {
  using word_hash_detail::load64;
  std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n < 8) return true;
  const char* p = a.data();
  const char* q = b.data();
  if (n > 16) return std::memcmp(p, q, n) == 0;
  return ((load64(p) ^ load64(q)) | (load64(p + n - 8) ^ load64(q + n - 8))) == 0;
}

/// A word hash's bits mixed into 32, for a table that indexes by them: the
/// high half of a multiplication, where every bit of the hash counts.
[[nodiscard]] constexpr std::uint32_t spread_word_hash(std::uint64_t hash) {
  return static_cast<std::uint32_t>((hash * 0x9E3779B97F4A7C15ULL) >> 32);
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Hashes of words. extend_hash() is FNV-1a, extended a piece at a time: the
// hash of a name key's prefix is a step on the way to the hash of the key
// (name_index.hpp), so it must stay byte by byte. word_hash() hashes a whole
// word for the entry-word tables (entry_words.hpp) and is free to read it a
// word of eight bytes at a time: it runs at every token of every sentence,
// where a byte-at-a-time loop cost more than the table probe it serves.
// Private to extract/.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace orgkg::detail {

inline constexpr std::uint64_t kHashStart = 14695981039346656037ULL;

/// `hash` extended by `bytes`. Two bytes a round: the same hash as a loop
/// over the bytes, in fewer instructions (name matching extends a hash by
/// each word of the names it walks).
[[nodiscard]] inline std::uint64_t extend_hash(std::uint64_t hash, std::string_view bytes) {
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  for (; end - p >= 2; p += 2) {
    hash = (hash ^ p[0]) * kPrime;
    hash = (hash ^ p[1]) * kPrime;
  }
  if (p != end) hash = (hash ^ *p) * kPrime;
  return hash;
}

/// The hash of a whole word, well mixed in its low bits (tables index by
/// them). Not extend_hash(): only equal words need equal hashes here.
[[nodiscard]] inline std::uint64_t word_hash(std::string_view word) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  auto load64 = [](const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  };
  auto load32 = [](const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return std::uint64_t{v};
  };
  const char* p = word.data();
  std::size_t n = word.size();
  std::uint64_t h = kHashStart ^ (n * kMultiplier);
  for (; n > 8; n -= 8, p += 8) {
    h = (h ^ load64(p)) * kMultiplier;
    h ^= h >> 32;
  }
  // The last one to eight bytes, read in at most two loads that may overlap
  // (the length is already in the hash, so overlaps cannot make two words
  // equal).
  std::uint64_t last = 0;
  if (n >= 4) {
    last = (load32(p) << 32) | load32(p + n - 4);
  } else if (n > 0) {
    auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    last = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  }
  h = (h ^ last) * kMultiplier;
  return h ^ (h >> 32);
}

}  // namespace orgkg::detail

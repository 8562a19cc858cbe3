// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// FNV-1a over words: extended a piece at a time (the hash of a name key's
// prefix is a step on the way to the hash of the key, name_index.hpp), and
// mixed for a whole word (the entry-word tables, entry_words.hpp). Private to
// extract/.
#pragma once

#include <cstdint>
#include <string_view>

namespace orgkg::detail {

inline constexpr std::uint64_t kHashStart = 14695981039346656037ULL;

/// `hash` extended by `bytes`.
[[nodiscard]] inline std::uint64_t extend_hash(std::uint64_t hash, std::string_view bytes) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ULL;
  return hash;
}

/// The hash of a whole word, its high bits mixed into the low ones.
[[nodiscard]] inline std::uint64_t word_hash(std::string_view word) {
  std::uint64_t h = extend_hash(kHashStart, word);
  return h ^ (h >> 29);
}

}  // namespace orgkg::detail

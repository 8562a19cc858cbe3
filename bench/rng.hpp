// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Rng: the benchmark corpus's own pseudo-random generator (xoshiro256**,
// seeded through splitmix64). Its output is fixed by the algorithm alone, so a
// corpus is byte-identical on every machine and standard library, which
// <random>'s distributions do not promise. Not cryptographic; not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace orgkg::bench {

/// splitmix64's step: a well-mixed 64-bit value from `state`, which advances.
inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/// FNV-1a of `text`: a stable hash for choices that must not depend on the
/// stream (a state's accession year is the same in every document).
inline std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001B3ULL;
  return h;
}

class Rng {
 public:
  /// A generator for stream `stream` of seed `seed` (one stream per document).
  Rng(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t s = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (auto& word : s_) word = splitmix64(s);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  /// A number in [0, n) (n > 0), by multiply-shift: fixed by the algorithm.
  std::size_t below(std::size_t n) {
    return static_cast<std::size_t>(mulhi(next(), n));
  }
  /// A number in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  /// True with probability percent/100.
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

  template <typename T>
  const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) { return items[below(N)]; }

  /// `count` distinct items of `items` (all when count >= size), in the
  /// order they stand in `items` (a partial Fisher-Yates, then sorted back).
  template <typename T>
  std::vector<T> sample(const std::vector<T>& items, std::size_t count) {
    std::vector<std::size_t> index(items.size());
    for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
    if (count > index.size()) count = index.size();
    for (std::size_t i = 0; i < count; ++i) {
      std::size_t j = i + below(index.size() - i);
      std::swap(index[i], index[j]);
    }
    index.resize(count);
    std::vector<bool> keep(items.size(), false);
    for (std::size_t i : index) keep[i] = true;
    std::vector<T> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (keep[i]) out.push_back(items[i]);
    }
    return out;
  }

 private:
  // The high 64 bits of a * b, in portable arithmetic.
  static std::uint64_t mulhi(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t a_lo = a & 0xFFFFFFFFULL, a_hi = a >> 32;
    const std::uint64_t b_lo = b & 0xFFFFFFFFULL, b_hi = b >> 32;
    const std::uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo, lo_hi = a_lo * b_hi;
    const std::uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xFFFFFFFFULL) + lo_hi;
    return a_hi * b_hi + (hi_lo >> 32) + (cross >> 32);
  }
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

}  // namespace orgkg::bench

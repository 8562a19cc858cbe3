// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// ShortKey: a string's size and its first, second and last eight bytes, read
// with three loads. The Store compares the same short names over and over (each
// observation's document id and rule, an entity's alias), mostly equal to the
// one it compared last: for a string of at most 24 bytes the key holds
// every byte, so two keys compare equal exactly when the strings do, with no
// call into memcmp; a longer string's key tells most unequal strings apart and
// leaves the rest to a full comparison. Internal to graph/src.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace orgkg::detail {

struct ShortKey {
  std::uint64_t head = 0;    ///< the first eight bytes (fewer: zero-padded)
  std::uint64_t middle = 0;  ///< bytes 8 to 15, if more than sixteen
  std::uint64_t tail = 0;    ///< the last eight bytes, if more than eight
  std::size_t size = 0;

  [[nodiscard]] static ShortKey of(std::string_view text) noexcept {
    ShortKey key;
    key.size = text.size();
    const char* data = text.data();
    if (key.size >= 8) {
      std::memcpy(&key.head, data, 8);
      std::memcpy(&key.tail, data + key.size - 8, 8);
      if (key.size > 16) std::memcpy(&key.middle, data + 8, 8);
    } else if (key.size >= 4) {
      // Two overlapping four-byte loads cover four to seven bytes: the
      // second's bytes go above the first's, the overlap in the tail word.
      std::uint32_t first = 0;
      std::uint32_t last = 0;
      std::memcpy(&first, data, 4);
      std::memcpy(&last, data + key.size - 4, 4);
      key.head = first;
      key.tail = last;
    } else {
      for (std::size_t i = 0; i < key.size; ++i) {
        key.head |= std::uint64_t{static_cast<unsigned char>(data[i])} << (8 * i);
      }
    }
    return key;
  }

  /// Whether the key holds every byte of its string: then equal keys are
  /// equal strings.
  [[nodiscard]] bool whole() const noexcept { return size <= 24; }

  /// A hash of the key, its top `bits` bits (1 to 63).
  [[nodiscard]] std::size_t slot(int bits) const noexcept {
    const std::uint64_t mixed = head ^ std::rotl(middle, 17) ^ std::rotl(tail, 29) ^ size;
    return static_cast<std::size_t>((mixed * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
  }

  friend bool operator==(const ShortKey&, const ShortKey&) = default;
};

/// Whether `text`, whose key is `key`, is `kept`, whose key is `kept_key`.
[[nodiscard]] inline bool same_text(const ShortKey& key, std::string_view text,
                                    const ShortKey& kept_key, std::string_view kept) noexcept {
  return key == kept_key && (key.whole() || text == kept);
}

}  // namespace orgkg::detail

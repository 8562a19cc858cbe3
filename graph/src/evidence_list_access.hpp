// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// What graph/src may do to an EvidenceList beyond its public API: the Store
// keeps its facts' items itself (store_evidence.cpp), their strings in its
// own TextPool.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/evidence_list.hpp"

namespace orgkg::detail {

struct EvidenceListAccess {
  static std::vector<StoredEvidence>& items(EvidenceList& list) { return list.items_; }
  static const std::vector<StoredEvidence>& items(const EvidenceList& list) { return list.items_; }
};

/// Throws the std::length_error of stored_evidence() for `item`, whose
/// sentence (of `sentence_size` bytes), offsets or date do not fit.
[[noreturn]] void throw_evidence_too_long(const EvidenceView& item, std::size_t sentence_size);

/// The bits of `date` a StoredEvidence cannot hold: zero when it fits.
[[nodiscard]] inline unsigned unstorable_bits(const Date& date) noexcept {
  return ((static_cast<unsigned>(date.year) + 0x8000U) >> 16) |
         ((static_cast<unsigned>(date.month) | static_cast<unsigned>(date.day)) >> 8);
}

/// The StoredEvidence of `item` with these strings (kept by the caller's
/// pool); throws std::length_error for a sentence of 4 GiB or more, offsets
/// beyond, or a date StoredEvidence cannot hold. Inline: a Store makes one
/// per observation it keeps.
[[nodiscard]] inline StoredEvidence stored_evidence(const EvidenceView& item,
                                                    const std::string* doc_id,
                                                    const std::string* rule,
                                                    std::string_view sentence) {
  // One test for all: each fits if and only if the OR of what does not is zero.
  if (((sentence.size() | item.begin | item.end) >> 32 | unstorable_bits(item.date)) != 0) {
    throw_evidence_too_long(item, sentence.size());
  }
  return {doc_id,
          rule,
          sentence.data(),
          static_cast<std::int16_t>(item.date.year),
          static_cast<std::uint8_t>(item.date.month),
          static_cast<std::uint8_t>(item.date.day),
          static_cast<std::uint32_t>(sentence.size()),
          static_cast<std::uint32_t>(item.begin),
          static_cast<std::uint32_t>(item.end)};
}

/// `item` with its strings copied into (or interned by) `pool`.
[[nodiscard]] StoredEvidence copy_into(TextPool& pool, const EvidenceView& item);

}  // namespace orgkg::detail

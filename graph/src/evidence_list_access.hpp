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
/// sentence (of `sentence_size` bytes) or offsets do not fit in 32 bits.
[[noreturn]] void throw_evidence_too_long(const EvidenceView& item, std::size_t sentence_size);

/// The StoredEvidence of `item` with these strings (kept by the caller's
/// pool); throws std::length_error for a sentence of 4 GiB or more, or
/// offsets beyond. Inline: a Store makes one per observation it keeps.
[[nodiscard]] inline StoredEvidence stored_evidence(const EvidenceView& item,
                                                    const std::string* doc_id,
                                                    const std::string* rule,
                                                    std::string_view sentence) {
  // One test for the three: each is below 2^32 if and only if their OR is.
  if ((sentence.size() | item.begin | item.end) > std::numeric_limits<std::uint32_t>::max()) {
    throw_evidence_too_long(item, sentence.size());
  }
  return {doc_id,
          rule,
          sentence.data(),
          item.date,
          static_cast<std::uint32_t>(sentence.size()),
          static_cast<std::uint32_t>(item.begin),
          static_cast<std::uint32_t>(item.end)};
}

/// `item` with its strings copied into (or interned by) `pool`.
[[nodiscard]] StoredEvidence copy_into(TextPool& pool, const EvidenceView& item);

}  // namespace orgkg::detail

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

/// Throws the std::length_error of stored_evidence() for a sentence of `size`
/// bytes in document `doc_id`.
[[noreturn]] void throw_sentence_too_long(std::size_t size, std::string_view doc_id);

/// The StoredEvidence of `item` with these strings (kept by the caller's
/// pool); throws std::length_error for a sentence of 4 GiB or more. Inline:
/// a Store makes one per observation it keeps.
[[nodiscard]] inline StoredEvidence stored_evidence(const EvidenceView& item,
                                                    const std::string* doc_id,
                                                    const std::string* rule,
                                                    std::string_view sentence) {
  if (sentence.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw_sentence_too_long(sentence.size(), item.doc_id);
  }
  return {doc_id,
          rule,
          sentence.data(),
          item.begin,
          item.end,
          item.date,
          static_cast<std::uint32_t>(sentence.size())};
}

/// `item` with its strings copied into (or interned by) `pool`.
[[nodiscard]] StoredEvidence copy_into(TextPool& pool, const EvidenceView& item);

}  // namespace orgkg::detail

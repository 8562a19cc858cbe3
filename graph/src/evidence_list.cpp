// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/evidence_list.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "evidence_list_access.hpp"
#include "text_pool.hpp"

namespace orgkg {
namespace detail {

void throw_evidence_too_long(const EvidenceView& item, std::size_t sentence_size) {
  constexpr std::size_t kMax = std::numeric_limits<std::uint32_t>::max();
  if (sentence_size > kMax) {
    throw std::length_error("evidence sentence of " + std::to_string(sentence_size) +
                            " bytes in document " + std::string(item.doc_id) +
                            ": at most 4 GiB is supported");
  }
  if (unstorable_bits(item.date) != 0) {
    throw std::length_error("evidence dated " + std::to_string(item.date.year) + "-" +
                            std::to_string(item.date.month) + "-" + std::to_string(item.date.day) +
                            " in document " + std::string(item.doc_id) +
                            ": years -32768 to 32767, months and days up to 255 are supported");
  }
  throw std::length_error("evidence at offsets " + std::to_string(item.begin) + "-" +
                          std::to_string(item.end) + " in document " + std::string(item.doc_id) +
                          ": offsets below 4 GiB are supported");
}

StoredEvidence copy_into(TextPool& pool, const EvidenceView& item) {
  return stored_evidence(item, pool.intern(item.doc_id), pool.intern(item.rule),
                         pool.keep(item.sentence));
}

}  // namespace detail

void EvidenceList::push_back(const Evidence& item) {
  if (!own_texts_) own_texts_ = std::make_shared<detail::TextPool>();
  items_.push_back(detail::copy_into(*own_texts_, view_of(item)));
}

std::vector<Evidence> EvidenceList::to_vector() const {
  std::vector<Evidence> copies;
  copies.reserve(items_.size());
  for (const detail::StoredEvidence& item : items_) copies.push_back(item.view().to_evidence());
  return copies;
}

bool operator==(const EvidenceList& a, const EvidenceList& b) noexcept {
  return std::equal(a.items_.begin(), a.items_.end(), b.items_.begin(), b.items_.end(),
                    [](const detail::StoredEvidence& x, const detail::StoredEvidence& y) {
                      return x.view() == y.view();
                    });
}

}  // namespace orgkg

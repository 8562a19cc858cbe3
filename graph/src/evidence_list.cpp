// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/evidence_list.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "evidence_list_access.hpp"
#include "text_pool.hpp"

namespace orgkg {
namespace detail {

namespace {
// Sentences are kept in blocks of this size (a longer one gets its own).
constexpr std::size_t kBlockSize = std::size_t{1} << 20;
}  // namespace

const std::string* TextPool::intern(std::string_view text) {
  auto found = interned_.find(text);
  if (found == interned_.end()) found = interned_.emplace(text).first;
  return &*found;
}

std::string_view TextPool::keep(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > left_) {
    if (text.size() > kBlockSize / 4) {  // its own block, the current one kept
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(text.size()));
      std::memcpy(blocks_.back().get(), text.data(), text.size());
      return {blocks_.back().get(), text.size()};
    }
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockSize));
    free_ = blocks_.back().get();
    left_ = kBlockSize;
  }
  char* kept = free_;
  std::memcpy(kept, text.data(), text.size());
  free_ += text.size();
  left_ -= text.size();
  return {kept, text.size()};
}

StoredEvidence stored_evidence(const EvidenceView& item, const std::string* doc_id,
                               const std::string* rule, std::string_view sentence) {
  if (sentence.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("evidence sentence of " + std::to_string(sentence.size()) +
                            " bytes in document " + std::string(item.doc_id) +
                            ": at most 4 GiB is supported");
  }
  return {doc_id,   rule, sentence.data(), item.begin, item.end, item.date,
          static_cast<std::uint32_t>(sentence.size())};
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

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EmittedKeys: the (subject, relation, object) facts a sentence has emitted,
// by node id, so that an extractor states each fact once per sentence
// however many of its patterns read it. A sentence emits a handful of facts,
// so the keys sit in a flat vector searched linearly; one EmittedKeys serves
// many sentences (a document's, or a thread's), cleared for each, and keeps
// its slots (and their strings' storage) so that it allocates only while it
// grows, not per sentence or per fact.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {

class EmittedKeys {
 public:
  /// Forgets every key (at the start of a sentence).
  void clear() { size_ = 0; }

  /// Records the fact; false when this sentence emitted it already.
  bool insert(const std::string& subject_id, Relation relation, const std::string& object_id) {
    for (std::size_t k = 0; k < size_; ++k) {
      const Key& key = keys_[k];
      if (key.relation == relation && key.subject == subject_id && key.object == object_id) {
        return false;
      }
    }
    if (size_ == keys_.size()) keys_.emplace_back();
    Key& key = keys_[size_++];
    key.subject = subject_id;
    key.relation = relation;
    key.object = object_id;
    return true;
  }

 private:
  struct Key {
    std::string subject;
    Relation relation = Relation::MemberOf;
    std::string object;
  };
  std::vector<Key> keys_;  // [0, size_) this sentence's; the rest kept for their storage
  std::size_t size_ = 0;
};

}  // namespace orgkg::detail

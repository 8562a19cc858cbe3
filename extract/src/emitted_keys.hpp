// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EmittedKeys: the (subject, relation, object) facts a sentence has emitted,
// so that an extractor states each fact once per sentence however many of its
// patterns read it. Two facts are the same when their node ids are, but the
// ids are never built: the keys hold the entities (which outlive the
// sentence) and compare them with same_node_id(), mostly by pointer. A
// sentence emits a handful of facts, so the keys sit in a flat vector
// searched linearly; one EmittedKeys serves many sentences (a document's, or
// a thread's), cleared for each, and allocates only while it grows.
#pragma once

#include <vector>

#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {

class EmittedKeys {
 public:
  /// Forgets every key (at the start of a sentence).
  void clear() { keys_.clear(); }

  /// Records the fact; false when this sentence emitted it already (a
  /// symmetric relation in either direction). Both entities must live until
  /// clear().
  bool insert(const Entity& subject, Relation relation, const Entity& object) {
    const bool symmetric = is_symmetric(relation);  // once, not per key
    for (const Key& key : keys_) {
      if (key.relation != relation) continue;
      if (same(*key.subject, subject) && same(*key.object, object)) return false;
      if (symmetric && same(*key.subject, object) && same(*key.object, subject)) return false;
    }
    keys_.push_back({&subject, relation, &object});
    return true;
  }

 private:
  struct Key {
    const Entity* subject;
    Relation relation;
    const Entity* object;
  };

  static bool same(const Entity& a, const Entity& b) { return &a == &b || same_node_id(a, b); }

  std::vector<Key> keys_;  // this sentence's
};

}  // namespace orgkg::detail

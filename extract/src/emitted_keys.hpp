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

#include <cstdint>
#include <string>
#include <vector>

#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {

class EmittedKeys {
 public:
  /// Forgets every key (at the start of a sentence).
  void clear() {
    keys_.clear();
    filter_ = 0;
  }

  /// A relation and an object as insert() reads them, for a caller that
  /// records many subjects with the same two (the items of a list): made
  /// once, not again for each item.
  struct Target {
    Relation relation;
    const Entity* object;
    bool symmetric;                  // is_symmetric(relation)
    std::uint64_t object_signature;  // signature(*object)
  };
  [[nodiscard]] static Target target(Relation relation, const Entity& object) {
    return {relation, &object, is_symmetric(relation), signature(object)};
  }

  /// Records the fact; false when this sentence emitted it already (a
  /// symmetric relation in either direction). Both entities must live until
  /// clear().
  bool insert(const Entity& subject, Relation relation, const Entity& object) {
    return insert(subject, target(relation, object));
  }

  /// insert() of `subject` with the target's relation and object.
  bool insert(const Entity& subject, const Target& target) {
    const Relation relation = target.relation;
    const Entity& object = *target.object;
    const bool symmetric = target.symmetric;  // once, not per key
    const std::uint64_t s = signature(subject);
    const std::uint64_t o = target.object_signature;
    const std::uint64_t forward = filter_bit(s, relation, o);
    const std::uint64_t backward = symmetric ? filter_bit(o, relation, s) : 0;
    // A key the fact may equal set its bit: without one, no key is looked at.
    if ((filter_ & (forward | backward)) != 0) {
      for (const Key& key : keys_) {
        if (key.relation != relation) continue;
        if (key.subject_signature == s && key.object_signature == o &&
            same(*key.subject, subject) && same(*key.object, object)) {
          return false;
        }
        if (symmetric && key.subject_signature == o && key.object_signature == s &&
            same(*key.subject, object) && same(*key.object, subject)) {
          return false;
        }
      }
    }
    keys_.push_back({&subject, relation, &object, s, o});
    filter_ |= forward;
    return true;
  }

 private:
  struct Key {
    const Entity* subject;
    Relation relation;
    const Entity* object;
    std::uint64_t subject_signature;  // signature(*subject)
    std::uint64_t object_signature;
  };

  // What two entities of one node id share, kept in the key: a list of 28
  // states compares each new item with every key before it (378 pairs), and
  // most pairs differ here, without a call of same_node_id() or a load of
  // either entity. A node id keeps its key's length, and its letters and
  // digits as they are (other bytes may become '_'): the key's length and
  // its first byte when that is a letter or digit.
  static std::uint64_t signature(const Entity& e) {
    const std::string& key = e.key;
    const char c = key.empty() ? '\0' : key[0];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return static_cast<std::uint64_t>(key.size()) << 8 |
           (alnum ? static_cast<unsigned char>(c) : 0U);
  }

  static bool same(const Entity& a, const Entity& b) { return &a == &b || same_node_id(a, b); }

  // One of 64 bits for a key's signatures and relation, which equal keys
  // share: the new items of a list of 28 states are mostly told new by
  // filter_ alone, without the 378 comparisons a scan of the keys makes.
  static std::uint64_t filter_bit(std::uint64_t subject, Relation relation, std::uint64_t object) {
    std::uint64_t h = (subject * 0x9E3779B97F4A7C15ULL) ^ (object * 0xC2B2AE3D27D4EB4FULL) ^
                      (static_cast<std::uint64_t>(relation) * 0x165667B19E3779F9ULL);
    return std::uint64_t{1} << (h >> 58);
  }

  std::vector<Key> keys_;     // this sentence's
  std::uint64_t filter_ = 0;  // the filter_bit() of every key
};

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// FactIndex: the Store's hash index of its facts, (subject, relation, object)
// -> record. Store::add() looks a fact up once per triple, long after the
// extraction has pushed the index out of the cache, so a lookup should touch
// as little memory as it can: the slots are one flat array (open addressing,
// linear probing, at most half full) of the key's hash beside the record,
// sixteen bytes each, four to a cache line, so a probe reads one line, and
// only a slot whose hash matches has its key (in an array of their own, the
// same place in it) compared. A batch (store.hpp) finds a fact of entities
// it knows by the fact's vertices, and reads no key at all. The keys are
// views into the Store's ordered index of facts, whose nodes never move.
// The hash of an id is node_id_hash(), which can also be had from an
// entity's kind and key (node_ids.hpp): a lookup by entities (find() with a
// hash and a match) builds no id.
#pragma once

#include <cstddef>
#include <string_view>
#include <tuple>
#include <vector>

#include "node_ids.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {

struct FactRecord;

/// A fact's key (subject, relation, object) by views, for lookups that build
/// no strings.
using FactKeyView = std::tuple<std::string_view, Relation, std::string_view>;

struct FactKeyHash {
  std::size_t operator()(const FactKeyView& key) const noexcept {
    const auto& [subject, relation, object] = key;
    return combine(node_id_hash(subject), relation, node_id_hash(object));
  }
  /// The hash of a key from the node_id_hash() of its two ids.
  static std::size_t combine(std::size_t subject, Relation relation, std::size_t object) noexcept {
    return (subject * 31 + object) * 31 + static_cast<std::size_t>(relation);
  }
};

class FactIndex {
 public:
  /// The record of `key`, or nullptr.
  [[nodiscard]] FactRecord* find(const FactKeyView& key) const noexcept {
    return find(FactKeyHash{}(key), [&](const FactKeyView& stored) { return stored == key; });
  }

  /// The record whose key has hash `hash` (FactKeyHash) and satisfies
  /// `match(key)`, or nullptr.
  template <class Match>
  [[nodiscard]] FactRecord* find(std::size_t hash, Match match) const noexcept {
    return probe(hash, [&](std::size_t i) { return match(keys_[i]); });
  }

  /// The record whose key has hash `hash` (FactKeyHash) and that satisfies
  /// `match(key, record)`, or nullptr: for a caller that knows a fact's
  /// vertices rather than its ids. `key` is a reference into the index, so
  /// a match that does not read it costs no load of it.
  template <class Match>
  [[nodiscard]] FactRecord* find_if(std::size_t hash, Match match) const noexcept {
    return probe(hash, [&](std::size_t i) { return match(keys_[i], *slots_[i].record); });
  }

  /// Enters `record` under `key`, which must not be in the index yet and
  /// whose views must stay valid as long as the index holds them.
  void insert(const FactKeyView& key, FactRecord* record) {
    insert(key, record, FactKeyHash{}(key));
  }
  /// insert() of a key whose hash (FactKeyHash) the caller has already,
  /// from the lookup that found it missing.
  void insert(const FactKeyView& key, FactRecord* record, std::size_t hash) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    place({hash, record}, key);
    ++size_;
  }

  void clear() noexcept {
    slots_.clear();
    keys_.clear();
    mask_ = 0;
    size_ = 0;
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    FactRecord* record = nullptr;  // nullptr: the slot is free
  };

  template <class MatchAt>
  [[nodiscard]] FactRecord* probe(std::size_t hash, MatchAt match) const noexcept {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = hash & mask_; slots_[i].record != nullptr; i = (i + 1) & mask_) {
      if (slots_[i].hash == hash && match(i)) return slots_[i].record;
    }
    return nullptr;
  }

  void place(const Slot& slot, const FactKeyView& key) {
    std::size_t i = slot.hash & mask_;
    while (slots_[i].record != nullptr) i = (i + 1) & mask_;
    slots_[i] = slot;
    keys_[i] = key;
  }

  void grow() {
    const std::size_t size = slots_.empty() ? 64 : 2 * slots_.size();
    std::vector<Slot> old_slots(size);
    std::vector<FactKeyView> old_keys(size);
    old_slots.swap(slots_);
    old_keys.swap(keys_);
    mask_ = size - 1;
    for (std::size_t i = 0; i < old_slots.size(); ++i) {
      if (old_slots[i].record != nullptr) place(old_slots[i], old_keys[i]);
    }
  }

  std::vector<Slot> slots_;        // a power of two of them, or none
  std::vector<FactKeyView> keys_;  // keys_[i]: the key of slots_[i]
  std::size_t mask_ = 0;           // slots_.size() - 1, once there are slots
  std::size_t size_ = 0;
};

}  // namespace orgkg::detail

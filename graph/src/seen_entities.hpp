// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// SeenEntities: what a Store::Batch knows of the entities its triples have
// named, by address: the vertex each was merged into, the hash of its node id
// and the aliases it was last merged with. A batch's entities stay where they
// are, unchanged, while it is open (store.hpp), so an address seen again is
// the same entity: its fact is found from the two hashes and vertices without
// reading either node id, and a merge it has had already is not done again.
//
// A batch names a few dozen entities, and is forgotten whole when it ends, so
// the table is flat (open addressing, linear probing, at most half full) and
// is cleared by starting a new generation rather than by touching its slots.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/bgl.hpp"
#include "orgkg/graph/entity.hpp"
#include "short_key.hpp"

namespace orgkg::detail {

/// A SeenEntity::alias the batch merged, as it keeps it: its ShortKey, and
/// (in the SeenRecord, SeenRecord::alias_texts) a copy of an alias too long
/// for the key to hold whole (the words it views may be gone when a lasting
/// entity, store.hpp, is seen again).
struct SeenAlias {
  ShortKey key;
  bool used = false;  ///< false: nothing remembered
  bool set = false;   ///< whether the SeenEntity had an alias (even an empty one)

  /// Whether `alias` (of a SeenEntity) is the one remembered here, `text`
  /// its copy; `key` is ShortKey::of(*alias) when it is set.
  [[nodiscard]] bool is(const std::optional<std::string_view>& alias, const ShortKey& alias_key,
                        const std::string& text) const {
    if (!used || set != alias.has_value()) return false;
    return !set || (key == alias_key && (key.whole() || text == *alias));
  }
  /// Remembers `alias`, copied into `text` if the key does not hold it whole.
  void remember(const std::optional<std::string_view>& alias, const ShortKey& alias_key,
                std::string& text) {
    used = true;
    set = alias.has_value();
    key = alias_key;
    if (set && !key.whole()) text.assign(*alias);  // its room is reused
  }
};

/// Laid out for the lookups of a triple, which come between the
/// extraction's, with the cache no longer holding the table: a probe reads
/// one cache line (the entity, its generation and what a hit returns), and
/// the alias keys merge_again() compares come right after it; the copies of
/// long aliases, seldom read, come last.
struct alignas(64) SeenRecord {
  const Entity* entity = nullptr;
  std::uint64_t generation = 0;  ///< the table's when entered; 0: never used
  StoreGraph::vertex_descriptor vertex{};
  std::size_t id_hash = 0;  ///< node_id_hash() of its node id
  std::uint8_t latest = 0;  ///< which of `aliases` was met last
  /// The aliases of its last two merges: a name is mostly seen under one or
  /// two surface forms in turn ("Russia", "the Russian Federation"), and
  /// merging one of those again would add nothing.
  std::array<SeenAlias, 2> aliases;
  std::array<std::string, 2> alias_texts;  ///< the aliases[i] not held whole by their keys

  /// aliases[i].is() of `alias`.
  [[nodiscard]] bool alias_is(int i, const std::optional<std::string_view>& alias,
                              const ShortKey& alias_key) const {
    return aliases[i].is(alias, alias_key, alias_texts[i]);
  }
  /// aliases[i].remember() of `alias`.
  void remember_alias(int i, const std::optional<std::string_view>& alias,
                      const ShortKey& alias_key) {
    aliases[i].remember(alias, alias_key, alias_texts[i]);
  }
};

class SeenEntities {
 public:
  /// Forgets every entity.
  void clear() noexcept {
    ++generation_;
    size_ = 0;
  }

  /// The record of `entity`, or nullptr.
  [[nodiscard]] SeenRecord* find(const Entity* entity) noexcept {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = slot_of(entity); live(slots_[i]); i = (i + 1) & mask()) {
      if (slots_[i].entity == entity) return &slots_[i];
    }
    return nullptr;
  }

  /// Enters `record`, whose entity must not be in the table yet.
  void insert(const SeenRecord& record) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    place(record);
    ++size_;
  }

 private:
  [[nodiscard]] bool live(const SeenRecord& slot) const noexcept {
    return slot.generation == generation_;
  }
  [[nodiscard]] std::size_t mask() const noexcept { return slots_.size() - 1; }
  // Fibonacci hashing: the top bits of the address times 2^64 / phi.
  [[nodiscard]] std::size_t slot_of(const Entity* entity) const noexcept {
    auto address = reinterpret_cast<std::uintptr_t>(entity);
    return static_cast<std::size_t>((address * 0x9E3779B97F4A7C15ULL) >> shift_);
  }

  void place(const SeenRecord& record) {
    std::size_t i = slot_of(record.entity);
    while (live(slots_[i])) i = (i + 1) & mask();
    slots_[i] = record;
    slots_[i].generation = generation_;
  }

  void grow() {
    std::vector<SeenRecord> old(slots_.empty() ? 64 : 2 * slots_.size());
    old.swap(slots_);
    shift_ = 64 - std::countr_zero(slots_.size());
    for (const SeenRecord& slot : old) {
      if (live(slot)) place(slot);
    }
  }

  std::vector<SeenRecord> slots_;  // a power of two of them, or none
  std::size_t size_ = 0;           // live ones
  int shift_ = 64;                 // 64 - log2(slots_.size())
  std::uint64_t generation_ = 1;
};

}  // namespace orgkg::detail

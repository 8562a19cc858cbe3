// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Store: the knowledge graph. One vertex per entity (identified by node_id()),
// one edge per (subject, relation, object) holding every observation of it.
// Adding the same triple again merges its evidence and widens its dates, so a
// Store can be filled from documents in any order. Everything the Store hands
// out comes in a canonical sorted order, never in insertion order, so exports
// are deterministic. Not thread-safe: fill it from one thread (or fill one per
// thread and merge()).
//
// The Boost.Graph representation is reachable through orgkg/graph/bgl.hpp for
// users' own BGL algorithms.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/source.hpp"
#include "orgkg/graph/triple.hpp"

namespace orgkg {

struct StoreGraphAccess;

class Store {
 public:
  Store();
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  Store(const Store&);
  Store& operator=(const Store&);

  /// Inserts `entity`, or merges it into the stored entity of the same kind
  /// and key (Entity::merge). Returns the stored entity; the reference stays
  /// valid until the Store is destroyed or assigned.
  const Entity& add_entity(const Entity& entity);

  /// Records one observation: adds both entities, then creates the fact or
  /// merges the evidence and dates into it. A symmetric relation is stored
  /// with the smaller node id as subject. Evidence from a sentence already
  /// recorded for the fact (same document and offsets) is not counted twice.
  /// A triple whose subject and object are the same entity is ignored
  /// (returns false).
  bool add(const Triple& triple);

  /// Records what is known of a document; merges with a source of the same id.
  void add_source(const Source& source);

  /// Adds every entity, source and fact of `other` to this store.
  void merge(const Store& other);

  /// The entity with this node id, or nullptr.
  [[nodiscard]] const Entity* find_entity(std::string_view node_id) const;
  /// The fact (subject, relation, object) by node ids, or nullptr. For a
  /// symmetric relation the order of the two ids does not matter.
  [[nodiscard]] const Fact* find_fact(std::string_view subject, Relation relation,
                                      std::string_view object) const;

  /// Every entity, sorted by node id.
  [[nodiscard]] std::vector<const Entity*> entities() const;
  /// Every fact, sorted by (subject, relation, object).
  [[nodiscard]] std::vector<const Fact*> facts() const;
  /// Every source, sorted by id.
  [[nodiscard]] std::vector<const Source*> sources() const;

  [[nodiscard]] std::size_t entity_count() const;
  [[nodiscard]] std::size_t fact_count() const;
  [[nodiscard]] std::size_t evidence_count() const;
  [[nodiscard]] std::size_t source_count() const;

 private:
  friend struct StoreGraphAccess;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orgkg

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
// users' own BGL algorithms; snapshot.hpp saves and loads a Store, query.hpp
// and network.hpp answer questions about it.
//
// Temporal rules. A fact's dates are derived from all of its evidence, never
// from the order the evidence arrived in, so adding, merging or loading the
// same observations in any order or grouping gives identical facts:
//  - first_seen / last_seen: the earliest and latest evidence date.
//  - valid_from: the earliest start any observation states (Triple::valid_from).
//  - valid_to: the latest end any observation states (Triple::valid_to); if
//    none does, and the relation is a status (member_of, observer_of,
//    partner_of, associate_member_of, candidate_for, left), the start of the
//    status that followed it for the same (subject, object): a status fact's
//    start is its valid_from, else its first_seen; a later status (any other
//    than candidate_for, which runs alongside the current status and closes
//    nothing) whose start is later at the precision both dates know (2023-07 is
//    later than 2023-06 and than 2022, not than 2023) closes it. The earliest
//    such later status closes it, e.g. observer_of seen from 2005, then
//    member_of from 2017-06-09: the observer spell gets valid_to 2017-06-09;
//    member_of then left closes the membership the same way.
//  - Contradictory evidence is kept and flagged, never dropped: `conflict` is
//    set on a fact whose stated end is before its stated start, and on both
//    facts when a later status would close a fact that is still seen after
//    that later status began (that status then does not close it; the next
//    later one that can, does).
// Symmetric relations are stored once per pair (subject = the smaller id) and
// take no part in the status rules. Dates are compared at the precision both
// know throughout. Of two evidence items from the same sentence (same document
// and offsets) only one is kept: the smaller, so the choice is order-free too.
// A fact's evidence keeps its strings in the Store (evidence_list.hpp): each
// document id and rule once, each sentence once however many facts it
// states, so the evidence of a large corpus costs its items, not their text
// over and over; an item read from a Fact is a view, valid while the Store
// lives.
// Entities and sources merge field by field, the first non-empty value kept
// (Entity::merge): feed them consistent records (as the gazetteer does) if
// their fields must not depend on order either.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/source.hpp"
#include "orgkg/graph/triple.hpp"
#include "orgkg/graph/triple_view.hpp"

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
  /// recorded for the fact (same document and offsets) is not counted twice
  /// (of the two items, the smaller is kept).
  /// A triple whose subject and object are the same entity is ignored
  /// (returns false).
  bool add(const Triple& triple);
  /// add(triple): the Store keeps the evidence's strings its own way
  /// (evidence_list.hpp), so there is nothing to take out of `triple`.
  bool add(Triple&& triple);
  /// add(triple.to_triple()), without building the Triple: the entities are
  /// merged from where they are, and only the evidence, which the fact
  /// keeps, is copied.
  bool add(const TripleView& triple);

  /// Adds triples by views, as add(const TripleView&) does, faster when the
  /// same entities recur (one extractor's triples of one document): an entity
  /// the batch has seen is known by its address, so its fact is found without
  /// reading its node id, and a merge it has had is not done again. Every
  /// entity a triple of the batch points at must stay where it is, unchanged,
  /// until the batch ends or restart()s (the words of its alias need only
  /// live for the call). The Store must outlive the batch and not be
  /// assigned to while it is open.
  class Batch {
   public:
    explicit Batch(Store& store);
    /// A batch that restart() does not make forget the `lasting` entities
    /// (a gazetteer's, which a whole build names again and again): each stays
    /// known by its address, with the alias it was last merged with, until
    /// the batch ends, and must stay where it is, unchanged, until then.
    /// `lasting` must outlive the batch.
    Batch(Store& store, const std::unordered_set<const Entity*>& lasting);
    ~Batch();
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    /// Store::add(triple).
    bool add(const TripleView& triple);
    /// Forgets the entities seen so far, which may be gone after this, but
    /// for the lasting ones.
    void restart();

   private:
    Store& store_;
  };

  /// Records what is known of a document; merges with a source of the same id.
  void add_source(const Source& source);

  /// Adds every entity, source and observation (evidence item with the start
  /// and end it stated) of `other` to this store, as if each had been add()ed:
  /// merging stores built separately, in any order or grouping, gives the same
  /// facts as adding everything to one store. Merging a store into itself does
  /// nothing. Each fact's evidence is kept sorted by document: add() puts an
  /// item from a document that sorts before the fact's last one amid the list,
  /// moving the items after it, while merge() merges a fact's two lists in one
  /// pass. So to add many documents that sort among a large store's (another
  /// shard's, another publisher's), fill a new Store and merge it in.
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

  /// Equal when both hold the same entities, sources and facts (every field,
  /// every evidence item and the start and end each observation stated),
  /// whatever the order they were added in.
  friend bool operator==(const Store& a, const Store& b);

 private:
  friend struct StoreGraphAccess;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orgkg

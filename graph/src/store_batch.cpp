// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Store::Batch (store.hpp): adding triples whose entities stay where they are
// while the batch is open, each entity known by its address once the batch
// has seen it (seen_entities.hpp): the batch keeps its vertex and the hash of
// its node id, so a fact is found by comparing vertices, not ids, and an
// entity merged before in the batch is merged again only when it comes with
// another alias (merging an entity a second time adds nothing). An entity
// new to the batch is looked up as Store::add() does, and remembered.
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>

#include "node_ids.hpp"
#include "orgkg/graph/store.hpp"
#include "store_impl.hpp"

namespace orgkg {

Store::Batch::Batch(Store& store) : store_(store) { store_.impl_->open_batch(nullptr); }
Store::Batch::Batch(Store& store, const std::unordered_set<const Entity*>& lasting)
    : store_(store) {
  store_.impl_->open_batch(&lasting);
}
Store::Batch::~Batch() { store_.impl_->open_batch(nullptr); }
bool Store::Batch::add(const TripleView& triple) { return store_.impl_->add_in_batch(triple); }
void Store::Batch::restart() { store_.impl_->restart_batch(); }

namespace {

// One side of a triple: the entity as seen, and what the batch knows of it
// (`known`, else nullptr: then `hash` is computed here).
struct Side {
  const SeenEntity& seen;
  detail::SeenRecord* known;
  std::size_t hash;

  Side(const SeenEntity& entity, detail::SeenRecord* record)
      : seen(entity),
        known(record),
        hash(known != nullptr ? known->id_hash
                              : detail::node_id_hash(entity.entity->kind, entity.entity->key)) {}

  // Whether the fact's end at `vertex`, with node id std::get<I>(key), is
  // this entity: the id is read only for an entity the batch does not know.
  template <std::size_t I>
  [[nodiscard]] bool is(const detail::FactKeyView& key, detail::Vertex vertex) const {
    return known != nullptr
               ? known->vertex == vertex
               : detail::is_node_id_of(std::get<I>(key), seen.entity->kind, seen.entity->key);
  }
};

}  // namespace

// Merges `entity` into the vertex the batch has merged it into before, unless
// it comes with one of the last two aliases it came with: it would add nothing.
// Inlined in add_in_batch(), which calls it twice per triple.
[[gnu::always_inline]] inline void Store::Impl::merge_again(detail::SeenRecord& record,
                                                            const SeenEntity& entity) {
  const detail::ShortKey key = alias_key(entity);
  if (record.alias_is(record.latest, entity.alias, key)) return;
  if (record.alias_is(record.latest ^ 1, entity.alias, key)) {
    record.latest ^= 1;
    return;
  }
  merge_entity(record.vertex, entity);
  remember_alias(record, entity, key);
}

bool Store::Impl::add_in_batch(const TripleView& triple) {
  Side subject(triple.subject, find_seen(triple.subject.entity));
  Side object(triple.object, find_seen(triple.object.entity));
  const Entity& subject_entity = *triple.subject.entity;
  const Entity& object_entity = *triple.object.entity;
  // As fact_for(), but two entities the batch knows are told apart, and
  // their fact is found, by their vertices.
  if (subject.known != nullptr && object.known != nullptr) {
    if (subject.known->vertex == object.known->vertex) return false;  // one node id
  } else if (same_node_id(subject_entity, object_entity)) {
    return false;
  }
  const Relation relation = triple.relation;
  bool reversed = detail::stored_reversed(subject_entity, relation, object_entity);
  const Side& first = reversed ? object : subject;
  const Side& second = reversed ? subject : object;
  std::size_t hash = detail::FactKeyHash::combine(first.hash, relation, second.hash);
  detail::FactRecord* record =
      record_lookup.find_if(hash, [&](const detail::FactKeyView& key, const detail::FactRecord& r) {
        return r.relation == relation && first.is<0>(key, boost::source(r.edge, graph)) &&
               second.is<2>(key, boost::target(r.edge, graph));
      });
  detail::FactAt found;
  if (record != nullptr) {
    found = fact_at(*record, reversed);
    if (subject.known != nullptr) merge_again(*subject.known, triple.subject);
    if (object.known != nullptr) merge_again(*object.known, triple.object);
    if (subject.known == nullptr) merge_entity(found.subject, triple.subject);
    if (object.known == nullptr) merge_entity(found.object, triple.object);
  } else {
    // As new_fact(), but an entity the batch knows has its vertex already:
    // it is not looked up by its node id, and is merged again only as
    // merge_again() would.
    std::string subject_id = node_id(subject_entity);
    std::string object_id = node_id(object_entity);
    auto vertex_of = [&](const Side& side, std::string_view id) {
      if (side.known == nullptr) return vertex_for(id, side.seen);
      merge_again(*side.known, side.seen);
      return side.known->vertex;
    };
    const detail::Vertex from = vertex_of(subject, subject_id);
    const detail::Vertex to = vertex_of(object, object_id);
    // `reversed` is canonical_view()'s order, which the lookup's `hash` is of;
    // the Fact takes the two ids over.
    found = {&add_fact(std::move(reversed ? object_id : subject_id), relation,
                       std::move(reversed ? subject_id : object_id), reversed ? to : from,
                       reversed ? from : to, hash),
             from, to};
  }
  // The entities new to the batch are entered last: entering one may move
  // the records of the others.
  if (subject.known == nullptr) enter_seen(triple.subject, found.subject, subject.hash);
  if (object.known == nullptr) enter_seen(triple.object, found.object, object.hash);
  add_observation(*found.record, triple.evidence, {triple.valid_from, triple.valid_to});
  return true;
}

}  // namespace orgkg

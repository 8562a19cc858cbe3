// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The Store keeps a Boost.Graph adjacency_list (vertices bundle an Entity, edges
// a Fact) plus ordered indexes: node id -> vertex and (subject, relation,
// object) -> edge. The indexes are what make add() an insert-or-merge (the
// kevin-bacon idiom) and what give every listing its canonical order; a hash
// index beside them makes finding a known fact, add()'s usual case, cheap. Edge
// descriptors of a bidirectional adjacency_list point into a std::list, so they
// stay valid as edges are added; after a copy the indexes are rebuilt.
//
// Order independence: a fact's evidence is a sorted set (one item per
// sentence; of two items for one sentence the smaller is kept), first/last
// seen and stated start/end are minima and maxima, and the spell rules
// (temporal.hpp) are re-run over the whole (subject, object) pair whenever
// one of these changes. None of these depends on the order the observations
// came in; the order only decides how fast they are found (documents mostly
// come in order, so a new document's evidence usually goes last). Recording
// the evidence lives in store_evidence.cpp, the hash index in fact_index.hpp.
#include "orgkg/graph/store.hpp"

#include <algorithm>
#include <cassert>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>

#include "node_ids.hpp"
#include "store_impl.hpp"
#include "temporal.hpp"

namespace orgkg {
namespace detail {

FactKeyView canonical_view(std::string_view subject, Relation relation, std::string_view object) {
  if (is_symmetric(relation) && object < subject) std::swap(subject, object);
  return {subject, relation, object};
}

}  // namespace detail

namespace {

using detail::FactKey;
using detail::FactRecord;
using detail::StatedDates;

void merge_source(Source& mine, const Source& theirs) {
  if (mine.title.empty()) mine.title = theirs.title;
  if (mine.published.empty()) mine.published = theirs.published;
  if (mine.url.empty()) mine.url = theirs.url;
  if (mine.path.empty()) mine.path = theirs.path;
  if (mine.publisher_country.empty()) mine.publisher_country = theirs.publisher_country;
}

template <typename VertexById>
detail::Vertex vertex_at(const VertexById& vertex_by_id, std::string_view id) {
  auto found = vertex_by_id.find(id);
  if (found == vertex_by_id.end()) throw std::out_of_range("no entity with this node id");
  return found->second;
}

bool own_conflict(const Fact& fact, const FactRecord& record) {
  return fact.valid_from && record.stated_to &&
         detail::definitely_before(*record.stated_to, *fact.valid_from);
}

}  // namespace

detail::Vertex Store::Impl::vertex_for(std::string_view id, const Entity& entity) {
  auto found = vertex_by_id.find(id);
  if (found == vertex_by_id.end()) return new_vertex(id, entity);
  merge_entity(found->second, entity);
  return found->second;
}

detail::Vertex Store::Impl::vertex_for(std::string_view id, const SeenEntity& seen) {
  auto found = vertex_by_id.find(id);
  if (found == vertex_by_id.end()) return new_vertex(id, seen.to_entity());  // moved in
  merge_entity(found->second, seen);
  return found->second;
}

detail::Vertex Store::Impl::new_vertex(std::string_view id, const Entity& entity) {
  return new_vertex(id, Entity(entity));
}

detail::Vertex Store::Impl::new_vertex(std::string_view id, Entity&& entity) {
  // Added empty and moved into: add_vertex() of the entity would copy it
  // (its strings and alias set).
  detail::Vertex vertex = boost::add_vertex(graph);
  graph[vertex] = std::move(entity);
  recent_aliases.resize(boost::num_vertices(graph));
  vertex_by_id.emplace(id, vertex);
  return vertex;
}

void Store::Impl::merge_entity(detail::Vertex vertex, const Entity& entity) {
  if (entity.aliases.size() == 1) {
    graph[vertex].merge_fields(entity);
    merge_alias(vertex, *entity.aliases.begin());
    return;
  }
  graph[vertex].merge(entity);
}

void Store::Impl::merge_entity(detail::Vertex vertex, const SeenEntity& seen) {
  const Entity& entity = *seen.entity;
  if (!seen.alias) {
    merge_entity(vertex, entity);
  } else if (entity.aliases.empty()) {  // the usual case: a gazetteer's entity
    graph[vertex].merge_fields(entity);
    merge_alias(vertex, *seen.alias);
  } else {
    graph[vertex].merge(entity);
    graph[vertex].aliases.emplace(*seen.alias);
  }
}

void Store::Impl::merge_alias(detail::Vertex vertex, std::string_view alias) {
  // An entity in a triple is mostly the gazetteer's plus the one surface form
  // it was seen under, and the same forms recur: when it is one of the
  // forms merged last, it is known to be there, and the alias set (scattered
  // nodes, cold in the cache) need not be searched.
  detail::RecentAliases& recent = recent_aliases[vertex];
  for (const std::optional<std::string>& form : recent) {
    if (alias == form) return;
  }
  std::move_backward(recent.begin(), recent.end() - 1, recent.end());
  recent[0] = alias;
  // insert() of the copy just made looks the alias up before it builds a
  // node; emplace() would build one (and a string) for an alias the set
  // mostly holds already.
  graph[vertex].aliases.insert(*recent[0]);
}

FactRecord* Store::Impl::find_record(const detail::FactKeyView& key) const {
  return record_lookup.find(key);
}

FactRecord* Store::Impl::find_record(const Entity& subject, Relation relation,
                                     const Entity& object) const {
  std::size_t hash =
      detail::FactKeyHash::combine(detail::node_id_hash(subject.kind, subject.key), relation,
                                   detail::node_id_hash(object.kind, object.key));
  return record_lookup.find(hash, [&](const detail::FactKeyView& key) {
    const auto& [first, stored_relation, second] = key;
    return stored_relation == relation && detail::is_node_id_of(first, subject.kind, subject.key) &&
           detail::is_node_id_of(second, object.kind, object.key);
  });
}

FactRecord& Store::Impl::record_for(const detail::FactKeyView& key) {
  if (FactRecord* found = find_record(key)) return *found;
  const auto& [subject, relation, object] = key;
  return add_fact(key, vertex_at(vertex_by_id, subject), vertex_at(vertex_by_id, object),
                  detail::FactKeyHash{}(key));
}

FactRecord& Store::Impl::add_fact(const detail::FactKeyView& key, detail::Vertex subject_vertex,
                                  detail::Vertex object_vertex, std::size_t hash) {
  const auto& [subject, relation, object] = key;
  return add_fact(std::string(subject), relation, std::string(object), subject_vertex,
                  object_vertex, hash);
}

FactRecord& Store::Impl::add_fact(std::string subject, Relation relation, std::string object,
                                  detail::Vertex subject_vertex, detail::Vertex object_vertex,
                                  std::size_t hash) {
  assert(find_record({subject, relation, object}) == nullptr);
  // The edge's Fact is filled where it stands: add_edge() would copy one.
  detail::Edge edge = boost::add_edge(subject_vertex, object_vertex, graph).first;
  Fact& fact = graph[edge];
  fact.subject = std::move(subject);
  fact.relation = relation;
  fact.object = std::move(object);
  return index_fact(FactKey{fact.subject, relation, fact.object},
                    FactRecord{edge, relation, {}, {}}, hash);
}

// Enters `record` in every index.
FactRecord& Store::Impl::index_fact(FactKey key, FactRecord record, std::size_t hash) {
  const auto& [subject, relation, object] = key;
  record.pair = nullptr;
  if (detail::has_spell(relation)) record.pair = &spells[{subject, object}];
  auto& [stored_key, stored] = *facts.emplace(std::move(key), std::move(record)).first;
  if (stored.pair != nullptr) stored.pair->push_back(&stored);
  record_lookup.insert(stored_key, &stored, hash);
  return stored;
}

void Store::Impl::settle(FactRecord& record) {
  // A fact alone in its pair (or of no pair) is closed by nothing but its own
  // stated end: settle_spells() of one fact gives just that.
  if (record.pair == nullptr || record.pair->size() == 1) {
    Fact& fact = graph[record.edge];
    fact.valid_to = record.stated_to;
    fact.conflict = own_conflict(fact, record);
    return;
  }
  const std::vector<FactRecord*>& pair = *record.pair;
  std::vector<detail::SpellInput>& inputs = spell_inputs;
  std::vector<detail::SpellOutput>& outputs = spell_outputs;
  inputs.clear();
  for (const FactRecord* member : pair) {
    const Fact& fact = graph[member->edge];
    std::optional<Date> start = fact.valid_from;
    if (!start && !fact.first_seen.empty()) start = fact.first_seen;
    inputs.push_back(
        {fact.relation, start, fact.last_seen, member->stated_to, own_conflict(fact, *member)});
  }
  detail::settle_spells(inputs, outputs);
  for (std::size_t i = 0; i < pair.size(); ++i) {
    Fact& fact = graph[pair[i]->edge];
    fact.valid_to = outputs[i].valid_to;
    fact.conflict = outputs[i].conflict;
  }
}

void Store::Impl::copy_from(const Impl& other) {
  graph = other.graph;
  sources = other.sources;
  evidence_total = other.evidence_total;
  vertex_by_id.clear();
  recent_aliases.assign(boost::num_vertices(graph), {});
  facts.clear();
  spells.clear();
  record_lookup.clear();
  for (detail::Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    vertex_by_id.emplace(node_id(graph[v]), v);
  }
  for (detail::Edge e : boost::make_iterator_range(boost::edges(graph))) {
    Fact& fact = graph[e];
    // The copied items point at `other`'s strings: they are kept here too.
    for (detail::StoredEvidence& item : detail::EvidenceListAccess::items(fact.evidence)) {
      item = texts.keep(item.view(), texts.doc_id(*item.doc_id));
    }
    FactKey key{fact.subject, fact.relation, fact.object};
    FactRecord copy = other.facts.at(key);
    copy.edge = e;
    // So do its stated dates' keys.
    for (auto& [sentence, stated] : copy.stated) sentence.doc_id = texts.doc_id(*sentence.doc_id);
    const std::size_t hash = detail::FactKeyHash{}(key);
    index_fact(std::move(key), std::move(copy), hash);
  }
}

const StoreGraph& bgl_graph(const Store& store) { return StoreGraphAccess::impl(store).graph; }

Store::Store() : impl_(std::make_unique<Impl>()) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store::Store(const Store& other) : impl_(std::make_unique<Impl>()) {
  impl_->copy_from(*other.impl_);
}

Store& Store::operator=(const Store& other) {
  if (this != &other) *this = Store(other);
  return *this;
}

const Entity& Store::add_entity(const Entity& entity) {
  return impl_->graph[impl_->vertex_for(node_id(entity), entity)];
}

detail::FactAt Store::Impl::fact_for(const SeenEntity& subject_seen, Relation relation,
                                     const SeenEntity& object_seen) {
  const Entity& subject = *subject_seen.entity;
  const Entity& object = *object_seen.entity;
  if (same_node_id(subject, object)) return {};
  // The order canonical_view() gives, found without building the ids: a
  // known fact, add()'s usual case, never builds them.
  bool reversed = detail::stored_reversed(subject, relation, object);
  FactRecord* record =
      find_record(reversed ? object : subject, relation, reversed ? subject : object);
  if (record == nullptr) return new_fact(subject_seen, relation, object_seen);
  detail::FactAt found = fact_at(*record, reversed);
  merge_entity(found.subject, subject_seen);
  merge_entity(found.object, object_seen);
  return found;
}

bool Store::Impl::add(const SeenEntity& subject, Relation relation, const SeenEntity& object,
                      StatedDates stated, const EvidenceView& evidence) {
  FactRecord* record = fact_for(subject, relation, object).record;
  if (record == nullptr) return false;
  add_observation(*record, evidence, stated);
  return true;
}

bool Store::add(const Triple& triple) {
  return impl_->add({&triple.subject, std::nullopt}, triple.relation,
                    {&triple.object, std::nullopt}, {triple.valid_from, triple.valid_to},
                    view_of(triple.evidence));
}

bool Store::add(Triple&& triple) { return add(static_cast<const Triple&>(triple)); }

bool Store::add(const TripleView& triple) {
  return impl_->add(triple.subject, triple.relation, triple.object,
                    {triple.valid_from, triple.valid_to}, triple.evidence);
}

void Store::add_source(const Source& source) {
  // A build's documents mostly come in order of their ids: the hint at the
  // end finds the place of a new last one with one comparison.
  auto& sources = impl_->sources;
  const std::size_t before = sources.size();
  auto it = sources.try_emplace(sources.end(), source.id, source);
  if (sources.size() == before) merge_source(it->second, source);
}

void Store::merge(const Store& other) {
  if (this == &other) return;
  const Impl& theirs = *other.impl_;
  for (const auto& [id, vertex] : theirs.vertex_by_id) impl_->vertex_for(id, theirs.graph[vertex]);
  for (const auto& [id, source] : theirs.sources) add_source(source);
  std::vector<detail::IncomingEvidence> incoming;  // a fact's, reused
  for (const auto& [key, record] : theirs.facts) {
    incoming.clear();
    for (const EvidenceView item : theirs.graph[record.edge].evidence) {
      incoming.push_back({item, theirs.stated_for(record, item)});
    }
    impl_->merge_evidence(impl_->record_for(key), incoming);
  }
}

const Entity* Store::find_entity(std::string_view id) const {
  auto found = impl_->vertex_by_id.find(id);
  return found == impl_->vertex_by_id.end() ? nullptr : &impl_->graph[found->second];
}

const Fact* Store::find_fact(std::string_view subject, Relation relation,
                             std::string_view object) const {
  const FactRecord* record = impl_->find_record(detail::canonical_view(subject, relation, object));
  return record == nullptr ? nullptr : &impl_->graph[record->edge];
}

std::vector<const Entity*> Store::entities() const {
  std::vector<const Entity*> list;
  list.reserve(impl_->vertex_by_id.size());
  for (const auto& [id, vertex] : impl_->vertex_by_id) list.push_back(&impl_->graph[vertex]);
  return list;
}

std::vector<const Fact*> Store::facts() const {
  std::vector<const Fact*> list;
  list.reserve(impl_->facts.size());
  for (const auto& [key, record] : impl_->facts) list.push_back(&impl_->graph[record.edge]);
  return list;
}

std::vector<const Source*> Store::sources() const {
  std::vector<const Source*> list;
  list.reserve(impl_->sources.size());
  for (const auto& [id, source] : impl_->sources) list.push_back(&source);
  return list;
}

std::size_t Store::entity_count() const { return impl_->vertex_by_id.size(); }
std::size_t Store::fact_count() const { return impl_->facts.size(); }
std::size_t Store::evidence_count() const { return impl_->evidence_total; }
std::size_t Store::source_count() const { return impl_->sources.size(); }

bool operator==(const Store& a, const Store& b) {
  const Store::Impl& x = *a.impl_;
  const Store::Impl& y = *b.impl_;
  if (x.sources != y.sources || x.facts != y.facts) return false;
  if (x.vertex_by_id.size() != y.vertex_by_id.size()) return false;
  for (auto i = x.vertex_by_id.begin(), j = y.vertex_by_id.begin(); i != x.vertex_by_id.end();
       ++i, ++j) {
    if (i->first != j->first || x.graph[i->second] != y.graph[j->second]) return false;
  }
  for (auto i = x.facts.begin(), j = y.facts.begin(); i != x.facts.end(); ++i, ++j) {
    if (x.graph[i->second.edge] != y.graph[j->second.edge]) return false;
  }
  return true;
}

}  // namespace orgkg

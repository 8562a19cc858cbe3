// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The Store keeps a Boost.Graph adjacency_list (vertices bundle an Entity, edges
// a Fact) plus two ordered indexes: node id -> vertex and (subject, relation,
// object) -> edge. The indexes are what make add() an insert-or-merge (the
// kevin-bacon idiom) and what give every listing its canonical order. Edge
// descriptors of a bidirectional adjacency_list point into a std::list, so they
// stay valid as edges are added; after a copy the indexes are rebuilt.
#include "orgkg/graph/store.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "orgkg/graph/bgl.hpp"

namespace orgkg {
namespace {

using Vertex = StoreGraph::vertex_descriptor;
using Edge = StoreGraph::edge_descriptor;
using FactKey = std::tuple<std::string, Relation, std::string>;

FactKey canonical_key(std::string subject, Relation relation, std::string object) {
  if (is_symmetric(relation) && object < subject) std::swap(subject, object);
  return {std::move(subject), relation, std::move(object)};
}

void widen(Date& first, Date& last, const Date& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || last < date) last = date;
}

void take_earliest(std::optional<Date>& mine, const std::optional<Date>& theirs) {
  if (theirs && !theirs->empty() && (!mine || *theirs < *mine)) mine = theirs;
}

void take_latest(std::optional<Date>& mine, const std::optional<Date>& theirs) {
  if (theirs && !theirs->empty() && (!mine || *mine < *theirs)) mine = theirs;
}

bool same_sentence(const Evidence& a, const Evidence& b) {
  return a.doc_id == b.doc_id && a.begin == b.begin && a.end == b.end;
}

// Merges `incoming` (a fact of the same key) into `fact`.
void merge_into(Fact& fact, const Fact& incoming) {
  for (const Evidence& item : incoming.evidence) {
    bool known = std::any_of(fact.evidence.begin(), fact.evidence.end(),
                             [&](const Evidence& e) { return same_sentence(e, item); });
    if (known) continue;
    fact.evidence.insert(std::upper_bound(fact.evidence.begin(), fact.evidence.end(), item),
                         item);
    widen(fact.first_seen, fact.last_seen, item.date);
  }
  take_earliest(fact.valid_from, incoming.valid_from);
  take_latest(fact.valid_to, incoming.valid_to);
  fact.conflict = fact.conflict || incoming.conflict ||
                  (fact.valid_from && fact.valid_to && *fact.valid_to < *fact.valid_from);
}

void merge_source(Source& mine, const Source& theirs) {
  if (mine.title.empty()) mine.title = theirs.title;
  if (mine.published.empty()) mine.published = theirs.published;
  if (mine.url.empty()) mine.url = theirs.url;
  if (mine.path.empty()) mine.path = theirs.path;
  if (mine.publisher_country.empty()) mine.publisher_country = theirs.publisher_country;
}

}  // namespace

struct Store::Impl {
  StoreGraph graph;
  std::map<std::string, Vertex, std::less<>> vertex_by_id;
  std::map<FactKey, Edge> edge_by_key;
  std::map<std::string, Source, std::less<>> sources;
  std::size_t evidence_total = 0;

  Vertex vertex_for(const Entity& entity) {
    std::string id = node_id(entity);
    auto found = vertex_by_id.find(id);
    if (found != vertex_by_id.end()) {
      graph[found->second].merge(entity);
      return found->second;
    }
    Vertex vertex = boost::add_vertex(entity, graph);
    vertex_by_id.emplace(std::move(id), vertex);
    return vertex;
  }

  void add_fact(Fact fact) {
    FactKey key = canonical_key(fact.subject, fact.relation, fact.object);
    fact.subject = std::get<0>(key);
    fact.object = std::get<2>(key);
    auto found = edge_by_key.find(key);
    if (found == edge_by_key.end()) {
      Fact fresh;
      fresh.subject = fact.subject;
      fresh.relation = fact.relation;
      fresh.object = fact.object;
      Edge edge = boost::add_edge(vertex_by_id.at(fact.subject), vertex_by_id.at(fact.object),
                                  std::move(fresh), graph)
                      .first;
      found = edge_by_key.emplace(std::move(key), edge).first;
    }
    Fact& stored = graph[found->second];
    std::size_t before = stored.evidence.size();
    merge_into(stored, fact);
    evidence_total += stored.evidence.size() - before;
  }

  void reindex() {
    vertex_by_id.clear();
    edge_by_key.clear();
    evidence_total = 0;
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
      vertex_by_id.emplace(node_id(graph[v]), v);
    }
    for (Edge e : boost::make_iterator_range(boost::edges(graph))) {
      const Fact& fact = graph[e];
      edge_by_key.emplace(FactKey{fact.subject, fact.relation, fact.object}, e);
      evidence_total += fact.evidence.size();
    }
  }
};

struct StoreGraphAccess {
  static const StoreGraph& graph(const Store& store) { return store.impl_->graph; }
};

const StoreGraph& bgl_graph(const Store& store) { return StoreGraphAccess::graph(store); }

Store::Store() : impl_(std::make_unique<Impl>()) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store::Store(const Store& other) : impl_(std::make_unique<Impl>()) {
  impl_->graph = other.impl_->graph;
  impl_->sources = other.impl_->sources;
  impl_->reindex();
}

Store& Store::operator=(const Store& other) {
  if (this != &other) *this = Store(other);
  return *this;
}

const Entity& Store::add_entity(const Entity& entity) {
  return impl_->graph[impl_->vertex_for(entity)];
}

bool Store::add(const Triple& triple) {
  std::string subject = node_id(triple.subject);
  std::string object = node_id(triple.object);
  if (subject == object) return false;
  impl_->vertex_for(triple.subject);
  impl_->vertex_for(triple.object);
  Fact fact;
  fact.subject = std::move(subject);
  fact.relation = triple.relation;
  fact.object = std::move(object);
  fact.evidence.push_back(triple.evidence);
  fact.valid_from = triple.valid_from;
  fact.valid_to = triple.valid_to;
  impl_->add_fact(std::move(fact));
  return true;
}

void Store::add_source(const Source& source) {
  auto [it, inserted] = impl_->sources.try_emplace(source.id, source);
  if (!inserted) merge_source(it->second, source);
}

void Store::merge(const Store& other) {
  for (const Entity* entity : other.entities()) impl_->vertex_for(*entity);
  for (const Source* source : other.sources()) add_source(*source);
  for (const Fact* fact : other.facts()) impl_->add_fact(*fact);
}

const Entity* Store::find_entity(std::string_view id) const {
  auto found = impl_->vertex_by_id.find(id);
  return found == impl_->vertex_by_id.end() ? nullptr : &impl_->graph[found->second];
}

const Fact* Store::find_fact(std::string_view subject, Relation relation,
                             std::string_view object) const {
  auto found = impl_->edge_by_key.find(
      canonical_key(std::string(subject), relation, std::string(object)));
  return found == impl_->edge_by_key.end() ? nullptr : &impl_->graph[found->second];
}

std::vector<const Entity*> Store::entities() const {
  std::vector<const Entity*> list;
  list.reserve(impl_->vertex_by_id.size());
  for (const auto& [id, vertex] : impl_->vertex_by_id) list.push_back(&impl_->graph[vertex]);
  return list;
}

std::vector<const Fact*> Store::facts() const {
  std::vector<const Fact*> list;
  list.reserve(impl_->edge_by_key.size());
  for (const auto& [key, edge] : impl_->edge_by_key) list.push_back(&impl_->graph[edge]);
  return list;
}

std::vector<const Source*> Store::sources() const {
  std::vector<const Source*> list;
  list.reserve(impl_->sources.size());
  for (const auto& [id, source] : impl_->sources) list.push_back(&source);
  return list;
}

std::size_t Store::entity_count() const { return impl_->vertex_by_id.size(); }
std::size_t Store::fact_count() const { return impl_->edge_by_key.size(); }
std::size_t Store::evidence_count() const { return impl_->evidence_total; }
std::size_t Store::source_count() const { return impl_->sources.size(); }

}  // namespace orgkg

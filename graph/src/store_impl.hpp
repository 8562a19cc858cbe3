// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The Store's insides, shared by the files of graph/src that need more than the
// public API (the snapshot reader and writer): the BGL graph, the ordered
// indexes that give add() its insert-or-merge and every listing its canonical
// order, and per fact the start and end each evidence item stated. Those
// stated dates are kept beside the graph, and only for the evidence that
// states one, so the public Fact and Evidence stay as they are; every derived
// date of a fact is recomputed from them and the evidence.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "orgkg/graph/bgl.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {
namespace detail {

using Vertex = StoreGraph::vertex_descriptor;
using Edge = StoreGraph::edge_descriptor;
/// (subject, relation, object), the subject the smaller id for a symmetric relation.
using FactKey = std::tuple<std::string, Relation, std::string>;
/// What makes two evidence items the same sentence: (doc_id, begin, end).
using SentenceKey = std::tuple<std::string, std::size_t, std::size_t>;

/// The start and end one observation stated (Triple::valid_from / valid_to).
struct StatedDates {
  std::optional<Date> from;
  std::optional<Date> to;

  [[nodiscard]] bool empty() const noexcept { return !from && !to; }
  friend auto operator<=>(const StatedDates&, const StatedDates&) = default;
  friend bool operator==(const StatedDates&, const StatedDates&) = default;
};

struct FactRecord {
  Edge edge{};
  Relation relation = Relation::MemberOf;
  std::map<SentenceKey, StatedDates> stated;  ///< only the evidence that states a date
  std::optional<Date> stated_to;              ///< the latest stated end

  friend bool operator==(const FactRecord& a, const FactRecord& b) {
    return a.stated == b.stated && a.stated_to == b.stated_to;
  }
};

[[nodiscard]] FactKey canonical_key(std::string subject, Relation relation, std::string object);
[[nodiscard]] SentenceKey sentence_key(const Evidence& evidence);

}  // namespace detail

struct Store::Impl {
  StoreGraph graph;
  std::map<std::string, detail::Vertex, std::less<>> vertex_by_id;
  std::map<detail::FactKey, detail::FactRecord> facts;
  /// (subject, object) -> the pair's status facts (temporal.hpp's has_spell()),
  /// so re-deriving a pair's spells costs one lookup. Points into `facts`,
  /// whose nodes never move.
  std::map<std::pair<std::string, std::string>, std::vector<detail::FactRecord*>> spells;
  std::map<std::string, Source, std::less<>> sources;
  std::size_t evidence_total = 0;

  /// The vertex of `entity`'s node id, created or merged (Entity::merge).
  detail::Vertex vertex_for(const Entity& entity);
  /// Records one evidence item of the fact `key`, whose two entities must
  /// already have vertices, then re-derives the dates of the pair's facts.
  void add_observation(const detail::FactKey& key, const Evidence& evidence,
                       detail::StatedDates stated);
  /// The dates `evidence` (an item of the fact of `record`) stated.
  [[nodiscard]] detail::StatedDates stated_for(const detail::FactRecord& record,
                                               const Evidence& evidence) const;
  /// Makes this a copy of `other`, rebuilding the indexes over the new graph.
  void copy_from(const Impl& other);

 private:
  detail::FactRecord& record_for(const detail::FactKey& key);
  void recount(detail::FactRecord& record);
  void settle(const detail::FactKey& key);
};

/// The one friend of Store: hands graph/src the Impl.
struct StoreGraphAccess {
  using Impl = Store::Impl;
  static const Store::Impl& impl(const Store& store) { return *store.impl_; }
  static Store::Impl& impl(Store& store) { return *store.impl_; }
};

/// The Store's insides, by a name the rest of graph/src may use.
using StoreImpl = StoreGraphAccess::Impl;

}  // namespace orgkg

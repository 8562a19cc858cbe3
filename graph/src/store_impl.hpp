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
//
// add() is the hot path of a build (the same few thousand facts are seen over
// and over), so beside the ordered index of facts, which gives the canonical
// order, sits a hash index for the lookups; a known fact also gives add() its
// two vertices without looking up either entity.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>
#include <vector>

#include "evidence_list_access.hpp"
#include "fact_index.hpp"
#include "node_ids.hpp"
#include "orgkg/graph/bgl.hpp"
#include "orgkg/graph/store.hpp"
#include "seen_entities.hpp"
#include "short_key.hpp"
#include "temporal.hpp"
#include "text_pool.hpp"

namespace orgkg {
namespace detail {

using Vertex = StoreGraph::vertex_descriptor;
using Edge = StoreGraph::edge_descriptor;
/// (subject, relation, object), the subject the smaller id for a symmetric relation.
using FactKey = std::tuple<std::string, Relation, std::string>;
/// What makes two evidence items the same sentence: (doc_id, begin, end),
/// the document id the Store's own copy (EvidenceTexts::doc_id()), so a key
/// costs no string of its own. Compared by the id's text, not its address,
/// where keys of two Stores meet (FactRecord's ==).
struct SentenceKey {
  const std::string* doc_id = nullptr;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

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
  /// Only the evidence that states a date, sorted by sentence: a flat list,
  /// not a map, as a new item's sentence mostly sorts last (documents come
  /// in order), and a tree node per item cost a build more than the rest of
  /// the item's bookkeeping.
  std::vector<std::pair<SentenceKey, StatedDates>> stated;
  std::optional<Date> stated_to;  ///< the latest stated end
  /// The status facts of its (subject, object) pair (Store::Impl::spells), for
  /// a status fact; nullptr for the others.
  std::vector<FactRecord*>* pair = nullptr;

  friend bool operator==(const FactRecord& a, const FactRecord& b) {
    return std::equal(a.stated.begin(), a.stated.end(), b.stated.begin(), b.stated.end(),
                      [](const auto& x, const auto& y) {
                        return *x.first.doc_id == *y.first.doc_id &&
                               x.first.begin == y.first.begin && x.first.end == y.first.end &&
                               x.second == y.second;
                      }) &&
           a.stated_to == b.stated_to;
  }
};

/// The last eight single aliases merged into an entity (Store::Impl::merge_entity()),
/// the latest first. A name is mostly seen under a few surface forms in turn
/// ("Russia", "the Russian Federation", "Moscow"), each document naming it
/// afresh: two caught under a fifth of them on the 2 MB slice, eight most.
using RecentAliases = std::array<std::optional<std::string>, 8>;

[[nodiscard]] SentenceKey sentence_key(const StoredEvidence& evidence);

/// An evidence item brought to a fact from elsewhere (another store, a
/// snapshot), with the dates it stated there.
struct IncomingEvidence {
  EvidenceView view;
  StatedDates stated;
};

/// Whether `items` are in Evidence's order, one per sentence (doc_id, begin,
/// end), as Store::Impl::merge_evidence() requires.
[[nodiscard]] bool mergeable(std::span<const IncomingEvidence> items);

/// The Store's TextPool (text_pool.hpp), with what makes a build's items
/// cheap to keep: the document of the last item, as documents come one after
/// another, with the sentences kept for it so far, and the last few rules.
class EvidenceTexts {
 public:
  EvidenceTexts() = default;
  // Not copied or moved: `rules_` points into the table it owns.
  EvidenceTexts(const EvidenceTexts&) = delete;
  EvidenceTexts& operator=(const EvidenceTexts&) = delete;

  /// The pool's copy of the document id `id`.
  const std::string* doc_id(std::string_view id) {
    const ShortKey key = ShortKey::of(id);
    if (doc_ != nullptr && same_text(key, id, doc_key_, *doc_)) return doc_;
    forget_sentences();
    doc_key_ = key;
    doc_ = pool_.intern(id);
    if (last_doc_ == nullptr || *last_doc_ < *doc_) last_doc_ = doc_;
    return doc_;
  }
  /// Whether `doc_id` (a doc_id()) sorts after every other document id
  /// doc_id() has kept: then it sorts after the document of any item kept,
  /// with no string compared. Documents mostly come in order, so the one
  /// being built usually does.
  [[nodiscard]] bool sorts_last(const std::string* doc_id) const noexcept {
    return doc_id == last_doc_;
  }
  /// `item` as kept, `doc_id` its doc_id(): a sentence kept for the same
  /// document already is shared, not copied again.
  [[nodiscard]] StoredEvidence keep(const EvidenceView& item, const std::string* doc_id) {
    return stored_evidence(item, doc_id, rule(item.rule), sentence(item.sentence));
  }

 private:
  /// The kept copy of the sentence `text`: the latest one asked for, mostly
  /// (a sentence stating several facts comes once per fact, one after
  /// another), tested inline; else earlier_sentence().
  std::string_view sentence(std::string_view text) {
    if (latest_sentence_ == text) return latest_sentence_;
    return earlier_sentence(text);
  }
  /// sentence() of a text that is not the latest: one kept before for the
  /// document, or a new copy.
  std::string_view earlier_sentence(std::string_view text);
  /// Forgets the sentences kept for the document (not their copies).
  void forget_sentences() noexcept {
    ++sentence_generation_;
    sentence_count_ = 0;
    latest_sentence_ = {};
  }

  TextPool pool_;
  const std::string* doc_ = nullptr;
  ShortKey doc_key_;
  const std::string* last_doc_ = nullptr;  ///< the greatest document id kept
  /// The document's sentences kept so far, found by their text's ShortKey
  /// (open addressing, linear probing, at most half full; a slot of
  /// another generation is free, so forgetting them all touches none). A
  /// sentence giving evidence for several facts comes again, mostly soon,
  /// after others: a table finds it in a probe or two where a scan of the
  /// latest ones compared each of them.
  struct KeptSentence {
    const char* data = nullptr;
    std::size_t size = 0;
    std::uint64_t generation = 0;
  };
  std::vector<KeptSentence> sentence_slots_;  ///< a power of two of them, or none
  std::uint64_t sentence_generation_ = 1;
  std::size_t sentence_count_ = 0;    ///< live slots
  std::string_view latest_sentence_;  ///< the one sentence() returned last
  void grow_sentence_slots();
  /// The rules met, by the ShortKey of their names: a build names a few
  /// dozen, mostly of at most 24 bytes, which the key holds whole. (Not
  /// by the address of the name: an extractor may pass a name copied into a
  /// buffer it reuses for the next.)
  struct RuleSeen {
    ShortKey key;
    const std::string* rule = nullptr;
  };
  /// Direct-mapped, and roomy so that few of a few dozen names share a
  /// slot (in 128 slots, rules named in turn evicted each other: one
  /// lookup in twenty missed). Made on the first miss, so a Store never
  /// added to does not clear it: until then `rules_` is no_rules(), a
  /// shared table of empty slots that is never written, so a lookup
  /// tests nothing more.
  static constexpr int kRuleSlotBits = 10;
  static constexpr std::size_t kRuleSlots = std::size_t{1} << kRuleSlotBits;
  static RuleSeen* no_rules() noexcept;
  std::unique_ptr<RuleSeen[]> rule_slots_;  ///< rules_ once made
  RuleSeen* rules_ = no_rules();

  /// The pool's copy of the rule `name`. A build names a few dozen rules,
  /// each of its triples one: the name's key finds its slot, and a name of
  /// at most 24 bytes is compared by its key alone. Inline but for a miss.
  const std::string* rule(std::string_view name) {
    const ShortKey key = ShortKey::of(name);
    const RuleSeen& seen = rules_[key.slot(kRuleSlotBits)];
    if (seen.rule != nullptr && same_text(key, name, seen.key, *seen.rule)) return seen.rule;
    return new_rule(key, name);
  }
  /// rule() of a name not in its slot: interned, and entered there.
  const std::string* new_rule(const ShortKey& key, std::string_view name);
};

/// The key of a fact, the smaller id first for a symmetric relation.
[[nodiscard]] FactKeyView canonical_view(std::string_view subject, Relation relation,
                                         std::string_view object);

/// Whether canonical_view() of (node_id(subject), relation, node_id(object))
/// swaps the two ids (a symmetric relation, the object's id the smaller),
/// building neither.
[[nodiscard]] inline bool stored_reversed(const Entity& subject, Relation relation,
                                          const Entity& object) noexcept {
  return is_symmetric(relation) && compare_node_ids(object, subject) < 0;
}

/// Where Store::Impl::fact_for() found or made a fact: its record and the
/// vertices of the subject and object as given (not in canonical order).
struct FactAt {
  FactRecord* record = nullptr;
  Vertex subject{};
  Vertex object{};
};

/// The dates a fact's evidence gives it, which are all the temporal rules read
/// of it: while they stay the same, so do the derived dates of its pair.
struct EvidenceDates {
  Date first_seen;
  Date last_seen;
  std::optional<Date> valid_from;
  std::optional<Date> stated_to;

  friend bool operator==(const EvidenceDates&, const EvidenceDates&) = default;
};

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
  /// Where the facts' evidence keeps its strings (evidence_list.hpp).
  detail::EvidenceTexts texts;

  /// The vertex of the entity with node id `id` (node_id(entity)), created or
  /// merged (merge_entity()).
  detail::Vertex vertex_for(std::string_view id, const Entity& entity);
  /// vertex_for() of seen.to_entity(), built only for a new vertex.
  detail::Vertex vertex_for(std::string_view id, const SeenEntity& seen);
  /// Merges `entity` into the entity of `vertex` (Entity::merge).
  void merge_entity(detail::Vertex vertex, const Entity& entity);
  /// merge_entity() of seen.to_entity(), without building it.
  void merge_entity(detail::Vertex vertex, const SeenEntity& seen);
  /// The record of the fact `key` (canonical_view()), or nullptr.
  [[nodiscard]] detail::FactRecord* find_record(const detail::FactKeyView& key) const;
  /// find_record() of the fact (node_id(subject), relation, node_id(object)),
  /// already in canonical order, building neither id.
  [[nodiscard]] detail::FactRecord* find_record(const Entity& subject, Relation relation,
                                                const Entity& object) const;
  /// The record of the fact `key` (canonical_view()), created if new;
  /// both entities must already have vertices (throws std::out_of_range if not).
  detail::FactRecord& record_for(const detail::FactKeyView& key);
  /// record_for() of a fact known to be new, whose subject and object (in
  /// the order of `key`) are at these vertices, `hash` its FactKeyHash
  /// (known from the lookup that missed): nothing is looked up or hashed.
  detail::FactRecord& add_fact(const detail::FactKeyView& key, detail::Vertex subject_vertex,
                               detail::Vertex object_vertex, std::size_t hash);
  /// add_fact() of the key (subject, relation, object), its two ids given
  /// as strings the Fact takes over, not copies.
  detail::FactRecord& add_fact(std::string subject, Relation relation, std::string object,
                               detail::Vertex subject_vertex, detail::Vertex object_vertex,
                               std::size_t hash);
  /// Records one evidence item of the fact of `record`, its strings copied
  /// into `texts` only when it is kept, then re-derives the dates of the
  /// pair's facts if the fact's own dates changed.
  void add_observation(detail::FactRecord& record, const EvidenceView& evidence,
                       detail::StatedDates stated);
  /// add_observation() of each of `incoming` (another store's evidence of
  /// the fact, Store::merge(), or a snapshot's), which must be in Evidence's
  /// order with one item per sentence (mergeable()): the same result, in one
  /// pass over both lists where their documents interleave.
  void merge_evidence(detail::FactRecord& record,
                      std::span<const detail::IncomingEvidence> incoming);
  /// The fact (subject, relation, object), created if new, once both entities
  /// are merged into their vertices (created if new); no record if the two
  /// are one entity (same node id), and then nothing is merged.
  detail::FactAt fact_for(const SeenEntity& subject, Relation relation, const SeenEntity& object);
  /// The FactAt of the known fact of `record` for its two entities as given,
  /// `reversed` when stored the other way round (stored_reversed()).
  [[nodiscard]] detail::FactAt fact_at(detail::FactRecord& record, bool reversed) const {
    // Its edge gives both vertices: no entity need be looked up.
    detail::Vertex from = boost::source(record.edge, graph);
    detail::Vertex to = boost::target(record.edge, graph);
    return {&record, reversed ? to : from, reversed ? from : to};
  }
  /// fact_for() of a fact the index does not hold (a lookup by its key
  /// found none): both entities are looked up by their node ids and merged
  /// into their vertices (created if new), and the fact is created. The two
  /// must not be one entity.
  detail::FactAt new_fact(const SeenEntity& subject, Relation relation, const SeenEntity& object) {
    std::string subject_id = node_id(*subject.entity);
    std::string object_id = node_id(*object.entity);
    detail::Vertex from = vertex_for(subject_id, subject);
    detail::Vertex to = vertex_for(object_id, object);
    // canonical_view() swaps the views it is given, not their contents.
    detail::FactKeyView key = detail::canonical_view(subject_id, relation, object_id);
    bool swapped = std::get<0>(key).data() == object_id.data();
    return {&add_fact(key, swapped ? to : from, swapped ? from : to, detail::FactKeyHash{}(key)),
            from, to};
  }
  /// Store::add() of the triple (subject, relation, object) stating `stated`,
  /// its evidence given by views, copied only when it is kept.
  bool add(const SeenEntity& subject, Relation relation, const SeenEntity& object,
           detail::StatedDates stated, const EvidenceView& evidence);
  /// Store::Batch::add(): add() of `triple`, finding the fact of two
  /// entities the open batch has seen by their vertices, and merging each
  /// only when it comes with another alias than last time.
  bool add_in_batch(const TripleView& triple);
  /// A batch opens (Store::Batch), with the entities it keeps knowing
  /// across restarts (nullptr: none), or ends (nullptr).
  void open_batch(const std::unordered_set<const Entity*>* lasting) noexcept {
    seen.clear();
    seen_lasting.clear();
    lasting_entities = lasting;
  }
  /// The open batch restarts: forgets its entities but the lasting ones.
  void restart_batch() noexcept { seen.clear(); }
  /// The dates `evidence` (an item of the fact of `record`) stated.
  [[nodiscard]] detail::StatedDates stated_for(const detail::FactRecord& record,
                                               const EvidenceView& evidence) const;
  /// Makes this a copy of `other`, rebuilding the indexes over the new graph
  /// and keeping the evidence's strings in this store's own `texts`.
  void copy_from(const Impl& other);

 private:
  /// Per vertex, the aliases of the last eight entities merged into it with
  /// exactly one (merge_entity()), the latest first: always aliases of the
  /// vertex.
  std::vector<detail::RecentAliases> recent_aliases;
  /// (subject, relation, object) -> record, the views into the keys of `facts`.
  detail::FactIndex record_lookup;
  /// What the open batch (Store::Batch) knows of its entities: the lasting
  /// ones (Batch's constructor) in a table of their own, which restarts keep.
  detail::SeenEntities seen;
  detail::SeenEntities seen_lasting;
  const std::unordered_set<const Entity*>* lasting_entities = nullptr;
  /// The open batch's record of `entity`, or nullptr.
  [[nodiscard]] detail::SeenRecord* find_seen(const Entity* entity) noexcept {
    if (lasting_entities != nullptr) {
      if (detail::SeenRecord* record = seen_lasting.find(entity)) return record;
    }
    return seen.find(entity);
  }
  /// Enters `entity`, new to the open batch, merged into `vertex`.
  void enter_seen(const SeenEntity& entity, detail::Vertex vertex, std::size_t id_hash) {
    detail::SeenRecord record;
    record.entity = entity.entity;
    record.vertex = vertex;
    record.id_hash = id_hash;
    remember_alias(record, entity, alias_key(entity));
    bool lasts = lasting_entities != nullptr && lasting_entities->contains(entity.entity);
    (lasts ? seen_lasting : seen).insert(record);
  }
  /// settle()'s room for a pair's facts, kept between calls: settle() runs
  /// whenever a fact's dates change, and should not allocate each time.
  std::vector<detail::SpellInput> spell_inputs;
  std::vector<detail::SpellOutput> spell_outputs;

  void merge_again(detail::SeenRecord& record, const SeenEntity& entity);
  /// The ShortKey of `entity`'s alias, if it has one.
  static detail::ShortKey alias_key(const SeenEntity& entity) noexcept {
    return entity.alias ? detail::ShortKey::of(*entity.alias) : detail::ShortKey{};
  }
  /// Notes `entity`'s alias, whose key is `key` (alias_key()), as the last
  /// one the open batch merged for `record`.
  static void remember_alias(detail::SeenRecord& record, const SeenEntity& entity,
                             const detail::ShortKey& key) {
    // The other one of the two, met less lately, makes room.
    record.latest ^= 1;
    record.remember_alias(record.latest, entity.alias, key);
  }
  /// Enters `record` under `key`, whose FactKeyHash is `hash`, in every index.
  detail::FactRecord& index_fact(detail::FactKey key, detail::FactRecord record, std::size_t hash);
  detail::Vertex new_vertex(std::string_view id, const Entity& entity);
  detail::Vertex new_vertex(std::string_view id, Entity&& entity);
  void merge_alias(detail::Vertex vertex, std::string_view alias);
  [[nodiscard]] detail::EvidenceDates evidence_dates(const detail::FactRecord& record) const;
  void recount(detail::FactRecord& record);
  void settle(detail::FactRecord& record);
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

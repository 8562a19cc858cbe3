// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Builds the statement list (CONVENTIONS section 6). BASE is the base IRI.
//
//   Vocabulary, for the relations present only: orgkg:<camelCase> a rdf:Property
//     (owl:SymmetricProperty for the symmetric ones; cooperatesWith is
//     rdfs:subPropertyOf org:linkedTo); member_of uses W3C org:memberOf. Roles
//     orgkg:Member, Observer, Partner, AssociateMember, Chair: a org:Role with
//     org:roleProperty the direct property (none is a subproperty of memberOf).
//   Entities: a orgkg:State | org:FormalOrganization | orgkg:City | orgkg:Other;
//     rdfs:label and foaf:name (@en), orgkg:acronym/iso2/iso3, skos:altLabel per
//     alias (no language: surface forms), skos:exactMatch wd:Q... .
//   Per fact: the direct triple `S P O` (in the named graph of every document
//     that states it), then the qualified node
//     BASE id/membership/<subject id>/<relation>/<object id>: a rdf:Statement
//     (rdf:subject/predicate/object = the direct triple); for relations with a
//     role also a org:Membership with org:member, org:organization, org:role and
//     org:memberDuring; for the others time:hasTime; both point to a
//     time:Interval BASE id/interval/from-<date>-to-<date> when valid_from or
//     valid_to is known; orgkg:firstSeen/lastSeen (typed dates),
//     orgkg:evidenceCount (xsd:integer), orgkg:conflict true (only when so),
//     prov:wasDerivedFrom per document, orgkg:evidence per evidence node.
//   Intervals (time:hasBeginning, time:hasEnd) and instants BASE id/instant/<date>
//     with time:inXSDgYear | inXSDgYearMonth | inXSDDate, typed xsd:gYear |
//     xsd:gYearMonth | xsd:date.
//   Evidence BASE id/evidence/<doc>/<begin>-<end>: a prov:Entity, prov:value,
//     prov:wasQuotedFrom (all three also in the document's named graph).
//   Documents: a prov:Entity, foaf:Document; dct:title, dct:issued, foaf:page
//     (only for an absolute URL).
//   Named graphs BASE graph/doc/<id> (GraphScope::All only), one per document
//     that states a fact, sorted by IRI: the direct triples of its facts, its
//     evidence nodes, then the graph link BASE graph/doc/<id>
//     prov:wasDerivedFrom BASE id/doc/<id>, in that named graph only.
//
// Streaming: the builder keeps per-export indexes only (entity IRIs, document
// IRIs with the facts and evidence of each, the evidence items' local IRIs,
// intervals, instants) and mints every other IRI into a reused buffer, so a
// statement costs no allocation. Vocabulary IRIs are expanded once.
#include "rdf_statements.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "fact_view.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/text_blocks.hpp"
#include "turtle_escape.hpp"

namespace orgkg::export_detail {
namespace {

// Every vocabulary term the builder writes but the per-relation ones
// (relation_terms(), expanded once per relation in the constructor).
constexpr std::string_view kCuries[] = {
    "rdf:type",
    "rdf:Property",
    "rdf:Statement",
    "rdf:subject",
    "rdf:predicate",
    "rdf:object",
    "rdfs:label",
    "rdfs:subPropertyOf",
    "owl:SymmetricProperty",
    "org:linkedTo",
    "org:Role",
    "org:roleProperty",
    "org:Membership",
    "org:member",
    "org:organization",
    "org:role",
    "org:memberDuring",
    "foaf:name",
    "foaf:Document",
    "foaf:page",
    "skos:altLabel",
    "skos:exactMatch",
    "orgkg:acronym",
    "orgkg:iso2",
    "orgkg:iso3",
    "orgkg:firstSeen",
    "orgkg:lastSeen",
    "orgkg:evidenceCount",
    "orgkg:conflict",
    "orgkg:evidence",
    "xsd:integer",
    "xsd:boolean",
    "xsd:date",
    "xsd:gYearMonth",
    "xsd:gYear",
    "time:hasTime",
    "time:Interval",
    "time:hasBeginning",
    "time:hasEnd",
    "time:Instant",
    "time:inXSDDate",
    "time:inXSDgYearMonth",
    "time:inXSDgYear",
    "prov:Entity",
    "prov:value",
    "prov:wasQuotedFrom",
    "prov:wasDerivedFrom",
    "dct:title",
    "dct:issued",
    "orgkg:State",
    "org:FormalOrganization",
    "orgkg:City",
    "orgkg:Other",
};
constexpr std::size_t kCurieCount = std::size(kCuries);

/// A term of kCuries, found at compile time: V("rdf:type").
struct VocabId {
  std::size_t index;
};

consteval VocabId V(std::string_view curie) {
  for (std::size_t i = 0; i < kCurieCount; ++i) {
    if (kCuries[i] == curie) return {i};
  }
  throw "not in kCuries";  // a compile error: add the term to kCuries
}

VocabId find_curie(std::string_view curie) {
  for (std::size_t i = 0; i < kCurieCount; ++i) {
    if (kCuries[i] == curie) return {i};
  }
  throw Error("RDF export: vocabulary term '" + std::string(curie) + "' is not in kCuries");
}

constexpr std::size_t relation_index(Relation relation) {
  return static_cast<std::size_t>(relation);
}

struct Interval {
  std::optional<Date> from;
  std::optional<Date> to;
};

// A document that states a fact: its IRIs and what its named graph holds.
struct StatingDocument {
  std::string iri;                      // BASE id/doc/<id>
  std::string graph;                    // BASE graph/doc/<id>
  std::vector<std::uint32_t> facts;     // indexes into the fact list, in order
  std::vector<std::uint32_t> evidence;  // indexes into the evidence list, in IRI order
};

// An evidence node: its IRI after IriMinter::evidence_space() (kept in the
// builder's TextBlocks: a large graph has millions), and the item.
struct EvidenceNode {
  std::string_view local;
  EvidenceList::const_iterator item;  // into its Fact's list
};

class StatementBuilder {
 public:
  StatementBuilder(const IriMinter& iris, GraphScope scope, StatementSink& sink)
      : iris_(iris), scope_(scope), sink_(sink), evidence_space_(iris.evidence_space()) {
    for (std::size_t i = 0; i < kCurieCount; ++i) vocab_[i] = iris_.expand(kCuries[i]);
    for (Relation relation : kAllRelations) {
      RelationTerms terms = relation_terms(relation);
      property_[relation_index(relation)] = iris_.expand(terms.property);
      if (!terms.role.empty()) {
        role_[relation_index(relation)] = iris_.expand("orgkg:" + std::string(terms.role));
      }
    }
  }

  void build(const Store& store) {
    facts_ = resolved_facts(store);
    add_vocabulary();
    for (const Entity* entity : store.entities()) add_entity(*entity);
    for (std::uint32_t i = 0; i < facts_.size(); ++i) add_fact(i);
    sort_evidence();
    add_intervals();
    for (const auto& [iri, date] : instants_) {
      std::string lexical = date.to_iso();
      emit(iri, V("rdf:type"), iri_term(vocab(V("time:Instant"))));
      emit(iri, find_curie(instant_property(date)),
           literal(lexical, vocab(find_curie(date_datatype(date)))));
    }
    for (const EvidenceNode& node : evidence_) add_evidence(node, {});
    add_documents(store);
    if (scope_ == GraphScope::All) add_named_graphs();
  }

 private:
  static Term iri_term(std::string_view iri) { return {Term::Kind::Iri, iri, {}, {}, false}; }
  static Term literal(std::string_view text, std::string_view datatype = {},
                      std::string_view language = {}) {
    return {Term::Kind::Literal, text, datatype, language, false};
  }
  static Term lang_en(std::string_view text) { return literal(text, {}, "en"); }
  const std::string& vocab(VocabId id) const { return vocab_[id.index]; }

  void emit(std::string_view subject, std::string_view predicate, Term object,
            StatementRole role = StatementRole::Description, std::string_view graph = {}) {
    sink_.statement({iri_term(subject), iri_term(predicate), object, role, graph});
  }
  void emit(std::string_view subject, VocabId predicate, Term object, std::string_view graph = {}) {
    emit(subject, vocab(predicate), object, StatementRole::Description, graph);
  }

  // The IRI of an entity of the store (minted once per entity).
  const std::string& entity_iri(const Entity& entity) {
    auto [it, inserted] = entity_iris_.try_emplace(&entity);
    if (inserted) it->second = iris_.entity(entity);
    return it->second;
  }

  StatingDocument& stating_document(std::string_view doc_id) {
    auto it = documents_.find(doc_id);
    if (it == documents_.end()) {
      it = documents_.emplace(std::string(doc_id), StatingDocument{}).first;
      it->second.iri = iris_.in_space(kDocSpace, doc_id);
      it->second.graph = iris_.document_graph(doc_id);
    }
    return it->second;
  }

  void add_vocabulary() {
    std::array<bool, kAllRelations.size()> used{};
    for (const FactView& view : facts_) used[relation_index(view.fact->relation)] = true;
    for (Relation relation : kAllRelations) {
      if (!used[relation_index(relation)]) continue;
      RelationTerms terms = relation_terms(relation);
      const std::string& property = property_[relation_index(relation)];
      if (terms.property.substr(0, 6) == "orgkg:") {
        emit(property, V("rdf:type"),
             iri_term(
                 vocab(is_symmetric(relation) ? V("owl:SymmetricProperty") : V("rdf:Property"))));
        if (relation == Relation::CooperatesWith) {
          emit(property, V("rdfs:subPropertyOf"), iri_term(vocab(V("org:linkedTo"))));
        }
        emit(property, V("rdfs:label"), lang_en(relation_label(relation)));
      }
      if (terms.role.empty()) continue;
      const std::string& role = role_[relation_index(relation)];
      emit(role, V("rdf:type"), iri_term(vocab(V("org:Role"))));
      emit(role, V("rdfs:label"), lang_en(role_label(relation)));
      emit(role, V("org:roleProperty"), iri_term(property));
    }
  }

  void add_entity(const Entity& entity) {
    const std::string& subject = entity_iri(entity);
    emit(subject, V("rdf:type"), iri_term(vocab(find_curie(kind_class(entity.kind)))));
    if (!entity.label.empty()) emit(subject, V("rdfs:label"), lang_en(entity.label));
    if (!entity.name.empty()) emit(subject, V("foaf:name"), lang_en(entity.name));
    if (!entity.acronym.empty()) emit(subject, V("orgkg:acronym"), literal(entity.acronym));
    if (!entity.iso2.empty()) emit(subject, V("orgkg:iso2"), literal(entity.iso2));
    if (!entity.iso3.empty()) emit(subject, V("orgkg:iso3"), literal(entity.iso3));
    for (const std::string& alias : entity.aliases) {
      emit(subject, V("skos:altLabel"), literal(alias));
    }
    if (!entity.wikidata.empty()) {
      scratch_.assign(kWikidata.iri);
      append_iri_segment(scratch_, entity.wikidata);
      emit(subject, V("skos:exactMatch"), iri_term(scratch_));
    }
  }

  void add_fact(std::uint32_t index) {
    const FactView& view = facts_[index];
    const Fact& fact = *view.fact;
    const bool has_role = !role_[relation_index(fact.relation)].empty();
    const std::string& subject = entity_iri(*view.subject);
    const std::string& object = entity_iri(*view.object);
    const std::string& property = property_[relation_index(fact.relation)];
    emit(subject, property, iri_term(object), StatementRole::Fact);
    const std::string node = iris_.fact(fact);
    emit(node, V("rdf:type"), iri_term(vocab(V("rdf:Statement"))));
    if (has_role) emit(node, V("rdf:type"), iri_term(vocab(V("org:Membership"))));
    emit(node, V("rdf:subject"), iri_term(subject));
    emit(node, V("rdf:predicate"), iri_term(property));
    emit(node, V("rdf:object"), iri_term(object));
    if (has_role) {
      emit(node, V("org:member"), iri_term(subject));
      emit(node, V("org:organization"), iri_term(object));
      emit(node, V("org:role"), iri_term(role_[relation_index(fact.relation)]));
    }
    if (const std::string* interval = note_interval(fact)) {
      emit(node, has_role ? V("org:memberDuring") : V("time:hasTime"), iri_term(*interval));
    }
    add_provenance(node, index);
  }

  void add_provenance(const std::string& node, std::uint32_t index) {
    const Fact& fact = *facts_[index].fact;
    if (!fact.first_seen.empty()) add_date(node, V("orgkg:firstSeen"), fact.first_seen);
    if (!fact.last_seen.empty()) add_date(node, V("orgkg:lastSeen"), fact.last_seen);
    const std::string count = std::to_string(fact.evidence_count());
    emit(node, V("orgkg:evidenceCount"), literal(count, vocab(V("xsd:integer"))));
    if (fact.conflict) {
      emit(node, V("orgkg:conflict"), literal("true", vocab(V("xsd:boolean"))));
    }
    for (const std::string& doc : fact.sources()) {
      StatingDocument& document = stating_document(doc);
      emit(node, V("prov:wasDerivedFrom"), iri_term(document.iri));
      if (scope_ == GraphScope::All) document.facts.push_back(index);
    }
    // This fact's evidence nodes, sorted by IRI, each once. evidence_ keeps
    // every item in fact order; sort_evidence() later keeps the first of each IRI.
    const std::size_t first = evidence_.size();
    for (auto item = fact.evidence.begin(); item != fact.evidence.end(); ++item) {
      evidence_.push_back({locals_.keep(iris_.evidence_local(*item)), item});
    }
    fact_evidence_.clear();
    for (std::size_t i = first; i < evidence_.size(); ++i)
      fact_evidence_.push_back(evidence_[i].local);
    std::sort(fact_evidence_.begin(), fact_evidence_.end());
    const std::string_view* previous = nullptr;
    for (const std::string_view& local : fact_evidence_) {
      if (previous != nullptr && *previous == local) continue;
      previous = &local;
      scratch_.assign(evidence_space_).append(local);
      emit(node, V("orgkg:evidence"), iri_term(scratch_));
    }
  }

  void add_date(std::string_view subject, VocabId predicate, const Date& date) {
    const std::string lexical = date.to_iso();
    emit(subject, predicate, literal(lexical, vocab(find_curie(date_datatype(date)))));
  }

  // Sorts the evidence nodes by IRI, keeping the first (in fact order) of each IRI.
  void sort_evidence() {
    std::stable_sort(
        evidence_.begin(), evidence_.end(),
        [](const EvidenceNode& a, const EvidenceNode& b) { return a.local < b.local; });
    auto last = std::unique(
        evidence_.begin(), evidence_.end(),
        [](const EvidenceNode& a, const EvidenceNode& b) { return a.local == b.local; });
    evidence_.erase(last, evidence_.end());
    if (scope_ != GraphScope::All) return;
    for (std::uint32_t i = 0; i < evidence_.size(); ++i) {
      stating_document((*evidence_[i].item).doc_id).evidence.push_back(i);
    }
  }

  // Records the fact's interval; returns its IRI, or nullptr when no bound is known.
  const std::string* note_interval(const Fact& fact) {
    Interval interval;
    if (fact.valid_from && !fact.valid_from->empty()) interval.from = fact.valid_from;
    if (fact.valid_to && !fact.valid_to->empty()) interval.to = fact.valid_to;
    if (!interval.from && !interval.to) return nullptr;
    auto it = intervals_.emplace(iris_.interval(interval.from, interval.to), interval).first;
    return &it->first;
  }

  // Describes the intervals, recording their instants to describe next.
  void add_intervals() {
    for (const auto& [iri, interval] : intervals_) {
      emit(iri, V("rdf:type"), iri_term(vocab(V("time:Interval"))));
      if (interval.from) emit(iri, V("time:hasBeginning"), iri_term(instant(*interval.from)));
      if (interval.to) emit(iri, V("time:hasEnd"), iri_term(instant(*interval.to)));
    }
  }

  const std::string& instant(const Date& date) {
    return instants_.emplace(iris_.instant(date), date).first->first;
  }

  // An evidence node's three statements, in `graph` ("" for the default graph).
  void add_evidence(const EvidenceNode& node, std::string_view graph) {
    const EvidenceView evidence = *node.item;
    subject_.assign(evidence_space_).append(node.local);
    emit(subject_, V("rdf:type"), iri_term(vocab(V("prov:Entity"))), graph);
    if (!evidence.sentence.empty()) {
      emit(subject_, V("prov:value"), literal(evidence.sentence), graph);
    }
    emit(subject_, V("prov:wasQuotedFrom"), iri_term(stating_document(evidence.doc_id).iri), graph);
  }

  // Every document of the store, and every one evidence names without a Source.
  void add_documents(const Store& store) {
    std::map<std::string_view, const Source*> documents;
    for (const Source* source : store.sources()) documents.emplace(source->id, source);
    for (const auto& [id, document] : documents_) documents.emplace(id, nullptr);
    for (const auto& [id, source] : documents) {
      auto stating = documents_.find(id);
      std::string minted;
      if (stating == documents_.end()) minted = iris_.in_space(kDocSpace, id);
      const std::string& subject = stating == documents_.end() ? minted : stating->second.iri;
      emit(subject, V("rdf:type"), iri_term(vocab(V("prov:Entity"))));
      emit(subject, V("rdf:type"), iri_term(vocab(V("foaf:Document"))));
      if (source == nullptr) continue;
      if (!source->title.empty()) emit(subject, V("dct:title"), literal(source->title));
      if (!source->published.empty()) add_date(subject, V("dct:issued"), source->published);
      if (has_scheme(source->url)) {
        emit(subject, V("foaf:page"), {Term::Kind::Iri, source->url, {}, {}, true});
      }
    }
  }

  // The named graph of each stating document, sorted by graph IRI.
  void add_named_graphs() {
    std::vector<const StatingDocument*> graphs;
    graphs.reserve(documents_.size());
    for (const auto& [id, document] : documents_) graphs.push_back(&document);
    std::sort(graphs.begin(), graphs.end(), [](const StatingDocument* a, const StatingDocument* b) {
      return a->graph < b->graph;
    });
    for (const StatingDocument* document : graphs) {
      for (std::uint32_t index : document->facts) {
        const FactView& view = facts_[index];
        emit(entity_iri(*view.subject), property_[relation_index(view.fact->relation)],
             iri_term(entity_iri(*view.object)), StatementRole::Fact, document->graph);
      }
      for (std::uint32_t index : document->evidence)
        add_evidence(evidence_[index], document->graph);
      emit(document->graph, vocab(V("prov:wasDerivedFrom")), iri_term(document->iri),
           StatementRole::GraphLink, document->graph);
    }
  }

  const IriMinter& iris_;
  const GraphScope scope_;
  StatementSink& sink_;
  const std::string evidence_space_;
  std::array<std::string, kCurieCount> vocab_;
  std::array<std::string, kAllRelations.size()> property_;
  std::array<std::string, kAllRelations.size()> role_;  // "" for relations without a role
  std::vector<FactView> facts_;
  std::unordered_map<const Entity*, std::string> entity_iris_;
  std::map<std::string, StatingDocument, std::less<>> documents_;  // by document id
  std::vector<EvidenceNode> evidence_;             // in fact order, then (sort_evidence) by IRI
  TextBlocks locals_;                              // their IRIs after evidence_space_
  std::map<std::string, Interval> intervals_;      // by IRI
  std::map<std::string, Date> instants_;           // by IRI
  std::vector<std::string_view> fact_evidence_;    // reused by add_provenance()
  std::string scratch_;                            // reused for minted object IRIs
  std::string subject_;                            // reused for minted subject IRIs
};

}  // namespace

void for_each_statement(const Store& store, const IriMinter& iris, GraphScope scope,
                        StatementSink& sink) {
  StatementBuilder(iris, scope, sink).build(store);
}

}  // namespace orgkg::export_detail

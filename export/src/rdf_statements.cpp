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
//   Graph links: BASE graph/doc/<id> prov:wasDerivedFrom BASE id/doc/<id>, in
//     that named graph only, one per document that states a fact.
#include "rdf_statements.hpp"

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "fact_view.hpp"

namespace orgkg::export_detail {
namespace {

struct Interval {
  std::optional<Date> from;
  std::optional<Date> to;
};

class StatementBuilder {
 public:
  explicit StatementBuilder(const IriMinter& iris) : iris_(iris) {}

  std::vector<Statement> build(const Store& store) {
    std::vector<FactView> facts = resolved_facts(store);
    add_vocabulary(facts);
    for (const Entity* entity : store.entities()) add_entity(*entity);
    for (const FactView& view : facts) add_fact(view);
    for (const auto& [iri, interval] : intervals_) add_interval(iri, interval);
    for (const auto& [iri, date] : instants_) {
      Term subject = iri_term(iri);
      add(subject, "rdf:type", vocab("time:Instant"));
      add(subject, std::string(instant_property(date)), typed_date(date));
    }
    for (const auto& [iri, evidence] : evidence_) add_evidence(iri, *evidence);
    add_documents(store);
    for (const std::string& doc : stating_documents_) {
      Statement link{iri_term(iris_.document_graph(doc)), vocab("prov:wasDerivedFrom"),
                     doc_term(doc), StatementRole::GraphLink, {iris_.document_graph(doc)}};
      statements_.push_back(std::move(link));
    }
    return std::move(statements_);
  }

 private:
  static Term iri_term(std::string iri) { return {Term::Kind::Iri, std::move(iri), {}, {}}; }
  static Term literal(std::string text, std::string datatype = {}, std::string language = {}) {
    return {Term::Kind::Literal, std::move(text), std::move(datatype), std::move(language)};
  }
  static Term lang_en(std::string text) { return literal(std::move(text), {}, "en"); }
  Term vocab(std::string_view curie) const { return iri_term(iris_.expand(curie)); }
  Term typed_date(const Date& date) const {
    return literal(date.to_iso(), iris_.expand(date_datatype(date)));
  }
  Term entity_term(const Entity& entity) const { return iri_term(iris_.entity(entity)); }
  Term doc_term(std::string_view id) const { return iri_term(iris_.in_space(kDocSpace, id)); }

  // Appends (subject, curie predicate, object) to the default graph, and to
  // `graphs` as well.
  void add(const Term& subject, std::string_view predicate, Term object,
           std::vector<std::string> graphs = {}) {
    statements_.push_back({subject, vocab(predicate), std::move(object),
                           StatementRole::Description, std::move(graphs)});
  }

  void add_vocabulary(const std::vector<FactView>& facts) {
    std::set<Relation> used;
    for (const FactView& view : facts) used.insert(view.fact->relation);
    for (Relation relation : used) {
      RelationTerms terms = relation_terms(relation);
      if (terms.property.substr(0, 6) == "orgkg:") {
        Term property = vocab(terms.property);
        add(property, "rdf:type",
            vocab(is_symmetric(relation) ? "owl:SymmetricProperty" : "rdf:Property"));
        if (relation == Relation::CooperatesWith) {
          add(property, "rdfs:subPropertyOf", vocab("org:linkedTo"));
        }
        add(property, "rdfs:label", lang_en(relation_label(relation)));
      }
      if (terms.role.empty()) continue;
      Term role = vocab("orgkg:" + std::string(terms.role));
      add(role, "rdf:type", vocab("org:Role"));
      add(role, "rdfs:label", lang_en(role_label(relation)));
      add(role, "org:roleProperty", vocab(terms.property));
    }
  }

  void add_entity(const Entity& entity) {
    Term subject = entity_term(entity);
    add(subject, "rdf:type", vocab(kind_class(entity.kind)));
    if (!entity.label.empty()) add(subject, "rdfs:label", lang_en(entity.label));
    if (!entity.name.empty()) add(subject, "foaf:name", lang_en(entity.name));
    if (!entity.acronym.empty()) add(subject, "orgkg:acronym", literal(entity.acronym));
    if (!entity.iso2.empty()) add(subject, "orgkg:iso2", literal(entity.iso2));
    if (!entity.iso3.empty()) add(subject, "orgkg:iso3", literal(entity.iso3));
    for (const std::string& alias : entity.aliases) add(subject, "skos:altLabel", literal(alias));
    if (!entity.wikidata.empty()) {
      add(subject, "skos:exactMatch",
          iri_term(std::string(kWikidata.iri) + iri_segment(entity.wikidata)));
    }
  }

  void add_fact(const FactView& view) {
    const Fact& fact = *view.fact;
    RelationTerms terms = relation_terms(fact.relation);
    Term subject = entity_term(*view.subject);
    Term object = entity_term(*view.object);
    Term property = vocab(terms.property);
    std::vector<std::string> sources = fact.sources();
    std::set<std::string> graphs;
    for (const std::string& doc : sources) {
      graphs.insert(iris_.document_graph(doc));
      stating_documents_.insert(doc);
    }
    statements_.push_back({subject, property, object, StatementRole::Fact,
                           std::vector<std::string>(graphs.begin(), graphs.end())});
    Term node = iri_term(iris_.fact(fact));
    add(node, "rdf:type", vocab("rdf:Statement"));
    if (!terms.role.empty()) add(node, "rdf:type", vocab("org:Membership"));
    add(node, "rdf:subject", subject);
    add(node, "rdf:predicate", property);
    add(node, "rdf:object", object);
    if (!terms.role.empty()) {
      add(node, "org:member", subject);
      add(node, "org:organization", object);
      add(node, "org:role", vocab("orgkg:" + std::string(terms.role)));
    }
    if (std::optional<std::string> interval = note_interval(fact)) {
      add(node, terms.role.empty() ? "time:hasTime" : "org:memberDuring", iri_term(*interval));
    }
    add_provenance(node, fact, sources);
  }

  void add_provenance(const Term& node, const Fact& fact, const std::vector<std::string>& sources) {
    if (!fact.first_seen.empty()) add(node, "orgkg:firstSeen", typed_date(fact.first_seen));
    if (!fact.last_seen.empty()) add(node, "orgkg:lastSeen", typed_date(fact.last_seen));
    add(node, "orgkg:evidenceCount",
        literal(std::to_string(fact.evidence_count()), iris_.expand("xsd:integer")));
    if (fact.conflict) add(node, "orgkg:conflict", literal("true", iris_.expand("xsd:boolean")));
    for (const std::string& doc : sources) add(node, "prov:wasDerivedFrom", doc_term(doc));
    std::set<std::string> evidence_iris;
    for (const Evidence& item : fact.evidence) {
      std::string iri = iris_.evidence(item);
      evidence_.emplace(iri, &item);
      evidence_iris.insert(std::move(iri));
    }
    for (const std::string& iri : evidence_iris) add(node, "orgkg:evidence", iri_term(iri));
  }

  // Records the fact's interval; returns its IRI, or nullopt when no bound is known.
  std::optional<std::string> note_interval(const Fact& fact) {
    Interval interval;
    if (fact.valid_from && !fact.valid_from->empty()) interval.from = fact.valid_from;
    if (fact.valid_to && !fact.valid_to->empty()) interval.to = fact.valid_to;
    if (!interval.from && !interval.to) return std::nullopt;
    std::string iri = iris_.interval(interval.from, interval.to);
    intervals_.emplace(iri, interval);
    return iri;
  }

  // Records an instant to describe; returns its IRI term.
  Term instant(const Date& date) {
    std::string iri = iris_.instant(date);
    instants_.emplace(iri, date);
    return iri_term(std::move(iri));
  }

  void add_interval(const std::string& iri, const Interval& interval) {
    Term subject = iri_term(iri);
    add(subject, "rdf:type", vocab("time:Interval"));
    if (interval.from) add(subject, "time:hasBeginning", instant(*interval.from));
    if (interval.to) add(subject, "time:hasEnd", instant(*interval.to));
  }

  void add_evidence(const std::string& iri, const Evidence& evidence) {
    Term subject = iri_term(iri);
    const std::vector<std::string> graph{iris_.document_graph(evidence.doc_id)};
    add(subject, "rdf:type", vocab("prov:Entity"), graph);
    if (!evidence.sentence.empty()) {
      add(subject, "prov:value", literal(evidence.sentence), graph);
    }
    add(subject, "prov:wasQuotedFrom", doc_term(evidence.doc_id), graph);
  }

  // Every document of the store, and every one evidence names without a Source.
  void add_documents(const Store& store) {
    std::map<std::string, const Source*> documents;
    for (const Source* source : store.sources()) documents.emplace(source->id, source);
    for (const auto& [iri, evidence] : evidence_) documents.emplace(evidence->doc_id, nullptr);
    for (const auto& [id, source] : documents) {
      Term subject = doc_term(id);
      add(subject, "rdf:type", vocab("prov:Entity"));
      add(subject, "rdf:type", vocab("foaf:Document"));
      if (source == nullptr) continue;
      if (!source->title.empty()) add(subject, "dct:title", literal(source->title));
      if (!source->published.empty()) add(subject, "dct:issued", typed_date(source->published));
      if (has_scheme(source->url)) add(subject, "foaf:page", iri_term(source->url));
    }
  }

  const IriMinter& iris_;
  std::vector<Statement> statements_;
  std::map<std::string, Interval> intervals_;        // by IRI
  std::map<std::string, Date> instants_;             // by IRI
  std::map<std::string, const Evidence*> evidence_;  // by IRI
  std::set<std::string> stating_documents_;          // ids of documents that state a fact
};

}  // namespace

std::vector<Statement> rdf_statements(const Store& store, const IriMinter& iris) {
  return StatementBuilder(iris).build(store);
}

}  // namespace orgkg::export_detail

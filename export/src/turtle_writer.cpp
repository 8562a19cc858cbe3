// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Turtle writer (CONVENTIONS section 6). BASE is ExportOptions::base_iri; the
// output is, in this order, each group sorted by IRI and separated by blank lines:
//
//   @prefix lines: dct foaf org owl prov rdf rdfs skos time wd xsd, then orgkg:
//     (BASE def#, or BASE def/ when BASE ends in '#') and state: organisation:
//     city: other: doc: (BASE id/state/ id/org/ id/city/ id/other/ id/doc/).
//   Vocabulary, for the relations present only: orgkg:<camelCase> a rdf:Property
//     (owl:SymmetricProperty for the symmetric ones; cooperatesWith is
//     rdfs:subPropertyOf org:linkedTo); member_of uses W3C org:memberOf. Roles
//     orgkg:Member, Observer, Partner, AssociateMember, Chair: a org:Role with
//     org:roleProperty the direct property (none is a subproperty of memberOf).
//   Entities: a orgkg:State | org:FormalOrganization | orgkg:City | orgkg:Other;
//     rdfs:label and foaf:name (@en), orgkg:acronym/iso2/iso3, skos:altLabel per
//     alias (no language: surface forms), skos:exactMatch wd:Q... .
//   Per fact: the direct triple `S P O .`, then the qualified node
//     BASE id/membership/<subject id>/<relation>/<object id>: a rdf:Statement
//     (rdf:subject/predicate/object = the direct triple); for relations with a
//     role also a org:Membership with org:member, org:organization, org:role and
//     org:memberDuring; for the others time:hasTime; both point to a
//     time:Interval BASE id/interval/from-<date>-to-<date> (either side may be
//     absent) when valid_from/valid_to are known; orgkg:firstSeen/lastSeen
//     (typed dates), orgkg:evidenceCount, orgkg:conflict true (only when so),
//     prov:wasDerivedFrom per document, orgkg:evidence per evidence node.
//   Intervals (time:hasBeginning, time:hasEnd) and instants BASE id/instant/<date>
//     with time:inXSDgYear | inXSDgYearMonth | inXSDDate, typed xsd:gYear |
//     xsd:gYearMonth | xsd:date.
//   Evidence BASE id/evidence/<doc>/<begin>-<end> (s<hash of sentence> when the
//     offsets are unknown): a prov:Entity, prov:value, prov:wasQuotedFrom.
//   Documents: a prov:Entity, foaf:Document; dct:title, dct:issued, foaf:page.
//
// Abbreviations used: @prefix names (only for local parts matching
// [A-Za-z0-9_]+, else a full <IRI>), `a`, `;` predicate lists, one statement per
// line. Never `,` lists, blank nodes, collections or RDF-star. Minted path
// segments go through iri_segment(), literals through rdf_string_literal(), URLs
// through rdf_iri_ref(): one escape function per context.
#include <ios>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fact_view.hpp"
#include "orgkg/export/turtle.hpp"
#include "output.hpp"
#include "rdf_terms.hpp"
#include "turtle_escape.hpp"

namespace orgkg {
namespace {

using export_detail::FactView;
using export_detail::MintedSpace;
using export_detail::rdf_iri_ref;
using export_detail::rdf_string_literal;

std::string lang_en(std::string_view text) { return rdf_string_literal(text) + "@en"; }

std::string typed_date(const Date& date) {
  return rdf_string_literal(date.to_iso()) + "^^" + std::string(export_detail::date_datatype(date));
}

// prefix:local when `local` is plain, else the full <IRI>.
std::string term(std::string_view prefix, std::string_view local, const std::string& full_iri) {
  if (export_detail::is_plain_local_name(local)) {
    return std::string(prefix) + ":" + std::string(local);
  }
  return rdf_iri_ref(full_iri);
}

// One subject with its (predicate, object) pairs, written as a `;` list.
struct Block {
  std::string subject;
  std::vector<std::pair<std::string, std::string>> pairs;
  void add(std::string_view predicate, std::string object) {
    pairs.emplace_back(std::string(predicate), std::move(object));
  }
};

struct Interval {
  std::optional<Date> from;
  std::optional<Date> to;
};

class TurtleWriter {
 public:
  TurtleWriter(std::ostream& out, const ExportOptions& options) : out_(out), iris_(options) {}

  void write(const Store& store) {
    std::vector<FactView> facts = export_detail::resolved_facts(store);
    write_prefixes();
    write_vocabulary(facts);
    for (const Entity* entity : store.entities()) write_entity(*entity);
    for (const FactView& view : facts) write_fact(view);
    for (const auto& [iri, interval] : intervals_) write_interval(iri, interval);
    for (const auto& [iri, date] : instants_) {
      emit({rdf_iri_ref(iri),
            {{"a", "time:Instant"},
             {std::string(export_detail::instant_property(date)), typed_date(date)}}});
    }
    for (const auto& [iri, evidence] : evidence_) write_evidence(iri, *evidence);
    write_documents(store);
  }

 private:
  void emit(const Block& block) {
    out_ << block.subject;
    const char* separator = "\n    ";
    for (const auto& [predicate, object] : block.pairs) {
      out_ << separator << predicate << ' ' << object;
      separator = " ;\n    ";
    }
    out_ << " .\n\n";
    if (!out_) export_detail::throw_stream_error("Turtle");
  }

  std::string space_term(MintedSpace space, std::string_view local) const {
    return term(space.prefix, local, iris_.in_space(space, local));
  }
  std::string entity_term(const Entity& entity) const {
    return space_term(export_detail::kind_space(entity.kind), entity.key);
  }
  std::string doc_term(std::string_view id) const {
    return space_term(export_detail::kDocSpace, id);
  }

  void write_prefixes() {
    for (const auto& [prefix, ns] : export_detail::kWellKnownNamespaces) {
      out_ << "@prefix " << prefix << ": <" << ns << "> .\n";
    }
    out_ << "@prefix orgkg: " << rdf_iri_ref(iris_.vocabulary()) << " .\n";
    for (MintedSpace space : export_detail::kPrefixedSpaces) {
      out_ << "@prefix " << space.prefix << ": "
           << rdf_iri_ref(iris_.base() + std::string(space.path)) << " .\n";
    }
    out_ << '\n';
  }

  void write_vocabulary(const std::vector<FactView>& facts) {
    std::set<Relation> used;
    for (const FactView& view : facts) used.insert(view.fact->relation);
    for (Relation relation : used) {
      export_detail::RelationTerms terms = export_detail::relation_terms(relation);
      if (terms.property.substr(0, 6) == "orgkg:") {
        Block block{std::string(terms.property), {}};
        block.add("a", is_symmetric(relation) ? "owl:SymmetricProperty" : "rdf:Property");
        if (relation == Relation::CooperatesWith) block.add("rdfs:subPropertyOf", "org:linkedTo");
        block.add("rdfs:label", lang_en(export_detail::relation_label(relation)));
        emit(block);
      }
      if (terms.role.empty()) continue;
      emit({"orgkg:" + std::string(terms.role),
            {{"a", "org:Role"},
             {"rdfs:label", lang_en(export_detail::role_label(relation))},
             {"org:roleProperty", std::string(terms.property)}}});
    }
  }

  void write_entity(const Entity& entity) {
    Block block{entity_term(entity), {}};
    block.add("a", std::string(export_detail::kind_class(entity.kind)));
    if (!entity.label.empty()) block.add("rdfs:label", lang_en(entity.label));
    if (!entity.name.empty()) block.add("foaf:name", lang_en(entity.name));
    if (!entity.acronym.empty()) block.add("orgkg:acronym", rdf_string_literal(entity.acronym));
    if (!entity.iso2.empty()) block.add("orgkg:iso2", rdf_string_literal(entity.iso2));
    if (!entity.iso3.empty()) block.add("orgkg:iso3", rdf_string_literal(entity.iso3));
    for (const std::string& alias : entity.aliases) {
      block.add("skos:altLabel", rdf_string_literal(alias));
    }
    if (!entity.wikidata.empty()) {
      const auto& wd = export_detail::kWikidata;
      std::string iri = std::string(wd.iri) + export_detail::iri_segment(entity.wikidata);
      block.add("skos:exactMatch", term(wd.prefix, entity.wikidata, iri));
    }
    emit(block);
  }

  void write_fact(const FactView& view) {
    const Fact& fact = *view.fact;
    export_detail::RelationTerms terms = export_detail::relation_terms(fact.relation);
    std::string subject = entity_term(*view.subject);
    std::string object = entity_term(*view.object);
    std::string property(terms.property);
    out_ << subject << ' ' << property << ' ' << object << " .\n";
    Block block{rdf_iri_ref(iris_.fact(fact)), {{"a", "rdf:Statement"}}};
    if (!terms.role.empty()) block.add("a", "org:Membership");
    block.add("rdf:subject", subject);
    block.add("rdf:predicate", property);
    block.add("rdf:object", object);
    if (!terms.role.empty()) {
      block.add("org:member", subject);
      block.add("org:organization", object);
      block.add("org:role", "orgkg:" + std::string(terms.role));
    }
    if (std::string interval = note_interval(fact); !interval.empty()) {
      block.add(terms.role.empty() ? "time:hasTime" : "org:memberDuring", interval);
    }
    add_provenance(block, fact);
    emit(block);
  }

  void add_provenance(Block& block, const Fact& fact) {
    if (!fact.first_seen.empty()) block.add("orgkg:firstSeen", typed_date(fact.first_seen));
    if (!fact.last_seen.empty()) block.add("orgkg:lastSeen", typed_date(fact.last_seen));
    block.add("orgkg:evidenceCount", std::to_string(fact.evidence_count()));
    if (fact.conflict) block.add("orgkg:conflict", "true");
    for (const std::string& doc : fact.sources()) block.add("prov:wasDerivedFrom", doc_term(doc));
    std::set<std::string> evidence_iris;
    for (const Evidence& item : fact.evidence) {
      std::string iri = iris_.evidence(item);
      evidence_.emplace(iri, &item);
      evidence_iris.insert(iri);
    }
    for (const std::string& iri : evidence_iris) block.add("orgkg:evidence", rdf_iri_ref(iri));
  }

  // Records the fact's interval; returns its <IRI>, or "" when no bound is known.
  std::string note_interval(const Fact& fact) {
    Interval interval;
    if (fact.valid_from && !fact.valid_from->empty()) interval.from = fact.valid_from;
    if (fact.valid_to && !fact.valid_to->empty()) interval.to = fact.valid_to;
    if (!interval.from && !interval.to) return {};
    std::string iri = iris_.interval(interval.from, interval.to);
    intervals_.emplace(iri, interval);
    return rdf_iri_ref(iri);
  }

  // Records an instant to write; returns its <IRI>.
  std::string instant(const Date& date) {
    std::string iri = iris_.instant(date);
    instants_.emplace(iri, date);
    return rdf_iri_ref(iri);
  }

  void write_interval(const std::string& iri, const Interval& interval) {
    Block block{rdf_iri_ref(iri), {{"a", "time:Interval"}}};
    if (interval.from) block.add("time:hasBeginning", instant(*interval.from));
    if (interval.to) block.add("time:hasEnd", instant(*interval.to));
    emit(block);
  }

  void write_evidence(const std::string& iri, const Evidence& evidence) {
    Block block{rdf_iri_ref(iri), {{"a", "prov:Entity"}}};
    if (!evidence.sentence.empty()) block.add("prov:value", rdf_string_literal(evidence.sentence));
    block.add("prov:wasQuotedFrom", doc_term(evidence.doc_id));
    emit(block);
  }

  // Every document of the store, and every one evidence names without a Source.
  void write_documents(const Store& store) {
    std::map<std::string, const Source*> documents;
    for (const Source* source : store.sources()) documents.emplace(source->id, source);
    for (const auto& [iri, evidence] : evidence_) documents.emplace(evidence->doc_id, nullptr);
    for (const auto& [id, source] : documents) {
      Block block{doc_term(id), {{"a", "prov:Entity"}, {"a", "foaf:Document"}}};
      if (source != nullptr && !source->title.empty()) {
        block.add("dct:title", rdf_string_literal(source->title));
      }
      if (source != nullptr && !source->published.empty()) {
        block.add("dct:issued", typed_date(source->published));
      }
      if (source != nullptr && !source->url.empty()) {
        block.add("foaf:page", rdf_iri_ref(source->url));
      }
      emit(block);
    }
  }

  std::ostream& out_;
  export_detail::IriMinter iris_;
  std::map<std::string, Interval> intervals_;        // by IRI
  std::map<std::string, Date> instants_;             // by IRI
  std::map<std::string, const Evidence*> evidence_;  // by IRI
};

}  // namespace

void write_turtle(const Store& store, std::ostream& out, const ExportOptions& options) {
  TurtleWriter writer(out, options);
  try {
    writer.write(store);
    out.flush();
  } catch (const std::ios_base::failure&) {
    export_detail::throw_stream_error("Turtle");
  }
  export_detail::check_stream(out, "Turtle");
}

std::string to_turtle(const Store& store, const ExportOptions& options) {
  std::ostringstream out;
  write_turtle(store, out, options);
  return std::move(out).str();
}

}  // namespace orgkg

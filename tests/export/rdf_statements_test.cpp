// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The statement model shared by the Turtle, N-Triples and N-Quads writers is
// private to export/ (src/rdf_statements.hpp); it is tested directly because
// every RDF output is a rendering of it.
#include "rdf_statements.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "orgkg/export/ntriples.hpp"
#include "store_fixtures.hpp"
#include "turtle_escape.hpp"

using namespace orgkg;
using namespace orgkg::export_detail;

namespace {

constexpr const char* kBase = "https://w3id.org/orgkg/";
const std::string kGraph = std::string(kBase) + "graph/doc/";

// A statement copied out of the sink call (the model's terms are views).
struct OwnedTerm {
  Term::Kind kind = Term::Kind::Iri;
  std::string value;
  std::string datatype;
  std::string language;
  bool external = false;

  [[nodiscard]] bool is_iri() const noexcept { return kind == Term::Kind::Iri; }
  friend bool operator==(const OwnedTerm&, const OwnedTerm&) = default;
};

struct OwnedStatement {
  OwnedTerm subject;
  OwnedTerm predicate;
  OwnedTerm object;
  StatementRole role = StatementRole::Description;
  std::string graph;
  friend bool operator==(const OwnedStatement&, const OwnedStatement&) = default;
};

OwnedTerm own(const Term& term) {
  return {term.kind, std::string(term.value), std::string(term.datatype),
          std::string(term.language), term.external};
}

class Collector final : public StatementSink {
 public:
  void statement(const Statement& s) override {
    statements.push_back(
        {own(s.subject), own(s.predicate), own(s.object), s.role, std::string(s.graph)});
  }
  std::vector<OwnedStatement> statements;
};

std::vector<OwnedStatement> collect(const Store& store, GraphScope scope = GraphScope::All) {
  IriMinter iris{ExportOptions{}};
  Collector collector;
  for_each_statement(store, iris, scope, collector);
  return std::move(collector.statements);
}

}  // namespace

TEST_SUITE("rdf_statements") {
  TEST_CASE("every subject and predicate is an absolute IRI, never a blank node") {
    for (const OwnedStatement& s : collect(test::small_store())) {
      CAPTURE(s.subject.value);
      CAPTURE(s.predicate.value);
      CHECK(s.subject.is_iri());
      CHECK(s.predicate.is_iri());
      CHECK(has_scheme(s.subject.value));
      CHECK(has_scheme(s.predicate.value));
      if (s.object.is_iri()) CHECK(has_scheme(s.object.value));
      if (!s.object.is_iri() && !s.object.datatype.empty()) CHECK(has_scheme(s.object.datatype));
      if (!s.object.language.empty()) CHECK(s.object.datatype.empty());
      if (!s.graph.empty()) CHECK(s.graph.rfind(kGraph, 0) == 0);
    }
  }

  TEST_CASE("the default graph comes first, and is all the default scope hands over") {
    std::vector<OwnedStatement> all = collect(test::small_store());
    std::vector<OwnedStatement> defaults = collect(test::small_store(), GraphScope::Default);
    REQUIRE(defaults.size() < all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
      CAPTURE(i);
      if (i < defaults.size()) {
        CHECK(all[i] == defaults[i]);
        CHECK(all[i].graph.empty());
      } else {
        CHECK_FALSE(all[i].graph.empty());
      }
    }
  }

  TEST_CASE("a fact's direct triple is in the graph of every document stating it") {
    std::set<std::string> facts;
    std::map<std::string, std::vector<std::string>> graphs;  // fact -> named graphs
    for (const OwnedStatement& s : collect(test::small_store())) {
      if (s.role != StatementRole::Fact) continue;
      const std::string fact = s.subject.value + " " + s.object.value;
      if (s.graph.empty()) {
        facts.insert(fact);
      } else {
        CHECK(facts.count(fact) == 1);  // after its default-graph statement
        graphs[fact].push_back(s.graph);
      }
    }
    CHECK(facts.size() == 5);
    CHECK(graphs.size() == 5);
    for (const auto& [fact, in] : graphs) {
      CAPTURE(fact);
      if (fact.rfind(std::string(kBase) + "id/state/RUS ", 0) == 0) {
        CHECK(in == std::vector<std::string>{kGraph + "cica-2021", kGraph + "sco-2019"});
      } else {
        CHECK(in.size() == 1);
      }
    }
  }

  TEST_CASE("graph links end their named graph and live only there") {
    std::vector<OwnedStatement> statements = collect(test::small_store());
    std::set<std::string> linked;
    std::set<std::string> closed;  // graphs whose link was seen
    std::string previous_graph;
    for (std::size_t i = 0; i < statements.size(); ++i) {
      const OwnedStatement& s = statements[i];
      if (!s.graph.empty()) {
        CHECK(closed.count(s.graph) == 0);
        CHECK(previous_graph <= s.graph);  // graphs sorted by IRI
        previous_graph = s.graph;
      }
      if (s.role != StatementRole::GraphLink) continue;
      CHECK(s.graph == s.subject.value);
      CHECK(s.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom");
      CHECK((i + 1 == statements.size() || statements[i + 1].graph != s.graph));
      closed.insert(s.graph);
      linked.insert(s.object.value);
    }
    CHECK(linked == std::set<std::string>{std::string(kBase) + "id/doc/cica-2021",
                                          std::string(kBase) + "id/doc/sco-2019",
                                          std::string(kBase) + "id/doc/untracked"});
  }

  TEST_CASE("literals carry absolute datatypes and lower-case language tags") {
    std::set<std::string> datatypes;
    std::set<std::string> languages;
    for (const OwnedStatement& s : collect(test::small_store())) {
      if (s.object.is_iri()) continue;
      if (!s.object.datatype.empty()) datatypes.insert(s.object.datatype);
      if (!s.object.language.empty()) languages.insert(s.object.language);
    }
    const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
    CHECK(datatypes ==
          std::set<std::string>{xsd + "date", xsd + "gYear", xsd + "gYearMonth", xsd + "integer"});
    CHECK(languages == std::set<std::string>{"en"});
  }

  TEST_CASE("a document URL without a scheme is left out, not written relative") {
    Store store = test::small_store();
    store.add_source({"rel", "Relative", Date{2020}, "example.org/page", "", ""});
    std::string nt = to_ntriples(store);
    CHECK(nt.find("example.org/page") == std::string::npos);
    CHECK(nt.find("<https://w3id.org/orgkg/id/doc/rel> <http://purl.org/dc/terms/title> "
                  "\"Relative\" .\n") != std::string::npos);
  }

  TEST_CASE("only external IRIs may need escaping, minted ones are IRIREFs as they are") {
    // The writers copy non-external IRIs without escaping (Term::external).
    auto check_verbatim = [](const std::string& iri) {
      CAPTURE(iri);
      CHECK(rdf_iri_ref(iri) == "<" + iri + ">");
    };
    std::vector<Store> stores{test::small_store()};
    for (const auto& hostile : test::hostile_strings()) {
      stores.push_back(test::hostile_store(hostile.text));
    }
    std::size_t external = 0;
    for (const Store& store : stores) {
      for (const OwnedStatement& s : collect(store)) {
        for (const OwnedTerm* term : {&s.subject, &s.predicate, &s.object}) {
          if (term->is_iri() && !term->external) check_verbatim(term->value);
          if (!term->is_iri() && !term->datatype.empty()) check_verbatim(term->datatype);
          if (term->external) {
            ++external;
            CHECK(s.predicate.value == "http://xmlns.com/foaf/0.1/page");
          }
        }
        if (!s.graph.empty()) check_verbatim(s.graph);
      }
    }
    CHECK(external > 0);
  }

  TEST_CASE("is deterministic for hostile input too") {
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      Store store = test::hostile_store(hostile.text);
      CHECK(collect(store) == collect(Store(store)));
      CHECK(to_nquads(store) == to_nquads(test::hostile_store(hostile.text)));
    }
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The statement model shared by the Turtle, N-Triples and N-Quads writers is
// private to export/ (src/rdf_statements.hpp); it is tested directly because
// every RDF output is a rendering of it.
#include "rdf_statements.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "orgkg/export/ntriples.hpp"
#include "store_fixtures.hpp"

using namespace orgkg;
using namespace orgkg::export_detail;

namespace {

constexpr const char* kBase = "https://w3id.org/orgkg/";
const std::string kGraph = std::string(kBase) + "graph/doc/";

}  // namespace

TEST_SUITE("rdf_statements") {
  TEST_CASE("every subject and predicate is an absolute IRI, never a blank node") {
    IriMinter iris{ExportOptions{}};
    for (const Statement& s : rdf_statements(test::small_store(), iris)) {
      CAPTURE(s.subject.value);
      CAPTURE(s.predicate.value);
      CHECK(s.subject.is_iri());
      CHECK(s.predicate.is_iri());
      CHECK(has_scheme(s.subject.value));
      CHECK(has_scheme(s.predicate.value));
      if (s.object.is_iri()) CHECK(has_scheme(s.object.value));
      if (!s.object.is_iri() && !s.object.datatype.empty()) CHECK(has_scheme(s.object.datatype));
      if (!s.object.language.empty()) CHECK(s.object.datatype.empty());
    }
  }

  TEST_CASE("a fact's direct triple is in the graph of every document stating it") {
    IriMinter iris{ExportOptions{}};
    std::set<std::string> facts;
    for (const Statement& s : rdf_statements(test::small_store(), iris)) {
      if (s.role != StatementRole::Fact) continue;
      CHECK(s.in_default_graph());
      if (s.subject.value == std::string(kBase) + "id/state/RUS") {
        CHECK(s.graphs ==
              std::vector<std::string>{kGraph + "cica-2021", kGraph + "sco-2019"});
      } else {
        CHECK(s.graphs.size() == 1);
      }
      facts.insert(s.subject.value + " " + s.object.value);
    }
    CHECK(facts.size() == 5);
  }

  TEST_CASE("graph links come last and live only in their named graph") {
    IriMinter iris{ExportOptions{}};
    std::vector<Statement> statements = rdf_statements(test::small_store(), iris);
    REQUIRE(statements.size() >= 3);
    std::set<std::string> linked;
    for (std::size_t i = statements.size() - 3; i < statements.size(); ++i) {
      const Statement& link = statements[i];
      CHECK(link.role == StatementRole::GraphLink);
      CHECK_FALSE(link.in_default_graph());
      CHECK(link.graphs == std::vector<std::string>{link.subject.value});
      CHECK(link.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom");
      linked.insert(link.object.value);
    }
    CHECK(linked == std::set<std::string>{std::string(kBase) + "id/doc/cica-2021",
                                          std::string(kBase) + "id/doc/sco-2019",
                                          std::string(kBase) + "id/doc/untracked"});
  }

  TEST_CASE("literals carry absolute datatypes and lower-case language tags") {
    IriMinter iris{ExportOptions{}};
    std::set<std::string> datatypes;
    std::set<std::string> languages;
    for (const Statement& s : rdf_statements(test::small_store(), iris)) {
      if (s.object.is_iri()) continue;
      if (!s.object.datatype.empty()) datatypes.insert(s.object.datatype);
      if (!s.object.language.empty()) languages.insert(s.object.language);
    }
    const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
    CHECK(datatypes == std::set<std::string>{xsd + "date", xsd + "gYear", xsd + "gYearMonth",
                                             xsd + "integer"});
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

  TEST_CASE("is deterministic for hostile input too") {
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      IriMinter iris{ExportOptions{}};
      Store store = test::hostile_store(hostile.text);
      std::vector<Statement> first = rdf_statements(store, iris);
      std::vector<Statement> second = rdf_statements(Store(store), iris);
      REQUIRE(first.size() == second.size());
      for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].subject == second[i].subject);
        CHECK(first[i].predicate == second[i].predicate);
        CHECK(first[i].object == second[i].object);
        CHECK(first[i].graphs == second[i].graphs);
      }
      CHECK(to_nquads(store) == to_nquads(test::hostile_store(hostile.text)));
    }
  }
}

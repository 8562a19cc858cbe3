// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "orgkg/export/ntriples.hpp"
#include "orgkg/export/turtle.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/store.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"

using namespace orgkg;

namespace {

// One document stating one fact with a start date.
Store one_fact_store() {
  Store store;
  store.add_source({"sco-2019", "SCO \"Spirit\"", Date{2019, 6, 14}, "https://example.org/sco", "", ""});
  Triple fact = test::make_triple(test::make_state("IND", "India"), Relation::MemberOf,
                                  test::make_org("SCO", "Shanghai Cooperation Organisation"),
                                  {"sco-2019", Date{2017}, "India joined.", 0, 13, "join"});
  fact.valid_from = Date{2017, 6, 9};
  store.add(fact);
  return store;
}

constexpr const char* kOneFactTriples = R"nt(
<https://w3id.org/orgkg/def#Member> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Role> .
<https://w3id.org/orgkg/def#Member> <http://www.w3.org/2000/01/rdf-schema#label> "member"@en .
<https://w3id.org/orgkg/def#Member> <http://www.w3.org/ns/org#roleProperty> <http://www.w3.org/ns/org#memberOf> .
<https://w3id.org/orgkg/id/org/SCO> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#FormalOrganization> .
<https://w3id.org/orgkg/id/org/SCO> <http://www.w3.org/2000/01/rdf-schema#label> "SCO"@en .
<https://w3id.org/orgkg/id/org/SCO> <http://xmlns.com/foaf/0.1/name> "Shanghai Cooperation Organisation"@en .
<https://w3id.org/orgkg/id/org/SCO> <https://w3id.org/orgkg/def#acronym> "SCO" .
<https://w3id.org/orgkg/id/org/SCO> <http://www.w3.org/2004/02/skos/core#altLabel> "SCO" .
<https://w3id.org/orgkg/id/state/IND> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/orgkg/def#State> .
<https://w3id.org/orgkg/id/state/IND> <http://www.w3.org/2000/01/rdf-schema#label> "India"@en .
<https://w3id.org/orgkg/id/state/IND> <https://w3id.org/orgkg/def#iso3> "IND" .
<https://w3id.org/orgkg/id/state/IND> <http://www.w3.org/2004/02/skos/core#altLabel> "India" .
<https://w3id.org/orgkg/id/state/IND> <http://www.w3.org/ns/org#memberOf> <https://w3id.org/orgkg/id/org/SCO> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Membership> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/orgkg/id/state/IND> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <http://www.w3.org/ns/org#memberOf> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://w3id.org/orgkg/id/org/SCO> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/ns/org#member> <https://w3id.org/orgkg/id/state/IND> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/ns/org#organization> <https://w3id.org/orgkg/id/org/SCO> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/ns/org#role> <https://w3id.org/orgkg/def#Member> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/ns/org#memberDuring> <https://w3id.org/orgkg/id/interval/from-2017-06-09> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <https://w3id.org/orgkg/def#firstSeen> "2017"^^<http://www.w3.org/2001/XMLSchema#gYear> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <https://w3id.org/orgkg/def#lastSeen> "2017"^^<http://www.w3.org/2001/XMLSchema#gYear> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <https://w3id.org/orgkg/def#evidenceCount> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/orgkg/id/doc/sco-2019> .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_SCO> <https://w3id.org/orgkg/def#evidence> <https://w3id.org/orgkg/id/evidence/sco-2019/0-13> .
<https://w3id.org/orgkg/id/interval/from-2017-06-09> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2006/time#Interval> .
<https://w3id.org/orgkg/id/interval/from-2017-06-09> <http://www.w3.org/2006/time#hasBeginning> <https://w3id.org/orgkg/id/instant/2017-06-09> .
<https://w3id.org/orgkg/id/instant/2017-06-09> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2006/time#Instant> .
<https://w3id.org/orgkg/id/instant/2017-06-09> <http://www.w3.org/2006/time#inXSDDate> "2017-06-09"^^<http://www.w3.org/2001/XMLSchema#date> .
<https://w3id.org/orgkg/id/evidence/sco-2019/0-13> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Entity> .
<https://w3id.org/orgkg/id/evidence/sco-2019/0-13> <http://www.w3.org/ns/prov#value> "India joined." .
<https://w3id.org/orgkg/id/evidence/sco-2019/0-13> <http://www.w3.org/ns/prov#wasQuotedFrom> <https://w3id.org/orgkg/id/doc/sco-2019> .
<https://w3id.org/orgkg/id/doc/sco-2019> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Entity> .
<https://w3id.org/orgkg/id/doc/sco-2019> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Document> .
<https://w3id.org/orgkg/id/doc/sco-2019> <http://purl.org/dc/terms/title> "SCO \"Spirit\"" .
<https://w3id.org/orgkg/id/doc/sco-2019> <http://purl.org/dc/terms/issued> "2019-06-14"^^<http://www.w3.org/2001/XMLSchema#date> .
<https://w3id.org/orgkg/id/doc/sco-2019> <http://xmlns.com/foaf/0.1/page> <https://example.org/sco> .
)nt";

// The named graph N-Quads add after the default graph for one_fact_store().
constexpr const char* kOneFactNamedGraph = R"nq(
<https://w3id.org/orgkg/id/state/IND> <http://www.w3.org/ns/org#memberOf> <https://w3id.org/orgkg/id/org/SCO> <https://w3id.org/orgkg/graph/doc/sco-2019> .
<https://w3id.org/orgkg/id/evidence/sco-2019/0-13> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/prov#Entity> <https://w3id.org/orgkg/graph/doc/sco-2019> .
<https://w3id.org/orgkg/id/evidence/sco-2019/0-13> <http://www.w3.org/ns/prov#value> "India joined." <https://w3id.org/orgkg/graph/doc/sco-2019> .
<https://w3id.org/orgkg/id/evidence/sco-2019/0-13> <http://www.w3.org/ns/prov#wasQuotedFrom> <https://w3id.org/orgkg/id/doc/sco-2019> <https://w3id.org/orgkg/graph/doc/sco-2019> .
<https://w3id.org/orgkg/graph/doc/sco-2019> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/orgkg/id/doc/sco-2019> <https://w3id.org/orgkg/graph/doc/sco-2019> .
)nq";

// Triples in the Turtle of test::small_store() (turtle_writer_test.cpp), and
// the quads N-Quads add: 3 graphs, 5 direct triples (RUS memberOf SCO in two),
// 6 evidence nodes of 17 triples in all, 3 graph links.
constexpr std::size_t kSmallTripleCount = 142;
constexpr std::size_t kSmallNamedQuadCount = 6 + 17 + 3;
// test::hostile_store(): as in turtle_writer_test.cpp; one graph holding two
// direct triples, one evidence node (3 triples) and its link.
constexpr std::size_t kHostileTripleCount = 59;
constexpr std::size_t kHostileNamedQuadCount = 2 + 3 + 1;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The output of `command FILE` on `text` written to FILE; fails the test on a
// non-zero exit.
std::string run_on(const std::string& command, const std::string& text, const char* name) {
  test::TempDir dir;
  auto path = dir / name;
  test::write_text_file(path, text);
  auto result = test::run_command(command + " " + test::shell_quote(path.string()));
  CAPTURE(result.output);
  CHECK(result.exit_code == 0);
  return result.output;
}

// Statements serdi reads (`syntax` is ntriples or nquads), one line each.
std::size_t serdi_count(const std::string& serdi, const std::string& syntax, const std::string& text) {
  std::string lines = run_on(test::shell_quote(serdi) + " -q -i " + syntax + " -o " + syntax, text,
                             syntax == "nquads" ? "out.nq" : "out.nt");
  return static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
}

// Statements rapper reads, from its "returned N triples" report.
std::size_t rapper_count(const std::string& rapper, const std::string& syntax, const std::string& text) {
  std::string output = run_on(test::shell_quote(rapper) + " -i " + syntax + " -c", text,
                              syntax == "nquads" ? "out.nq" : "out.nt");
  std::string marker = "Parsing returned ";
  std::size_t at = output.find(marker);
  REQUIRE_MESSAGE(at != std::string::npos, output);
  return std::stoul(output.substr(at + marker.size()));
}

}  // namespace

TEST_SUITE("ntriples_writer") {
  TEST_CASE("writes one line per statement, every IRI in full") {
    CHECK(to_ntriples(one_fact_store()) == std::string(kOneFactTriples + 1));
  }

  TEST_CASE("N-Quads add each document's named graph after the default graph") {
    CHECK(to_nquads(one_fact_store()) ==
          std::string(kOneFactTriples + 1) + std::string(kOneFactNamedGraph + 1));
  }

  TEST_CASE("holds exactly the statements of the Turtle output") {
    std::vector<std::string> lines = lines_of(to_ntriples(test::small_store()));
    CHECK(lines.size() == kSmallTripleCount);
    CHECK(std::set<std::string>(lines.begin(), lines.end()).size() == kSmallTripleCount);
    for (const std::string& line : lines) {
      CAPTURE(line);
      CHECK(line.substr(0, 1) == "<");
      CHECK(line.substr(line.size() - 2) == " .");
      CHECK(line.find("_:") == std::string::npos);
    }
  }

  TEST_CASE("a fact stated by two documents is in both their graphs") {
    std::string nquads = to_nquads(test::small_store());
    std::vector<std::string> lines = lines_of(nquads);
    CHECK(lines.size() == kSmallTripleCount + kSmallNamedQuadCount);
    const std::string direct =
        "<https://w3id.org/orgkg/id/state/RUS> <http://www.w3.org/ns/org#memberOf> "
        "<https://w3id.org/orgkg/id/org/SCO> ";
    for (const char* doc : {"cica-2021", "sco-2019"}) {
      CAPTURE(doc);
      CHECK(nquads.find(direct + "<https://w3id.org/orgkg/graph/doc/" + doc + "> .\n") !=
            std::string::npos);
    }
    CHECK(nquads.find("<https://w3id.org/orgkg/graph/doc/untracked> .\n") != std::string::npos);
    // The default graph comes first and equals the N-Triples.
    CHECK(nquads.substr(0, to_ntriples(test::small_store()).size()) ==
          to_ntriples(test::small_store()));
  }

  TEST_CASE("mints every IRI under the configured base") {
    ExportOptions options;
    options.base_iri = "urn:x-orgkg:test#";
    std::string nquads = to_nquads(test::small_store(), options);
    CHECK(nquads.find("<urn:x-orgkg:test#def/Member>") != std::string::npos);
    CHECK(nquads.find("<urn:x-orgkg:test#graph/doc/sco-2019> .\n") != std::string::npos);
    CHECK(nquads.find("w3id.org") == std::string::npos);
  }

  TEST_CASE("rejects an invalid base IRI before writing anything") {
    ExportOptions options;
    options.base_iri = "https://example.org/kg";
    std::ostringstream out;
    CHECK_THROWS_AS(write_ntriples(test::small_store(), out, options), Error);
    CHECK_THROWS_AS(write_nquads(test::small_store(), out, options), Error);
    CHECK(out.str().empty());
  }

  TEST_CASE("is deterministic") {
    Store store = test::small_store();
    CHECK(to_nquads(store) == to_nquads(store));
    CHECK(to_nquads(Store(store)) == to_nquads(store));
    Store merged;
    merged.merge(store);
    CHECK(to_ntriples(merged) == to_ntriples(store));
    CHECK(to_nquads(merged) == to_nquads(store));
  }

  TEST_CASE("hostile strings never break a line") {
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      Store store = test::hostile_store(hostile.text);
      CHECK(lines_of(to_ntriples(store)).size() == kHostileTripleCount);
      CHECK(lines_of(to_nquads(store)).size() == kHostileTripleCount + kHostileNamedQuadCount);
    }
  }

  TEST_CASE("serdi reads every statement") {
    auto serdi = test::find_program("serdi");
    if (!serdi) {
      MESSAGE("skipped: serdi not found");
      return;
    }
    Store small = test::small_store();
    CHECK(serdi_count(serdi->string(), "ntriples", to_ntriples(small)) == kSmallTripleCount);
    CHECK(serdi_count(serdi->string(), "nquads", to_nquads(small)) ==
          kSmallTripleCount + kSmallNamedQuadCount);
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      Store store = test::hostile_store(hostile.text);
      CHECK(serdi_count(serdi->string(), "ntriples", to_ntriples(store)) == kHostileTripleCount);
      CHECK(serdi_count(serdi->string(), "nquads", to_nquads(store)) ==
            kHostileTripleCount + kHostileNamedQuadCount);
    }
  }

  TEST_CASE("rapper reads every statement") {
    auto rapper = test::find_program("rapper");
    if (!rapper) {
      MESSAGE("skipped: rapper not found");
      return;
    }
    Store small = test::small_store();
    CHECK(rapper_count(rapper->string(), "ntriples", to_ntriples(small)) == kSmallTripleCount);
    CHECK(rapper_count(rapper->string(), "nquads", to_nquads(small)) ==
          kSmallTripleCount + kSmallNamedQuadCount);
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      Store store = test::hostile_store(hostile.text);
      CHECK(rapper_count(rapper->string(), "ntriples", to_ntriples(store)) == kHostileTripleCount);
      CHECK(rapper_count(rapper->string(), "nquads", to_nquads(store)) ==
            kHostileTripleCount + kHostileNamedQuadCount);
    }
  }

  TEST_CASE("serdi reads the same statements from the Turtle and the N-Triples") {
    auto serdi = test::find_program("serdi");
    if (!serdi) {
      MESSAGE("skipped: serdi not found");
      return;
    }
    auto normalised = [&](const std::string& syntax, const std::string& text, const char* name) {
      std::vector<std::string> lines = lines_of(run_on(
          test::shell_quote(serdi->string()) + " -q -i " + syntax + " -o ntriples", text, name));
      std::sort(lines.begin(), lines.end());
      return lines;
    };
    for (const Store& store : {test::small_store(), test::hostile_store("a\"b\\c\n\xF0\x9F\x8C\x8D\xFF")}) {
      CHECK(normalised("turtle", to_turtle(store), "out.ttl") ==
            normalised("ntriples", to_ntriples(store), "out.nt"));
    }
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "orgkg/export/turtle.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/store.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"

using namespace orgkg;

namespace {

// The Turtle of test::small_store() under the default base IRI, byte for byte.
// 142 triples (counted by hand: 13 vocabulary, 26 entities, 64 facts, 5 intervals,
// 6 instants, 17 evidence, 11 documents).
constexpr const char* kSmallTurtle = R"ttl(
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix orgkg: <https://w3id.org/orgkg/def#> .
@prefix state: <https://w3id.org/orgkg/id/state/> .
@prefix organisation: <https://w3id.org/orgkg/id/org/> .
@prefix city: <https://w3id.org/orgkg/id/city/> .
@prefix other: <https://w3id.org/orgkg/id/other/> .
@prefix doc: <https://w3id.org/orgkg/id/doc/> .

orgkg:Member
    a org:Role ;
    rdfs:label "member"@en ;
    org:roleProperty org:memberOf .

orgkg:observerOf
    a rdf:Property ;
    rdfs:label "observer of"@en .

orgkg:Observer
    a org:Role ;
    rdfs:label "observer"@en ;
    org:roleProperty orgkg:observerOf .

orgkg:headquarteredIn
    a rdf:Property ;
    rdfs:label "headquartered in"@en .

orgkg:cooperatesWith
    a owl:SymmetricProperty ;
    rdfs:subPropertyOf org:linkedTo ;
    rdfs:label "cooperates with"@en .

city:Astana
    a orgkg:City ;
    rdfs:label "Astana"@en ;
    skos:altLabel "Astana" ;
    skos:altLabel "Nur-Sultan" .

organisation:CICA
    a org:FormalOrganization ;
    rdfs:label "CICA"@en ;
    foaf:name "Conference on Interaction and Confidence-Building Measures in Asia"@en ;
    orgkg:acronym "CICA" ;
    skos:altLabel "CICA" .

organisation:SCO
    a org:FormalOrganization ;
    rdfs:label "SCO"@en ;
    foaf:name "Shanghai Cooperation Organisation"@en ;
    orgkg:acronym "SCO" ;
    skos:altLabel "SCO" ;
    skos:exactMatch wd:Q485207 .

state:IND
    a orgkg:State ;
    rdfs:label "India"@en ;
    orgkg:iso3 "IND" ;
    skos:altLabel "India" .

state:RUS
    a orgkg:State ;
    rdfs:label "Russia"@en ;
    foaf:name "Russian Federation"@en ;
    orgkg:iso3 "RUS" ;
    skos:altLabel "Russia" ;
    skos:altLabel "Russian Federation" ;
    skos:exactMatch wd:Q159 .

organisation:CICA orgkg:headquarteredIn city:Astana .
<https://w3id.org/orgkg/id/membership/org_CICA/headquartered_in/city_Astana>
    a rdf:Statement ;
    rdf:subject organisation:CICA ;
    rdf:predicate orgkg:headquarteredIn ;
    rdf:object city:Astana ;
    orgkg:firstSeen "2021-10-12"^^xsd:date ;
    orgkg:lastSeen "2021-10-12"^^xsd:date ;
    orgkg:evidenceCount 1 ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/doc/cica-2021> ;
    orgkg:evidence <https://w3id.org/orgkg/id/evidence/cica-2021/30-59> .

organisation:CICA orgkg:cooperatesWith organisation:SCO .
<https://w3id.org/orgkg/id/membership/org_CICA/cooperates_with/org_SCO>
    a rdf:Statement ;
    rdf:subject organisation:CICA ;
    rdf:predicate orgkg:cooperatesWith ;
    rdf:object organisation:SCO ;
    orgkg:firstSeen "2021-10-12"^^xsd:date ;
    orgkg:lastSeen "2021-10-12"^^xsd:date ;
    orgkg:evidenceCount 1 ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/doc/cica-2021> ;
    orgkg:evidence <https://w3id.org/orgkg/id/evidence/cica-2021/60-90> .

state:IND org:memberOf organisation:CICA .
<https://w3id.org/orgkg/id/membership/state_IND/member_of/org_CICA>
    a rdf:Statement ;
    a org:Membership ;
    rdf:subject state:IND ;
    rdf:predicate org:memberOf ;
    rdf:object organisation:CICA ;
    org:member state:IND ;
    org:organization organisation:CICA ;
    org:role orgkg:Member ;
    orgkg:evidenceCount 1 ;
    prov:wasDerivedFrom doc:untracked ;
    orgkg:evidence <https://w3id.org/orgkg/id/evidence/untracked/scbf29ce484222325> .

state:IND orgkg:observerOf organisation:SCO .
<https://w3id.org/orgkg/id/membership/state_IND/observer_of/org_SCO>
    a rdf:Statement ;
    a org:Membership ;
    rdf:subject state:IND ;
    rdf:predicate orgkg:observerOf ;
    rdf:object organisation:SCO ;
    org:member state:IND ;
    org:organization organisation:SCO ;
    org:role orgkg:Observer ;
    org:memberDuring <https://w3id.org/orgkg/id/interval/from-2005-to-2017-06> ;
    orgkg:firstSeen "2005"^^xsd:gYear ;
    orgkg:lastSeen "2005"^^xsd:gYear ;
    orgkg:evidenceCount 1 ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/doc/sco-2019> ;
    orgkg:evidence <https://w3id.org/orgkg/id/evidence/sco-2019/60-86> .

state:RUS org:memberOf organisation:SCO .
<https://w3id.org/orgkg/id/membership/state_RUS/member_of/org_SCO>
    a rdf:Statement ;
    a org:Membership ;
    rdf:subject state:RUS ;
    rdf:predicate org:memberOf ;
    rdf:object organisation:SCO ;
    org:member state:RUS ;
    org:organization organisation:SCO ;
    org:role orgkg:Member ;
    org:memberDuring <https://w3id.org/orgkg/id/interval/from-2001-06-15> ;
    orgkg:firstSeen "2001"^^xsd:gYear ;
    orgkg:lastSeen "2021-10-12"^^xsd:date ;
    orgkg:evidenceCount 2 ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/doc/cica-2021> ;
    prov:wasDerivedFrom <https://w3id.org/orgkg/id/doc/sco-2019> ;
    orgkg:evidence <https://w3id.org/orgkg/id/evidence/cica-2021/0-27> ;
    orgkg:evidence <https://w3id.org/orgkg/id/evidence/sco-2019/10-52> .

<https://w3id.org/orgkg/id/interval/from-2001-06-15>
    a time:Interval ;
    time:hasBeginning <https://w3id.org/orgkg/id/instant/2001-06-15> .

<https://w3id.org/orgkg/id/interval/from-2005-to-2017-06>
    a time:Interval ;
    time:hasBeginning <https://w3id.org/orgkg/id/instant/2005> ;
    time:hasEnd <https://w3id.org/orgkg/id/instant/2017-06> .

<https://w3id.org/orgkg/id/instant/2001-06-15>
    a time:Instant ;
    time:inXSDDate "2001-06-15"^^xsd:date .

<https://w3id.org/orgkg/id/instant/2005>
    a time:Instant ;
    time:inXSDgYear "2005"^^xsd:gYear .

<https://w3id.org/orgkg/id/instant/2017-06>
    a time:Instant ;
    time:inXSDgYearMonth "2017-06"^^xsd:gYearMonth .

<https://w3id.org/orgkg/id/evidence/cica-2021/0-27>
    a prov:Entity ;
    prov:value "SCO members: Russia, India." ;
    prov:wasQuotedFrom <https://w3id.org/orgkg/id/doc/cica-2021> .

<https://w3id.org/orgkg/id/evidence/cica-2021/30-59>
    a prov:Entity ;
    prov:value "The Secretariat is in Astana." ;
    prov:wasQuotedFrom <https://w3id.org/orgkg/id/doc/cica-2021> .

<https://w3id.org/orgkg/id/evidence/cica-2021/60-90>
    a prov:Entity ;
    prov:value "Ties between the SCO and CICA." ;
    prov:wasQuotedFrom <https://w3id.org/orgkg/id/doc/cica-2021> .

<https://w3id.org/orgkg/id/evidence/sco-2019/10-52>
    a prov:Entity ;
    prov:value "Russia is a founding member & full member." ;
    prov:wasQuotedFrom <https://w3id.org/orgkg/id/doc/sco-2019> .

<https://w3id.org/orgkg/id/evidence/sco-2019/60-86>
    a prov:Entity ;
    prov:value "India had observer status." ;
    prov:wasQuotedFrom <https://w3id.org/orgkg/id/doc/sco-2019> .

<https://w3id.org/orgkg/id/evidence/untracked/scbf29ce484222325>
    a prov:Entity ;
    prov:wasQuotedFrom doc:untracked .

<https://w3id.org/orgkg/id/doc/cica-2021>
    a prov:Entity ;
    a foaf:Document ;
    dct:title "CICA at a glance" ;
    dct:issued "2021-10-12"^^xsd:date ;
    foaf:page <https://example.org/cica?a=1&b=2> .

<https://w3id.org/orgkg/id/doc/sco-2019>
    a prov:Entity ;
    a foaf:Document ;
    dct:title "SCO \"Shanghai Spirit\"" ;
    dct:issued "2019-06"^^xsd:gYearMonth .

doc:untracked
    a prov:Entity ;
    a foaf:Document .

)ttl";

constexpr std::size_t kSmallTripleCount = 142;
// A hostile store: 7 vocabulary, 15 entities, 25 facts, 2 interval, 2 instant,
// 3 evidence and 5 document triples.
constexpr std::size_t kHostileTripleCount = 59;

// Runs `command FILE`; returns its output, failing the test on a non-zero exit.
std::string run_on(const std::string& command, const std::string& turtle) {
  test::TempDir dir;
  auto path = dir / "out.ttl";
  test::write_text_file(path, turtle);
  auto result = test::run_command(command + " " + test::shell_quote(path.string()));
  CAPTURE(result.output);
  CHECK(result.exit_code == 0);
  return result.output;
}

// Triples serdi reads from `turtle` (one N-Triples line each).
std::size_t serdi_count(const std::string& serdi, const std::string& turtle) {
  std::string lines = run_on(test::shell_quote(serdi) + " -q -i turtle -o ntriples", turtle);
  return static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
}

// Triples rapper reads from `turtle`, from its "returned N triples" report.
std::size_t rapper_count(const std::string& rapper, const std::string& turtle) {
  std::string output = run_on(test::shell_quote(rapper) + " -i turtle -c", turtle);
  std::string marker = "Parsing returned ";
  std::size_t at = output.find(marker);
  REQUIRE_MESSAGE(at != std::string::npos, output);
  return std::stoul(output.substr(at + marker.size()));
}

}  // namespace

TEST_SUITE("turtle_writer") {
  TEST_CASE("writes the documented shape for a small store") {
    CHECK(to_turtle(test::small_store()) == std::string(kSmallTurtle + 1));
  }

  TEST_CASE("mints every IRI under the configured base") {
    ExportOptions options;
    options.base_iri = "http://example.org/kg/";
    std::string turtle = to_turtle(test::small_store(), options);
    CHECK(turtle.find("@prefix orgkg: <http://example.org/kg/def#> .\n") != std::string::npos);
    CHECK(turtle.find("@prefix state: <http://example.org/kg/id/state/> .\n") != std::string::npos);
    CHECK(turtle.find("<http://example.org/kg/id/membership/state_RUS/member_of/org_SCO>") !=
          std::string::npos);
    CHECK(turtle.find("w3id.org") == std::string::npos);
  }

  TEST_CASE("a base ending with '#' puts the vocabulary under def/") {
    ExportOptions options;
    options.base_iri = "urn:x-orgkg:test#";
    std::string turtle = to_turtle(test::small_store(), options);
    CHECK(turtle.find("@prefix orgkg: <urn:x-orgkg:test#def/> .\n") != std::string::npos);
    CHECK(turtle.find("@prefix doc: <urn:x-orgkg:test#id/doc/> .\n") != std::string::npos);
  }

  TEST_CASE("rejects an invalid base IRI before writing anything") {
    for (const char* base :
         {"", "https://example.org/kg", "example.org/", "/relative/", "https://example.org/a b/",
          "https://example.org/#x#", "https://example.org/<x>/", "1http://example.org/"}) {
      CAPTURE(base);
      ExportOptions options;
      options.base_iri = base;
      std::ostringstream out;
      CHECK_THROWS_AS(write_turtle(test::small_store(), out, options), Error);
      CHECK(out.str().empty());
    }
  }

  TEST_CASE("hostile strings are escaped in literals and percent-encoded in IRIs") {
    using namespace std::string_literals;
    struct Row {
      std::string input;
      std::string label;  // the rdfs:label literal of the state
      std::string iri;    // the state's IRI
    };
    const std::string state = "https://w3id.org/orgkg/id/state/X";
    const Row rows[] = {
        {"<&>\"'", R"("L<&>\"'"@en)", "<" + state + "%3C%26%3E%22%27>"},
        {"a\nb\0c"s, R"("La\nb\u0000c"@en)", "<" + state + "a%0Ab%00c>"},
        {"a b", R"("La b"@en)", "<" + state + "a%20b>"},
        {"\xFF", "\"L\xEF\xBF\xBD\"@en", "<" + state + "%FF>"},
        {"Кр", "\"LКр\"@en", "<" + state + "%D0%9A%D1%80>"},
        {"_9", R"("L_9"@en)", "state:X_9"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.input);
      std::string turtle = to_turtle(test::hostile_store(row.input));
      CHECK(turtle.find("\n" + row.iri + "\n    a orgkg:State ;\n    rdfs:label " + row.label +
                        " ;\n") != std::string::npos);
    }
  }

  TEST_CASE("is deterministic") {
    Store store = test::small_store();
    CHECK(to_turtle(store) == to_turtle(store));
    CHECK(to_turtle(Store(store)) == to_turtle(store));
    Store merged;
    merged.merge(store);
    CHECK(to_turtle(merged) == to_turtle(store));
  }

  TEST_CASE("serdi reads every triple") {
    auto serdi = test::find_program("serdi");
    if (!serdi) {
      MESSAGE("skipped: serdi not found");
      return;
    }
    CHECK(serdi_count(serdi->string(), to_turtle(test::small_store())) == kSmallTripleCount);
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      CHECK(serdi_count(serdi->string(), to_turtle(test::hostile_store(hostile.text))) ==
            kHostileTripleCount);
    }
  }

  TEST_CASE("rapper reads every triple") {
    auto rapper = test::find_program("rapper");
    if (!rapper) {
      MESSAGE("skipped: rapper not found");
      return;
    }
    CHECK(rapper_count(rapper->string(), to_turtle(test::small_store())) == kSmallTripleCount);
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      CHECK(rapper_count(rapper->string(), to_turtle(test::hostile_store(hostile.text))) ==
            kHostileTripleCount);
    }
  }
}

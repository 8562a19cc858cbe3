// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "graphml_parse.hpp"
#include "orgkg/export/graphml.hpp"
#include "orgkg/graph/store.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"

using namespace orgkg;
using orgkg::test::parse_graphml;
using orgkg::test::ParsedGraph;

namespace {

// The GraphML of test::small_store(), byte for byte.
constexpr const char* kSmallGraphml = R"(
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="acronym" for="node" attr.name="acronym" attr.type="string"/>
  <key id="iso3" for="node" attr.name="iso3" attr.type="string"/>
  <key id="wikidata" for="node" attr.name="wikidata" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="edgelabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="evidence_count" for="edge" attr.name="evidence_count" attr.type="int"/>
  <key id="first_seen" for="edge" attr.name="first_seen" attr.type="string"/>
  <key id="last_seen" for="edge" attr.name="last_seen" attr.type="string"/>
  <key id="valid_from" for="edge" attr.name="valid_from" attr.type="string"/>
  <key id="valid_to" for="edge" attr.name="valid_to" attr.type="string"/>
  <key id="start_year" for="edge" attr.name="start_year" attr.type="int"/>
  <key id="end_year" for="edge" attr.name="end_year" attr.type="int"/>
  <key id="sources" for="edge" attr.name="sources" attr.type="string"/>
  <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
  <key id="conflict" for="edge" attr.name="conflict" attr.type="boolean"/>
  <graph id="G" edgedefault="directed">
    <node id="city_Astana">
      <data key="label">Astana</data>
      <data key="kind">city</data>
      <data key="aliases">Astana|Nur-Sultan</data>
    </node>
    <node id="org_CICA">
      <data key="label">CICA</data>
      <data key="kind">organisation</data>
      <data key="name">Conference on Interaction and Confidence-Building Measures in Asia</data>
      <data key="acronym">CICA</data>
      <data key="aliases">CICA</data>
    </node>
    <node id="org_SCO">
      <data key="label">SCO</data>
      <data key="kind">organisation</data>
      <data key="name">Shanghai Cooperation Organisation</data>
      <data key="acronym">SCO</data>
      <data key="wikidata">Q485207</data>
      <data key="aliases">SCO</data>
    </node>
    <node id="state_IND">
      <data key="label">India</data>
      <data key="kind">state</data>
      <data key="iso3">IND</data>
      <data key="aliases">India</data>
    </node>
    <node id="state_RUS">
      <data key="label">Russia</data>
      <data key="kind">state</data>
      <data key="name">Russian Federation</data>
      <data key="iso3">RUS</data>
      <data key="wikidata">Q159</data>
      <data key="aliases">Russia|Russian Federation</data>
    </node>
    <edge id="e0" source="org_CICA" target="city_Astana">
      <data key="relation">headquartered_in</data>
      <data key="edgelabel">headquartered_in</data>
      <data key="weight">1.0</data>
      <data key="evidence_count">1</data>
      <data key="first_seen">2021-10-12</data>
      <data key="last_seen">2021-10-12</data>
      <data key="start_year">2021</data>
      <data key="sources">cica-2021</data>
      <data key="symmetric">false</data>
      <data key="conflict">false</data>
    </edge>
    <edge id="e1" source="org_CICA" target="org_SCO">
      <data key="relation">cooperates_with</data>
      <data key="edgelabel">cooperates_with</data>
      <data key="weight">1.0</data>
      <data key="evidence_count">1</data>
      <data key="first_seen">2021-10-12</data>
      <data key="last_seen">2021-10-12</data>
      <data key="start_year">2021</data>
      <data key="sources">cica-2021</data>
      <data key="symmetric">true</data>
      <data key="conflict">false</data>
    </edge>
    <edge id="e2" source="state_IND" target="org_CICA">
      <data key="relation">member_of</data>
      <data key="edgelabel">member_of</data>
      <data key="weight">1.0</data>
      <data key="evidence_count">1</data>
      <data key="sources">untracked</data>
      <data key="symmetric">false</data>
      <data key="conflict">false</data>
    </edge>
    <edge id="e3" source="state_IND" target="org_SCO">
      <data key="relation">observer_of</data>
      <data key="edgelabel">observer_of</data>
      <data key="weight">1.0</data>
      <data key="evidence_count">1</data>
      <data key="first_seen">2005</data>
      <data key="last_seen">2005</data>
      <data key="valid_from">2005</data>
      <data key="valid_to">2017-06</data>
      <data key="start_year">2005</data>
      <data key="end_year">2017</data>
      <data key="sources">sco-2019</data>
      <data key="symmetric">false</data>
      <data key="conflict">false</data>
    </edge>
    <edge id="e4" source="state_RUS" target="org_SCO">
      <data key="relation">member_of</data>
      <data key="edgelabel">member_of</data>
      <data key="weight">2.0</data>
      <data key="evidence_count">2</data>
      <data key="first_seen">2001</data>
      <data key="last_seen">2021-10-12</data>
      <data key="valid_from">2001-06-15</data>
      <data key="start_year">2001</data>
      <data key="sources">cica-2021|sco-2019</data>
      <data key="symmetric">false</data>
      <data key="conflict">false</data>
    </edge>
  </graph>
</graphml>
)";

}  // namespace

TEST_SUITE("graphml_writer") {
  TEST_CASE("writes the documented shape for a small store") {
    CHECK(to_graphml(test::small_store()) == std::string(kSmallGraphml + 1));
  }

  TEST_CASE("declares keys as CONVENTIONS section 4 requires") {
    ParsedGraph graph = parse_graphml(to_graphml(test::small_store()));
    const std::set<std::string> types = {"boolean", "int", "long", "float", "double", "string"};
    std::set<std::string> ids;
    std::map<std::string, std::string> edge_types;
    for (const auto& key : graph.keys) {
      CAPTURE(key.at("id"));
      CHECK(ids.insert(key.at("id")).second);
      CHECK(key.at("id") != "id");
      CHECK((key.at("for") == "node" || key.at("for") == "edge"));
      CHECK(types.count(key.at("attr.type")) == 1);
      CHECK(key.at("attr.name").find(' ') == std::string::npos);
      if (key.at("for") == "edge") edge_types[key.at("attr.name")] = key.at("attr.type");
    }
    CHECK(graph.defaults == 0);
    CHECK(graph.empty_data == 0);
    CHECK(graph.edgedefault == "directed");
    CHECK(edge_types == std::map<std::string, std::string>{{"relation", "string"},
                                                           {"label", "string"},
                                                           {"weight", "double"},
                                                           {"evidence_count", "int"},
                                                           {"first_seen", "string"},
                                                           {"last_seen", "string"},
                                                           {"valid_from", "string"},
                                                           {"valid_to", "string"},
                                                           {"start_year", "int"},
                                                           {"end_year", "int"},
                                                           {"sources", "string"},
                                                           {"symmetric", "boolean"},
                                                           {"conflict", "boolean"}});
    CHECK(graph.nodes.size() == 5);
    CHECK(graph.edges.size() == 5);
    for (const auto& edge : graph.edges) {
      CHECK(edge.at("@directed").empty());
      CHECK(edge.at("relation") == edge.at("edgelabel"));
    }
  }

  TEST_CASE("writes a symmetric fact once, from the smaller node id") {
    ParsedGraph graph = parse_graphml(to_graphml(test::small_store()));
    int symmetric = 0;
    for (const auto& edge : graph.edges) {
      if (edge.at("symmetric") != "true") continue;
      ++symmetric;
      CHECK(edge.at("relation") == "cooperates_with");
      CHECK(edge.at("@source") == "org_CICA");
      CHECK(edge.at("@target") == "org_SCO");
    }
    CHECK(symmetric == 1);
  }

  TEST_CASE("output does not depend on insertion order or copying") {
    Store store = test::small_store();
    Store reversed;
    std::vector<const Fact*> facts = store.facts();
    for (auto it = facts.rbegin(); it != facts.rend(); ++it) {
      for (const EvidenceView item : (*it)->evidence) {
        Triple triple;
        triple.subject = *store.find_entity((*it)->object);  // symmetric facts flip
        triple.object = *store.find_entity((*it)->subject);
        if (!is_symmetric((*it)->relation)) std::swap(triple.subject, triple.object);
        triple.relation = (*it)->relation;
        triple.valid_from = (*it)->valid_from;
        triple.valid_to = (*it)->valid_to;
        triple.evidence = item.to_evidence();
        reversed.add(triple);
      }
    }
    for (const Source* source : store.sources()) reversed.add_source(*source);
    CHECK(to_graphml(reversed) == to_graphml(store));
    CHECK(to_graphml(Store(store)) == to_graphml(store));
  }

  TEST_CASE("hostile strings come back from a parser as legal XML text") {
    using namespace std::string_literals;
    struct Row {
      const char* name;
      std::string input;
      std::string expected;  // what an XML parser reads back
    };
    const Row rows[] = {
        {"markup and quotes", "<a href=\"x\">&amp; 'q'</a>", "<a href=\"x\">&amp; 'q'</a>"},
        {"newline, CR and tab", "1\n2\r\n\t3", "1\n2\r\n\t3"},
        {"NUL and C0 controls are dropped",
         "a\0b\x01\x07\x1b\x1f"
         "c"s,
         "abc"},
        {"DEL is legal XML",
         "a\x7f"
         "b",
         "a\x7f"
         "b"},
        {"non-ASCII", "Côte d’Ivoire — Кыргызстан 中国", "Côte d’Ivoire — Кыргызстан 中国"},
        {"non-BMP", "\xF0\x9F\x8C\x8D", "\xF0\x9F\x8C\x8D"},
        {"U+FFFE and U+FFFF are dropped",
         "a\xEF\xBF\xBE"
         "b\xEF\xBF\xBF"
         "c",
         "abc"},
        {"invalid UTF-8 becomes U+FFFD", "x\xC3\x28\xFF", "x\xEF\xBF\xBD(\xEF\xBF\xBD"},
        {"a surrogate becomes U+FFFD", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"IRI with a space", "https://example.org/a b", "https://example.org/a b"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.name);
      Store store = test::hostile_store(row.input);
      ParsedGraph graph = parse_graphml(to_graphml(store));
      std::string state_id = node_id(EntityKind::State, "X" + row.input);
      REQUIRE(graph.nodes.count(state_id) == 1);
      const auto& node = graph.nodes.at(state_id);
      CHECK(node.at("label") == "L" + row.expected);
      CHECK(node.at("name") == "N" + row.expected);
      CHECK(node.at("wikidata") == "Q" + row.expected);
      CHECK(node.at("aliases") == "A" + row.expected + "|L" + row.expected);
      REQUIRE(graph.edges.size() == 2);
      CHECK(graph.edges[0].at("sources") == "D" + row.expected);
    }
  }

  TEST_CASE("validates against the GraphML schema with xmllint") {
    std::string schema = std::string(ORGKG_SHARED_DIR) + "/schemas/graphml.xsd";
    auto xmllint = test::find_program("xmllint");
    if (!std::filesystem::exists(schema) || !xmllint) {
      MESSAGE("skipped: needs xmllint and " << schema);
      return;
    }
    test::TempDir dir;
    std::vector<std::pair<std::string, Store>> cases;
    cases.emplace_back("small store", test::small_store());
    cases.emplace_back("empty store", Store());
    for (const auto& hostile : test::hostile_strings()) {
      cases.emplace_back(hostile.name, test::hostile_store(hostile.text));
    }
    for (const auto& [name, store] : cases) {
      CAPTURE(name);
      auto path = dir / "out.graphml";
      test::write_text_file(path, to_graphml(store));
      auto result =
          test::run_command(test::shell_quote(xmllint->string()) + " --noout --schema " +
                            test::shell_quote(schema) + " " + test::shell_quote(path.string()));
      CAPTURE(result.output);
      CHECK(result.exit_code == 0);
      CHECK(result.output.find("validates") != std::string::npos);
    }
  }

  TEST_CASE("NetworkX reads nodes, edges and typed attributes") {
    test::TempDir dir;
    auto path = dir / "small.graphml";
    test::write_text_file(path, to_graphml(test::small_store()));
    std::optional<test::CommandResult> dump = test::networkx_dump(path);
    if (!dump) {
      MESSAGE("skipped: needs /usr/bin/python3 with networkx");
      return;
    }
    const test::CommandResult& result = *dump;
    CAPTURE(result.output);
    REQUIRE(result.exit_code == 0);
    for (const char* line : {
             "DiGraph 5 5\n",
             "node state_RUS label str Russia\n",
             "node state_RUS aliases str Russia|Russian Federation\n",
             "node org_SCO wikidata str Q485207\n",
             "node city_Astana kind str city\n",
             "edge state_RUS org_SCO weight float 2.0\n",
             "edge state_RUS org_SCO evidence_count int 2\n",
             "edge state_RUS org_SCO start_year int 2001\n",
             "edge state_RUS org_SCO valid_from str 2001-06-15\n",
             "edge state_RUS org_SCO label str member_of\n",
             "edge state_IND org_SCO end_year int 2017\n",
             "edge state_IND org_SCO symmetric bool False\n",
             "edge org_CICA org_SCO symmetric bool True\n",
             "edge org_CICA org_SCO conflict bool False\n",
             "edge state_RUS org_SCO sources str cica-2021|sco-2019\n",
         }) {
      CHECK_MESSAGE(result.output.find(line) != std::string::npos, line);
    }
    CHECK(result.output.find("state_IND org_CICA first_seen") == std::string::npos);
  }
}

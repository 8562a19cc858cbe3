// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// write_network_graphml(): the co-membership projection as GraphML, byte for
// byte, read back by libxml2, xmllint (GraphML schema) and NetworkX.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "graphml_parse.hpp"
#include "orgkg/export/graphml.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/network.hpp"
#include "orgkg/graph/store.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"

using namespace orgkg;

namespace {

/// Three states sharing two organisations: Kazakhstan and Russia belong to
/// both CICA and the SCO, China to the SCO only; India observes the SCO (not a
/// membership, so no edge).
Store three_states() {
  Store store;
  Entity chn = test::make_state("CHN", "China");
  Entity kaz = test::make_state("KAZ", "Kazakhstan");
  Entity rus = test::make_state("RUS", "Russia", "Russian Federation");
  Entity ind = test::make_state("IND", "India");
  Entity sco = test::make_org("SCO", "Shanghai Cooperation Organisation");
  Entity cica =
      test::make_org("CICA", "Conference on Interaction and Confidence-Building Measures in Asia");
  Evidence seen{"doc", Date{2020}, "", 0, 0, "list"};
  for (const Entity& state : {chn, kaz, rus}) {
    store.add(test::make_triple(state, Relation::MemberOf, sco, seen));
  }
  for (const Entity& state : {kaz, rus}) {
    store.add(test::make_triple(state, Relation::MemberOf, cica, seen));
  }
  store.add(test::make_triple(ind, Relation::ObserverOf, sco, seen));
  return store;
}

// to_network_graphml(co_membership(three_states()), three_states()), byte for byte.
constexpr const char* kThreeStatesGraphml = R"(
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="organisations" for="edge" attr.name="organisations" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <node id="state_CHN">
      <data key="label">China</data>
      <data key="kind">state</data>
    </node>
    <node id="state_IND">
      <data key="label">India</data>
      <data key="kind">state</data>
    </node>
    <node id="state_KAZ">
      <data key="label">Kazakhstan</data>
      <data key="kind">state</data>
    </node>
    <node id="state_RUS">
      <data key="label">Russia</data>
      <data key="kind">state</data>
      <data key="name">Russian Federation</data>
    </node>
    <edge id="e0" source="state_CHN" target="state_KAZ">
      <data key="weight">1.0</data>
      <data key="organisations">SCO</data>
    </edge>
    <edge id="e1" source="state_CHN" target="state_RUS">
      <data key="weight">1.0</data>
      <data key="organisations">SCO</data>
    </edge>
    <edge id="e2" source="state_KAZ" target="state_RUS">
      <data key="weight">2.0</data>
      <data key="organisations">CICA|SCO</data>
    </edge>
  </graph>
</graphml>
)";

std::string three_states_graphml() {
  Store store = three_states();
  return to_network_graphml(co_membership(store), store);
}

}  // namespace

TEST_SUITE("network_graphml") {
  TEST_CASE("writes the documented shape for the co-membership projection") {
    CHECK(three_states_graphml() == std::string(kThreeStatesGraphml + 1));
    Store store = three_states();
    std::ostringstream out;
    write_network_graphml(co_membership(store), store, out);
    CHECK(out.str() == three_states_graphml());
  }

  TEST_CASE("libxml2 reads back keys, nodes and edges as CONVENTIONS section 4 requires") {
    test::ParsedGraph graph = test::parse_graphml(three_states_graphml());
    const std::set<std::string> types = {"boolean", "int", "long", "float", "double", "string"};
    std::set<std::string> ids;
    for (const auto& key : graph.keys) {
      CAPTURE(key.at("id"));
      CHECK(ids.insert(key.at("id")).second);
      CHECK(key.at("id") != "id");
      CHECK((key.at("for") == "node" || key.at("for") == "edge"));
      CHECK(types.count(key.at("attr.type")) == 1);
      CHECK(key.at("attr.name").find(' ') == std::string::npos);
    }
    CHECK(ids == std::set<std::string>{"label", "kind", "name", "weight", "organisations"});
    CHECK(graph.defaults == 0);
    CHECK(graph.empty_data == 0);
    CHECK(graph.edgedefault == "undirected");
    REQUIRE(graph.nodes.size() == 4);
    CHECK(graph.nodes.at("state_RUS").at("name") == "Russian Federation");
    REQUIRE(graph.edges.size() == 3);
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
      CHECK(graph.edges[i].at("@id") == "e" + std::to_string(i));
      CHECK(graph.edges[i].at("@source") < graph.edges[i].at("@target"));
      CHECK(graph.edges[i].at("@directed").empty());
    }
    CHECK(graph.edges[2].at("organisations") == "CICA|SCO");
  }

  TEST_CASE("ids the store does not know are written as labels; weights keep fractions") {
    Store store = three_states();
    Network network;
    network.nodes = {"state_RUS", "state_ZZZ"};
    network.edges = {{"state_RUS", "state_ZZZ", 1.5, {"org_SCO", "org_ZZZ"}}};
    test::ParsedGraph graph = test::parse_graphml(to_network_graphml(network, store));
    REQUIRE(graph.nodes.count("state_ZZZ") == 1);
    CHECK(graph.nodes.at("state_ZZZ") ==
          std::map<std::string, std::string>{{"label", "state_ZZZ"}});
    CHECK(graph.nodes.at("state_RUS").at("kind") == "state");
    REQUIRE(graph.edges.size() == 1);
    CHECK(graph.edges[0].at("weight") == "1.5");
    CHECK(graph.edges[0].at("organisations") == "SCO|org_ZZZ");
    CHECK(graph.empty_data == 0);
  }

  TEST_CASE("output does not depend on the Network being copied or rebuilt") {
    Store store = three_states();
    Network network = co_membership(store);
    CHECK(to_network_graphml(Network(network), Store(store)) == three_states_graphml());
    CHECK(
        to_network_graphml(Network{}, store).find("<graph id=\"G\" edgedefault=\"undirected\"/>") !=
        std::string::npos);
  }

  TEST_CASE("a failing stream throws IoError") {
    Store store = three_states();
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    CHECK_THROWS_AS(write_network_graphml(co_membership(store), store, out), IoError);
  }

  TEST_CASE("validates against the GraphML schema with xmllint") {
    std::string schema = std::string(ORGKG_SHARED_DIR) + "/schemas/graphml.xsd";
    auto xmllint = test::find_program("xmllint");
    if (!std::filesystem::exists(schema) || !xmllint) {
      MESSAGE("skipped: needs xmllint and " << schema);
      return;
    }
    test::TempDir dir;
    std::vector<std::pair<std::string, std::string>> cases;
    cases.emplace_back("three states", three_states_graphml());
    cases.emplace_back("empty", to_network_graphml(Network{}, Store()));
    for (const auto& hostile : test::hostile_strings()) {
      Store store = test::hostile_store(hostile.text);
      cases.emplace_back(hostile.name, to_network_graphml(undirected_view(store), store));
    }
    for (const auto& [name, text] : cases) {
      CAPTURE(name);
      auto path = dir / "out.graphml";
      test::write_text_file(path, text);
      auto result =
          test::run_command(test::shell_quote(xmllint->string()) + " --noout --schema " +
                            test::shell_quote(schema) + " " + test::shell_quote(path.string()));
      CAPTURE(result.output);
      CHECK(result.exit_code == 0);
      CHECK(result.output.find("validates") != std::string::npos);
    }
  }

  TEST_CASE("NetworkX reads an undirected graph with float weights") {
    test::TempDir dir;
    auto path = dir / "co.graphml";
    test::write_text_file(path, three_states_graphml());
    std::optional<test::CommandResult> dump = test::networkx_dump(path);
    if (!dump) {
      MESSAGE("skipped: needs /usr/bin/python3 with networkx");
      return;
    }
    const test::CommandResult& result = *dump;
    CAPTURE(result.output);
    REQUIRE(result.exit_code == 0);
    for (const char* line : {
             "Graph 4 3\n",
             "node state_RUS label str Russia\n",
             "node state_RUS name str Russian Federation\n",
             "node state_CHN kind str state\n",
             "edge state_KAZ state_RUS weight float 2.0\n",
             "edge state_KAZ state_RUS organisations str CICA|SCO\n",
             "edge state_CHN state_KAZ weight float 1.0\n",
         }) {
      CHECK_MESSAGE(result.output.find(line) != std::string::npos, line);
    }
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "graphml_parse.hpp"
#include "orgkg/export/gexf.hpp"
#include "orgkg/export/graphml.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/store.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"

using namespace orgkg;
using orgkg::test::attr;
using orgkg::test::name_of;

namespace {

/// A node or edge of a GEXF document: its XML attributes, attvalues by `for`
/// and spells as (start, end), "" when absent.
struct Element {
  std::map<std::string, std::string> attributes;
  std::map<std::string, std::string> values;
  std::vector<std::pair<std::string, std::string>> spells;
};

struct ParsedGexf {
  std::map<std::string, std::string> graph;                        // <graph> attributes
  std::map<std::string, std::map<std::string, std::string>> decl;  // "node:id"/"edge:id" -> attrs
  std::map<std::string, Element> nodes;                            // by id
  std::vector<Element> edges;                                      // in document order
};

std::map<std::string, std::string> attributes_of(xmlNode* node) {
  std::map<std::string, std::string> all;
  for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    const char* name = reinterpret_cast<const char*>(a->name);
    all[name] = attr(node, name);
  }
  return all;
}

std::vector<xmlNode*> children(xmlNode* parent, const std::string& name) {
  std::vector<xmlNode*> found;
  for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && name_of(child) == name) found.push_back(child);
  }
  return found;
}

Element read_element(xmlNode* node) {
  Element element{attributes_of(node), {}, {}};
  for (xmlNode* values : children(node, "attvalues")) {
    for (xmlNode* value : children(values, "attvalue")) {
      CHECK(element.values.count(attr(value, "for")) == 0);
      element.values[attr(value, "for")] = attr(value, "value");
    }
  }
  for (xmlNode* spells : children(node, "spells")) {
    for (xmlNode* spell : children(spells, "spell")) {
      element.spells.emplace_back(attr(spell, "start"), attr(spell, "end"));
    }
  }
  return element;
}

/// Parses `text` with libxml2; fails the test unless it is well-formed GEXF 1.3.
ParsedGexf parse_gexf(const std::string& text) {
  ParsedGexf gexf;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(text.data(), static_cast<int>(text.size()), "out.gexf", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  REQUIRE_MESSAGE(doc != nullptr, "libxml2 cannot parse the GEXF");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  REQUIRE(name_of(root) == "gexf");
  REQUIRE(root->ns != nullptr);
  CHECK(std::string(reinterpret_cast<const char*>(root->ns->href)) == "http://gexf.net/1.3");
  CHECK(attr(root, "version") == "1.3");
  std::vector<xmlNode*> graphs = children(root, "graph");
  REQUIRE(graphs.size() == 1);
  gexf.graph = attributes_of(graphs[0]);
  for (xmlNode* decls : children(graphs[0], "attributes")) {
    for (xmlNode* decl : children(decls, "attribute")) {
      auto key = attr(decls, "class") + ":" + attr(decl, "id");
      CHECK_MESSAGE(gexf.decl.count(key) == 0, key);
      gexf.decl[key] = attributes_of(decl);
      gexf.decl[key]["mode"] = attr(decls, "mode");
    }
  }
  for (xmlNode* nodes : children(graphs[0], "nodes")) {
    for (xmlNode* node : children(nodes, "node")) gexf.nodes[attr(node, "id")] = read_element(node);
  }
  for (xmlNode* edges : children(graphs[0], "edges")) {
    for (xmlNode* edge : children(edges, "edge")) gexf.edges.push_back(read_element(edge));
  }
  return gexf;
}

/// The edge from `source` to `target`; fails the test if there is not exactly one.
const Element& edge_between(const ParsedGexf& gexf, const std::string& source,
                            const std::string& target) {
  const Element* found = nullptr;
  for (const Element& edge : gexf.edges) {
    if (edge.attributes.at("source") != source || edge.attributes.at("target") != target) continue;
    REQUIRE(found == nullptr);
    found = &edge;
  }
  REQUIRE_MESSAGE(found != nullptr, source << " -> " << target);
  return *found;
}

using Spells = std::vector<std::pair<std::string, std::string>>;

/// A store with one membership of state_<iso3> in org_ORG per call to add().
struct DatedStore {
  Store store;
  void add(const std::string& iso3, const std::string& org, Date seen,
           std::optional<Date> from = {}, std::optional<Date> to = {}) {
    Triple triple = test::make_triple(test::make_state(iso3, iso3), Relation::MemberOf,
                                      test::make_org(org, org + " organisation"),
                                      {"doc-" + iso3 + org, seen, "s", 0, 1, "r"});
    triple.valid_from = from;
    triple.valid_to = to;
    store.add(triple);
  }
};

// The GEXF of one_membership(), byte for byte.
constexpr const char* kOneMembershipGexf = R"(
<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>orgkg</creator>
    <description>International organisations and their members: one edge per fact, with its dates as spells</description>
  </meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">
    <attributes class="node" mode="static">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="name" title="name" type="string"/>
      <attribute id="acronym" title="acronym" type="string"/>
      <attribute id="iso3" title="iso3" type="string"/>
      <attribute id="wikidata" title="wikidata" type="string"/>
      <attribute id="aliases" title="aliases" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="relation" title="relation" type="string"/>
      <attribute id="evidence_count" title="evidence_count" type="integer"/>
      <attribute id="first_seen" title="first_seen" type="string"/>
      <attribute id="last_seen" title="last_seen" type="string"/>
      <attribute id="valid_from" title="valid_from" type="string"/>
      <attribute id="valid_to" title="valid_to" type="string"/>
      <attribute id="start_year" title="start_year" type="integer"/>
      <attribute id="end_year" title="end_year" type="integer"/>
      <attribute id="sources" title="sources" type="string"/>
      <attribute id="symmetric" title="symmetric" type="boolean"/>
      <attribute id="conflict" title="conflict" type="boolean"/>
    </attributes>
    <nodes>
      <node id="org_SCO" label="SCO">
        <attvalues>
          <attvalue for="kind" value="organisation"/>
          <attvalue for="name" value="Shanghai Cooperation Organisation"/>
          <attvalue for="acronym" value="SCO"/>
          <attvalue for="aliases" value="SCO"/>
        </attvalues>
        <spells>
          <spell start="2001-06-15" end="2012-12-31"/>
        </spells>
      </node>
      <node id="state_KGZ" label="Kyrgyzstan">
        <attvalues>
          <attvalue for="kind" value="state"/>
          <attvalue for="iso3" value="KGZ"/>
          <attvalue for="aliases" value="Kyrgyzstan"/>
        </attvalues>
        <spells>
          <spell start="2001-06-15" end="2012-12-31"/>
        </spells>
      </node>
    </nodes>
    <edges>
      <edge id="e0" source="state_KGZ" target="org_SCO" label="member_of" kind="member_of" weight="1.0">
        <attvalues>
          <attvalue for="relation" value="member_of"/>
          <attvalue for="evidence_count" value="1"/>
          <attvalue for="first_seen" value="2019-06-14"/>
          <attvalue for="last_seen" value="2019-06-14"/>
          <attvalue for="valid_from" value="2001-06-15"/>
          <attvalue for="valid_to" value="2012"/>
          <attvalue for="start_year" value="2001"/>
          <attvalue for="end_year" value="2012"/>
          <attvalue for="sources" value="sco-2019"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="conflict" value="false"/>
        </attvalues>
        <spells>
          <spell start="2001-06-15" end="2012-12-31"/>
        </spells>
      </edge>
    </edges>
  </graph>
</gexf>
)";

/// Kyrgyzstan member_of SCO from 2001-06-15 to 2012, seen in 2019.
Store one_membership() {
  Store store;
  Triple triple = test::make_triple(test::make_state("KGZ", "Kyrgyzstan"), Relation::MemberOf,
                                    test::make_org("SCO", "Shanghai Cooperation Organisation"),
                                    {"sco-2019", Date{2019, 6, 14}, "s", 0, 1, "r"});
  triple.valid_from = Date{2001, 6, 15};
  triple.valid_to = Date{2012};
  store.add(triple);
  return store;
}

}  // namespace

TEST_SUITE("gexf_writer") {
  TEST_CASE("writes the documented shape for one membership") {
    CHECK(to_gexf(one_membership()) == std::string(kOneMembershipGexf + 1));
  }

  TEST_CASE("writes GEXF 1.3 with a dynamic directed graph and date spells") {
    ParsedGexf gexf = parse_gexf(to_gexf(test::small_store()));
    CHECK(gexf.graph == std::map<std::string, std::string>{{"mode", "dynamic"},
                                                           {"defaultedgetype", "directed"},
                                                           {"timeformat", "date"},
                                                           {"timerepresentation", "interval"}});
    CHECK(gexf.nodes.size() == 5);
    CHECK(gexf.edges.size() == 5);
  }

  TEST_CASE("declares every attribute with its type, as GraphML does") {
    ParsedGexf gexf = parse_gexf(to_gexf(test::small_store()));
    std::map<std::string, std::string> types;
    for (const auto& [key, decl] : gexf.decl) {
      CAPTURE(key);
      CHECK(decl.at("id") == decl.at("title"));
      CHECK(decl.at("mode") == "static");
      types[key] = decl.at("type");
    }
    CHECK(types == std::map<std::string, std::string>{{"node:kind", "string"},
                                                      {"node:name", "string"},
                                                      {"node:acronym", "string"},
                                                      {"node:iso3", "string"},
                                                      {"node:wikidata", "string"},
                                                      {"node:aliases", "string"},
                                                      {"edge:relation", "string"},
                                                      {"edge:evidence_count", "integer"},
                                                      {"edge:first_seen", "string"},
                                                      {"edge:last_seen", "string"},
                                                      {"edge:valid_from", "string"},
                                                      {"edge:valid_to", "string"},
                                                      {"edge:start_year", "integer"},
                                                      {"edge:end_year", "integer"},
                                                      {"edge:sources", "string"},
                                                      {"edge:symmetric", "boolean"},
                                                      {"edge:conflict", "boolean"}});
    for (const auto& [id, node] : gexf.nodes) {
      for (const auto& [key, value] : node.values) CHECK(types.count("node:" + key) == 1);
    }
    for (const Element& edge : gexf.edges) {
      for (const auto& [key, value] : edge.values) {
        CHECK(types.count("edge:" + key) == 1);
        CHECK_FALSE(value.empty());
      }
    }
  }

  TEST_CASE("carries GraphML's values, with label, weight and kind as GEXF attributes") {
    ParsedGexf gexf = parse_gexf(to_gexf(test::small_store()));
    test::ParsedGraph graphml = test::parse_graphml(to_graphml(test::small_store()));
    for (const auto& [id, data] : graphml.nodes) {
      CAPTURE(id);
      REQUIRE(gexf.nodes.count(id) == 1);
      const Element& node = gexf.nodes.at(id);
      CHECK(node.attributes.at("label") == data.at("label"));
      for (const auto& [key, value] : data) {
        if (key != "label") CHECK(node.values.at(key) == value);
      }
      CHECK(node.values.size() + 1 == data.size());
    }
    REQUIRE(gexf.edges.size() == graphml.edges.size());
    for (std::size_t i = 0; i < gexf.edges.size(); ++i) {
      const Element& edge = gexf.edges[i];
      const auto& data = graphml.edges[i];
      CHECK(edge.attributes.at("id") == data.at("@id"));
      CHECK(edge.attributes.at("source") == data.at("@source"));
      CHECK(edge.attributes.at("target") == data.at("@target"));
      CHECK(edge.attributes.at("label") == data.at("relation"));
      CHECK(edge.attributes.at("kind") == data.at("relation"));
      CHECK(edge.attributes.at("weight") == data.at("weight"));
      for (const auto& [key, value] : data) {
        if (key[0] == '@' || key == "edgelabel" || key == "weight") continue;
        CHECK_MESSAGE(edge.values.at(key) == value, key);
      }
    }
  }

  TEST_CASE("a membership with valid_from and valid_to has one closed spell") {
    DatedStore dated;
    dated.add("KGZ", "SCO", Date{2019, 6, 14}, Date{2001, 6, 15}, Date{2012, 3, 7});
    ParsedGexf gexf = parse_gexf(to_gexf(dated.store));
    CHECK(edge_between(gexf, "state_KGZ", "org_SCO").spells ==
          Spells{{"2001-06-15", "2012-03-07"}});
  }

  TEST_CASE("without valid_from a spell starts at first_seen and stays open") {
    DatedStore dated;
    dated.add("RUS", "CICA", Date{2019, 6, 15});
    ParsedGexf gexf = parse_gexf(to_gexf(dated.store));
    CHECK(edge_between(gexf, "state_RUS", "org_CICA").spells == Spells{{"2019-06-15", ""}});
    CHECK(to_gexf(dated.store).find("<spell start=\"2019-06-15\"/>") != std::string::npos);
  }

  TEST_CASE("a year or month starts on its first day and ends on its last") {
    DatedStore dated;
    dated.add("IND", "SCO", Date{2019}, Date{2005}, Date{2017});
    dated.add("IND", "CICA", Date{2019}, Date{2002, 6}, Date{2016, 2});
    dated.add("PAK", "SCO", Date{2019, 6});  // first_seen at month precision
    ParsedGexf gexf = parse_gexf(to_gexf(dated.store));
    CHECK(edge_between(gexf, "state_IND", "org_SCO").spells ==
          Spells{{"2005-01-01", "2017-12-31"}});
    CHECK(edge_between(gexf, "state_IND", "org_CICA").spells ==
          Spells{{"2002-06-01", "2016-02-29"}});
    CHECK(edge_between(gexf, "state_PAK", "org_SCO").spells == Spells{{"2019-06-01", ""}});
    CHECK(edge_between(gexf, "state_IND", "org_SCO").values.at("valid_from") == "2005");
  }

  TEST_CASE("an end reported after the fact leaves the start open") {
    DatedStore dated;
    dated.add("UZB", "CSTO", Date{2019, 5, 1}, std::nullopt, Date{2012});
    ParsedGexf gexf = parse_gexf(to_gexf(dated.store));
    CHECK(edge_between(gexf, "state_UZB", "org_CSTO").spells == Spells{{"", "2012-12-31"}});
  }

  TEST_CASE("a contradictory or undated fact has no spell") {
    DatedStore dated;
    dated.add("GEO", "CIS", Date{2019}, Date{2015}, Date{2009});
    dated.add("ARM", "CIS", Date{});
    ParsedGexf gexf = parse_gexf(to_gexf(dated.store));
    CHECK(edge_between(gexf, "state_GEO", "org_CIS").spells.empty());
    CHECK(edge_between(gexf, "state_ARM", "org_CIS").spells.empty());
    CHECK(gexf.nodes.at("org_CIS").spells.empty());
  }

  TEST_CASE("a node's spells are its edges' spells merged") {
    DatedStore dated;
    dated.add("KAZ", "SCO", Date{2019}, Date{2001, 6, 15}, Date{2005});
    dated.add("KAZ", "CSTO", Date{2019}, Date{2004}, Date{2010});
    dated.add("KAZ", "CICA", Date{2019}, Date{2014, 5, 21}, Date{2016});
    dated.add("KAZ", "EAEU", Date{2019}, Date{2016, 3});
    dated.add("TJK", "CICA", Date{2019}, std::nullopt, Date{2010});
    ParsedGexf gexf = parse_gexf(to_gexf(dated.store));
    CHECK(gexf.nodes.at("state_KAZ").spells ==
          Spells{{"2001-06-15", "2010-12-31"}, {"2014-05-21", ""}});
    CHECK(gexf.nodes.at("org_SCO").spells == Spells{{"2001-06-15", "2005-12-31"}});
    CHECK(gexf.nodes.at("org_CICA").spells ==
          Spells{{"", "2010-12-31"}, {"2014-05-21", "2016-12-31"}});
  }

  TEST_CASE("output is byte-identical for the same store, a copy and any insertion order") {
    Store store = test::small_store();
    CHECK(to_gexf(store) == to_gexf(store));
    CHECK(to_gexf(Store(store)) == to_gexf(store));
    DatedStore forward;
    DatedStore backward;
    forward.add("KAZ", "SCO", Date{2019}, Date{2001});
    forward.add("IND", "SCO", Date{2017, 6, 9});
    backward.add("IND", "SCO", Date{2017, 6, 9});
    backward.add("KAZ", "SCO", Date{2019}, Date{2001});
    CHECK(to_gexf(forward.store) == to_gexf(backward.store));
    std::ostringstream out;
    write_gexf(store, out);
    CHECK(out.str() == to_gexf(store));
  }

  TEST_CASE("characters XML 1.0 cannot hold never appear") {
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(hostile.name);
      Store store = test::hostile_store(hostile.text);
      std::string text = to_gexf(store);
      for (unsigned char c : text) {
        CHECK_MESSAGE((c >= 0x20 || c == '\n' || c == '\r' || c == '\t'), int(c));
      }
      CHECK(text.find("\xEF\xBF\xBE") == std::string::npos);
      CHECK(text.find("\xEF\xBF\xBF") == std::string::npos);
      ParsedGexf gexf = parse_gexf(text);
      CHECK(gexf.nodes.size() == 3);
      CHECK(gexf.edges.size() == 2);
    }
    using namespace std::string_literals;
    ParsedGexf gexf = parse_gexf(to_gexf(test::hostile_store("a\0b\x01<&>\xEF\xBF\xBE"s)));
    const Element& node = gexf.nodes.at(node_id(EntityKind::State, "Xa\0b\x01<&>\xEF\xBF\xBE"s));
    CHECK(node.attributes.at("label") == "Lab<&>");
    CHECK(node.values.at("name") == "Nab<&>");
  }

  TEST_CASE("throws IoError when the stream fails") {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    CHECK_THROWS_AS(write_gexf(test::small_store(), out), IoError);
  }

  TEST_CASE("xmllint reads the output as well-formed XML") {
    auto xmllint = test::find_program("xmllint");
    if (!xmllint) {
      MESSAGE("skipped: needs xmllint");
      return;
    }
    test::TempDir dir;
    auto path = dir / "out.gexf";
    test::write_text_file(path, to_gexf(test::small_store()));
    auto result = test::run_command(test::shell_quote(xmllint->string()) + " --noout " +
                                    test::shell_quote(path.string()));
    CAPTURE(result.output);
    CHECK(result.exit_code == 0);
  }
}

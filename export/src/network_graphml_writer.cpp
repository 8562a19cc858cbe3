// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GraphML writer for a Network (CONVENTIONS section 4), e.g. the co-membership
// projection. The exact output, indented by two spaces, UTF-8, ending with a
// newline:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <graphml xmlns=... xmlns:xsi=... xsi:schemaLocation=...>   as graphml_writer.cpp
//     <key id="label" for="node" attr.name="label" attr.type="string"/>
//     <key id="kind" for="node" attr.name="kind" attr.type="string"/>
//     <key id="name" for="node" attr.name="name" attr.type="string"/>
//     <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
//     <key id="organisations" for="edge" attr.name="organisations" attr.type="string"/>
//     <graph id="G" edgedefault="undirected">
//       <node id="state_RUS">          one per Network node, in its (sorted) order
//         <data key="label">Russia</data>     the entity's label, else the node id
//         <data key="kind">state</data>       omitted for an id the Store lacks
//         <data key="name">Russian Federation</data>
//       </node>
//       <edge id="e0" source="state_KAZ" target="state_RUS">   one per Network
//         <data key="weight">2.0</data>                       edge, in its order
//         <data key="organisations">CICA|SCO</data>
//       </edge>
//     </graph>
//   </graphml>
//
// source and target are NetworkEdge::a and ::b (a < b). `organisations` maps
// each of NetworkEdge::labels (organisation node ids for co_membership) to the
// entity's label, falling back to the string itself, and joins them with '|' in
// the labels' (sorted-id) order. Weights are written in the shortest form that
// reads back as the same double, with ".0" added to whole numbers.
#include <charconv>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fact_view.hpp"
#include "orgkg/export/graphml.hpp"
#include "xml_writer.hpp"

namespace orgkg {
namespace {

using export_detail::KeyDecl;
using export_detail::XmlWriter;

constexpr KeyDecl kNetworkKeys[] = {
    {"label", "node", "label", "string"},
    {"kind", "node", "kind", "string"},
    {"name", "node", "name", "string"},
    {"weight", "edge", "weight", "double"},
    {"organisations", "edge", "organisations", "string"},
};

// The entity's label, or `id` when the Store does not know it (or it has no label).
std::string label_of(const Store& store, const std::string& id) {
  const Entity* entity = store.find_entity(id);
  return entity != nullptr && !entity->label.empty() ? entity->label : id;
}

// `value` as GraphML double text: shortest round-trip form, "2.0" not "2".
std::string double_text(double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, result.ptr);
  if (text.find_first_of(".eEni") == std::string::npos) text += ".0";  // not inf/nan/1e+20
  return text;
}

void write_node(XmlWriter& xml_out, const Store& store, const std::string& id) {
  const Entity* entity = store.find_entity(id);
  xml_out.start("node");
  xml_out.attribute("id", id);
  xml_out.data("label", label_of(store, id));
  if (entity != nullptr) {
    xml_out.data("kind", kind_name(entity->kind));
    xml_out.data("name", entity->name);
  }
  xml_out.end();
}

void write_edge(XmlWriter& xml_out, const Store& store, const NetworkEdge& edge,
                std::size_t index) {
  std::vector<std::string> organisations;
  organisations.reserve(edge.labels.size());
  for (const std::string& label : edge.labels) organisations.push_back(label_of(store, label));
  xml_out.start("edge");
  xml_out.attribute("id", "e" + std::to_string(index));
  xml_out.attribute("source", edge.a);
  xml_out.attribute("target", edge.b);
  xml_out.data("weight", double_text(edge.weight));
  xml_out.data("organisations", export_detail::join(organisations, "|"));
  xml_out.end();
}

}  // namespace

void write_network_graphml(const Network& network, const Store& store, std::ostream& out) {
  XmlWriter xml_out(out);
  export_detail::start_graphml(xml_out, kNetworkKeys, "undirected");
  for (const std::string& id : network.nodes) write_node(xml_out, store, id);
  for (std::size_t i = 0; i < network.edges.size(); ++i) {
    write_edge(xml_out, store, network.edges[i], i);
  }
  xml_out.end();  // graph
  xml_out.end();  // graphml
  xml_out.finish();
}

std::string to_network_graphml(const Network& network, const Store& store) {
  std::ostringstream out;
  write_network_graphml(network, store, out);
  return std::move(out).str();
}

}  // namespace orgkg

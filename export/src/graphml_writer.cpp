// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GraphML writer (CONVENTIONS section 4). The exact output, indented by two
// spaces, UTF-8, ending with a newline:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi=... xsi:schemaLocation=...>
//     <key id="label" for="node" attr.name="label" attr.type="string"/>
//     ... one <key> per node field, then per edge field (kNodeFields and
//     kEdgeFields in fact_view.hpp, which GEXF shares), in that order ...
//     <graph id="G" edgedefault="directed">
//       <node id="state_RUS">            one per entity, sorted by node id
//         <data key="label">Russia</data>
//         ... kind, name, acronym, iso3, wikidata, aliases (sorted, '|'-joined)
//       </node>
//       <edge id="e0" source="state_RUS" target="org_SCO">   one per fact, in
//         <data key="relation">member_of</data>               (subject, relation,
//         <data key="edgelabel">member_of</data>              object) order, ids
//         <data key="weight">2.0</data>                       e0, e1, ...
//         <data key="evidence_count">2</data>
//         ... first_seen, last_seen, valid_from, valid_to (ISO 8601 at the known
//         precision), start_year (valid_from's year, else first_seen's), end_year
//         (valid_to's year), sources ('|'-joined document ids), symmetric, conflict
//       </edge>
//     </graph>
//   </graphml>
//
// A <data> element is omitted when its value is unknown or empty; there are no
// <default>s and no per-edge `directed`. Symmetric facts are one edge from the
// smaller node id (the Store's canonical subject) with symmetric=true. Text goes
// through xml_text() (the one escape function of the GraphML writers, in
// xml_writer.hpp: it makes the text legal XML 1.0 characters) and then libxml2,
// which escapes markup characters. XmlWriter (xml_writer.hpp) is shared with
// network_graphml_writer.cpp and gexf_writer.cpp.
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "fact_view.hpp"
#include "orgkg/export/graphml.hpp"
#include "output.hpp"
#include "xml_writer.hpp"

namespace orgkg {
namespace {

using export_detail::FactView;
using export_detail::FieldDecl;
using export_detail::FieldType;
using export_detail::kEdgeFields;
using export_detail::KeyDecl;
using export_detail::kNodeFields;
using export_detail::XmlWriter;

const char* graphml_type(FieldType type) {
  switch (type) {
    case FieldType::Int:
      return "int";
    case FieldType::Double:
      return "double";
    case FieldType::Boolean:
      return "boolean";
    case FieldType::String:
      break;
  }
  return "string";
}

// One <key> per field: the node fields, then the edge fields.
std::vector<KeyDecl> keys() {
  std::vector<KeyDecl> decls;
  for (const FieldDecl& field : kNodeFields) {
    decls.push_back({field.key, "node", field.name, graphml_type(field.type)});
  }
  for (const FieldDecl& field : kEdgeFields) {
    decls.push_back({field.key, "edge", field.name, graphml_type(field.type)});
  }
  return decls;
}

void write_node(XmlWriter& xml_out, const Entity& entity) {
  const auto values = export_detail::node_values(entity);
  xml_out.start("node");
  xml_out.attribute("id", node_id(entity));
  for (std::size_t i = 0; i < kNodeFields.size(); ++i) xml_out.data(kNodeFields[i].key, values[i]);
  xml_out.end();
}

void write_edge(XmlWriter& xml_out, const FactView& view, std::size_t index) {
  const auto values = export_detail::edge_values(*view.fact);
  xml_out.start("edge");
  xml_out.attribute("id", "e" + std::to_string(index));
  xml_out.attribute("source", node_id(*view.subject));
  xml_out.attribute("target", node_id(*view.object));
  for (std::size_t i = 0; i < kEdgeFields.size(); ++i) xml_out.data(kEdgeFields[i].key, values[i]);
  xml_out.end();
}

}  // namespace

void write_graphml(const Store& store, std::ostream& out) {
  std::vector<FactView> facts = export_detail::resolved_facts(store);
  XmlWriter xml_out(out);
  export_detail::start_graphml(xml_out, keys(), "directed");
  for (const Entity* entity : store.entities()) write_node(xml_out, *entity);
  for (std::size_t i = 0; i < facts.size(); ++i) write_edge(xml_out, facts[i], i);
  xml_out.end();  // graph
  xml_out.end();  // graphml
  xml_out.finish();
}

std::string to_graphml(const Store& store) {
  std::ostringstream out;
  write_graphml(store, out);
  return std::move(out).str();
}

}  // namespace orgkg

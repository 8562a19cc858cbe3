// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GraphML writer (CONVENTIONS section 4). The exact output, indented by two
// spaces, UTF-8, ending with a newline:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi=... xsi:schemaLocation=...>
//     <key id="label" for="node" attr.name="label" attr.type="string"/>
//     ... one <key> per row of kKeys below, in that order ...
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
// network_graphml_writer.cpp.
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include "fact_view.hpp"
#include "orgkg/export/graphml.hpp"
#include "output.hpp"
#include "xml_writer.hpp"

namespace orgkg {
namespace {

using export_detail::FactView;
using export_detail::KeyDecl;
using export_detail::XmlWriter;

constexpr KeyDecl kKeys[] = {
    {"label", "node", "label", "string"},
    {"kind", "node", "kind", "string"},
    {"name", "node", "name", "string"},
    {"acronym", "node", "acronym", "string"},
    {"iso3", "node", "iso3", "string"},
    {"wikidata", "node", "wikidata", "string"},
    {"aliases", "node", "aliases", "string"},
    {"relation", "edge", "relation", "string"},
    {"edgelabel", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},
    {"evidence_count", "edge", "evidence_count", "int"},
    {"first_seen", "edge", "first_seen", "string"},
    {"last_seen", "edge", "last_seen", "string"},
    {"valid_from", "edge", "valid_from", "string"},
    {"valid_to", "edge", "valid_to", "string"},
    {"start_year", "edge", "start_year", "int"},
    {"end_year", "edge", "end_year", "int"},
    {"sources", "edge", "sources", "string"},
    {"symmetric", "edge", "symmetric", "boolean"},
    {"conflict", "edge", "conflict", "boolean"},
};

void write_node(XmlWriter& xml_out, const Entity& entity) {
  xml_out.start("node");
  xml_out.attribute("id", node_id(entity));
  xml_out.data("label", entity.label);
  xml_out.data("kind", kind_name(entity.kind));
  xml_out.data("name", entity.name);
  xml_out.data("acronym", entity.acronym);
  xml_out.data("iso3", entity.iso3);
  xml_out.data("wikidata", entity.wikidata);
  xml_out.data("aliases", export_detail::join(entity.aliases, "|"));
  xml_out.end();
}

std::string iso(const std::optional<Date>& date) { return date ? date->to_iso() : std::string(); }

std::string year(const std::optional<Date>& date) {
  return date && !date->empty() ? std::to_string(date->year) : std::string();
}

std::string boolean(bool value) { return value ? "true" : "false"; }

void write_edge(XmlWriter& xml_out, const FactView& view, std::size_t index) {
  const Fact& fact = *view.fact;
  std::string relation(relation_name(fact.relation));
  std::optional<Date> start = fact.valid_from;
  if (!start && !fact.first_seen.empty()) start = fact.first_seen;
  xml_out.start("edge");
  xml_out.attribute("id", "e" + std::to_string(index));
  xml_out.attribute("source", node_id(*view.subject));
  xml_out.attribute("target", node_id(*view.object));
  xml_out.data("relation", relation);
  xml_out.data("edgelabel", relation);
  xml_out.data("weight", std::to_string(fact.evidence_count()) + ".0");
  xml_out.data("evidence_count", std::to_string(fact.evidence_count()));
  xml_out.data("first_seen", fact.first_seen.to_iso());
  xml_out.data("last_seen", fact.last_seen.to_iso());
  xml_out.data("valid_from", iso(fact.valid_from));
  xml_out.data("valid_to", iso(fact.valid_to));
  xml_out.data("start_year", year(start));
  xml_out.data("end_year", year(fact.valid_to));
  xml_out.data("sources", export_detail::join(fact.sources(), "|"));
  xml_out.data("symmetric", boolean(is_symmetric(fact.relation)));
  xml_out.data("conflict", boolean(fact.conflict));
  xml_out.end();
}

}  // namespace

void write_graphml(const Store& store, std::ostream& out) {
  std::vector<FactView> facts = export_detail::resolved_facts(store);
  XmlWriter xml_out(out);
  export_detail::start_graphml(xml_out, kKeys, "directed");
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

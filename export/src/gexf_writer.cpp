// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GEXF 1.3 writer (CONVENTIONS section 5). The exact output, indented by two
// spaces, UTF-8, ending with a newline:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <gexf xmlns="http://gexf.net/1.3" xmlns:xsi=... xsi:schemaLocation=... version="1.3">
//     <meta>
//       <creator>orgkg</creator>
//       <description>...</description>
//     </meta>
//     <graph mode="dynamic" defaultedgetype="directed" timeformat="date"
//            timerepresentation="interval">
//       <attributes class="node" mode="static">
//         <attribute id="kind" title="kind" type="string"/>   kind, name, acronym,
//       </attributes>                                         iso3, wikidata, aliases
//       <attributes class="edge" mode="static">
//         <attribute id="relation" title="relation" type="string"/>   relation,
//         ...  evidence_count (integer), first_seen, last_seen, valid_from, valid_to,
//         start_year, end_year (integer), sources, symmetric, conflict (boolean)
//       </attributes>
//       <nodes>
//         <node id="state_RUS" label="Russia">       one per entity, by node id
//           <attvalues>
//             <attvalue for="kind" value="state"/>    unknown values are omitted
//           </attvalues>
//           <spells>                                  the union of its edges' spells,
//             <spell start="2001-06-15"/>             merged; none when always present
//           </spells>
//         </node>
//       </nodes>
//       <edges>
//         <edge id="e4" source="state_RUS" target="org_SCO" label="member_of"
//               kind="member_of" weight="2.0">       one per fact, ids and order as GraphML
//           <attvalues>...</attvalues>
//           <spells><spell start="2001-06-15"/></spells>
//         </edge>
//       </edges>
//     </graph>
//   </gexf>
//
// The fields and their values are GraphML's (kNodeFields/kEdgeFields and
// node_values()/edge_values() in fact_view.hpp). Three are written as GEXF's own
// XML attributes instead of attvalues, since Gephi and graphology give them
// their meaning: node and edge `label`, edge `weight` (xsd:double). Edge `kind`
// (GEXF 1.3's edge type) is the relation, so Gephi keeps a member_of and an
// observer_of edge between one pair apart. Attribute ids equal their titles.
//
// Spells. An edge's spell starts at valid_from, else at first_seen, and ends at
// valid_to, else is open (no `end`: ongoing). GEXF dates are full dates, so a
// start of "2014" is written 2014-01-01 and "2014-05" 2014-05-01, an end of
// "2014" 2014-12-31 and "2014-02" 2014-02-28 (each date covers its whole
// period). A first_seen after valid_to (a text reporting a past end) leaves the
// start open; a valid_from after valid_to (a conflict) or no date at all gives
// no spell, which Gephi reads as "always". A node's spells are its edges'
// spells merged into disjoint intervals (Gephi refuses overlapping ones); a
// node with an undated edge, or none, has no spells.
#include "orgkg/export/gexf.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fact_view.hpp"
#include "xml_writer.hpp"

namespace orgkg {
namespace {

using export_detail::FactView;
using export_detail::FieldDecl;
using export_detail::FieldType;
using export_detail::kEdgeFields;
using export_detail::kNodeFields;
using export_detail::XmlWriter;

// A time interval with full dates, "" = unbounded on that side.
struct Spell {
  std::string start;
  std::string end;
  [[nodiscard]] bool always() const { return start.empty() && end.empty(); }
};

std::string full_date(int year, int month, int day) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

// The first day a partial date covers: 2014 -> 2014-01-01.
std::string first_day(const Date& date) {
  return full_date(date.year, date.has_month() ? date.month : 1, date.has_day() ? date.day : 1);
}

// The last day a partial date covers: 2014 -> 2014-12-31, 2016-02 -> 2016-02-29.
std::string last_day(const Date& date) {
  int month = date.has_month() ? date.month : 12;
  return full_date(date.year, month, date.has_day() ? date.day : days_in_month(date.year, month));
}

Spell edge_spell(const Fact& fact) {
  Spell spell;
  if (fact.valid_to && !fact.valid_to->empty()) spell.end = last_day(*fact.valid_to);
  const bool ends = !spell.end.empty();
  if (fact.valid_from && !fact.valid_from->empty()) {
    spell.start = first_day(*fact.valid_from);
    if (ends && spell.start > spell.end) return {};  // contradictory: draw it always
  } else if (!fact.first_seen.empty()) {
    spell.start = first_day(fact.first_seen);
    if (ends && spell.start > spell.end) spell.start.clear();  // reported after it ended
  }
  return spell;
}

// `spells` merged into disjoint intervals in time order; empty when they cover
// all time (or there are none).
std::vector<Spell> merge(std::vector<Spell> spells) {
  std::sort(spells.begin(), spells.end(), [](const Spell& a, const Spell& b) {
    return a.start < b.start;  // "" (unbounded) sorts first
  });
  std::vector<Spell> merged;
  for (const Spell& spell : spells) {
    if (spell.always()) return {};
    Spell* last = merged.empty() ? nullptr : &merged.back();
    if (last != nullptr && (last->end.empty() || spell.start <= last->end)) {
      if (spell.end.empty() || (!last->end.empty() && spell.end > last->end)) last->end = spell.end;
    } else {
      merged.push_back(spell);
    }
  }
  if (merged.size() == 1 && merged.front().always()) return {};
  return merged;
}

const char* gexf_type(FieldType type) {
  switch (type) {
    case FieldType::Int:
      return "integer";
    case FieldType::Double:
      return "double";
    case FieldType::Boolean:
      return "boolean";
    case FieldType::String:
      break;
  }
  return "string";
}

// label and weight are GEXF's own XML attributes, not attvalues.
bool native(const FieldDecl& field) {
  return std::string_view(field.name) == "label" || std::string_view(field.name) == "weight";
}

template <std::size_t N>
void declare(XmlWriter& xml_out, const char* cls, const std::array<FieldDecl, N>& fields) {
  xml_out.start("attributes");
  xml_out.attribute("class", cls);
  xml_out.attribute("mode", "static");
  for (const FieldDecl& field : fields) {
    if (native(field)) continue;
    xml_out.start("attribute");
    xml_out.attribute("id", field.name);
    xml_out.attribute("title", field.name);
    xml_out.attribute("type", gexf_type(field.type));
    xml_out.end();
  }
  xml_out.end();
}

template <std::size_t N>
void write_attvalues(XmlWriter& xml_out, const std::array<FieldDecl, N>& fields,
                     const std::array<std::string, N>& values) {
  bool open = false;
  for (std::size_t i = 0; i < N; ++i) {
    if (native(fields[i]) || values[i].empty()) continue;
    if (!open) xml_out.start("attvalues");
    open = true;
    xml_out.start("attvalue");
    xml_out.attribute("for", fields[i].name);
    xml_out.attribute("value", values[i]);
    xml_out.end();
  }
  if (open) xml_out.end();
}

void write_spells(XmlWriter& xml_out, const std::vector<Spell>& spells) {
  if (spells.empty()) return;
  xml_out.start("spells");
  for (const Spell& spell : spells) {
    xml_out.start("spell");
    if (!spell.start.empty()) xml_out.attribute("start", spell.start);
    if (!spell.end.empty()) xml_out.attribute("end", spell.end);
    xml_out.end();
  }
  xml_out.end();
}

// The value of the field called `name` in a values array.
template <std::size_t N>
const std::string& value_of(const std::array<FieldDecl, N>& fields,
                            const std::array<std::string, N>& values, std::string_view name) {
  static const std::string kNone;
  for (std::size_t i = 0; i < N; ++i) {
    if (name == fields[i].name) return values[i];
  }
  return kNone;
}

void write_node(XmlWriter& xml_out, const Entity& entity, std::vector<Spell> spells) {
  const auto values = export_detail::node_values(entity);
  xml_out.start("node");
  xml_out.attribute("id", node_id(entity));
  const std::string& label = value_of(kNodeFields, values, "label");
  if (!label.empty()) xml_out.attribute("label", label);
  write_attvalues(xml_out, kNodeFields, values);
  write_spells(xml_out, merge(std::move(spells)));
  xml_out.end();
}

void write_edge(XmlWriter& xml_out, const FactView& view, std::size_t index) {
  const auto values = export_detail::edge_values(*view.fact);
  const std::string& relation = value_of(kEdgeFields, values, "relation");
  xml_out.start("edge");
  xml_out.attribute("id", "e" + std::to_string(index));
  xml_out.attribute("source", node_id(*view.subject));
  xml_out.attribute("target", node_id(*view.object));
  xml_out.attribute("label", value_of(kEdgeFields, values, "label"));
  xml_out.attribute("kind", relation);
  xml_out.attribute("weight", value_of(kEdgeFields, values, "weight"));
  write_attvalues(xml_out, kEdgeFields, values);
  Spell spell = edge_spell(*view.fact);
  write_spells(xml_out, spell.always() ? std::vector<Spell>{} : std::vector<Spell>{spell});
  xml_out.end();
}

void start_gexf(XmlWriter& xml_out) {
  xml_out.start("gexf");
  xml_out.attribute("xmlns", "http://gexf.net/1.3");
  xml_out.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml_out.attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
  xml_out.attribute("version", "1.3");
  xml_out.start("meta");
  xml_out.element("creator", "orgkg");
  xml_out.element("description",
                  "International organisations and their members: one edge per fact, "
                  "with its dates as spells");
  xml_out.end();
  xml_out.start("graph");
  xml_out.attribute("mode", "dynamic");
  xml_out.attribute("defaultedgetype", "directed");
  xml_out.attribute("timeformat", "date");
  xml_out.attribute("timerepresentation", "interval");
}

}  // namespace

void write_gexf(const Store& store, std::ostream& out) {
  std::vector<FactView> facts = export_detail::resolved_facts(store);
  std::map<std::string, std::vector<Spell>, std::less<>> node_spells;
  for (const FactView& view : facts) {
    Spell spell = edge_spell(*view.fact);
    node_spells[view.fact->subject].push_back(spell);
    node_spells[view.fact->object].push_back(spell);
  }
  XmlWriter xml_out(out, "GEXF");
  start_gexf(xml_out);
  declare(xml_out, "node", kNodeFields);
  declare(xml_out, "edge", kEdgeFields);
  xml_out.start("nodes");
  for (const Entity* entity : store.entities()) {
    auto found = node_spells.find(node_id(*entity));
    // No edges: no spells (always present).
    write_node(xml_out, *entity,
               found == node_spells.end() ? std::vector<Spell>{} : std::move(found->second));
  }
  xml_out.end();
  xml_out.start("edges");
  for (std::size_t i = 0; i < facts.size(); ++i) write_edge(xml_out, facts[i], i);
  xml_out.end();
  xml_out.end();  // graph
  xml_out.end();  // gexf
  xml_out.finish();
}

std::string to_gexf(const Store& store) {
  std::ostringstream out;
  write_gexf(store, out);
  return std::move(out).str();
}

}  // namespace orgkg

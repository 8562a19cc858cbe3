// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Graphviz DOT writer. The exact output shape:
//
//   digraph orgkg {
//     graph [label="…", labelloc=t, rankdir=LR, ranksep=…, nodesep=…, fontname=…];
//     node [fontname=…, fontsize=10, style=filled];
//     edge [fontname=…, fontsize=8, arrowsize=0.7];
//     "org_SCO" [label="SCO", tooltip="Shanghai Cooperation Organisation",
//                shape=box, style="rounded,filled", fillcolor=…, color=…];
//     … one statement per drawn entity, sorted by node id
//     "state_RUS" -> "org_SCO" [tooltip="Russia member_of SCO, 2001-06-15 … (2 sources)",
//                               color=…, style=solid];
//     … one per drawn fact, in (subject, relation, object) order
//     "legend" [shape=plain, label=<<table>…</table>>];   the kinds and relations
//                                     drawn, with their colours and line styles
//   }
//
// Nodes are styled by kind (kStyles), edges by relation (kRelationStyles);
// symmetric relations have no arrowhead (dir=none); focus entities get a thick
// border. Every ID and text goes through dot_quoted(), the one escape function.
// The legend's node id "legend" is no node_id(), which all have a kind prefix.
#include <array>
#include <ios>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dot_escape.hpp"
#include "dot_focus.hpp"
#include "fact_view.hpp"
#include "orgkg/export/dot.hpp"
#include "output.hpp"

namespace orgkg {
namespace {

using export_detail::dot_quoted;
using export_detail::DotSelection;
using export_detail::FactView;

struct KindStyle {
  EntityKind kind;
  std::string_view shape;
  std::string_view style;
  std::string_view fill;
  std::string_view border;
};

constexpr std::array<KindStyle, 4> kKindStyles = {{
    {EntityKind::State, "ellipse", "filled", "#dbe9f6", "#4a7ab5"},
    {EntityKind::Organisation, "box", "rounded,filled", "#fde0c5", "#d9822b"},
    {EntityKind::City, "house", "filled", "#dff0d8", "#5b9b48"},
    {EntityKind::Other, "note", "filled", "#eeeeee", "#888888"},
}};

struct RelationStyle {
  Relation relation;
  std::string_view color;
  std::string_view style;
  std::string_view arrowhead;
};

constexpr std::array<RelationStyle, 11> kRelationStyles = {{
    {Relation::MemberOf, "#1f4e99", "solid", "normal"},
    {Relation::ObserverOf, "#7f7f7f", "dashed", "normal"},
    {Relation::PartnerOf, "#2ca02c", "dotted", "normal"},
    {Relation::AssociateMemberOf, "#6baed6", "dashed", "normal"},
    {Relation::CandidateFor, "#ff7f0e", "dashed", "empty"},
    {Relation::FounderOf, "#9467bd", "bold", "normal"},
    {Relation::ChairOf, "#d62728", "bold", "normal"},
    {Relation::HeadquarteredIn, "#8c564b", "solid", "dot"},
    {Relation::CooperatesWith, "#17becf", "solid", "none"},
    {Relation::AgreementWith, "#bcbd22", "dashed", "none"},
    {Relation::Left, "#000000", "dotted", "tee"},
}};

const KindStyle& style_of(EntityKind kind) {
  for (const KindStyle& row : kKindStyles) {
    if (row.kind == kind) return row;
  }
  return kKindStyles.back();
}

const RelationStyle& style_of(Relation relation) {
  for (const RelationStyle& row : kRelationStyles) {
    if (row.relation == relation) return row;
  }
  return kRelationStyles.front();
}

std::string label_of(const Entity& entity) {
  return entity.label.empty() ? entity.key : entity.label;
}

// `name=value` attributes, the values already in DOT syntax.
void node_attributes(std::ostream& out, const KindStyle& style) {
  out << ", shape=" << style.shape << ", style=" << dot_quoted(style.style)
      << ", fillcolor=" << dot_quoted(style.fill) << ", color=" << dot_quoted(style.border);
}

void edge_attributes(std::ostream& out, const RelationStyle& style) {
  out << "color=" << dot_quoted(style.color) << ", style=" << style.style;
  if (is_symmetric(style.relation)) {
    out << ", dir=none";
  } else if (style.arrowhead != "normal") {
    out << ", arrowhead=" << style.arrowhead;
  }
}

void write_node(std::ostream& out, const Entity& entity, bool focus) {
  std::string tooltip = entity.name.empty() ? label_of(entity) : entity.name;
  tooltip += " (" + std::string(kind_name(entity.kind)) + ")";
  out << "  " << dot_quoted(node_id(entity)) << " [label=" << dot_quoted(label_of(entity))
      << ", tooltip=" << dot_quoted(tooltip);
  node_attributes(out, style_of(entity.kind));
  if (focus) out << ", penwidth=3";
  out << "];\n";
}

// "2001-06-15 … 2012", "since 2001", "seen 2019 … 2021", "" when undated.
std::string period(const Fact& fact) {
  std::string from = fact.valid_from ? fact.valid_from->to_iso() : "";
  std::string to = fact.valid_to ? fact.valid_to->to_iso() : "";
  if (!from.empty() || !to.empty()) {
    if (to.empty()) return "since " + from;
    return (from.empty() ? "?" : from) + " … " + to;
  }
  if (fact.first_seen.empty()) return "";
  std::string first = fact.first_seen.to_iso();
  std::string last = fact.last_seen.to_iso();
  return "seen " + (first == last ? first : first + " … " + last);
}

void write_edge(std::ostream& out, const FactView& view) {
  const Fact& fact = *view.fact;
  std::string tooltip = label_of(*view.subject) + " " + std::string(relation_name(fact.relation)) +
                        " " + label_of(*view.object);
  std::string when = period(fact);
  if (!when.empty()) tooltip += ", " + when;
  std::size_t sources = fact.sources().size();
  tooltip += " (" + std::to_string(sources) + (sources == 1 ? " source)" : " sources)");
  if (fact.conflict) tooltip += " [conflicting evidence]";
  out << "  " << dot_quoted(fact.subject) << " -> " << dot_quoted(fact.object)
      << " [tooltip=" << dot_quoted(tooltip) << ", ";
  edge_attributes(out, style_of(fact.relation));
  out << "];\n";
}

// A line of the legend's relation samples: its style drawn with characters,
// then its arrowhead.
std::string sample_line(const RelationStyle& style) {
  std::string line = style.style == "dashed"   ? "– – – –"
                     : style.style == "dotted" ? "· · · · ·"
                     : style.style == "bold"   ? "━━━━━"
                                               : "─────";
  if (style.arrowhead == "normal") line += "▶";
  if (style.arrowhead == "empty") line += "▷";
  if (style.arrowhead == "dot") line += "●";
  if (style.arrowhead == "tee") line += "┤";
  return line;
}

// One node whose HTML-like label is a table of the kinds and relations drawn:
// unlike a cluster, every layout engine (dot, fdp, sfdp, neato) keeps it whole.
// Its text is fixed vocabulary, so it needs no escaping.
void write_legend(std::ostream& out, const std::set<EntityKind>& kinds,
                  const std::set<Relation>& relations) {
  if (kinds.empty()) return;
  out << "  \"legend\" [shape=plain, fontsize=10, label=<<table border=\"1\" "
         "cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\" color=\"#bbbbbb\">"
         "<tr><td colspan=\"2\"><b>Legend</b></td></tr>";
  for (EntityKind kind : kinds) {
    const KindStyle& style = style_of(kind);
    out << "<tr><td bgcolor=\"" << style.fill << "\" border=\"1\" color=\"" << style.border << "\">"
        << kind_name(kind) << "</td><td align=\"left\">" << style.shape << "</td></tr>";
  }
  for (Relation relation : relations) {
    const RelationStyle& style = style_of(relation);
    out << "<tr><td align=\"left\"><font color=\"" << style.color << "\">" << sample_line(style)
        << "</font></td><td align=\"left\">" << relation_name(relation) << "</td></tr>";
  }
  out << "</table>>];\n";
}

std::string title(const Store& store, const DotSelection& selection, int depth) {
  if (selection.everything) {
    return "orgkg: " + std::to_string(store.entity_count()) + " entities, " +
           std::to_string(store.fact_count()) + " facts";
  }
  std::string names;
  for (const std::string& id : selection.focus) {
    const Entity* entity = store.find_entity(id);
    names += (names.empty() ? "" : ", ") + (entity != nullptr ? label_of(*entity) : id);
  }
  return "orgkg: " + names + " and what lies within " + std::to_string(depth) +
         (depth == 1 ? " edge" : " edges");
}

void write_graph(const Store& store, const DotSelection& selection,
                 const std::vector<FactView>& facts, int depth, std::ostream& out) {
  out << "digraph orgkg {\n"
      << "  graph [label=" << dot_quoted(title(store, selection, depth))
      << ", labelloc=t, fontname=\"Helvetica\", fontsize=14, rankdir=LR, ranksep=1.2,"
         " nodesep=0.12];\n"
         "  node [fontname=\"Helvetica\", fontsize=10, margin=\"0.08,0.03\", height=0.3];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n";
  std::set<EntityKind> kinds;
  for (const Entity* entity : store.entities()) {
    const std::string id = node_id(*entity);
    if (!selection.contains(id)) continue;
    kinds.insert(entity->kind);
    write_node(out, *entity, selection.focus.count(id) != 0);
  }
  std::set<Relation> relations;
  for (const FactView& view : facts) {
    if (!selection.contains(view.fact->subject) || !selection.contains(view.fact->object)) continue;
    relations.insert(view.fact->relation);
    write_edge(out, view);
  }
  write_legend(out, kinds, relations);
  out << "}\n";
}

}  // namespace

void write_dot(const Store& store, std::ostream& out, const ExportOptions& options) {
  // Both throw orgkg::Error before a byte is written.
  const DotSelection selection = export_detail::select_for_dot(store, options.focus, options.depth);
  const std::vector<FactView> facts = export_detail::resolved_facts(store);
  try {
    write_graph(store, selection, facts, options.depth, out);
  } catch (const std::ios_base::failure&) {
    export_detail::throw_stream_error("DOT");
  }
  export_detail::check_stream(out, "DOT");
}

void check_dot_options(const Store& store, const ExportOptions& options) {
  static_cast<void>(export_detail::select_for_dot(store, options.focus, options.depth));
}

std::string to_dot(const Store& store, const ExportOptions& options) {
  std::ostringstream out;
  write_dot(store, out, options);
  return out.str();
}

}  // namespace orgkg

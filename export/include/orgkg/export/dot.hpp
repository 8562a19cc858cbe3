// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Graphviz DOT: a picture of the whole graph or of the neighbourhood of a few
// entities, nodes shaped and coloured by entity kind, edges coloured and
// styled by relation, with a legend of what is drawn. Render it with
// `dot -Tsvg graph.dot -o graph.svg`. Writing only reads the Store, so several
// threads may write the same Store at once.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/export/format.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` as one `digraph` (left to right): a node per entity, sorted
/// by node id (state: ellipse, organisation: rounded box, city: house, other:
/// note; each kind its own colour), an edge per fact in (subject, relation,
/// object) order (member_of solid blue, observer_of dashed grey, partner_of
/// dotted green, associate_member_of dashed light blue, candidate_for dashed
/// orange, founder_of bold purple, chair_of bold red, headquartered_in brown,
/// cooperates_with teal and agreement_with dashed olive without arrowheads,
/// left dotted black ending in a bar), each with a tooltip giving its dates and
/// number of sources, then a node "legend" (an HTML-like table, kept whole by
/// every layout engine) of the kinds and relations drawn; none for an empty
/// drawing.
///
/// With ExportOptions::focus set, draws only the entities within
/// ExportOptions::depth facts (taken in either direction) of a focus entity,
/// and the facts between them; focus entities get a thick border. Focus names
/// are resolved like queries (find_entity_by_name(): node id, key, label,
/// acronym, name or alias, ASCII case-insensitive). Labels and tooltips are
/// escaped so any text reads back unchanged and cannot break the syntax.
/// Deterministic. Throws orgkg::Error naming an unknown focus name (with the
/// closest names) or for a negative depth, before writing anything; IoError
/// when the stream fails. O(entities + facts).
void write_dot(const Store& store, std::ostream& out, const ExportOptions& options = {});

/// Throws the orgkg::Error write_dot() would throw for `options` (an unknown
/// focus name, a negative depth), writing nothing; returns when write_dot()
/// would not. Call it before writing several formats, so that a bad focus
/// leaves no file at all. O(entities + facts).
void check_dot_options(const Store& store, const ExportOptions& options);

/// write_dot() into a string.
[[nodiscard]] std::string to_dot(const Store& store, const ExportOptions& options = {});

}  // namespace orgkg

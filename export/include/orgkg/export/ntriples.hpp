// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Line-based RDF 1.1: N-Triples (one graph) and N-Quads (the default graph plus
// one named graph per source document). The N-Triples hold exactly the
// statements of the Turtle output (write_turtle()), in the same order, every
// IRI absolute and every literal escaped per the N-Triples grammar; no blank
// nodes, so reloading never duplicates anything. export/README.md documents the
// vocabulary. Deterministic: the same Store gives the same bytes.
// Thread-safety: as for every writer (see format.hpp).
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/export/format.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` as RDF 1.1 N-Triples. Deterministic; throws IoError when
/// `out` fails and orgkg::Error for an invalid base IRI.
void write_ntriples(const Store& store, std::ostream& out, const ExportOptions& options = {});

/// Writes `store` as RDF 1.1 N-Quads. First the default graph: every N-Triples
/// statement, as triples. Then, graphs sorted by IRI, the named graph
/// `BASE graph/doc/<id>` of each document that states a fact: the direct triple
/// of every fact it states (`<…/id/state/IND> org:memberOf <…/id/org/SCO>`), its
/// evidence nodes (prov:value, prov:wasQuotedFrom), and one statement
/// `<BASE graph/doc/<id>> prov:wasDerivedFrom <BASE id/doc/<id>>` linking the
/// graph to the document it holds. So `GRAPH ?g { ?s org:memberOf ?o }` names
/// the documents that state a fact. Throws as write_ntriples().
void write_nquads(const Store& store, std::ostream& out, const ExportOptions& options = {});

/// The N-Triples document for `store`, as write_ntriples() writes it.
[[nodiscard]] std::string to_ntriples(const Store& store, const ExportOptions& options = {});
/// The N-Quads document for `store`, as write_nquads() writes it.
[[nodiscard]] std::string to_nquads(const Store& store, const ExportOptions& options = {});

}  // namespace orgkg

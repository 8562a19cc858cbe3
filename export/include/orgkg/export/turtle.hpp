// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// RDF 1.1 Turtle output (CONVENTIONS section 6): for each fact a direct triple
// (`state:RUS org:memberOf organisation:SCO`) plus a qualified node carrying its
// role, time interval and provenance; entities, documents and evidence sentences
// as resources. Every IRI is absolute and minted deterministically under
// ExportOptions::base_iri: no blank nodes, no RDF-star, so reloading a file into
// a store never duplicates anything. The statements are those of the N-Triples
// output (ntriples.hpp), built once by export/src/rdf_statements.cpp, which
// documents their shape; export/src/turtle_writer.cpp documents the layout. Deterministic: the same Store gives the same
// bytes.
// Thread-safety: as for every writer (see format.hpp), concurrent writes of one
// unchanging Store are safe.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/export/format.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` as a Turtle document to `out`. Throws orgkg::Error when
/// `options.base_iri` is not an absolute IRI ending with '/' or '#' (before
/// anything is written), and IoError when the stream fails.
void write_turtle(const Store& store, std::ostream& out, const ExportOptions& options = {});

/// The Turtle document for `store`, as write_turtle() writes it.
[[nodiscard]] std::string to_turtle(const Store& store, const ExportOptions& options = {});

}  // namespace orgkg

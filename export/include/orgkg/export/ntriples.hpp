// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Line-based RDF: N-Triples (one graph) and N-Quads (one named graph per source
// document). Both carry the same statements as the Turtle output.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/export/format.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` as RDF 1.1 N-Triples. Deterministic; throws IoError when
/// `out` fails and orgkg::Error for an invalid base IRI.
void write_ntriples(const Store& store, std::ostream& out, const ExportOptions& options = {});

/// Writes `store` as RDF 1.1 N-Quads: statements drawn from a source document
/// go into that document's named graph (`id/doc/<id>`), the rest into the
/// default graph.
void write_nquads(const Store& store, std::ostream& out, const ExportOptions& options = {});

[[nodiscard]] std::string to_ntriples(const Store& store, const ExportOptions& options = {});
[[nodiscard]] std::string to_nquads(const Store& store, const ExportOptions& options = {});

}  // namespace orgkg

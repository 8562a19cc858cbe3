// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// PLACEHOLDER: replaced by the N-Triples/N-Quads writer.
#include "orgkg/export/ntriples.hpp"

#include <sstream>

#include "orgkg/graph/error.hpp"

namespace orgkg {
void write_ntriples(const Store&, std::ostream&, const ExportOptions&) { throw Error("N-Triples: not written yet"); }
void write_nquads(const Store&, std::ostream&, const ExportOptions&) { throw Error("N-Quads: not written yet"); }
std::string to_ntriples(const Store& s, const ExportOptions& o) { std::ostringstream out; write_ntriples(s, out, o); return out.str(); }
std::string to_nquads(const Store& s, const ExportOptions& o) { std::ostringstream out; write_nquads(s, out, o); return out.str(); }
}  // namespace orgkg

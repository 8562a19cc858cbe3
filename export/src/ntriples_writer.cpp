// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// N-Triples and N-Quads writers: the shared statement list (rdf_statements.hpp)
// one statement per line, `<s> <p> <o> .` or `<s> <p> <o> <g> .`, every IRI in
// full through rdf_iri_ref(), every literal through rdf_string_literal() with
// `@lang` or `^^<datatype>`: the escape functions the Turtle writer uses.
//
// N-Triples: the default-graph statements, in the list's order (exactly the
// statements the Turtle output holds).
// N-Quads: the same lines first (the default graph), then each document's
// named graph BASE graph/doc/<id>, graphs sorted by IRI, statements in the
// list's order: the direct triples of the facts that document states, its
// evidence nodes, and `<graph> prov:wasDerivedFrom <BASE id/doc/<id>>`.
#include <ios>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgkg/export/ntriples.hpp"
#include "output.hpp"
#include "rdf_statements.hpp"
#include "rdf_terms.hpp"
#include "turtle_escape.hpp"

namespace orgkg {
namespace {

using export_detail::Statement;
using export_detail::Term;

std::string ntriples_term(const Term& term) {
  if (term.is_iri()) return export_detail::rdf_iri_ref(term.value);
  return export_detail::render_literal(
      term, [](const std::string& iri) { return export_detail::rdf_iri_ref(iri); });
}

// One line: `s p o .`, or `s p o g .` when `graph` is not empty.
void write_line(std::ostream& out, const Statement& statement, const std::string& graph) {
  out << ntriples_term(statement.subject) << ' ' << ntriples_term(statement.predicate) << ' '
      << ntriples_term(statement.object);
  if (!graph.empty()) out << ' ' << export_detail::rdf_iri_ref(graph);
  out << " .\n";
}

void write_default_graph(std::ostream& out, const std::vector<Statement>& statements,
                         std::string_view what) {
  for (const Statement& statement : statements) {
    if (!statement.in_default_graph()) continue;
    write_line(out, statement, {});
    if (!out) export_detail::throw_stream_error(what);
  }
}

void write_named_graphs(std::ostream& out, const std::vector<Statement>& statements) {
  std::map<std::string, std::vector<const Statement*>> graphs;  // sorted by graph IRI
  for (const Statement& statement : statements) {
    for (const std::string& graph : statement.graphs) graphs[graph].push_back(&statement);
  }
  for (const auto& [graph, members] : graphs) {
    for (const Statement* statement : members) write_line(out, *statement, graph);
    if (!out) export_detail::throw_stream_error("N-Quads");
  }
}

// Builds the statements (validating the base IRI before anything is written),
// runs `body`, flushes and checks the stream.
template <typename Body>
void write_lines(const Store& store, std::ostream& out, const ExportOptions& options,
                 std::string_view what, Body&& body) {
  export_detail::IriMinter iris(options);
  std::vector<Statement> statements = export_detail::rdf_statements(store, iris);
  try {
    std::forward<Body>(body)(statements);
    out.flush();
  } catch (const std::ios_base::failure&) {
    export_detail::throw_stream_error(what);
  }
  export_detail::check_stream(out, what);
}

}  // namespace

void write_ntriples(const Store& store, std::ostream& out, const ExportOptions& options) {
  write_lines(store, out, options, "N-Triples", [&](const std::vector<Statement>& statements) {
    write_default_graph(out, statements, "N-Triples");
  });
}

void write_nquads(const Store& store, std::ostream& out, const ExportOptions& options) {
  write_lines(store, out, options, "N-Quads", [&](const std::vector<Statement>& statements) {
    write_default_graph(out, statements, "N-Quads");
    write_named_graphs(out, statements);
  });
}

std::string to_ntriples(const Store& store, const ExportOptions& options) {
  std::ostringstream out;
  write_ntriples(store, out, options);
  return std::move(out).str();
}

std::string to_nquads(const Store& store, const ExportOptions& options) {
  std::ostringstream out;
  write_nquads(store, out, options);
  return std::move(out).str();
}

}  // namespace orgkg

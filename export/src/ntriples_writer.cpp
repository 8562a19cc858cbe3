// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// N-Triples and N-Quads writers: the shared statement stream (rdf_statements.hpp)
// one statement per line, `<s> <p> <o> .` or `<s> <p> <o> <g> .`, every IRI in
// full (append_full_iri(): URLs from the data escaped by append_iri_ref(), the
// IRIs the model mints copied as they are), every literal through append_string_literal()
// with `@lang` or `^^<datatype>`: the escape functions the Turtle writer uses.
//
// N-Triples: the default-graph statements, in the stream's order (exactly the
// statements the Turtle output holds).
// N-Quads: the same lines first (the default graph), then each document's
// named graph BASE graph/doc/<id>, graphs sorted by IRI, as the stream hands
// them over: the direct triples of the facts that document states, its
// evidence nodes, and `<graph> prov:wasDerivedFrom <BASE id/doc/<id>>`.
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "orgkg/export/ntriples.hpp"
#include "rdf_statements.hpp"
#include "rdf_syntax.hpp"
#include "rdf_terms.hpp"
#include "turtle_escape.hpp"

namespace orgkg {
namespace {

using export_detail::Statement;

// Writes each statement as one line: `s p o .`, or `s p o g .` in a named graph.
class LineWriter final : public export_detail::StatementSink {
 public:
  explicit LineWriter(export_detail::RdfOutput& output) : output_(output), out_(output.text()) {}

  void statement(const Statement& s) override {
    export_detail::append_ntriples_term(out_, s.subject);
    out_ += ' ';
    export_detail::append_ntriples_term(out_, s.predicate);
    out_ += ' ';
    export_detail::append_ntriples_term(out_, s.object);
    if (!s.in_default_graph()) {
      out_ += ' ';
      export_detail::append_full_iri(out_, s.graph, false);
    }
    out_ += " .\n";
    output_.commit();
  }

 private:
  export_detail::RdfOutput& output_;
  std::string& out_;
};

void write_lines(const Store& store, std::ostream& out, const ExportOptions& options,
                 std::string_view what, export_detail::GraphScope scope) {
  const export_detail::IriMinter iris(options);  // throws for a bad base, before any output
  export_detail::write_rdf(out, what, [&](export_detail::RdfOutput& output) {
    LineWriter writer(output);
    export_detail::for_each_statement(store, iris, scope, writer);
  });
}

}  // namespace

void write_ntriples(const Store& store, std::ostream& out, const ExportOptions& options) {
  write_lines(store, out, options, "N-Triples", export_detail::GraphScope::Default);
}

void write_nquads(const Store& store, std::ostream& out, const ExportOptions& options) {
  write_lines(store, out, options, "N-Quads", export_detail::GraphScope::All);
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

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Turtle writer (CONVENTIONS section 6): renders the shared statement stream
// (rdf_statements.hpp, which documents what is said and in which order) as
//
//   @prefix lines: dct foaf org owl prov rdf rdfs skos time wd xsd, then orgkg:
//     (BASE def#, or BASE def/ when BASE ends in '#') and state: organisation:
//     city: other: doc: (BASE id/state/ id/org/ id/city/ id/other/ id/doc/);
//   a fact's direct triple on one line `S P O .`;
//   every other run of statements with one subject as a block: the subject on
//     its own line, then one `predicate object` per line joined by ` ;`, ending
//     ` .` and a blank line.
//
// Abbreviations used: prefixed names (only when the local part matches
// [A-Za-z0-9_]+, else a full <IRI>; the longest matching namespace wins), `a`
// for rdf:type, bare xsd:integer and xsd:boolean literals. Never `,` lists,
// blank nodes, collections or RDF-star. Graph links (statements only in the
// N-Quads named graphs) are not written. Literals and IRIs go through the same
// escape functions as N-Triples (turtle_escape.hpp).
//
// The writer streams: it holds only the subject of the open block, and
// appends every term straight into the output buffer (rdf_syntax.hpp).
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgkg/export/turtle.hpp"
#include "rdf_statements.hpp"
#include "rdf_syntax.hpp"
#include "rdf_terms.hpp"
#include "turtle_escape.hpp"

namespace orgkg {
namespace {

using export_detail::Statement;
using export_detail::StatementRole;
using export_detail::Term;

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

class TurtleWriter final : public export_detail::StatementSink {
 public:
  TurtleWriter(export_detail::RdfOutput& output, const export_detail::IriMinter& iris)
      : output_(output),
        out_(output.text()),
        prefixes_(iris.prefixes()),
        rdf_type_(iris.expand("rdf:type")),
        xsd_integer_(iris.expand("xsd:integer")),
        xsd_boolean_(iris.expand("xsd:boolean")) {}

  void write(const Store& store, const export_detail::IriMinter& iris) {
    for (const auto& [prefix, ns] : prefixes_) {
      out_ += "@prefix ";
      out_ += prefix;
      out_ += ": ";
      export_detail::append_iri_ref(out_, ns);
      out_ += " .\n";
    }
    out_ += '\n';
    export_detail::for_each_statement(store, iris, export_detail::GraphScope::Default, *this);
    close_block();
  }

  // A fact's direct triple on one line; a run of description statements of
  // one subject as one `;` block.
  void statement(const Statement& s) override {
    if (!s.in_default_graph()) return;
    if (s.role == StatementRole::Description && in_block_ && s.subject.value == block_subject_) {
      out_ += " ;\n    ";
    } else {
      close_block();
      append_term(s.subject);
      if (s.role == StatementRole::Fact) {
        out_ += ' ';
      } else {
        block_subject_.assign(s.subject.value);
        in_block_ = true;
        out_ += "\n    ";
      }
    }
    append_predicate(s.predicate);
    out_ += ' ';
    append_term(s.object);
    if (s.role == StatementRole::Fact) out_ += " .\n";
    output_.commit();
  }

 private:
  void close_block() {
    if (!in_block_) return;
    out_ += " .\n\n";
    in_block_ = false;
  }

  void append_predicate(const Term& predicate) {
    if (predicate.value == rdf_type_) {
      out_ += 'a';
    } else {
      append_term(predicate);
    }
  }

  void append_term(const Term& term) {
    if (term.is_iri()) {
      append_iri(out_, term.value, term.external);
    } else if ((term.datatype == xsd_integer_ && all_digits(term.value)) ||
               (term.datatype == xsd_boolean_ && (term.value == "true" || term.value == "false"))) {
      out_ += term.value;
    } else {
      export_detail::append_literal(out_, term, [this](std::string& out, std::string_view iri) {
        append_iri(out, iri, false);
      });
    }
  }

  // prefix:local under the longest namespace whose remainder is a plain local
  // name, else the full <IRI> (escaped when `external`).
  void append_iri(std::string& out, std::string_view value, bool external) const {
    const export_detail::Prefix* best = nullptr;
    for (const export_detail::Prefix& p : prefixes_) {
      if (value.size() <= p.iri.size() || !value.starts_with(p.iri)) continue;
      if (best != nullptr && p.iri.size() <= best->iri.size()) continue;
      if (!export_detail::is_plain_local_name(value.substr(p.iri.size()))) continue;
      best = &p;
    }
    if (best == nullptr) {
      export_detail::append_full_iri(out, value, external);
      return;
    }
    out += best->prefix;
    out += ':';
    out += value.substr(best->iri.size());
  }

  export_detail::RdfOutput& output_;
  std::string& out_;
  std::vector<export_detail::Prefix> prefixes_;
  std::string rdf_type_;
  std::string xsd_integer_;
  std::string xsd_boolean_;
  std::string block_subject_;  // the subject of the open block
  bool in_block_ = false;
};

}  // namespace

void write_turtle(const Store& store, std::ostream& out, const ExportOptions& options) {
  const export_detail::IriMinter iris(options);  // throws for a bad base, before any output
  export_detail::write_rdf(out, "Turtle", [&](export_detail::RdfOutput& output) {
    TurtleWriter(output, iris).write(store, iris);
  });
}

std::string to_turtle(const Store& store, const ExportOptions& options) {
  std::ostringstream out;
  write_turtle(store, out, options);
  return std::move(out).str();
}

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Turtle writer (CONVENTIONS section 6): renders the shared statement list
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
#include <ios>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgkg/export/turtle.hpp"
#include "output.hpp"
#include "rdf_statements.hpp"
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

class TurtleWriter {
 public:
  TurtleWriter(std::ostream& out, const ExportOptions& options)
      : out_(out), iris_(options), prefixes_(iris_.prefixes()) {
    rdf_type_ = iris_.expand("rdf:type");
    xsd_integer_ = iris_.expand("xsd:integer");
    xsd_boolean_ = iris_.expand("xsd:boolean");
  }

  void write(const Store& store) {
    std::vector<Statement> statements = export_detail::rdf_statements(store, iris_);
    for (const auto& [prefix, ns] : prefixes_) {
      out_ << "@prefix " << prefix << ": " << export_detail::rdf_iri_ref(ns) << " .\n";
    }
    out_ << '\n';
    for (std::size_t i = 0; i < statements.size();) {
      const Statement& first = statements[i];
      if (!first.in_default_graph()) {
        ++i;
      } else if (first.role == StatementRole::Fact) {
        out_ << term(first.subject) << ' ' << predicate(first.predicate) << ' '
             << term(first.object) << " .\n";
        ++i;
      } else {
        i = write_block(statements, i);
      }
      if (!out_) export_detail::throw_stream_error("Turtle");
    }
  }

 private:
  // Writes the run of description statements sharing statements[begin]'s
  // subject as one `;` block; returns the index after it.
  std::size_t write_block(const std::vector<Statement>& statements, std::size_t begin) {
    const Term& subject = statements[begin].subject;
    out_ << term(subject);
    const char* separator = "\n    ";
    std::size_t i = begin;
    for (; i < statements.size(); ++i) {
      const Statement& s = statements[i];
      if (s.role != StatementRole::Description || s.subject != subject) break;
      out_ << separator << predicate(s.predicate) << ' ' << term(s.object);
      separator = " ;\n    ";
    }
    out_ << " .\n\n";
    return i;
  }

  std::string predicate(const Term& term_) const {
    return term_.value == rdf_type_ ? "a" : term(term_);
  }

  std::string term(const Term& term_) const {
    if (term_.is_iri()) return iri(term_.value);
    if (term_.datatype == xsd_integer_ && all_digits(term_.value)) return term_.value;
    if (term_.datatype == xsd_boolean_ && (term_.value == "true" || term_.value == "false")) {
      return term_.value;
    }
    return export_detail::render_literal(term_, [this](const std::string& dt) { return iri(dt); });
  }

  // prefix:local under the longest namespace whose remainder is a plain local
  // name, else the full <IRI>.
  std::string iri(const std::string& value) const {
    const export_detail::Prefix* best = nullptr;
    for (const export_detail::Prefix& p : prefixes_) {
      if (value.size() <= p.iri.size() || value.compare(0, p.iri.size(), p.iri) != 0) continue;
      if (!export_detail::is_plain_local_name(std::string_view(value).substr(p.iri.size()))) {
        continue;
      }
      if (best == nullptr || p.iri.size() > best->iri.size()) best = &p;
    }
    if (best == nullptr) return export_detail::rdf_iri_ref(value);
    return best->prefix + ":" + value.substr(best->iri.size());
  }

  std::ostream& out_;
  export_detail::IriMinter iris_;
  std::vector<export_detail::Prefix> prefixes_;
  std::string rdf_type_;
  std::string xsd_integer_;
  std::string xsd_boolean_;
};

}  // namespace

void write_turtle(const Store& store, std::ostream& out, const ExportOptions& options) {
  TurtleWriter writer(out, options);
  try {
    writer.write(store);
    out.flush();
  } catch (const std::ios_base::failure&) {
    export_detail::throw_stream_error("Turtle");
  }
  export_detail::check_stream(out, "Turtle");
}

std::string to_turtle(const Store& store, const ExportOptions& options) {
  std::ostringstream out;
  write_turtle(store, out, options);
  return std::move(out).str();
}

}  // namespace orgkg

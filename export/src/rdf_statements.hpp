// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The one RDF statement model behind the Turtle, N-Triples and N-Quads writers.
// rdf_statements() walks the Store once, in its canonical order, and returns
// every statement with absolute IRIs and raw (unescaped) literals, plus the
// named graphs each one also belongs to. The writers only render this list in
// their syntax (rdf_syntax.hpp holds the shared term rendering), so the three
// outputs carry the same statements in the same order by construction.
//
// Order (each group sorted by IRI): vocabulary (properties and roles of the
// relations present), entities, per fact its direct triple then its qualified
// node, intervals, instants, evidence nodes, documents, and last the graph
// links (statements that live only in the named graphs).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "orgkg/graph/store.hpp"
#include "rdf_terms.hpp"
#include "turtle_escape.hpp"

namespace orgkg::export_detail {

/// An RDF term: an absolute IRI or a literal. No blank nodes, by design.
struct Term {
  enum class Kind : unsigned char { Iri, Literal };
  Kind kind = Kind::Iri;
  /// The IRI (absolute: minted, a vocabulary term or a URL with a scheme, which
  /// rdf_iri_ref() makes a valid IRIREF), or the literal's lexical form,
  /// unescaped (any bytes, even invalid UTF-8: escaping is the writers' job).
  std::string value;
  /// Literals: the datatype IRI; "" for a plain string (xsd:string or, with a
  /// language, rdf:langString).
  std::string datatype;
  /// Literals: the lower-case language tag ("en"), or "".
  std::string language;

  [[nodiscard]] bool is_iri() const noexcept { return kind == Kind::Iri; }
  friend bool operator==(const Term&, const Term&) = default;
};

/// What a statement is, for the writers that lay statements out or route them.
enum class StatementRole : unsigned char {
  Description,  ///< describes its subject (grouped by subject in Turtle)
  Fact,         ///< the direct triple of a fact (`S org:memberOf O`), one line in Turtle
  GraphLink,    ///< only in a named graph: `<graph/doc/x> prov:wasDerivedFrom <id/doc/x>`
};

struct Statement {
  Term subject;
  Term predicate;
  Term object;
  StatementRole role = StatementRole::Description;
  /// The named graphs (document graph IRIs, sorted, no duplicates) that hold
  /// this statement besides the default graph. A GraphLink is in its one named
  /// graph only; every other statement is in the default graph.
  std::vector<std::string> graphs;

  /// True when the statement belongs to the default graph (N-Triples, Turtle).
  [[nodiscard]] bool in_default_graph() const noexcept { return role != StatementRole::GraphLink; }
};

/// `literal` in the N-Triples/Turtle syntax they share: the quoted, escaped
/// string, then `@lang`, or `^^` and the datatype as `render_iri` writes an IRI.
template <typename RenderIri>
[[nodiscard]] std::string render_literal(const Term& literal, RenderIri&& render_iri) {
  std::string text = rdf_string_literal(literal.value);
  if (!literal.language.empty()) return text + "@" + literal.language;
  if (!literal.datatype.empty()) {
    text += "^^";
    text += std::forward<RenderIri>(render_iri)(literal.datatype);
  }
  return text;
}

/// Every statement of `store` under `iris`, in the documented order.
/// Deterministic: the same Store gives the same list. Throws orgkg::Error if a
/// fact names an entity the store does not hold.
[[nodiscard]] std::vector<Statement> rdf_statements(const Store& store, const IriMinter& iris);

}  // namespace orgkg::export_detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The one RDF statement model behind the Turtle, N-Triples and N-Quads writers.
// for_each_statement() walks the Store once, in its canonical order, and hands
// every statement, with absolute IRIs and raw (unescaped) literals, to a
// StatementSink: first the default graph, then (when asked for) each named
// graph in turn. The writers only render what they are handed in their syntax
// (rdf_syntax.hpp holds the shared rendering), so the three outputs carry the
// same statements in the same order by construction.
//
// Order of the default graph (each group sorted by IRI): vocabulary
// (properties and roles of the relations present), entities, per fact its
// direct triple then its qualified node, intervals, instants, evidence nodes,
// documents. Then the named graphs, sorted by IRI: per document that states a
// fact, the direct triples of those facts (fact order), its evidence nodes
// (IRI order), and last the graph link, the one statement only found there.
//
// Nothing is materialised but small indexes (entity, document and evidence
// IRIs): a statement's terms are views into the builder's buffers, valid only
// during the sink call, so memory does not grow with the number of statements.
#pragma once

#include <string_view>

#include "orgkg/graph/store.hpp"
#include "rdf_terms.hpp"

namespace orgkg::export_detail {

/// An RDF term: an absolute IRI or a literal. No blank nodes, by design.
/// Views: valid only during the StatementSink::statement() call that gets it.
struct Term {
  enum class Kind : unsigned char { Iri, Literal };
  Kind kind = Kind::Iri;
  /// The IRI (absolute: minted, a vocabulary term or a URL with a scheme, which
  /// append_iri_ref() makes a valid IRIREF), or the literal's lexical form,
  /// unescaped (any bytes, even invalid UTF-8: escaping is the writers' job).
  std::string_view value;
  /// Literals: the datatype IRI; "" for a plain string (xsd:string or, with a
  /// language, rdf:langString).
  std::string_view datatype;
  /// Literals: the lower-case language tag ("en"), or "".
  std::string_view language;
  /// IRIs: true for an IRI taken from the data (a document's URL), which may
  /// hold bytes an IRIREF forbids; false for every IRI built here (vocabulary
  /// terms, and IRIs minted under the validated base from percent-encoded
  /// segments), which never does, so writers copy it without escaping.
  bool external = false;

  [[nodiscard]] bool is_iri() const noexcept { return kind == Kind::Iri; }
};

/// What a statement is, for the writers that lay statements out.
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
  /// The named graph IRI (BASE graph/doc/<id>, minted: never needs escaping),
  /// or "" for the default graph.
  std::string_view graph;

  /// True when the statement belongs to the default graph (N-Triples, Turtle).
  [[nodiscard]] bool in_default_graph() const noexcept { return graph.empty(); }
};

/// Receives the statements, in order (leveldb's WriteBatch::Handler shape).
class StatementSink {
 public:
  virtual ~StatementSink() = default;
  /// One statement; its views die when this returns.
  virtual void statement(const Statement& statement) = 0;
};

/// Which graphs for_each_statement() walks.
enum class GraphScope : unsigned char {
  Default,  ///< the default graph only (Turtle, N-Triples)
  All,      ///< the default graph, then every named graph (N-Quads)
};

/// Hands every statement of `store` under `iris` to `sink`, in the documented
/// order. Deterministic: the same Store gives the same sequence. Throws
/// orgkg::Error if a fact names an entity the store does not hold (before any
/// statement is handed over), and whatever `sink` throws.
void for_each_statement(const Store& store, const IriMinter& iris, GraphScope scope,
                        StatementSink& sink);

}  // namespace orgkg::export_detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// What the Turtle, N-Triples and N-Quads writers share below the statement
// model (rdf_statements.hpp): the buffered output they append text to, the
// literal syntax they have in common, the N-Triples rendering of a term, and
// the run-and-check wrapper around a writer.
#pragma once

#include <cstddef>
#include <ios>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

#include "output.hpp"
#include "rdf_statements.hpp"
#include "turtle_escape.hpp"

namespace orgkg::export_detail {

/// A writer's output: text is appended to text(), and handed to the stream in
/// chunks of about 256 KiB, so the stream's cost is paid per chunk, not per
/// term. Not copyable; one per write.
class RdfOutput {
 public:
  /// Output to `out` for the writer named `what` ("N-Triples": the IoError text).
  RdfOutput(std::ostream& out, std::string_view what);
  RdfOutput(const RdfOutput&) = delete;
  RdfOutput& operator=(const RdfOutput&) = delete;

  /// The pending text; append to it, then call commit().
  [[nodiscard]] std::string& text() noexcept { return buffer_; }
  /// Hands the pending text to the stream once it holds a chunk. Throws
  /// IoError when the stream fails.
  void commit() {
    if (buffer_.size() >= kChunk) write_pending();
  }
  /// Writes the rest and flushes the stream. Throws IoError when it fails.
  void finish();

 private:
  static constexpr std::size_t kChunk = std::size_t{1} << 18;
  void write_pending();

  std::ostream& out_;
  std::string_view what_;
  std::string buffer_;
};

/// Runs `write(output)` on an RdfOutput over `out`, then finishes it. Stream
/// failures (failbit or badbit, or the std::ios_base::failure of a stream with
/// exceptions enabled) become IoError naming kStreamName: "cannot write <what>".
template <typename Write>
void write_rdf(std::ostream& out, std::string_view what, Write&& write) {
  RdfOutput output(out, what);
  try {
    std::forward<Write>(write)(output);
    output.finish();
  } catch (const std::ios_base::failure&) {
    throw_stream_error(what);
  }
}

/// Appends `literal` in the syntax N-Triples and Turtle share: the quoted,
/// escaped string (append_string_literal()), then `@lang`, or `^^` and the
/// datatype as `append_iri(out, iri)` writes an IRI.
template <typename AppendIri>
void append_literal(std::string& out, const Term& literal, AppendIri&& append_iri) {
  append_string_literal(out, literal.value);
  if (!literal.language.empty()) {
    out += '@';
    out += literal.language;
  } else if (!literal.datatype.empty()) {
    out += "^^";
    std::forward<AppendIri>(append_iri)(out, literal.datatype);
  }
}

/// Appends `iri` as a full IRIREF `<...>`: escaped (append_iri_ref()) when
/// `external`, else copied (an IRI the statement model built, Term::external).
inline void append_full_iri(std::string& out, std::string_view iri, bool external) {
  if (external) {
    append_iri_ref(out, iri);
    return;
  }
  out += '<';
  out += iri;
  out += '>';
}

/// Appends `term` as N-Triples and N-Quads write it: `<IRI>`, or a literal with
/// `@lang` or `^^<datatype>`.
void append_ntriples_term(std::string& out, const Term& term);

}  // namespace orgkg::export_detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The escape functions of the RDF writers, exactly one per context: string
// literals, IRI path segments minted from our own keys, and IRIs taken whole
// from the data (URLs). The grammar is that of N-Triples and Turtle (RDF 1.1),
// which agree on all three (N-Quads is N-Triples plus a graph IRI), so the
// Turtle, N-Triples and N-Quads writers all use these and nothing else.
#pragma once

#include <string>
#include <string_view>

namespace orgkg::export_detail {

/// `text` as a quoted string literal ("..."): `"` `\` LF CR TAB as \" \\ \n \r
/// \t, other C0 controls and DEL as \u00XX, invalid UTF-8 as U+FFFD, every
/// other character as itself (UTF-8).
[[nodiscard]] std::string rdf_string_literal(std::string_view text);

/// `text` as one IRI path segment: every byte outside the RFC 3986 unreserved
/// set [A-Za-z0-9-._~] percent-encoded (%XX, upper case), so the segment never
/// contains '/', '#', '?', spaces or non-ASCII. Lossless: distinct inputs give
/// distinct segments.
[[nodiscard]] std::string iri_segment(std::string_view text);

/// `iri` as an IRIREF (<...>) of Turtle, N-Triples and N-Quads: bytes they
/// forbid inside <> (controls, space, <>"{}|^`\, DEL) and invalid UTF-8 bytes
/// percent-encoded; well-formed non-ASCII characters and existing %XX escapes
/// kept.
[[nodiscard]] std::string rdf_iri_ref(std::string_view iri);

/// True when `local` can be written as the local part of a prefixed name: it
/// matches [A-Za-z0-9_]+, a conservative subset every Turtle parser accepts.
[[nodiscard]] bool is_plain_local_name(std::string_view local);

}  // namespace orgkg::export_detail

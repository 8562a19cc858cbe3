// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The escape functions of the RDF writers, exactly one per context: string
// literals, IRI path segments minted from our own keys, and IRIs taken whole
// from the data (URLs). The grammar is that of N-Triples and Turtle (RDF 1.1),
// which agree on all three (N-Quads is N-Triples plus a graph IRI), so the
// Turtle, N-Triples and N-Quads writers all use these and nothing else.
//
// Each context has an append_* form, which the writers use (it copies the
// longest run that needs no escaping in one go, as serd's writer does, and
// allocates nothing but `out`'s growth), and a form returning a new string.
#pragma once

#include <string>
#include <string_view>

namespace orgkg::export_detail {

/// Appends `text` as a quoted string literal ("..."): `"` `\` LF CR TAB as \"
/// \\ \n \r \t, other C0 controls and DEL as \u00XX, invalid UTF-8 as U+FFFD
/// (one per byte that starts no well-formed sequence), every other character
/// as itself (UTF-8).
void append_string_literal(std::string& out, std::string_view text);
/// append_string_literal() into a new string.
[[nodiscard]] std::string rdf_string_literal(std::string_view text);

/// Appends `text` as one IRI path segment: every byte outside the RFC 3986
/// unreserved set [A-Za-z0-9-._~] percent-encoded (%XX, upper case), so the
/// segment never contains '/', '#', '?', spaces or non-ASCII. Lossless:
/// distinct inputs give distinct segments.
void append_iri_segment(std::string& out, std::string_view text);
/// append_iri_segment() into a new string.
[[nodiscard]] std::string iri_segment(std::string_view text);

/// Appends `iri` as an IRIREF (<...>) of Turtle, N-Triples and N-Quads: bytes
/// they forbid inside <> (controls, space, <>"{}|^`\, DEL) and invalid UTF-8
/// bytes percent-encoded; well-formed non-ASCII characters and existing %XX
/// escapes kept.
void append_iri_ref(std::string& out, std::string_view iri);
/// append_iri_ref() into a new string.
[[nodiscard]] std::string rdf_iri_ref(std::string_view iri);

/// True when `local` can be written as the local part of a prefixed name: it
/// matches [A-Za-z0-9_]+, a conservative subset every Turtle parser accepts.
[[nodiscard]] bool is_plain_local_name(std::string_view local);

}  // namespace orgkg::export_detail

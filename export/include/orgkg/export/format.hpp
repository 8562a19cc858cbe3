// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The output formats orgkg writes and the one entry point that picks a writer by
// format. A Format owns its vocabulary (name, file extension) so callers such as
// the CLI keep no tables of their own. Writers only read the Store; they are
// deterministic (the same Store gives byte-identical output) and never print.
// Writing the same Store from several threads at once is safe; writing while
// another thread modifies the Store is not.
#pragma once

#include <array>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/store.hpp"

namespace orgkg {

/// An output format; every function below covers all of them.
enum class Format {
  GraphML,   ///< GraphML for Gephi, NetworkX, igraph, graphology
  Gexf,      ///< GEXF 1.3 with dynamic spells, for Gephi's timeline
  Turtle,    ///< RDF 1.1 Turtle
  NTriples,  ///< RDF 1.1 N-Triples
  NQuads,    ///< RDF 1.1 N-Quads, one named graph per source document
  Json,      ///< JSON lines: one fact with its evidence per line
  Dot,       ///< Graphviz DOT, the whole graph or a neighbourhood
};

/// Every format, in declaration order (for help texts and tests).
inline constexpr std::array<Format, 7> kAllFormats = {
    Format::GraphML, Format::Gexf, Format::Turtle, Format::NTriples,
    Format::NQuads,  Format::Json, Format::Dot};

/// The formats written when none is named: every format but DOT (a picture is
/// asked for, not produced by default).
inline constexpr std::array<Format, 6> kDefaultFormats = {
    Format::GraphML, Format::Gexf, Format::Turtle, Format::NTriples, Format::NQuads, Format::Json};

/// The format's canonical short name: "graphml", "gexf", "ttl", "nt", "nq",
/// "json", "dot".
[[nodiscard]] std::string_view format_name(Format format);

/// The file extension with its dot: ".graphml", ".gexf", ".ttl", ".nt", ".nq",
/// ".json", ".dot".
[[nodiscard]] std::string_view file_extension(Format format);

/// The format a name denotes: a canonical name or an alias ("turtle"), compared
/// ASCII case-insensitively. nullopt for an unknown name.
[[nodiscard]] std::optional<Format> format_from_name(std::string_view name);

/// The format a file extension denotes (".graphml", ".ttl"; the dot may be
/// omitted), compared ASCII case-insensitively. nullopt for an unknown one.
/// Pass `path.extension().string()` to pick a format from a file name.
[[nodiscard]] std::optional<Format> format_from_extension(std::string_view extension);

/// Settings that shape the output. Formats ignore the fields that do not apply.
struct ExportOptions {
  /// RDF formats: the namespace every minted IRI lives under (`id/state/RUS`,
  /// `id/doc/<id>`, the vocabulary `def#`). An absolute IRI ending with '/' or
  /// '#'; with '#' the vocabulary becomes `def/`, since an IRI holds one '#'.
  std::string base_iri = "https://w3id.org/orgkg/";

  /// DOT: draw only the neighbourhood of these entities (names, acronyms or
  /// aliases, resolved like queries); empty = the whole graph. An unknown name
  /// is an orgkg::Error.
  std::vector<std::string> focus;

  /// DOT with a focus: how many edges away from a focus entity to draw.
  int depth = 1;
};

/// Writes `store` to `out` in `format`. Throws IoError when the stream fails
/// (badbit or failbit after writing, or an exception the stream throws), and
/// orgkg::Error when `options` are invalid (see ExportOptions). On an exception
/// `out` may hold a partial document.
void write(const Store& store, Format format, std::ostream& out, const ExportOptions& options = {});

/// Writes `store` to the file at `path`, replacing it atomically: the output
/// goes to a temporary file in the same directory, which is flushed to disk and
/// then renamed over `path`. A replaced file keeps its permission bits; a new
/// one gets 0666 minus the umask. On any failure the previous file (if any) is
/// intact, the temporary file is removed and IoError naming `path` is thrown
/// (orgkg::Error for invalid `options`). A symbolic link at `path` is replaced
/// by the file, not followed.
void write_file(const Store& store, Format format, const std::filesystem::path& path,
                const ExportOptions& options = {});

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reading statements in any supported input format behind one interface:
// plain text (text_reader.hpp), HTML pages, and JSON lines (one statement
// object per line). Every reader repairs invalid UTF-8, normalises the text
// (Unicode NFC, one kind of space, no invisible characters) and drops page
// furniture (language switchers, "Additional materials", trailing link
// lists), so Evidence offsets index Document::text as read. The format is
// named explicitly or chosen from the file's extension. All functions are
// pure apart from reading the file and are thread-safe.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/extract/document.hpp"
#include "orgkg/graph/diagnostics.hpp"

namespace orgkg {

enum class InputFormat {
  Text,      ///< a saved statement: date line, title line, body (text_reader.hpp)
  Html,      ///< an HTML page
  JsonLines  ///< one JSON object per line, each a statement
};

/// The largest HTML page read (64 MiB): libxml2 builds a tree of the whole
/// page, so a bound on the page bounds its memory. Larger pages are a
/// ParseError naming the file.
inline constexpr std::size_t kMaxHtmlBytes = std::size_t{64} << 20;

/// "text", "html" or "jsonl".
[[nodiscard]] std::string_view input_format_name(InputFormat format);

/// The format named `name` (ASCII case ignored): "text"/"txt", "html"/"htm",
/// "jsonl"/"ndjson"/"json-lines". nullopt for any other name.
[[nodiscard]] std::optional<InputFormat> input_format_from_name(std::string_view name);

/// The format of a file by its extension (case ignored): .txt -> Text,
/// .html/.htm/.xhtml -> Html, .jsonl/.ndjson -> JsonLines; nullopt otherwise.
[[nodiscard]] std::optional<InputFormat> input_format_for(const std::filesystem::path& path);

/// ISO 3166-1 alpha-3 code `code` in upper case ("rus" -> "RUS"), or nullopt
/// unless it is exactly three ASCII letters (spaces around are ignored).
[[nodiscard]] std::optional<std::string> parse_country_code(std::string_view code);

/// How for_each_document(), read_documents() and parse_documents() read.
struct ReadOptions {
  /// The input format; unset: by extension (input_format_for()), and for an
  /// unknown extension by content (a page starting with "<" is HTML, a
  /// first line starting with "{" is JSON lines, anything else text).
  std::optional<InputFormat> format;
  /// ISO alpha-3 of the state publishing the documents ("RUS"), for each
  /// document that does not name its own (an HTML meta tag, a JSON field);
  /// "" = unknown. read_documents() throws Error unless parse_country_code()
  /// accepts it.
  std::string publisher_country;
  /// JSON lines: a malformed line (not JSON, not an object, a field of the
  /// wrong type, no text) throws ParseError instead of being skipped with a
  /// Warning. Other formats have no malformed input.
  bool strict = false;
};

/// The documents of one file: one for text and HTML, one per non-blank line
/// for JSON lines (in file order). Text and HTML documents take the file's
/// stem as id; JSON lines their "id" (else "<stem>-<line>"). Source::path is
/// `path`. Throws IoError when the file cannot be opened or read (a failed
/// read anywhere in the file, never a shorter file), Error for an invalid
/// options.publisher_country, ParseError for a malformed JSON line under
/// options.strict or an HTML page over kMaxHtmlBytes. Content problems go to
/// `diagnostics`, named by the document id (text, HTML) or the file path and
/// 1-based line (JSON lines). Collects for_each_document(): prefer that for a
/// large JSON lines file.
[[nodiscard]] std::vector<Document> read_documents(const std::filesystem::path& path,
                                                   const ReadOptions& options,
                                                   Diagnostics& diagnostics);

/// read_documents() one document at a time: calls `each` for every document
/// of the file in order, as soon as it is read, with the same diagnostics in
/// the same order. A JSON lines file is read in chunks of 1 MiB and parsed
/// line by line, so memory is bounded by the longest line, not the file (a
/// text or HTML file is one document and is read whole). Throws what
/// read_documents() throws, and what `each` throws, which stops the reading;
/// the documents before a failed read or a malformed line under
/// options.strict have been passed to `each`.
void for_each_document(const std::filesystem::path& path, const ReadOptions& options,
                       Diagnostics& diagnostics, const std::function<void(Document&&)>& each);

/// Like read_documents() for `content` already in memory, in `format`.
/// `name` stands for the file: the document id for text and HTML, the source
/// of diagnostics and the stem of default ids for JSON lines. Source::path
/// stays empty.
[[nodiscard]] std::vector<Document> parse_documents(std::string_view content, InputFormat format,
                                                    const std::string& name,
                                                    const ReadOptions& options,
                                                    Diagnostics& diagnostics);

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The plain-text reader: turns a saved statement (a foreign-ministry page
// copied as text) into a Document. The expected shape is
//
//   27 April 201610:03          <- publication date and time (optional)
//                               <- blank lines are ignored
//   Title of the statement
//   Body paragraphs, one per line ...
//   Additional materials        <- this line and everything after it is dropped
//
// Lines that are only page furniture (a language switcher such as
// "• de-DE1 en-GB1 ru-RU1", "Advanced settings", the trailing block of link
// titles) never reach Document::text, and the text is normalised (Unicode NFC,
// no-break and other spaces made ' ', soft hyphens and zero-width characters
// removed) as every reader does (reader.hpp). A date line just under the title
// is taken as the date when the first line has none. The functions are pure
// and thread-safe.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "orgkg/extract/document.hpp"
#include "orgkg/graph/diagnostics.hpp"

namespace orgkg {

/// Builds a Document from the raw bytes of a statement. `id` becomes
/// Source::id and the source name of every diagnostic. Never throws for
/// content problems; instead it reports a Warning (with the 1-based line of
/// the raw content) for a missing or unparseable header date, for each line
/// holding invalid UTF-8 (repaired to U+FFFD) and for NUL bytes (replaced by
/// spaces). The header date accepts "27 April 201610:03",
/// "12 October 2021 11:38", "2021-10-12" and "October 12, 2021".
[[nodiscard]] Document parse_text_document(std::string_view content, std::string id,
                                           Diagnostics& diagnostics);

/// Reads `path` as plain text, whatever its extension, and parses it as
/// parse_text_document() does; the id is the file's stem and Source::path is
/// set to `path`. Throws IoError when the file cannot be opened or read. For
/// HTML and JSON lines files use read_documents() (reader.hpp).
[[nodiscard]] Document read_document(const std::filesystem::path& path, Diagnostics& diagnostics);

}  // namespace orgkg

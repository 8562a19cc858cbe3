// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The JSON lines reader: one statement object per line,
//
//   {"id": "...", "date": "2021-10-12", "title": "...", "text": "...",
//    "url": "...", "publisher_country": "RUS"}
//
// Only "text" is required. "id" may be a string or an integer; "country" is
// accepted for "publisher_country"; other members are ignored. RapidJSON
// parses each line iteratively (deep nesting cannot overflow the stack) and
// every value's type is checked before it is read. Thread-safe. Private to
// extract/; callers use read_documents() or parse_documents() (reader.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "orgkg/extract/document.hpp"
#include "orgkg/graph/diagnostics.hpp"

namespace orgkg::detail {

/// The documents of the JSON lines `content`, one per non-blank line in
/// order. `source` names the file in diagnostics ("FILE:LINE: warning: ...");
/// `stem` gives default ids ("<stem>-<line>"). A malformed line (not JSON, not
/// an object, a member of the wrong type, no "text") is skipped with a
/// Warning, or under `strict` throws ParseError(source, line). An unparseable
/// date or country, a missing date and a repeated id are Warnings. The text
/// is cleaned as a page is (compose_page()); "title", when given, opens it.
[[nodiscard]] std::vector<Document> parse_json_lines(std::string_view content,
                                                     const std::string& source,
                                                     const std::string& stem, bool strict,
                                                     Diagnostics& diagnostics);

}  // namespace orgkg::detail

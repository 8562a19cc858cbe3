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
// every value's type is checked before it is read. The file may arrive in
// pieces of any size (JsonLinesReader::feed()), so a reader holds one line at
// most, never the file. Private to extract/; callers use for_each_document(),
// read_documents() or parse_documents() (reader.hpp).
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>

#include "orgkg/extract/document.hpp"
#include "orgkg/graph/diagnostics.hpp"

namespace orgkg::detail {

struct JsonLineFields;

/// Reads one JSON lines file fed in pieces: calls `each` with the document of
/// every non-blank line, in order, as soon as the line's '\n' (or the end of
/// the file) arrives. The file-level state lives here: the line count, the ids
/// seen, the strict mode and the part of a line not yet ended. `source` names
/// the file in diagnostics ("FILE:LINE: warning: ..."); `stem` gives default
/// ids ("<stem>-<line>"). A malformed line (not JSON, not an object, a member
/// of the wrong type, no "text") is skipped with a Warning, or under `strict`
/// throws ParseError(source, line). An unparseable date or country, a missing
/// date and a repeated id are Warnings. The text is cleaned as a page is
/// (compose_page()); "title", when given, opens it. A byte-order mark opening
/// the file and the '\r' of "\r\n" are ignored. Not thread-safe: one reader
/// per file.
class JsonLinesReader {
 public:
  using Each = std::function<void(Document&&)>;

  JsonLinesReader(std::string source, std::string stem, bool strict, Diagnostics& diagnostics);

  /// The next `bytes` of the file, split anywhere (even inside a UTF-8
  /// sequence): reads every line they complete. What `each` throws, and a
  /// strict ParseError, propagate; the reader is then unusable.
  void feed(std::string_view bytes, const Each& each);

  /// The end of the file: reads its last line when it has no '\n'.
  void finish(const Each& each);

 private:
  void read_line(std::string_view line, const Each& each);
  [[nodiscard]] Document build(const JsonLineFields& fields);
  void malformed(const std::string& message);
  void warn(const std::string& message);

  std::string source_;
  std::string stem_;
  bool strict_;
  Diagnostics& diagnostics_;
  std::set<std::string> ids_;
  std::size_t line_ = 0;  // 1-based number of the line being read
  std::string partial_;   // the start of a line whose '\n' has not arrived
  std::string insitu_;    // the line being parsed in place (read_line())
};

}  // namespace orgkg::detail

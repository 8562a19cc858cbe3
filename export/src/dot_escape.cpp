// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "dot_escape.hpp"

#include "orgkg/graph/utf8.hpp"

namespace orgkg::export_detail {

std::string dot_quoted(std::string_view text) {
  std::string quoted = "\"";
  quoted.reserve(text.size() + 2);
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedChar decoded = decode_utf8(text, pos);
    const char32_t c = decoded.code_point;
    if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
      pos += 1;  // CRLF is one line break: the LF below writes it
      continue;
    }
    pos += decoded.length;
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += static_cast<char>(c);
    } else if (c == '\n' || c == '\r') {
      quoted += "\\n";
    } else if (c == '\t') {
      quoted += ' ';
    } else if (c == '&') {
      quoted += "&amp;";
    } else if (c < 0x20 || c == 0x7F) {
      continue;  // no glyph and no meaning in a label
    } else {
      append_utf8(quoted, c);
    }
  }
  quoted += '"';
  return quoted;
}

}  // namespace orgkg::export_detail

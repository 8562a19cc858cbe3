// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The one escape function of the DOT writer: any text as a double-quoted DOT
// string that Graphviz reads back as that text. Pure, safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace orgkg::export_detail {

/// `text` as a quoted DOT string (with the quotes), for IDs and for escString
/// attributes (label, tooltip). Ill-formed UTF-8 becomes U+FFFD; `"` becomes
/// `\"` and `\` becomes `\\` (so `\N`, `\n`, `\l` in the text stay literal and a
/// final backslash cannot swallow the closing quote); a line break (LF, CR or
/// CRLF) becomes the escape `\n`, a tab a space; other C0 controls and DEL are
/// dropped; `&` becomes `&amp;`, since Graphviz decodes HTML entities in
/// labels. Never emits a raw newline, so no text can break the syntax.
[[nodiscard]] std::string dot_quoted(std::string_view text);

}  // namespace orgkg::export_detail

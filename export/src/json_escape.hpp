// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The one escape function of the JSON outputs: any text as a JSON string that
// parses back as that text (after UTF-8 repair). The rules are RapidJSON's
// Writer's, which wrote these outputs before, so the bytes are the same:
// RFC 8259's minimum and nothing more. Pure, safe from any thread.
#pragma once

#include <cstddef>
#include <string_view>

#include "output_buffer.hpp"

namespace orgkg::export_detail {

/// The most bytes append_json_string() writes for a text of `size` bytes: each
/// byte at most six (\u00XX; U+FFFD takes three), and the two quotes.
[[nodiscard]] constexpr std::size_t json_string_room(std::size_t size) noexcept {
  return 6 * size + 2;
}

/// append_json_string() within room made for it: the caller has reserved at
/// least json_string_room(text.size()) bytes (for a writer that makes room
/// for a whole object at once).
void put_json_string(OutputBuffer& out, std::string_view text);

/// Appends `text` as a quoted JSON string ("..."): `"` and `\` as \" and \\;
/// backspace, tab, LF, form feed and CR as \b \t \n \f \r; every other C0
/// control as \u00XX (upper-case hex); each ill-formed UTF-8 sequence as one
/// U+FFFD, exactly as repair_utf8() replaces it; everything else, DEL, `/` and
/// non-ASCII characters included, as itself.
inline void append_json_string(OutputBuffer& out, std::string_view text) {
  out.reserve(json_string_room(text.size()));
  put_json_string(out, text);
}

}  // namespace orgkg::export_detail

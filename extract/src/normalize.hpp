// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Text normalisation every reader applies before a Document is built, so the
// matchers see one spelling of each character: Unicode NFC (a decomposed
// "Tu\u0308rkiye" reads as "Türkiye"), one kind of space, no invisible
// characters. Curly quotes and apostrophes are kept (the tokenizer matches ’
// as '). Document::text is built from the normalised text, so every Evidence
// offset indexes the normalised form. Pure and thread-safe. Private to extract/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "orgkg/graph/diagnostics.hpp"

namespace orgkg::detail {

/// Normalises `text` (invalid UTF-8 is repaired as repair_utf8() does):
/// - no-break, typographic and ideographic spaces (U+00A0, U+1680,
///   U+2000-U+200A, U+202F, U+205F, U+3000), tab, vertical tab, form feed
///   and C0/C1 control characters become ' ';
/// - "\r\n", a lone '\r', U+0085, U+2028 and U+2029 become '\n';
/// - soft hyphens, zero-width and joiner characters, word joiners, bidi marks
///   and embedded byte-order marks are removed;
/// - the C1 controls that Windows-1252 text decoded as Latin-1 leaves for
///   quotes and dashes (U+0091-U+0094, U+0096, U+0097) become ‘ ’ “ ” – —;
/// - the result is put in Unicode Normalization Form C (utf8proc).
/// ASCII input without controls is returned unchanged. Linear time.
[[nodiscard]] std::string normalize_text(std::string_view text);

/// True for a code point that is in NFC alone and never combines with a
/// neighbour; normalize_text() skips NFC for text made of these.
[[nodiscard]] bool nfc_stable(char32_t c);

/// What every reader does to raw text, in one pass: repair_utf8() (a Warning to
/// `diagnostics` under `source` for each line with invalid UTF-8 or NUL
/// bytes: its 1-based line in `raw`, or `line` for all when not 0), then
/// normalize_text().
[[nodiscard]] std::string clean_text(std::string_view raw, const std::string& source,
                                     Diagnostics& diagnostics, std::size_t line = 0);

}  // namespace orgkg::detail

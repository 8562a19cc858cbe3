// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Page furniture shared by every reader: what a saved ministry page carries
// besides the statement. Language switchers ("• de-DE1 en-GB1 ru-RU1",
// "EN | RU | FR", a run of lines "English" / "Русский"), the "Additional
// materials" or "Advanced settings" line and everything after it, the block of
// link titles before it, and a date line under the title. The readers turn
// their input into normalised lines first (normalize.hpp) and then call
// compose_page(), so a text file, an HTML page and a JSON line with the same
// statement give the same Document::text. Pure and thread-safe. Private to
// extract/.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/date.hpp"

namespace orgkg::detail {

/// The lines of `text`, split at '\n' (the '\n' not included; a final '\n'
/// does not start an empty line).
[[nodiscard]] std::vector<std::string_view> split_lines(std::string_view text);

/// is_blank_line() for a line that does not start with a printable ASCII
/// character.
[[nodiscard]] bool is_blank_line_slow(std::string_view line);

/// True when `line` holds no word and no punctuation. Inline: asked of every
/// line of a page, twice, and a line is nearly always empty or starts with
/// a printable ASCII character, told at once without decoding it.
[[nodiscard]] inline bool is_blank_line(std::string_view line) {
  if (line.empty()) return true;
  if (line[0] > ' ' && line[0] < 0x7F) return false;
  return is_blank_line_slow(line);
}

/// True for a language switcher line: language tags ("en-GB1"), or two or
/// more upper-case language codes ("EN RU") or language autonyms ("English
/// Русский"), with only separators (• * | / · -) between them.
[[nodiscard]] bool is_language_switcher(std::string_view line);

/// starts_furniture() for a line of 8 to 48 bytes.
[[nodiscard]] bool starts_furniture_heading(std::string_view line);

/// True for a line from which everything to the end of the page is furniture:
/// "Additional materials", "Advanced settings", "Related materials", "See also".
/// Inline: asked of every line of a page, nearly all of them too short
/// (blank) or too long for a heading (8 to 20 bytes, at most 48 spaced out).
[[nodiscard]] inline bool starts_furniture(std::string_view line) {
  return line.size() >= 8 && line.size() <= 48 && starts_furniture_heading(line);
}

/// True for a link title of a trailing link list: at most 12 words and no
/// sentence punctuation at the end.
[[nodiscard]] bool is_link_line(std::string_view line);

/// The statement lines of `lines`: without language switchers (a single line,
/// or a run of lines each naming one language), without the furniture line
/// and all after it, and, when that line was found, without the link titles
/// just before it. Runs of blank lines become one empty line; no blank line
/// opens or ends the result. The views point into the input's text.
[[nodiscard]] std::vector<std::string_view> drop_page_noise(
    const std::vector<std::string_view>& lines);

/// Appends each of `lines` and a '\n' after it to `out`. The lines are
/// views into `text` (an empty one may be any), or into another string;
/// where lines follow each other in `text` with their '\n' between them,
/// as in a page with nothing dropped, their bytes are appended at once.
void append_lines(std::string& out, std::string_view text,
                  const std::vector<std::string_view>& lines);

/// A page as a Document needs it.
struct PageText {
  std::optional<Date> date;    ///< a date line above the title or just below it
  std::size_t first_line = 0;  ///< 1-based line of the first non-blank line; 0 when none
  std::string title;           ///< the title given, else the first statement line
  std::string text;            ///< the title line, then the statement; '\n' after each line
};

/// Builds the title and text of a page from its normalised `text`. Leading
/// blank and switcher lines are skipped; a date line (parse_header_date())
/// before the title, or among the three lines after it, is taken as the date
/// and dropped. When `title` is not empty it becomes the first line of the
/// text unless the statement already starts with it.
[[nodiscard]] PageText compose_page(std::string_view text, std::string_view title = {});

}  // namespace orgkg::detail

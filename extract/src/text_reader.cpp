// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reading works line by line on the repaired content: the first non-empty
// line is the header date (when it parses as one), the next non-empty line the
// title. Kept lines are copied into Document::text with '\n' endings (so "\r\n"
// files read like "\n" ones); furniture lines are dropped whole, which is why
// evidence offsets refer to Document::text and not to the file.
#include "orgkg/extract/text_reader.hpp"

#include <cerrno>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "dates.hpp"
#include "orgkg/graph/error.hpp"
#include "tokenizer.hpp"
#include "utf8.hpp"

namespace orgkg {
namespace {

struct Line {
  std::string_view text;  // without the line ending
  std::size_t number;     // 1-based
};

std::vector<Line> split_lines(std::string_view content) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  std::size_t number = 1;
  while (pos < content.size()) {
    std::size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back({line, number++});
    pos = end + 1;
  }
  return lines;
}

bool is_blank(std::string_view line) { return detail::tokenize(line, 0, 1).empty(); }

std::string lower_words(std::string_view line) {
  std::string words;
  for (const detail::Token& token : detail::tokenize(line)) {
    if (!words.empty()) words.push_back(' ');
    words += token.norm;
  }
  return words;
}

// "• de-DE1 en-GB1 ru-RU1": every word a language tag, with an optional count.
bool is_language_switcher(std::string_view line) {
  std::istringstream words{std::string(line)};
  std::string word;
  bool any_tag = false;
  while (words >> word) {
    if (word == "\xE2\x80\xA2" || word == "*" || word == "|" || word == "-") continue;
    std::size_t i = 0;
    auto lower = [&](std::size_t at) {
      return at < word.size() && word[at] >= 'a' && word[at] <= 'z';
    };
    auto upper = [&](std::size_t at) {
      return at < word.size() && word[at] >= 'A' && word[at] <= 'Z';
    };
    if (!lower(0) || !lower(1)) return false;
    i = 2;
    if (i < word.size() && word[i] == '-' && upper(i + 1) && upper(i + 2)) {
      i += 3;
      any_tag = true;
    }
    while (i < word.size() && word[i] >= '0' && word[i] <= '9') ++i;
    if (i != word.size()) return false;
  }
  return any_tag;
}

// Lines from which everything to the end of the page is furniture.
bool starts_furniture(std::string_view line) {
  std::string words = lower_words(line);
  return words == "additional materials" || words == "advanced settings" ||
         words == "related materials" || words == "see also";
}

// A trailing link title: short, no sentence punctuation at the end.
bool is_link_line(std::string_view line) {
  std::size_t end = line.find_last_not_of(" \t");
  if (end == std::string_view::npos) return true;
  char last = line[end];
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
    return false;
  }
  std::size_t words = 0;
  for (const detail::Token& token : detail::tokenize(line)) words += token.is_word() ? 1 : 0;
  return words <= 12;
}

void report_repairs(const detail::Utf8Repair& repair, const std::string& id,
                    Diagnostics& diagnostics) {
  for (std::size_t line : repair.bad_lines) {
    diagnostics.report(Severity::Warning, id, line, "invalid UTF-8 replaced by U+FFFD");
  }
  for (std::size_t line : repair.nul_lines) {
    diagnostics.report(Severity::Warning, id, line, "NUL bytes replaced by spaces");
  }
}

// The body lines: up to the furniture, runs of blank lines made one, and when
// the page furniture was found, without the block of link titles before it.
std::vector<Line> body_lines(const std::vector<Line>& lines, std::size_t first) {
  std::vector<Line> body;
  bool furniture = false;
  for (std::size_t i = first; i < lines.size() && !furniture; ++i) {
    furniture = starts_furniture(lines[i].text);
    if (furniture || is_language_switcher(lines[i].text)) continue;
    bool blank = is_blank(lines[i].text);
    if (blank && (body.empty() || is_blank(body.back().text))) continue;
    body.push_back(blank ? Line{{}, lines[i].number} : lines[i]);
  }
  while (furniture && body.size() > 1 && is_link_line(body.back().text)) body.pop_back();
  while (!body.empty() && is_blank(body.back().text)) body.pop_back();
  return body;
}

}  // namespace

Document parse_text_document(std::string_view content, std::string id, Diagnostics& diagnostics) {
  detail::Utf8Repair repair = detail::repair_utf8(content);
  report_repairs(repair, id, diagnostics);
  std::vector<Line> lines = split_lines(repair.text);

  Document document;
  std::size_t i = 0;
  while (i < lines.size() && is_blank(lines[i].text)) ++i;
  if (i < lines.size()) {
    if (auto date = detail::parse_header_date(lines[i].text)) {
      document.source.published = *date;
      ++i;
    } else {
      diagnostics.report(Severity::Warning, id, lines[i].number,
                         "no publication date on the first line");
    }
  } else {
    diagnostics.report(Severity::Warning, id, 0, "empty document");
  }
  while (i < lines.size() && (is_blank(lines[i].text) || is_language_switcher(lines[i].text))) {
    ++i;
  }
  std::vector<Line> body = body_lines(lines, i);
  if (!body.empty()) document.source.title = std::string(body.front().text);
  for (const Line& line : body) {
    document.text.append(line.text);
    document.text.push_back('\n');
  }
  document.source.id = std::move(id);
  return document;
}

Document read_document(const std::filesystem::path& path, Diagnostics& diagnostics) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw IoError(path.string(), "cannot read", EISDIR);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string(), "cannot open", errno);
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw IoError(path.string(), "cannot read", errno);
  Document document = parse_text_document(content.str(), path.stem().string(), diagnostics);
  document.source.path = path.string();
  return document;
}

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A line is parsed in place from the file's buffer (no copy); one bad line
// never stops the file. Problems are collected as a message and turned into a
// Warning or, under strict, a ParseError at one place, so both modes report
// the same text.
#include "jsonl_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <optional>
#include <set>
#include <utility>

#include "dates.hpp"
#include "normalize.hpp"
#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/error.hpp"
#include "page_noise.hpp"

namespace orgkg::detail {
namespace {

// Why a line is malformed; empty when it is not.
using Problem = std::string;

// The string member `key`: nullopt when absent or null, a Problem when of
// another type.
std::optional<std::string_view> string_member(const rapidjson::Value& object, const char* key,
                                              Problem& problem) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || it->value.IsNull()) return std::nullopt;
  if (!it->value.IsString()) {
    if (problem.empty()) problem = std::string("\"") + key + "\" is not a string";
    return std::nullopt;
  }
  return std::string_view(it->value.GetString(), it->value.GetStringLength());
}

// "id": a string or an integer.
std::optional<std::string> id_member(const rapidjson::Value& object, Problem& problem) {
  auto it = object.FindMember("id");
  if (it != object.MemberEnd() && it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  if (it != object.MemberEnd() && it->value.IsUint64()) {
    return std::to_string(it->value.GetUint64());
  }
  std::optional<std::string_view> id = string_member(object, "id", problem);
  if (id && id->empty()) return std::nullopt;
  return id ? std::optional<std::string>(std::string(*id)) : std::nullopt;
}

struct Fields {
  std::optional<std::string> id;
  std::optional<std::string_view> date, title, text, url, country;
};

Fields read_fields(const rapidjson::Value& object, Problem& problem) {
  Fields f;
  f.id = id_member(object, problem);
  f.date = string_member(object, "date", problem);
  f.title = string_member(object, "title", problem);
  f.text = string_member(object, "text", problem);
  f.url = string_member(object, "url", problem);
  f.country = string_member(object, "publisher_country", problem);
  if (!f.country) f.country = string_member(object, "country", problem);
  if (problem.empty() && !f.text) problem = "no \"text\" string";
  return f;
}

class LineReader {
 public:
  LineReader(const std::string& source, const std::string& stem, bool strict,
             Diagnostics& diagnostics)
      : source_(source), stem_(stem), strict_(strict), diagnostics_(diagnostics) {}

  void read(std::string_view line, std::size_t number, std::vector<Document>& out);

 private:
  void malformed(std::size_t line, const std::string& message) {
    if (strict_) throw ParseError(source_, line, message);
    diagnostics_.report(Severity::Warning, source_, line, message + "; line skipped");
  }
  void warn(std::size_t line, const std::string& message) {
    diagnostics_.report(Severity::Warning, source_, line, message);
  }
  Document build(const Fields& fields, std::size_t line);

  const std::string& source_;
  const std::string& stem_;
  bool strict_;
  Diagnostics& diagnostics_;
  std::set<std::string> ids_;
};

void LineReader::read(std::string_view line, std::size_t number, std::vector<Document>& out) {
  rapidjson::Document json;
  json.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
  if (json.HasParseError()) {
    malformed(number, std::string("not JSON: ") +
                          rapidjson::GetParseError_En(json.GetParseError()) + " (column " +
                          std::to_string(json.GetErrorOffset() + 1) + ")");
    return;
  }
  if (!json.IsObject()) {
    malformed(number, "not a JSON object");
    return;
  }
  Problem problem;
  Fields fields = read_fields(json, problem);
  if (!problem.empty()) {
    malformed(number, problem);
    return;
  }
  out.push_back(build(fields, number));
}

Document LineReader::build(const Fields& fields, std::size_t line) {
  Document document;
  std::string id = fields.id.value_or(stem_ + "-" + std::to_string(line));
  if (!ids_.insert(id).second) warn(line, "id \"" + id + "\" repeats an earlier line");
  std::string title = fields.title ? clean_text(*fields.title, source_, diagnostics_, line) : "";
  for (char& c : title) c = c == '\n' ? ' ' : c;
  PageText page = compose_page(clean_text(*fields.text, source_, diagnostics_, line), title);
  if (fields.date) {
    std::optional<Date> date = parse_date_value(*fields.date);
    if (!date) warn(line, "unparseable date \"" + std::string(*fields.date) + "\"");
    document.source.published = date.value_or(Date{});
  } else if (page.date) {
    document.source.published = *page.date;
  } else {
    warn(line, "no \"date\"");
  }
  if (fields.country) {
    std::optional<std::string> code = parse_country_code(*fields.country);
    if (!code) {
      warn(line, "publisher country \"" + std::string(*fields.country) + "\" is not ISO alpha-3");
    }
    document.source.publisher_country = code.value_or("");
  }
  if (fields.url) document.source.url = std::string(*fields.url);
  document.source.title = std::move(page.title);
  document.source.id = std::move(id);
  document.text = std::move(page.text);
  return document;
}

}  // namespace

std::vector<Document> parse_json_lines(std::string_view content, const std::string& source,
                                       const std::string& stem, bool strict,
                                       Diagnostics& diagnostics) {
  std::vector<Document> documents;
  LineReader reader(source, stem, strict, diagnostics);
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::size_t number = 0;
  for (std::string_view line : split_lines(content)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    reader.read(line, number, documents);
  }
  return documents;
}

}  // namespace orgkg::detail

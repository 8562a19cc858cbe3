// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A line is cut from the piece of the file that holds it and parsed in place
// from a copy (insitu_); a line split between two pieces is first joined in
// partial_. One bad line never stops the file. Problems are collected as a
// message and turned into a Warning or, under strict, a ParseError at one
// place, so both modes report the same text.
#include "jsonl_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <optional>
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

}  // namespace

struct JsonLineFields {
  std::optional<std::string> id;
  std::optional<std::string_view> date, title, text, url, country;
};

namespace {

JsonLineFields read_fields(const rapidjson::Value& object, Problem& problem) {
  JsonLineFields f;
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

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace

JsonLinesReader::JsonLinesReader(std::string source, std::string stem, bool strict,
                                 Diagnostics& diagnostics)
    : source_(std::move(source)),
      stem_(std::move(stem)),
      strict_(strict),
      diagnostics_(diagnostics) {}

void JsonLinesReader::feed(std::string_view bytes, const Each& each) {
  while (!bytes.empty()) {
    std::size_t end = bytes.find('\n');
    if (end == std::string_view::npos) {
      partial_.append(bytes);
      return;
    }
    if (partial_.empty()) {
      read_line(bytes.substr(0, end), each);
    } else {
      partial_.append(bytes.substr(0, end));
      read_line(partial_, each);
      partial_.clear();
    }
    bytes.remove_prefix(end + 1);
  }
}

void JsonLinesReader::finish(const Each& each) {
  // Like split_lines(): text after the last '\n' is a line, nothing is not.
  if (partial_.empty()) return;
  read_line(partial_, each);
  partial_.clear();
}

void JsonLinesReader::malformed(const std::string& message) {
  if (strict_) throw ParseError(source_, line_, message);
  diagnostics_.report(Severity::Warning, source_, line_, message + "; line skipped");
}

void JsonLinesReader::warn(const std::string& message) {
  diagnostics_.report(Severity::Warning, source_, line_, message);
}

void JsonLinesReader::read_line(std::string_view line, const Each& each) {
  ++line_;
  if (line_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (is_blank(line)) return;
  // Parsed in place from a copy: RapidJSON then decodes each string where
  // it stands, where a memory stream costs a stack push per byte. The NUL
  // ending the copy is what the memory stream reads at its end too (and a
  // NUL in the line stops both alike), so errors and their columns are the
  // same. (Not with RAPIDJSON_SSE2: its string scans let the control bytes
  // 0x1A-0x1F through, which the byte-by-byte scan rejects.)
  insitu_.assign(line);
  rapidjson::Document json;
  json.ParseInsitu<rapidjson::kParseIterativeFlag>(insitu_.data());
  if (json.HasParseError()) {
    malformed(std::string("not JSON: ") + rapidjson::GetParseError_En(json.GetParseError()) +
              " (column " + std::to_string(json.GetErrorOffset() + 1) + ")");
    return;
  }
  if (!json.IsObject()) {
    malformed("not a JSON object");
    return;
  }
  Problem problem;
  JsonLineFields fields = read_fields(json, problem);
  if (!problem.empty()) {
    malformed(problem);
    return;
  }
  each(build(fields));
}

Document JsonLinesReader::build(const JsonLineFields& fields) {
  const std::size_t line = line_;
  Document document;
  std::string id = fields.id.value_or(stem_ + "-" + std::to_string(line));
  if (!ids_.insert(id).second) warn("id \"" + id + "\" repeats an earlier line");
  std::string title = fields.title ? clean_text(*fields.title, source_, diagnostics_, line) : "";
  for (char& c : title) c = c == '\n' ? ' ' : c;
  PageText page = compose_page(clean_text(*fields.text, source_, diagnostics_, line), title);
  if (fields.date) {
    std::optional<Date> date = parse_date_value(*fields.date);
    if (!date) warn("unparseable date \"" + std::string(*fields.date) + "\"");
    document.source.published = date.value_or(Date{});
  } else if (page.date) {
    document.source.published = *page.date;
  } else {
    warn("no \"date\"");
  }
  if (fields.country) {
    std::optional<std::string> code = parse_country_code(*fields.country);
    if (!code) {
      warn("publisher country \"" + std::string(*fields.country) + "\" is not ISO alpha-3");
    }
    document.source.publisher_country = code.value_or("");
  }
  if (fields.url) document.source.url = std::string(*fields.url);
  document.source.title = std::move(page.title);
  document.source.id = std::move(id);
  document.text = std::move(page.text);
  return document;
}

}  // namespace orgkg::detail

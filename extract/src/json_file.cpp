// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "json_file.hpp"

#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "orgkg/graph/error.hpp"

namespace orgkg::detail {
namespace {

[[noreturn]] void fail(const JsonPlace& place, const std::string& message) {
  std::string where = place.entry.empty() ? "" : place.entry + ": ";
  throw ParseError(place.file, 0, where + message);
}

}  // namespace

rapidjson::Document parse_json_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string(), "cannot open", errno);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw IoError(path.string(), "cannot read", errno);
  std::string content = buffer.str();

  rapidjson::Document document;
  if (content.find('\0') == std::string::npos) {
    // Parsed in place (strings decoded where they lie, not copied byte by
    // byte), in a copy the document's own allocator holds, so the strings
    // live as long as the document. A NUL would end the text there, so a
    // file with one is parsed from its length as before.
    auto* text = static_cast<char*>(document.GetAllocator().Malloc(content.size() + 1));
    std::memcpy(text, content.c_str(), content.size() + 1);
    document.ParseInsitu(text);
  } else {
    document.Parse(content.c_str(), content.size());
  }
  if (document.HasParseError()) {
    std::size_t offset = document.GetErrorOffset();
    auto line = static_cast<std::size_t>(
        std::count(content.begin(),
                   content.begin() + static_cast<std::ptrdiff_t>(std::min(offset, content.size())),
                   '\n') +
        1);
    throw ParseError(path.string(), line,
                     std::string(rapidjson::GetParseError_En(document.GetParseError())) +
                         " (byte offset " + std::to_string(offset) + ")");
  }
  return document;
}

void require_object(const rapidjson::Value& value, const JsonPlace& place) {
  if (!value.IsObject()) fail(place, "expected a JSON object");
}

const rapidjson::Value& get_array(const rapidjson::Value& root, const char* key,
                                  const JsonPlace& place) {
  require_object(root, place);
  auto it = root.FindMember(key);
  if (it == root.MemberEnd() || !it->value.IsArray()) {
    fail(place, std::string("expected an array \"") + key + "\"");
  }
  return it->value;
}

std::optional<std::string_view> get_string(const rapidjson::Value& object, const char* key,
                                           const JsonPlace& place) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return std::nullopt;
  if (!it->value.IsString()) fail(place, std::string("\"") + key + "\" must be a string");
  return std::string_view(it->value.GetString(), it->value.GetStringLength());
}

std::string_view require_string(const rapidjson::Value& object, const char* key,
                                const JsonPlace& place) {
  std::optional<std::string_view> value = get_string(object, key, place);
  if (!value || value->empty()) fail(place, std::string("missing \"") + key + "\"");
  return *value;
}

std::vector<std::string_view> get_strings(const rapidjson::Value& object, const char* key,
                                          const JsonPlace& place) {
  std::vector<std::string_view> strings;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return strings;
  if (!it->value.IsArray()) fail(place, std::string("\"") + key + "\" must be an array of strings");
  for (const rapidjson::Value& item : it->value.GetArray()) {
    if (!item.IsString()) fail(place, std::string("\"") + key + "\" must hold only strings");
    strings.emplace_back(item.GetString(), item.GetStringLength());
  }
  return strings;
}

bool get_bool(const rapidjson::Value& object, const char* key, const JsonPlace& place) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return false;
  if (!it->value.IsBool()) fail(place, std::string("\"") + key + "\" must be true or false");
  return it->value.GetBool();
}

}  // namespace orgkg::detail

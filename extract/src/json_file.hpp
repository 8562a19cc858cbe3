// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Checked access to JSON data files through RapidJSON. RapidJSON asserts on a
// wrong type, so nothing here touches a value before checking it: a wrong
// type is a ParseError naming the file and the entry. Private to extract/.
#pragma once

#include <rapidjson/document.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgkg::detail {

/// Reads and parses a JSON file. Throws IoError when it cannot be read and
/// ParseError (with the line and byte offset) when it is not JSON.
[[nodiscard]] rapidjson::Document parse_json_file(const std::filesystem::path& path);

/// Where a value sits, for error messages: the file and a description of the
/// entry ("entry 3 (\"SCO\")").
struct JsonPlace {
  std::string file;
  std::string entry;
};

/// The array member `key` of the top-level object; throws ParseError if the
/// document is not an object or the member is missing or not an array.
[[nodiscard]] const rapidjson::Value& get_array(const rapidjson::Value& root, const char* key,
                                                const JsonPlace& place);

/// The string member `key` of `object`; nullopt when absent, ParseError when
/// present with another type.
[[nodiscard]] std::optional<std::string_view> get_string(const rapidjson::Value& object,
                                                         const char* key, const JsonPlace& place);

/// Like get_string() but the member must be present and not empty.
[[nodiscard]] std::string_view require_string(const rapidjson::Value& object, const char* key,
                                              const JsonPlace& place);

/// The array of strings `key` of `object`; empty when absent, ParseError when
/// it is not an array of strings.
[[nodiscard]] std::vector<std::string_view> get_strings(const rapidjson::Value& object,
                                                        const char* key, const JsonPlace& place);

/// The boolean member `key` of `object`; false when absent.
[[nodiscard]] bool get_bool(const rapidjson::Value& object, const char* key,
                            const JsonPlace& place);

/// Throws ParseError unless `value` is an object.
void require_object(const rapidjson::Value& value, const JsonPlace& place);

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The JSON escape function is private to export/ (src/json_escape.hpp); it is
// tested directly because the escaping rules are the contract. graph.json and
// `orgkg extract --json` were written with RapidJSON's Writer before, and
// their bytes must not change: every case is also checked against that Writer
// given the text after repair_utf8() (the Writer passes ill-formed UTF-8
// through, so the old writer repaired it first).
#include "json_escape.hpp"

#include <doctest/doctest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <string>

#include "orgkg/graph/utf8.hpp"

using namespace orgkg;
using namespace orgkg::export_detail;
using namespace std::string_literals;

namespace {

std::string json_string(std::string_view text) {
  OutputBuffer out;
  append_json_string(out, text);
  return std::string(out.view());
}

std::string rapidjson_string(std::string_view text) {
  const std::string repaired = repair_utf8(text);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

TEST_SUITE("json_escape") {
  TEST_CASE("escapes exactly as RapidJSON's Writer, ill-formed UTF-8 repaired") {
    struct Row {
      const char* name;
      std::string input;
      std::string expected;
    };
    const Row rows[] = {
        {"plain", "Russia", R"("Russia")"},
        {"empty", "", R"("")"},
        {"quotes and backslash", R"(say "C:\x")", R"("say \"C:\\x\"")"},
        {"markup, slash and apostrophe stay", "<a href='/x'>&amp;</a>",
         R"("<a href='/x'>&amp;</a>")"},
        {"short escapes", "\b\t\n\f\r", R"("\b\t\n\f\r")"},
        {"NUL", "a\0b"s, R"("a\u0000b")"},
        {"other C0 controls, upper-case hex", "\x01\x07\x0b\x0e\x1b\x1f",
         R"("\u0001\u0007\u000B\u000E\u001B\u001F")"},
        {"DEL stays", "a\x7f", "\"a\x7f\""},
        {"escapes inside long ASCII runs", "0123456789abcdef\"0123456789\\abcdef\n",
         R"("0123456789abcdef\"0123456789\\abcdef\n")"},
        {"non-ASCII", "Côte d’Ivoire — Кыргызстан 中国", "\"Côte d’Ivoire — Кыргызстан 中国\""},
        {"non-BMP as UTF-8, not surrogate escapes", "\xF0\x9F\x8C\x8D", "\"\xF0\x9F\x8C\x8D\""},
        {"invalid UTF-8", "x\xC3\x28\xFF", "\"x\xEF\xBF\xBD(\xEF\xBF\xBD\""},
        {"stray continuation bytes go with the bad byte", "a\xFF\x80\x80z",
         "\"a\xEF\xBF\xBDz\""},
        {"truncated sequence at the end", "long enough text \xE2\x82",
         "\"long enough text \xEF\xBF\xBD\""},
        {"surrogate", "\xED\xA0\x80", "\"\xEF\xBF\xBD\""},
        {"overlong slash", "\xC0\xAF", "\"\xEF\xBF\xBD\""},
        {"above U+10FFFF", "\xF4\x90\x80\x80", "\"\xEF\xBF\xBD\""},
        {"a bad byte then a control", "\xFE\x01", "\"\xEF\xBF\xBD\\u0001\""},
    };
    for (const Row& row : rows) {
      CAPTURE(row.name);
      CHECK(json_string(row.input) == row.expected);
      CHECK(json_string(row.input) == rapidjson_string(row.input));
    }
  }

  TEST_CASE("every byte, alone and at each place of an eight-byte word, as RapidJSON") {
    // The scan looks at eight bytes at a time: put each byte at every offset
    // of the first two words, and after a well-formed multi-byte character.
    for (unsigned byte = 0; byte < 0x100; ++byte) {
      for (std::size_t at = 0; at < 17; ++at) {
        std::string text(at, 'a');
        text.push_back(static_cast<char>(byte));
        text += "bcdefghijklmnop";
        CAPTURE(byte);
        CAPTURE(at);
        CHECK(json_string(text) == rapidjson_string(text));
        const std::string after_utf8 = "\xC3\xA9" + text;
        CHECK(json_string(after_utf8) == rapidjson_string(after_utf8));
      }
    }
  }

  TEST_CASE("random byte strings come out as from RapidJSON") {
    // Mostly ASCII with a sprinkling of controls, quotes and high bytes, so
    // runs of every length end in every kind of byte.
    std::uint64_t state = 0x9E3779B97F4A7C15U;
    auto next = [&state] {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      return state;
    };
    const std::string alphabet = "ab \"\\\n\x01\x1f\x7f\xC3\xA9\xE2\x82\xAC\xF0\x9F\x8C\x8D\x80\xFF";
    for (int round = 0; round < 2000; ++round) {
      std::string text;
      const std::size_t length = next() % 40;
      for (std::size_t i = 0; i < length; ++i) {
        text.push_back(next() % 3 == 0 ? alphabet[next() % alphabet.size()] : 'x');
      }
      CAPTURE(text);
      CHECK(json_string(text) == rapidjson_string(text));
    }
  }

  TEST_CASE("appends to what the buffer holds, growing it as needed") {
    OutputBuffer out;
    out.put('[');
    append_json_string(out, "a\"b");
    out.put(',');
    const std::string long_text(10000, '\x01');
    append_json_string(out, long_text);
    std::string expected = R"(["a\"b",")";
    for (int i = 0; i < 10000; ++i) expected += R"(\u0001)";
    CHECK(out.view() == expected + '"');
  }
}

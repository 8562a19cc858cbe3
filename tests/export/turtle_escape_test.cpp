// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The RDF escape functions are private to export/ (src/turtle_escape.hpp); they
// are tested directly because the escaping rules are the contract.
#include "turtle_escape.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace orgkg::export_detail;
using namespace std::string_literals;

TEST_SUITE("turtle_escape") {
  TEST_CASE("string literals escape per the N-Triples grammar") {
    struct Row {
      const char* name;
      std::string input;
      std::string expected;
    };
    const Row rows[] = {
        {"plain", "Russia", R"("Russia")"},
        {"markup and quotes", "<a href=\"x\">&amp; 'q'</a>", R"("<a href=\"x\">&amp; 'q'</a>")"},
        {"backslash", R"(C:\u0041\")", R"("C:\\u0041\\\"")"},
        {"newline, CR and tab", "1\n2\r\n\t3", R"("1\n2\r\n\t3")"},
        {"NUL", "a\0b"s, R"("a\u0000b")"},
        {"other C0 controls and DEL", "\x01\x07\x08\x0b\x0c\x1b\x1f\x7f",
         R"("\u0001\u0007\u0008\u000B\u000C\u001B\u001F\u007F")"},
        {"non-ASCII", "Côte d’Ivoire — Кыргызстан 中国", "\"Côte d’Ivoire — Кыргызстан 中国\""},
        {"non-BMP", "\xF0\x9F\x8C\x8D", "\"\xF0\x9F\x8C\x8D\""},
        {"U+FFFE is a character", "\xEF\xBF\xBE", "\"\xEF\xBF\xBE\""},
        {"invalid UTF-8", "x\xC3\x28\xFF", "\"x\xEF\xBF\xBD(\xEF\xBF\xBD\""},
        {"truncated sequence", "\xE2\x82", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},
        {"surrogate", "\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
        {"overlong slash", "\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},
        {"above U+10FFFF", "\xF4\x90\x80\x80",
         "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
        {"empty", "", R"("")"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.name);
      CHECK(rdf_string_literal(row.input) == row.expected);
    }
  }

  TEST_CASE("IRI segments percent-encode everything outside the unreserved set") {
    struct Row {
      std::string input;
      std::string expected;
    };
    const Row rows[] = {
        {"RUS", "RUS"},
        {"sco-2019_v1.2~x", "sco-2019_v1.2~x"},
        {"a b", "a%20b"},
        {"a/b#c?d:e", "a%2Fb%23c%3Fd%3Ae"},
        {"100%", "100%25"},
        {"<>\"{}|^`\\", "%3C%3E%22%7B%7D%7C%5E%60%5C"},
        {"Côte", "C%C3%B4te"},
        {"\xF0\x9F\x8C\x8D", "%F0%9F%8C%8D"},
        {"nul\0"s, "nul%00"},
        {"bad\xFF", "bad%FF"},
        {"", ""},
    };
    for (const Row& row : rows) {
      CAPTURE(row.input);
      CHECK(iri_segment(row.input) == row.expected);
    }
  }

  TEST_CASE("external IRIs encode only what an IRIREF cannot hold") {
    struct Row {
      std::string input;
      std::string expected;
    };
    const Row rows[] = {
        {"https://example.org/a?b=1&c=2#f", "<https://example.org/a?b=1&c=2#f>"},
        {"https://example.org/a b", "<https://example.org/a%20b>"},
        {"https://example.org/<>\"{}|^`\\", "<https://example.org/%3C%3E%22%7B%7D%7C%5E%60%5C>"},
        {"https://example.org/\n\t\x7f", "<https://example.org/%0A%09%7F>"},
        {"https://example.org/Côte", "<https://example.org/Côte>"},
        {"https://example.org/%20", "<https://example.org/%20>"},
        {"https://example.org/\xFF", "<https://example.org/%FF>"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.input);
      CHECK(rdf_iri_ref(row.input) == row.expected);
    }
  }

  TEST_CASE("prefixed names are used only for [A-Za-z0-9_]+ local parts") {
    for (const char* plain : {"RUS", "Q159", "2001", "a_b", "_"}) {
      CAPTURE(plain);
      CHECK(is_plain_local_name(plain));
    }
    for (const char* other : {"", "a-b", "a.b", "a:b", "a b", "Côte", "a%20", "a/b"}) {
      CAPTURE(other);
      CHECK_FALSE(is_plain_local_name(other));
    }
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Text normalisation and page furniture, shared by every reader: what the
// extractors see is NFC text with plain spaces and no page furniture.
#include "normalize.hpp"

#include <doctest/doctest.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "orgkg/graph/ascii_scan.hpp"
#include "extract_test_support.hpp"
#include "orgkg/extract/build.hpp"
#include "orgkg/extract/reader.hpp"
#include "page_noise.hpp"
#include "utf8.hpp"

namespace orgkg {
namespace {

using detail::normalize_text;

TEST_SUITE("normalize") {
  TEST_CASE("maps spaces, invisible characters, line ends and controls") {
    struct Case {
      std::string_view input;
      std::string_view expected;
    };
    for (Case c : {
             Case{"plain ASCII\n", "plain ASCII\n"},
             Case{"eight\xC2\xA0member\xE2\x80\xAFstates\xE2\x80\x89here",
                  "eight member states here"},
             Case{"ideo\xE3\x80\x80graphic", "ideo graphic"},
             Case{"con\xC2\xADnec\xC2\xADtivity", "connectivity"},
             Case{"zero\xE2\x80\x8Bwidth\xE2\x80\x8D join\xEF\xBB\xBF mark\xE2\x80\x8E",
                  "zerowidth join mark"},
             Case{"a\r\nb\rc\xE2\x80\xA8"
                  "d\xC2\x85"
                  "e",
                  "a\nb\nc\nd\ne"},
             Case{"tab\there\x01\x7F", "tab here  "},
             Case{"\xC2\x93quoted\xC2\x94 and it\xC2\x92s",
                  "\xE2\x80\x9Cquoted\xE2\x80\x9D and it\xE2\x80\x99s"},
             Case{"Nations\xE2\x80\x99 \xE2\x80\x9Cquotes\xE2\x80\x9D kept",
                  "Nations\xE2\x80\x99 \xE2\x80\x9Cquotes\xE2\x80\x9D kept"},
         }) {
      CAPTURE(c.input);
      CHECK(normalize_text(c.input) == c.expected);
    }
  }

  TEST_CASE("finds a character to map at any byte, across the 16-byte blocks") {
    // kept_end() scans sixteen bytes at a time where it can.
    for (std::string_view odd : {"\t", "\x01", "\x7F", "\xC2\xA0", "\r"}) {
      for (std::size_t at = 0; at < 40; ++at) {
        std::string text(40, 'x');
        text.replace(at, 1, odd);
        std::string expected(40, 'x');
        expected[at] = odd == "\r" ? '\n' : ' ';
        CAPTURE(odd);
        CAPTURE(at);
        CHECK(normalize_text(text) == expected);
      }
    }
    CHECK(normalize_text(std::string(40, 'x') + "\n") == std::string(40, 'x') + "\n");
  }

  TEST_CASE("clean_text is repair_utf8 then normalize_text, warnings included, on random bytes") {
    // Bytes that exercise every branch of the one-pass clean: ASCII, line
    // ends, NUL and other controls, lead and continuation bytes of valid and
    // broken sequences, a combining mark (NFC), a soft hyphen, C1 quotes.
    const std::string_view pieces[] = {
        "a",          "Member ", "\n",        "\r",       "\r\n",     std::string_view("\0", 1),
        "\t",         "\x7F",    "\xC3\xA9",  "\xC3",     "\xA9",      "\xE2\x80\x94",
        "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xCC\x88", "\xC2\xAD", "\xC2\x93", "\xEF\xBB\xBF",
        "\xE2\x80\xA8", "\xF0\x9F\x98\x80", "\xFF"};
    std::uint64_t state = 7;
    for (int round = 0; round < 400; ++round) {
      std::string raw = round % 5 == 0 ? "\xEF\xBB\xBF" : "";
      int count = round % 40;
      for (int k = 0; k < count; ++k) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        raw += pieces[(state >> 33) % std::size(pieces)];
      }
      Diagnostics diagnostics;
      std::string cleaned = detail::clean_text(raw, "doc.txt", diagnostics);
      detail::Utf8Repair repair = detail::repair_utf8(raw);
      CHECK(cleaned == normalize_text(repair.text));
      std::vector<std::size_t> warned;
      for (const Diagnostic& item : diagnostics.items()) warned.push_back(item.line);
      std::vector<std::size_t> expected = repair.bad_lines;
      expected.insert(expected.end(), repair.nul_lines.begin(), repair.nul_lines.end());
      CHECK(warned == expected);
    }
  }

  TEST_CASE("composes decomposed letters (NFC)") {
    CHECK(normalize_text("Tu\xCC\x88rkiye") == "T\xC3\xBCrkiye");
    CHECK(normalize_text("C\xCC\xA7"
                         "ad") ==
          "\xC3\x87"
          "ad");
    CHECK(normalize_text("Tu\xC2\xAD\xCC\x88rkiye") == "T\xC3\xBCrkiye");  // soft hyphen inside
    CHECK(normalize_text("\xE2\x84\xAB") == "\xC3\x85");                   // Angstrom sign
    CHECK(normalize_text("T\xC3\xBCrkiye") == "T\xC3\xBCrkiye");
  }

  TEST_CASE("the code points NFC is skipped for are stable under NFC (checked with utf8proc)") {
    auto utf8 = [](char32_t c) {
      utf8proc_uint8_t bytes[4];
      utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), bytes);
      return std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
    };
    auto nfc = [](const std::string& s) {
      utf8proc_uint8_t* out = nullptr;
      utf8proc_ssize_t n =
          utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                       static_cast<utf8proc_ssize_t>(s.size()), &out,
                       static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
      std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
      std::free(out);
      return result;
    };
    std::size_t checked = 0;
    for (char32_t c = 0x20; c < 0x2400; ++c) {
      if (!detail::nfc_stable(c)) continue;
      CAPTURE(static_cast<unsigned>(c));
      REQUIRE(utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class == 0);
      REQUIRE(nfc(utf8(c)) == utf8(c));
      for (char32_t base : {U'a', U'A', U'e', U'o', U'u', U'\u0430', U'\u0438'}) {
        std::string pair = utf8(base) + utf8(c);
        REQUIRE(nfc(pair) == pair);
      }
      ++checked;
    }
    CHECK(detail::nfc_stable(0xFFFD));
    CHECK_FALSE(detail::nfc_stable(0x301));
    CHECK_FALSE(detail::nfc_stable(0x212B));
    CHECK(checked > 1000);
  }

  TEST_CASE("a decomposed or hyphenated name matches as the composed one does") {
    std::string text =
        "The Organization of Turkic States includes five states \xE2\x80\x93 Azerbaijan, "
        "Kazakhstan, Kyrgyzstan, Tu\xCC\x88rkiye and Uzbekistan.\n\n"
        "Mongolia and Tu\xCC\x88r\xC2\xADkiye have observer\xC2\xA0status in the SCO.\n";
    Diagnostics diagnostics;
    std::vector<Document> docs = parse_documents("2021-10-12\n\nTitle\n\n" + text,
                                                 InputFormat::Text, "doc", {}, diagnostics);
    REQUIRE(docs.size() == 1);
    std::vector<Triple> triples = extract_triples(docs[0], test::gazetteer(), diagnostics);
    std::vector<std::string> facts = test::facts(triples);
    CHECK(std::count(facts.begin(), facts.end(), "TUR member_of OTS") == 1);
    CHECK(std::count(facts.begin(), facts.end(), "TUR observer_of SCO") == 1);
    CHECK(std::count(facts.begin(), facts.end(), "MNG observer_of SCO") == 1);
    // Evidence offsets index the normalised Document::text.
    for (const Triple& triple : triples) {
      CHECK(
          docs[0].text.substr(triple.evidence.begin, triple.evidence.end - triple.evidence.begin) ==
          triple.evidence.sentence);
    }
    CHECK(docs[0].text.find("\xC2\xA0") == std::string::npos);
  }
}

TEST_SUITE("ascii_scan") {
  // The readers and the sentence splitter skip runs of plain bytes eight at
  // a time; a byte the word tests missed would silently change the text.
  TEST_CASE("the eight-byte tests agree with byte-by-byte tests at every position") {
    const unsigned char kValues[] = {0x00, 0x01, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x2E, 0x3F,
                                     0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xC3, 0xE2, 0xFE, 0xFF};
    for (std::size_t at = 0; at < 8; ++at) {
      for (unsigned char value : kValues) {
        for (unsigned char filler : {0x20, 0x41, 0x7E, 0x00, 0xFF}) {
          std::string bytes(8, static_cast<char>(filler));
          bytes[at] = static_cast<char>(value);
          std::uint64_t word = detail::load_word(bytes, 0);
          auto any = [&bytes](auto test) { return std::any_of(bytes.begin(), bytes.end(), test); };
          auto byte = [](char c) { return static_cast<unsigned char>(c); };
          CAPTURE(at);
          CAPTURE(static_cast<int>(value));
          CAPTURE(static_cast<int>(filler));
          CHECK(detail::has_non_ascii(word) == any([&](char c) { return byte(c) >= 0x80; }));
          CHECK(detail::has_byte_below(word, 0x20) == any([&](char c) { return byte(c) < 0x20; }));
          CHECK(detail::has_byte(word, 0x2E) == any([&](char c) { return byte(c) == 0x2E; }));
          CHECK(detail::has_byte(word, 0xE2) == any([&](char c) { return byte(c) == 0xE2; }));
          CHECK(detail::has_byte(word, 0) == any([&](char c) { return byte(c) == 0; }));
        }
      }
    }
  }

  TEST_CASE("skip_kept stops at the first byte that is not kept, in a word or in the tail") {
    auto not_dot = [](char c) { return c != '.'; };
    auto no_dot = [](std::uint64_t word) { return !detail::has_byte(word, '.'); };
    std::string text(37, 'a');
    for (std::size_t dot = 0; dot <= text.size(); ++dot) {
      std::string with = text;
      if (dot < with.size()) with[dot] = '.';
      for (std::size_t from = 0; from <= std::min(dot, with.size()); ++from) {
        CAPTURE(dot);
        CAPTURE(from);
        CHECK(detail::skip_kept(with, from, no_dot, not_dot) == dot);
      }
    }
  }
}

TEST_SUITE("page_noise") {
  TEST_CASE("recognises language switchers and nothing else") {
    for (std::string_view line :
         {"  \xE2\x80\xA2 de-DE1 en-GB1 ru-RU1", "en-GB", "EN | RU | FR", "EN RU",
          "English \xD0\xA0\xD1\x83\xD1\x81\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 Fran\xC3\xA7"
          "ais",
          "\xE2\x80\xA2 ru-RU1 en"}) {
      CAPTURE(line);
      CHECK(detail::is_language_switcher(line));
    }
    for (std::string_view line : {"is it", "EN", "English", "UN EU", "English is spoken here",
                                  "The SCO includes Russia.", ""}) {
      CAPTURE(line);
      CHECK_FALSE(detail::is_language_switcher(line));
    }
  }

  TEST_CASE("drops a run of one-language lines, furniture and the link list before it") {
    std::vector<std::string_view> lines{"Title",
                                        "",
                                        "English",
                                        "\xD0\xA0\xD1\x83\xD1\x81\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9",
                                        "",
                                        "Espa\xC3\xB1ol",
                                        "The SCO includes Russia.",
                                        "",
                                        "",
                                        "Thank you.",
                                        "",
                                        "European Union (EU)",
                                        "Related materials",
                                        "Anything after"};
    CHECK(detail::drop_page_noise(lines) ==
          std::vector<std::string_view>{"Title", "", "The SCO includes Russia.", "", "Thank you."});
    std::vector<std::string_view> single{"Title", "English", "Body."};
    CHECK(detail::drop_page_noise(single) == single);
  }

  TEST_CASE("tells blank lines and the furniture headings however they are written") {
    for (std::string_view line : {"", " ", "\t \r", "\xC2\xA0", "\xE2\x80\x83 "}) {
      CAPTURE(line);
      CHECK(detail::is_blank_line(line));
    }
    for (std::string_view line : {"x", " x", "\xC2\xA0x", "\xC3\xA9", "~", "\x01"}) {
      CAPTURE(line);
      CHECK_FALSE(detail::is_blank_line(line));
    }
    for (std::string_view line : {"See also", "  see   also ", "ADDITIONAL MATERIALS",
                                  "Related materials", "Advanced settings", "\xC2\xA0See also"}) {
      CAPTURE(line);
      CHECK(detail::starts_furniture(line));
    }
    for (std::string_view line : {"See", "Seen also", "Also see", "7 see also", "Topics",
                                  "Related materials and more", "See also: the SCO Charter"}) {
      CAPTURE(line);
      CHECK_FALSE(detail::starts_furniture(line));
    }
  }

  TEST_CASE("composes a page: date above or under the title, title given or found") {
    detail::PageText page = detail::compose_page("\n\n12 October 2021 11:38\n\nTitle\n\nBody.\n");
    CHECK(page.date == Date::parse_iso("2021-10-12"));
    CHECK(page.first_line == 3);
    CHECK(page.title == "Title");
    CHECK(page.text == "Title\n\nBody.\n");

    page = detail::compose_page("Title\n\nOctober 12, 2021\n\nBody.\n");
    CHECK(page.date == Date::parse_iso("2021-10-12"));
    CHECK(page.text == "Title\n\nBody.\n");

    page = detail::compose_page("Body line one.\nBody line two.\n", "Given title");
    CHECK_FALSE(page.date);
    CHECK(page.title == "Given title");
    CHECK(page.text == "Given title\n\nBody line one.\nBody line two.\n");

    page = detail::compose_page("Given title\nBody.\n", " Given title ");
    CHECK(page.text == "Given title\nBody.\n");
    CHECK(detail::compose_page("", "Only a title").text == "Only a title\n");
    CHECK(detail::compose_page("\n \n").first_line == 0);
  }
}

}  // namespace
}  // namespace orgkg

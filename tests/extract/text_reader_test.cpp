// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/text_reader.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

Document parse(std::string_view content, Diagnostics& diagnostics) {
  return parse_text_document(content, "statement", diagnostics);
}

TEST_SUITE("text_reader") {
  TEST_CASE("reads the header date in every shape statements use") {
    struct Case {
      std::string_view header;
      std::string_view iso;
    };
    for (Case c :
         {Case{"27 April 201610:03", "2016-04-27"}, Case{"12 October 202111:38", "2021-10-12"},
          Case{"12 October 2021 11:38", "2021-10-12"}, Case{"2021-10-12", "2021-10-12"},
          Case{"October 12, 2021", "2021-10-12"}, Case{"3 Sept 2019", "2019-09-03"},
          Case{"  Tuesday, 5 March 2019 09:00 MSK", "2019-03-05"}}) {
      CAPTURE(c.header);
      Diagnostics diagnostics;
      Document doc = parse(std::string(c.header) + "\n\nA title\n\nBody text.\n", diagnostics);
      CHECK(doc.source.published.to_iso() == c.iso);
      CHECK(doc.source.title == "A title");
      CHECK(doc.text == "A title\n\nBody text.\n");
      CHECK(diagnostics.empty());
    }
  }

  TEST_CASE("warns with the line number when the header date is missing or unparseable") {
    Diagnostics diagnostics;
    Document doc = parse("\nStatement on the SCO\nThe SCO includes Russia.\n", diagnostics);
    CHECK(doc.source.published.empty());
    CHECK(doc.source.title == "Statement on the SCO");
    CHECK(doc.text == "Statement on the SCO\nThe SCO includes Russia.\n");
    REQUIRE(diagnostics.count(Severity::Warning) == 1);
    CHECK(diagnostics.items()[0].line == 2);
    CHECK(diagnostics.items()[0].source == "statement");

    Diagnostics bad;
    doc = parse("31 February 2021 10:00\nTitle\n", bad);
    CHECK(doc.source.published.empty());
    CHECK(bad.count(Severity::Warning) == 1);
    CHECK(bad.items()[0].line == 1);
  }

  TEST_CASE("drops language switchers, additional materials and trailing link lists") {
    Diagnostics diagnostics;
    Document doc = parse(
        "1 March 202012:00\n\nTitle of the page\n\n\n  \xE2\x80\xA2 de-DE1 en-GB1 ru-RU1\n\n"
        "Mr Chairman,\n\nThe CSTO includes six states.\n\nThank you.\n\nAdditional materials\n\n"
        "Organization for Security and Co-operation in Europe (OSCE)\n\nAdvanced settings",
        diagnostics);
    CHECK(doc.text ==
          "Title of the page\n\nMr Chairman,\n\nThe CSTO includes six states.\n\nThank you.\n");
    CHECK(diagnostics.empty());

    doc = parse(
        "1 March 202012:00\nTitle\n  \xE2\x80\xA2 en-GB1 ru-RU1\nThe body ends here.\n\n\n"
        "Council of Europe (CoE)\n\nEuropean Union (EU)\n\nAdvanced settings\n",
        diagnostics);
    CHECK(doc.text == "Title\nThe body ends here.\n");
    CHECK(parse("2021-10-12\nTitle\nNo stop at the end\nShort line\n", diagnostics).text ==
          "Title\nNo stop at the end\nShort line\n");
  }

  TEST_CASE("repairs invalid UTF-8 and NUL bytes and reports their lines") {
    Diagnostics diagnostics;
    const char raw[] = "2021-10-12\nTitle\nGood line\nBad \xC3\x28 byte\nNul\0here.\n";
    std::string content(raw, sizeof raw - 1);
    Document doc = parse(content, diagnostics);
    CHECK(doc.text == "Title\nGood line\nBad \xEF\xBF\xBD( byte\nNul here.\n");
    REQUIRE(diagnostics.count(Severity::Warning) == 2);
    CHECK(diagnostics.items()[0].line == 4);
    CHECK(diagnostics.items()[1].line == 5);
  }

  TEST_CASE("survives empty, truncated and hostile input") {
    for (std::string_view content :
         {std::string_view(""), std::string_view("\n\n"), std::string_view("\xF0\x9F"),
          std::string_view("\xFF\xFE\x00", 3),
          std::string_view("\r\n2021-10-12\r\nTitle\r\nBody.\r\n")}) {
      Diagnostics diagnostics;
      Document doc = parse(content, diagnostics);
      CHECK(doc.text.find('\0') == std::string::npos);
      CHECK(doc.text.find('\r') == std::string::npos);
    }
  }

  TEST_CASE("reads a file: id from the stem, path set, IoError when missing") {
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "orgkg_text_reader_test";
    std::filesystem::create_directories(dir);
    std::filesystem::path file = dir / "001_statement.txt";
    std::ofstream(file) << "27 April 201610:03\n\nTitle\n\nBody.\n";
    Diagnostics diagnostics;
    Document doc = read_document(file, diagnostics);
    CHECK(doc.source.id == "001_statement");
    CHECK(doc.source.path == file.string());
    CHECK(doc.source.published.to_iso() == "2016-04-27");
    CHECK_THROWS_AS((void)read_document(dir / "missing.txt", diagnostics), IoError);
    CHECK_THROWS_AS((void)read_document(dir, diagnostics), IoError);
    std::filesystem::remove_all(dir);
  }
}

}  // namespace
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The reader interface: formats by name and extension, content sniffing, the
// publishing state option, and the JSON lines reader on good and bad lines
// (tests/data/extract/jsonl/statements.jsonl).
#include "orgkg/extract/reader.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "extract_test_support.hpp"
#include "orgkg/extract/build.hpp"
#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

const fs::path kJsonl = fs::path(ORGKG_TEST_DATA_DIR) / "extract" / "jsonl" / "statements.jsonl";

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& item : diagnostics.items()) lines.push_back(item.to_string());
  return lines;
}

TEST_SUITE("reader") {
  TEST_CASE("names formats and picks them by extension") {
    CHECK(input_format_from_name("text") == InputFormat::Text);
    CHECK(input_format_from_name("HTML") == InputFormat::Html);
    CHECK(input_format_from_name("jsonl") == InputFormat::JsonLines);
    CHECK(input_format_from_name("ndjson") == InputFormat::JsonLines);
    CHECK_FALSE(input_format_from_name("json"));
    CHECK(input_format_name(InputFormat::JsonLines) == "jsonl");
    CHECK(input_format_for("a/b.TXT") == InputFormat::Text);
    CHECK(input_format_for("page.htm") == InputFormat::Html);
    CHECK(input_format_for("page.html") == InputFormat::Html);
    CHECK(input_format_for("lines.ndjson") == InputFormat::JsonLines);
    CHECK_FALSE(input_format_for("notes.md"));
    CHECK_FALSE(input_format_for("README"));
  }

  TEST_CASE("accepts three-letter country codes only") {
    CHECK(parse_country_code("RUS") == "RUS");
    CHECK(parse_country_code(" kaz ") == "KAZ");
    CHECK_FALSE(parse_country_code("RU"));
    CHECK_FALSE(parse_country_code("Russia"));
    CHECK_FALSE(parse_country_code("R1S"));
    CHECK_FALSE(parse_country_code(""));
  }

  TEST_CASE("reads JSON lines: one document per good line, file:line warnings for bad ones") {
    Diagnostics diagnostics;
    std::vector<Document> docs = read_documents(kJsonl, {}, diagnostics);
    REQUIRE(docs.size() == 4);
    CHECK(docs[0].source.id == "cica-2021");
    CHECK(docs[0].source.published.to_iso() == "2021-10-12");
    CHECK(docs[0].source.url == "https://ministry.example/en/cica");
    CHECK(docs[0].source.publisher_country == "RUS");
    CHECK(docs[0].source.path == kJsonl.string());
    CHECK(docs[0].text ==
          "Remarks at the CICA Ministerial Meeting\n\nMr Chairman,\n\nCICA includes four states "
          "\xE2\x80\x93 Azerbaijan, Egypt, India and Iran.\n\nThank you.\n");
    CHECK(docs[1].source.id == "42");
    CHECK(docs[1].source.published.to_iso() == "2021-10-14");
    CHECK(docs[1].source.publisher_country == "KAZ");
    CHECK(docs[1].source.title == "Statement on the CSTO");
    CHECK(docs[1].text ==
          "Statement on the CSTO\n\nArmenia, Belarus and Russia are members of the CSTO.\n");
    CHECK(docs[2].source.id == "deep");
    CHECK(docs[3].source.id == "statements-9");
    CHECK(docs[3].source.published.empty());

    std::string file = kJsonl.string();
    std::vector<std::string> expected{
        file +
            ":3: warning: not JSON: Missing a closing quotation mark in string. (column 65); "
            "line skipped",
        file + ":4: warning: not a JSON object; line skipped",
        file + ":5: warning: \"text\" is not a string; line skipped",
        file + ":7: warning: no \"text\" string; line skipped",
        file + ":9: warning: unparseable date \"sometime in autumn\""};
    CHECK(messages(diagnostics) == expected);
  }

  TEST_CASE("strict JSON lines throw ParseError at the first malformed line") {
    Diagnostics diagnostics;
    ReadOptions strict;
    strict.strict = true;
    try {
      (void)read_documents(kJsonl, strict, diagnostics);
      FAIL("no ParseError");
    } catch (const ParseError& error) {
      CHECK(error.line() == 3);
      CHECK(error.source() == kJsonl.string());
    }
    CHECK(parse_documents("{\"text\": \"ok\", \"date\": \"2020\"}\n", InputFormat::JsonLines,
                          "inline", strict, diagnostics)
              .size() == 1);
  }

  TEST_CASE("each JSON line is a document of its own for extraction") {
    Store store;
    Diagnostics diagnostics;
    BuildStats stats = add_documents({kJsonl}, test::gazetteer(), store, diagnostics);
    CHECK(stats.files == 1);
    CHECK(stats.documents == 4);
    CHECK(store.source_count() == 4);
    const Fact* fact = store.find_fact("state_MNG", Relation::ObserverOf, "org_SCO");
    REQUIRE(fact != nullptr);
    CHECK(fact->sources() == std::vector<std::string>{"deep"});
    CHECK(fact->first_seen.to_iso() == "2021-10-16");
  }

  TEST_CASE("the publisher country option fills documents that name none") {
    Diagnostics diagnostics;
    ReadOptions options;
    options.publisher_country = "kgz";
    std::vector<Document> docs = read_documents(kJsonl, options, diagnostics);
    CHECK(docs[0].source.publisher_country == "RUS");  // its own
    CHECK(docs[2].source.publisher_country == "KGZ");
    options.publisher_country = "Kyrgyzstan";
    CHECK_THROWS_AS((void)read_documents(kJsonl, options, diagnostics), Error);
  }

  TEST_CASE("chooses the format by option, extension or content") {
    fs::path dir = fs::temp_directory_path() / "orgkg_reader_test";
    fs::create_directories(dir);
    std::ofstream(dir / "page.data") << "<!DOCTYPE html><html><body><h1>T</h1><p>Body.</p>";
    std::ofstream(dir / "lines.data")
        << "{\"id\": \"x\", \"date\": \"2020\", \"text\": \"Body.\"}\n";
    std::ofstream(dir / "plain.data") << "2020-01-02\nTitle\nBody.\n";
    std::ofstream(dir / "page.txt") << "<p>Body.</p>\n";
    Diagnostics diagnostics;
    CHECK(read_documents(dir / "page.data", {}, diagnostics).at(0).text == "T\n\nBody.\n");
    CHECK(read_documents(dir / "lines.data", {}, diagnostics).at(0).source.id == "x");
    CHECK(read_documents(dir / "plain.data", {}, diagnostics).at(0).text == "Title\nBody.\n");
    CHECK(read_documents(dir / "page.txt", {}, diagnostics).at(0).text == "<p>Body.</p>\n");
    ReadOptions as_html;
    as_html.format = InputFormat::Html;
    CHECK(read_documents(dir / "page.txt", as_html, diagnostics).at(0).text == "Body.\n");
    CHECK_THROWS_AS((void)read_documents(dir / "missing.html", {}, diagnostics), IoError);
    CHECK_THROWS_AS((void)read_documents(dir, {}, diagnostics), IoError);
    fs::remove_all(dir);
  }
}

}  // namespace
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The HTML reader on a ministry-style page (tests/data/extract/html/) and on
// hostile pages: external entities, entity bombs and deep nesting must
// neither expand nor crash.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "extract_test_support.hpp"
#include "orgkg/extract/build.hpp"
#include "orgkg/extract/reader.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

const fs::path kHtml = fs::path(ORGKG_TEST_DATA_DIR) / "extract" / "html";

Document html(std::string_view page, Diagnostics& diagnostics) {
  std::vector<Document> docs = parse_documents(page, InputFormat::Html, "page", {}, diagnostics);
  REQUIRE(docs.size() == 1);
  return docs.front();
}

// The bytes written to stderr (file descriptor 2) while `run` runs.
template <typename Run>
long stderr_bytes(Run run) {
  std::fflush(stderr);
  std::FILE* capture = std::tmpfile();
  REQUIRE(capture != nullptr);
  int saved = dup(2);
  dup2(fileno(capture), 2);
  run();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::fseek(capture, 0, SEEK_END);
  long size = std::ftell(capture);
  std::fclose(capture);
  return size;
}

TEST_SUITE("html_reader") {
  TEST_CASE("reads a ministry page: statement text, title, date, URL and publishing state") {
    Diagnostics diagnostics;
    std::vector<Document> docs = read_documents(kHtml / "ministry_statement.html", {}, diagnostics);
    REQUIRE(docs.size() == 1);
    const Document& doc = docs[0];
    CHECK(diagnostics.empty());
    CHECK(doc.source.id == "ministry_statement");
    CHECK(doc.source.path == (kHtml / "ministry_statement.html").string());
    CHECK(doc.source.published.to_iso() == "2021-10-12");
    CHECK(doc.source.url == "https://ministry.example/en/press/statements/4711");
    CHECK(doc.source.publisher_country == "RUS");
    CHECK(
        doc.source.title ==
        "Statement by the Foreign Ministry on the meeting of the SCO Council of Foreign Ministers");
    CHECK(doc.text ==
          "Statement by the Foreign Ministry on the meeting of the SCO Council of Foreign "
          "Ministers\n\n"
          "The Council of Foreign Ministers of the Shanghai Cooperation Organisation met in "
          "Dushanbe to prepare the coming summit.\n\n"
          "The Shanghai Cooperation Organisation (SCO) includes eight member states \xE2\x80\x93 "
          "India, Kazakhstan, China, Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan.\n\n"
          "Afghanistan, Belarus, Iran and Mongolia have observer status in the SCO.\n\n"
          "The ministers discussed the state of affairs in the region:\n\n"
          "security along the borders;\ntransport connectivity;\nand trade.\n\n"
          "Thank you.\n");
  }

  TEST_CASE("the page yields the article's facts only, dated by the page") {
    Diagnostics diagnostics;
    Store store;
    BuildStats stats =
        add_documents({kHtml / "ministry_statement.html"}, test::gazetteer(), store, diagnostics);
    CHECK(stats.documents == 1);
    CHECK(stats.files == 1);
    std::vector<Document> docs = read_documents(kHtml / "ministry_statement.html", {}, diagnostics);
    std::vector<Triple> triples = extract_triples(docs[0], test::gazetteer(), diagnostics);
    std::vector<std::string> expected =
        test::all({"IND", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"}, "member_of", "SCO");
    for (std::string observer : test::all({"AFG", "BLR", "IRN", "MNG"}, "observer_of", "SCO")) {
      expected.push_back(observer);
    }
    std::sort(expected.begin(), expected.end());
    CHECK(test::facts(triples) == expected);  // nothing from the script, aside or footer
    for (const Triple& triple : triples) CHECK(triple.evidence.date.to_iso() == "2021-10-12");
    CHECK(store.fact_count() == expected.size());
  }

  TEST_CASE("never expands entities: external, parameter or nested") {
    Diagnostics diagnostics;
    Document doc = read_documents(kHtml / "hostile_xxe.html", {}, diagnostics).at(0);
    CHECK(doc.text.find("root:") == std::string::npos);
    CHECK(doc.text.find("ENTITY") == std::string::npos);
    CHECK(doc.text.find("Before &e; after.") != std::string::npos);
    CHECK(test::facts(extract_triples(doc, test::gazetteer(), diagnostics)) ==
          test::all({"CHN", "RUS"}, "member_of", "SCO"));

    doc = read_documents(kHtml / "billion_laughs.html", {}, diagnostics).at(0);
    CHECK(doc.text == "Laughs: &lol9;\n\nEnd of page.\n");
  }

  TEST_CASE("survives deep nesting, empty and broken markup") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<div class=\"nav box\"><b>";
    deep += "<p>Deep text.</p>";
    Diagnostics diagnostics;
    (void)html(deep, diagnostics);
    std::string shallow = "<html><body>";
    for (int i = 0; i < 200; ++i) shallow += "<div>";
    shallow += "<p>The SCO includes two member states \xE2\x80\x93 Russia and China.</p>";
    CHECK(html(shallow, diagnostics).text ==
          "The SCO includes two member states \xE2\x80\x93 Russia and China.\n");
    for (std::string_view page :
         {std::string_view(""), std::string_view("<"),
          std::string_view("<p>unclosed <b>bold <i>and"), std::string_view("\0\0<p>x</p>", 10),
          std::string_view("</html>")}) {
      Diagnostics local;
      Document doc = html(page, local);
      CHECK(doc.text.find('\0') == std::string::npos);
    }
  }

  TEST_CASE("never prints, even when libxml2 cannot convert a declared charset") {
    Diagnostics diagnostics;
    Document doc;
    long printed = stderr_bytes([&] {
      doc = html(
          "<html><head><meta charset=\"euc-jp\"></head><body><p>Bad \xA1\x6E\xFF\xFE "
          "bytes.</p></body></html>",
          diagnostics);
    });
    CHECK(printed == 0);
    CHECK(doc.text.rfind("Bad", 0) == 0);
  }

  TEST_CASE("finds the date in meta tags, <time> or a date element") {
    struct Case {
      std::string_view head;
      std::string_view body;
      std::string_view iso;
    };
    for (Case c : {
             Case{"<meta name=\"DC.date\" content=\"2019-06-14\">", "", "2019-06-14"},
             Case{"<meta name=\"date\" content=\"2019-06-14T09:00:00Z\">", "", "2019-06-14"},
             Case{"<meta itemprop=\"datePublished\" content=\"2019-06\">", "", "2019-06"},
             Case{"", "<time datetime=\"2020-12-11T10:00\">11 December</time>", "2020-12-11"},
             Case{"", "<span class=\"news-date\">14 June 2019 12:00</span>", "2019-06-14"},
             Case{"", "<p>27 April 2016 10:03</p>", "2016-04-27"},
             Case{"<meta name=\"date\" content=\"soon\">", "", ""},
         }) {
      CAPTURE(c.head);
      CAPTURE(c.body);
      Diagnostics diagnostics;
      Document doc = html("<html><head>" + std::string(c.head) + "</head><body><h1>Title</h1>" +
                              std::string(c.body) + "<p>Body text.</p></body></html>",
                          diagnostics);
      CHECK(doc.source.published.to_iso() == c.iso);
      CHECK(diagnostics.count(Severity::Warning) == (c.iso.empty() ? 1 : 0));
      CHECK(doc.text.find("Body text.") != std::string::npos);
    }
  }

  TEST_CASE("picks the largest text block when there is no article or main") {
    Diagnostics diagnostics;
    Document doc = html(
        "<html><head><title>Page title</title></head><body>"
        "<div class=\"menu-col\"><a href=\"/a\">Link one</a> <a href=\"/b\">Link two</a></div>"
        "<div class=\"teaser\"><p>A short teaser.</p></div>"
        "<div class=\"layout-with-sidebar\"><p>First paragraph of the statement, long enough to "
        "count.</p><p>Second paragraph of the statement.</p>Direct text<br>after a break.</div>"
        "</body></html>",
        diagnostics);
    CHECK(doc.source.title == "Page title");
    CHECK(doc.text ==
          "Page title\n\nFirst paragraph of the statement, long enough to count.\n\n"
          "Second paragraph of the statement.\n\nDirect text\nafter a break.\n");
  }

  TEST_CASE("keeps the statement inside a page-wide form, drops switchers and hidden parts") {
    Diagnostics diagnostics;
    Document doc = html(
        "<html><body><form id=\"aspnetForm\" action=\"/\"><div id=\"lang\">"
        "<a href=\"/ru\">RU</a> | <a href=\"/en\">EN</a></div>"
        "<div class=\"text\"><h1>Statement</h1><p>  \xE2\x80\xA2 en-GB1 ru-RU1</p>"
        "<p>Armenia, Belarus and Russia are members of the CSTO.</p>"
        "<p style=\"display: none\">Hidden: Iran is a member of the CSTO.</p>"
        "<p aria-hidden=\"true\">Also hidden.</p><ul><li>English</li><li>Fran\xC3\xA7"
        "ais</li></ul>"
        "<p>Additional materials</p><p><a href=\"/x\">Council of Europe (CoE)</a></p></div>"
        "</form></body></html>",
        diagnostics);
    CHECK(doc.text == "Statement\n\nArmenia, Belarus and Russia are members of the CSTO.\n");
  }

  TEST_CASE("repairs invalid UTF-8, converts a declared charset, reads the country meta") {
    Diagnostics diagnostics;
    Document doc = html("<p>Bad \xC3\x28 byte.</p>\n<p>More.</p>", diagnostics);
    CHECK(doc.text == "Bad \xEF\xBF\xBD( byte.\n\nMore.\n");
    CHECK(diagnostics.count(Severity::Warning) == 2);  // the byte, no date
    CHECK(diagnostics.items()[0].line == 1);

    Diagnostics cyrillic;
    // "Россия" in windows-1251.
    doc = html(
        "<html><head><meta charset=\"windows-1251\">"
        "<meta name=\"orgkg:publisher-country\" content=\"Russia\"></head>"
        "<body><p>\xD0\xEE\xF1\xF1\xE8\xFF</p></body></html>",
        cyrillic);
    CHECK(doc.text == "\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD1\x8F\n");
    CHECK(doc.source.publisher_country.empty());
    CHECK(cyrillic.count(Severity::Warning) == 2);  // the country, no date
  }
}

}  // namespace
}  // namespace orgkg

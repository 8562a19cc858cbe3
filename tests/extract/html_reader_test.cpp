// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The HTML reader on a ministry-style page (tests/data/extract/html/) and on
// hostile pages: external entities, entity bombs and deep nesting must
// neither expand nor crash.
#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "extract_test_support.hpp"
#include "orgkg/extract/build.hpp"
#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/error.hpp"
#include "test_tools.hpp"

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

// A TCP listener on 127.0.0.1 (a free port) that tells whether anyone connected.
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd_ >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&address), size) == 0);
    REQUIRE(::listen(fd_, 8) == 0);
    REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    port_ = ntohs(address.sin_port);
  }
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;
  ~Listener() { ::close(fd_); }
  [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  [[nodiscard]] bool contacted() const {
    pollfd waiting{fd_, POLLIN, 0};
    return ::poll(&waiting, 1, 200) > 0;
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

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
             Case{"", "<p class=\"byline\">Published: <time>June 14, 2019</time></p>",
                  "2019-06-14"},
             Case{"", "<p>Posted on: 14 June 2019 12:00</p>", "2019-06-14"},
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
      // A date line under the title is page furniture, not statement text.
      CHECK(doc.text.find("2019") == std::string::npos);
      CHECK(doc.text.find("Published") == std::string::npos);
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

  TEST_CASE("issue 7: an external entity or DTD naming a local file never brings it in") {
    test::TempDir dir;
    const std::string secret = "ORGKG-SECRET-5f1c";
    test::write_text_file(dir / "secret.txt", secret + "\n");
    test::write_text_file(dir / "secret.dtd", "<!ENTITY leak \"" + secret + "\">\n");
    std::string file = "file://" + (dir / "secret.txt").string();
    std::string dtd = "file://" + (dir / "secret.dtd").string();
    for (const std::string& page : {
             "<!DOCTYPE html SYSTEM \"" + dtd +
                 "\"><html><body><h1>&leak;</h1>"
                 "<p>Russia and China are members of the SCO. &leak;</p></body></html>",
             "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY s SYSTEM \"" + file +
                 "\"><!ENTITY % p SYSTEM \"" + dtd +
                 "\"> %p;]><html><head><title>&s;</title>"
                 "</head><body><p>Before &s; and &leak; after.</p></body></html>",
         }) {
      CAPTURE(page);
      test::write_text_file(dir / "page.html", page);
      Diagnostics diagnostics;
      Document doc = read_documents(dir / "page.html", {}, diagnostics).at(0);
      CHECK(doc.text.find(secret) == std::string::npos);
      CHECK(doc.source.title.find(secret) == std::string::npos);
      CHECK(doc.text.find("&") != std::string::npos);  // the reference stays literal
      for (const Diagnostic& d : diagnostics.items()) {
        CHECK(d.message.find(secret) == std::string::npos);
      }
    }
  }

  TEST_CASE("issue 7: entity bombs return at once, their references literal") {
    std::string bomb = "<!DOCTYPE b [<!ENTITY a \"" + std::string(65536, 'x') + "\">";
    bomb += "<!ENTITY l0 \"lol\">";
    for (int i = 1; i <= 9; ++i) {
      std::string name = "l" + std::to_string(i);
      std::string previous = "&l" + std::to_string(i - 1) + ";";
      bomb += "<!ENTITY " + name + " \"";
      for (int j = 0; j < 10; ++j) bomb += previous;
      bomb += "\">";
    }
    bomb += "]><html><body><p>Laughs: &l9;</p><p>";
    for (int i = 0; i < 20000; ++i) bomb += "&a;";  // 1.3 GB if expanded
    bomb += "</p></body></html>";
    auto start = std::chrono::steady_clock::now();
    Diagnostics diagnostics;
    Document doc = html(bomb, diagnostics);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 5.0);
    CHECK(doc.text.size() <= bomb.size());  // memory bounded by the page, nothing expanded
    CHECK(doc.text.find("Laughs: &l9;") != std::string::npos);
    CHECK(doc.text.find("xxxx") == std::string::npos);
  }

  TEST_CASE("issue 7: a remote DTD, entity, XInclude or resource is never fetched") {
    Listener server;
    std::string page = R"(<?xml version="1.0"?><?xml-stylesheet href="@/s.xsl"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "@/x.dtd">
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head>
<link rel="stylesheet" href="@/c.css"><script src="@/a.js"></script></head><body>
<xi:include href="@/part.xml" parse="text"/><iframe src="@/frame"></iframe><img src="@/i.gif">
<p>India and Iran are members of the SCO.</p></body></html>)";
    for (std::size_t at = page.find('@'); at != std::string::npos; at = page.find('@', at)) {
      page.replace(at, 1, server.url());
    }
    Diagnostics diagnostics;
    Document doc = html(page, diagnostics);
    CHECK(doc.text == "India and Iran are members of the SCO.\n");
    CHECK_FALSE(server.contacted());
  }

  TEST_CASE("issue 7: NUL bytes and invalid UTF-8 are replaced and reported by line") {
    using namespace std::string_view_literals;
    Diagnostics diagnostics;
    Document doc = html(
        "<html><body><p>Russia\0and China\xFF\xC0 are</p>\n"
        "<p>members\0\0of the SCO.</p></body></html>"sv,
        diagnostics);
    CHECK(doc.text == "Russia and China\xEF\xBF\xBD\xEF\xBF\xBD are\n\nmembers of the SCO.\n");
    std::vector<std::string> seen;
    for (const Diagnostic& d : diagnostics.items()) {
      seen.push_back(std::to_string(d.line) + " " + d.message);
    }
    CHECK(seen == std::vector<std::string>{
                      "1 invalid UTF-8 replaced by U+FFFD", "1 NUL bytes replaced by spaces",
                      "2 NUL bytes replaced by spaces", "0 no publication date in the page"});

    Diagnostics cyrillic;  // a declared charset: NULs replaced before libxml2 converts
    doc = html(
        "<html><head><meta charset=\"windows-1251\"></head><body>\n"
        "<p>\xD0\xEE\xF1\0\xF1\xE8\xFF</p><p>After.</p></body></html>"sv,
        cyrillic);
    CHECK(doc.text == "\xD0\xA0\xD0\xBE\xD1\x81 \xD1\x81\xD0\xB8\xD1\x8F\n\nAfter.\n");
    CHECK(cyrillic.items().at(0).line == 2);
    CHECK(cyrillic.items().at(0).message == "NUL bytes replaced by spaces");
  }

  TEST_CASE("issue 7: bytes a declared charset cannot convert become a warning, not output") {
    Diagnostics diagnostics;
    long printed = stderr_bytes([&] {
      (void)html(
          "<html><head><meta charset=\"euc-jp\"></head><body><p>Bad \xA1\x6E\xFF\xFE "
          "bytes.</p></body></html>",
          diagnostics);
    });
    CHECK(printed == 0);
    bool reported = false;
    for (const Diagnostic& d : diagnostics.items()) {
      reported = reported || d.message.rfind("HTML parser: ", 0) == 0;
    }
    CHECK(reported);
  }

  TEST_CASE("issue 7: a page over 64 MiB is refused with an error naming the file") {
    test::TempDir dir;
    fs::path big = dir / "big.html";
    test::write_text_file(big, "<html>");
    fs::resize_file(big, kMaxHtmlBytes + 1);  // sparse: nothing is written
    Diagnostics diagnostics;
    try {
      (void)read_documents(big, {}, diagnostics);
      FAIL("no ParseError");
    } catch (const ParseError& error) {
      CHECK(std::string(error.what()).find(big.string()) != std::string::npos);
      CHECK(std::string(error.what()).find("64 MiB") != std::string::npos);
    }
  }
}

}  // namespace
}  // namespace orgkg

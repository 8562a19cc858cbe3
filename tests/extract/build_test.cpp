// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/build.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract_test_support.hpp"
#include "orgkg/extract/corpus.hpp"
#include "orgkg/extract/sentence_splitter.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/snapshot.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

TEST_SUITE("build") {
  TEST_CASE("adds each document's source and triples to the store") {
    fs::path dir = fs::temp_directory_path() / "orgkg_build_test";
    fs::create_directories(dir);
    std::ofstream(dir / "one.txt")
        << "3 July 202409:15\n\nSCO summit\n\nThe SCO includes ten member states – Belarus, "
           "China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan and "
           "Uzbekistan.\n";
    std::ofstream(dir / "two.txt")
        << "no date here\nCSTO\n\nArmenia, Belarus and Russia are members of the CSTO. "
           "Russia is a member of the SCO.\n";
    Store store;
    Diagnostics diagnostics;
    BuildStats stats =
        add_documents({dir / "one.txt", dir / "two.txt"}, test::gazetteer(), store, diagnostics);
    CHECK(stats.documents == 2);
    CHECK(stats.triples == 14);
    CHECK(stats.bytes > 100);
    CHECK(store.source_count() == 2);
    CHECK(store.fact_count() == 13);
    const Fact* russia = store.find_fact("state_RUS", Relation::MemberOf, "org_SCO");
    REQUIRE(russia != nullptr);
    CHECK(russia->evidence_count() == 2);
    CHECK(russia->sources() == std::vector<std::string>{"one", "two"});
    CHECK(russia->first_seen.to_iso() == "2024-07-03");
    CHECK(diagnostics.count(Severity::Warning) == 1);
    const Entity* sco = store.find_entity("org_SCO");
    REQUIRE(sco != nullptr);
    CHECK(sco->wikidata == "Q485207");
    CHECK_THROWS_AS(add_documents({dir / "missing.txt"}, test::gazetteer(), store, diagnostics),
                    IoError);
    fs::remove_all(dir);
  }

  TEST_CASE("threads change nothing: the same store, files and documents handed back in order") {
    fs::path dir = fs::temp_directory_path() / "orgkg_build_threads_test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    // Many documents in one JSON lines file, and a missing file in the middle.
    std::ofstream lines(dir / "b_many.jsonl");
    for (int i = 0; i < 40; ++i) {
      lines << R"({"id": "line-)" << i << R"(", "date": "2020-01-)" << (i % 28 + 1)
            << R"(", "text": "Armenia, Belarus and Russia are members of the CSTO. In )"
            << 1990 + i << R"(, Kazakhstan assumed the chairmanship of the CICA."})" << '\n';
    }
    lines.close();
    // Pages and a text file whose parsing warns (no date, a NUL byte): the
    // threaded build parses them on its workers, yet their warnings must
    // come where the reader gave them, before the file's extraction's.
    std::ofstream(dir / "c_page.html")
        << "<html><head><title>CSTO</title></head><body><nav><a href=\"/\">SCO news</a></nav>"
           "<article><h1>CSTO session</h1><p>Armenia, Belarus and Russia are members of the "
           "CSTO.</p><p>In 2022, Kazakhstan assumed the chairmanship of the CICA.</p></article>"
           "</body></html>";
    std::ofstream(dir / "d_page.html")
        << "<html><head><meta property=\"article:published_time\" content=\"2021-05-04\">"
           "</head><body><article><h1>SCO</h1><p>Iran became a member of the SCO in 2023.</p>"
           "</article></body></html>";
    // Its parsing warns (a NUL byte, no date), then its extraction (a run
    // too long to be a sentence).
    const char undated_text[] =
        "no date here\nCIS\n\nArmenia and Belarus are members of the CIS.\0\n";
    std::ofstream(dir / "e_undated.txt", std::ios::binary)
        << std::string(undated_text, sizeof undated_text - 1) << std::string(20000, 'x') << "\n";
    std::vector<fs::path> files = list_corpus({ORGKG_SOURCE_DIR "/tests/gold/docs"});
    files.insert(files.begin() + 10, dir / "a_missing.txt");
    files.insert(files.begin() + 20, dir / "b_many.jsonl");
    files.insert(files.begin() + 25, dir / "c_page.html");
    files.insert(files.begin() + 26, dir / "d_page.html");
    files.insert(files.begin() + 27, dir / "e_undated.txt");

    auto build = [&](unsigned threads, std::vector<std::string>& order, std::size_t& triples) {
      Store store;
      Diagnostics diagnostics;
      BuildSettings settings;
      settings.threads = threads;
      settings.on_file = [&](FileOutcome& outcome) {
        order.push_back(outcome.path.filename().string() + (outcome.error ? " failed" : ""));
        for (const Diagnostic& diagnostic : outcome.diagnostics.items()) {
          order.push_back(diagnostic.to_string());
        }
      };
      settings.on_document = [&](const Document& document, std::size_t count) {
        order.push_back(document.source.id);
        triples += count;
      };
      BuildStats stats = add_documents(files, test::gazetteer(), store, diagnostics, settings);
      CHECK(stats.files == files.size() - 1);
      CHECK(stats.triples == triples);
      return to_snapshot(store);
    };
    std::vector<std::string> order1;
    std::vector<std::string> order3;
    std::size_t triples1 = 0;
    std::size_t triples3 = 0;
    const std::string one = build(1, order1, triples1);
    const std::string three = build(3, order3, triples3);
    CHECK(one == three);
    CHECK(order1 == order3);
    CHECK(triples1 == triples3);
    CHECK(std::count(order1.begin(), order1.end(), "a_missing.txt failed") == 1);
    CHECK(std::find(order1.begin(), order1.end(), "line-39") != order1.end());
    // The pages were read, with the warnings their parsing gave, in order.
    auto at = [&](const std::string& item) {
      return std::find(order3.begin(), order3.end(), item) - order3.begin();
    };
    auto warned = [&](const std::string& where) {
      return std::find_if(order3.begin(), order3.end(),
                          [&](const std::string& line) {
                            return line.rfind(where + ": warning:", 0) == 0;
                          }) -
             order3.begin();
    };
    CHECK(at("c_page") < at("c_page.html"));
    CHECK(at("c_page.html") + 1 == warned("c_page"));
    CHECK(at("d_page") < at("d_page.html"));
    auto saying = [&](const std::string& words) {
      return std::find_if(order3.begin(), order3.end(),
                          [&](const std::string& line) {
                            return line.rfind("e_undated", 0) == 0 &&
                                   line.find(words) != std::string::npos;
                          }) -
             order3.begin();
    };
    const auto undated = at("e_undated.txt");
    CHECK(undated + 1 == warned("e_undated:4"));  // NUL bytes
    CHECK(undated < saying("no publication date"));
    CHECK(saying("no publication date") < saying("without a sentence end"));
    CHECK(saying("without a sentence end") < static_cast<std::ptrdiff_t>(order3.size()));
    fs::remove_all(dir);
  }

  TEST_CASE("a failure on_file rethrows stops the build with exactly the files before") {
    std::vector<fs::path> files = list_corpus({ORGKG_SOURCE_DIR "/tests/gold/docs"});
    files.insert(files.begin() + 5, "/nonexistent/orgkg/missing.txt");
    for (unsigned threads : {1U, 2U}) {
      Store store;
      Diagnostics diagnostics;
      BuildSettings settings;
      settings.threads = threads;
      std::size_t handed = 0;
      settings.on_file = [&](FileOutcome& outcome) {
        if (outcome.error) std::rethrow_exception(outcome.error);
        ++handed;
      };
      CHECK_THROWS_AS(add_documents(files, test::gazetteer(), store, diagnostics, settings),
                      IoError);
      CHECK(handed == 5);
      CHECK(store.source_count() == 5);
    }
  }

  TEST_CASE("reads with the options given and extracts without a store") {
    fs::path dir = fs::temp_directory_path() / "orgkg_build_options_test";
    fs::create_directories(dir);
    std::ofstream(dir / "page.txt")
        << "<html><head><meta name=\"date\" content=\"2024-07-03\"></head><body><h1>SCO</h1>"
           "<p>Armenia, Belarus and Russia are members of the CSTO.</p></body></html>";
    Store store;
    Diagnostics diagnostics;
    ReadOptions options;
    options.format = InputFormat::Html;
    options.publisher_country = "arm";
    BuildStats stats =
        add_documents({dir / "page.txt"}, test::gazetteer(), store, diagnostics, options);
    CHECK(stats.files == 1);
    CHECK(stats.documents == 1);
    CHECK(store.fact_count() == 3);
    REQUIRE(store.sources().size() == 1);
    CHECK(store.sources()[0]->publisher_country == "ARM");
    CHECK(store.sources()[0]->published.to_iso() == "2024-07-03");
    CHECK(diagnostics.empty());

    Document doc = read_documents(dir / "page.txt", options, diagnostics).at(0);
    std::vector<Triple> triples = extract_triples(doc, test::gazetteer(), diagnostics);
    CHECK(test::facts(triples) == test::all({"ARM", "BLR", "RUS"}, "member_of", "CSTO"));
    CHECK(triples.size() == stats.triples);
    fs::remove_all(dir);
  }

  TEST_CASE("a run over the sentence limit is skipped with a warning, the sentences around read") {
    Document doc;
    doc.source.id = "long";
    doc.source.published = Date{2024, 7, 3};
    doc.text = "Russia joins\n\nRussia is a member of the SCO.\n" +
               std::string(kMaxSentenceBytes + 1, 'a') +
               "\n\nKazakhstan is a member of the CSTO.\n";
    Diagnostics diagnostics;
    std::vector<Triple> triples = extract_triples(doc, test::gazetteer(), diagnostics);
    CHECK(test::facts(triples) ==
          std::vector<std::string>{"KAZ member_of CSTO", "RUS member_of SCO"});
    REQUIRE(diagnostics.items().size() == 1);
    const Diagnostic& warning = diagnostics.items()[0];
    CHECK(warning.source == "long");
    CHECK(warning.line == 4);
    CHECK(warning.message ==
          "1 run(s) of text over 16384 bytes without a sentence end skipped: not prose");
  }

  TEST_CASE("a sink handed a view by default accepts the triple it stands for") {
    Entity rus;
    rus.kind = EntityKind::State;
    rus.key = "RUS";
    Entity sco;
    sco.kind = EntityKind::Organisation;
    sco.key = "SCO";
    TripleView view{{&rus, "Russia"},
                    Relation::MemberOf,
                    {&sco, std::nullopt},
                    Date{2001},
                    std::nullopt,
                    EvidenceView{"doc", Date{2024, 7, 3}, "Russia is in the SCO.", 3, 24, "rule"}};
    VectorSink sink;
    static_cast<TripleSink&>(sink).accept_view(view);
    REQUIRE(sink.triples.size() == 1);
    const Triple& triple = sink.triples[0];
    CHECK(triple.subject.aliases == std::set<std::string>{"Russia"});
    CHECK(triple.object == sco);
    CHECK(triple.valid_from == Date{2001});
    CHECK(triple.evidence ==
          Evidence{"doc", Date{2024, 7, 3}, "Russia is in the SCO.", 3, 24, "rule"});
  }
}

}  // namespace
}  // namespace orgkg

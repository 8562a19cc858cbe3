// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/build.hpp"

#include <doctest/doctest.h>

#include <fstream>

#include "extract_test_support.hpp"
#include "orgkg/graph/error.hpp"

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
}

}  // namespace
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/gazetteer.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "extract_test_support.hpp"
#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

const std::filesystem::path kFixtures = ORGKG_TEST_DATA_DIR "/extract";

// The key of the entity `name` names as a whole, or "" when none.
std::string key_of(std::string_view name) {
  std::optional<NameMatch> match = test::gazetteer().lookup(name);
  return match ? match->entity->key : "";
}

TEST_SUITE("gazetteer") {
  TEST_CASE("knows every ISO state under its ISO names, keyed by alpha-3") {
    const Gazetteer& g = test::gazetteer();
    CHECK(g.entities(EntityKind::State).size() >= 249);
    const Entity* russia = g.find(EntityKind::State, "RUS");
    REQUIRE(russia != nullptr);
    CHECK(russia->label == "Russia");
    CHECK(russia->name == "Russian Federation");
    CHECK(russia->iso2 == "RU");
    CHECK(russia->iso3 == "RUS");
    CHECK(key_of("Russian Federation") == "RUS");
    CHECK(key_of("Plurinational State of Bolivia") == "BOL");
    CHECK(key_of("Republic of Korea") == "KOR");  // "Korea, Republic of" inverted
    CHECK(key_of("United Republic of Tanzania") == "TZA");
    CHECK(key_of("Aruba") == "ABW");  // only in the ISO list
    CHECK(g.find(EntityKind::State, "ABW")->label == "Aruba");
  }

  TEST_CASE("gives states the short labels texts use") {
    const Gazetteer& g = test::gazetteer();
    for (auto [key, label] : {std::pair{"IRN", "Iran"},
                              {"KOR", "South Korea"},
                              {"PRK", "North Korea"},
                              {"VNM", "Vietnam"},
                              {"TUR", "Turkey"},
                              {"USA", "United States"},
                              {"GBR", "United Kingdom"},
                              {"SYR", "Syria"},
                              {"LAO", "Laos"},
                              {"MDA", "Moldova"},
                              {"PSE", "Palestine"},
                              {"ARE", "United Arab Emirates"}}) {
      CAPTURE(key);
      CHECK(g.find(EntityKind::State, key)->label == label);
    }
    const Entity* kosovo = g.find(EntityKind::State, "XKX");
    REQUIRE(kosovo != nullptr);
    CHECK(kosovo->label == "Kosovo");
  }

  TEST_CASE("matches aliases, spellings, acronyms and demonyms") {
    CHECK(key_of("Bahrein") == "BHR");
    CHECK(key_of("Kirghizia") == "KGZ");
    CHECK(key_of("Byelorussia") == "BLR");
    CHECK(key_of("Türkiye") == "TUR");
    CHECK(key_of("Turkiye") == "TUR");
    CHECK(key_of("the Republic of Korea") == "KOR");
    CHECK(key_of("the US") == "USA");
    CHECK(key_of("U.S.") == "USA");
    CHECK(key_of("the USA") == "USA");
    CHECK(key_of("Ivory Coast") == "CIV");
    CHECK(key_of("Côte d’Ivoire") == "CIV");
    CHECK(key_of("us") == "");
    CHECK(key_of("Kazakhstani") == "KAZ");
    CHECK(key_of("Kazakh") == "KAZ");
    CHECK(key_of("Sri Lankan") == "LKA");
    CHECK(test::gazetteer().lookup("Vietnamese")->form == NameForm::Demonym);
    CHECK(test::gazetteer().lookup("UAE")->form == NameForm::Acronym);
  }

  TEST_CASE("matches organisations under their variants") {
    CHECK(key_of("Shanghai Cooperation Organization") == "SCO");
    CHECK(key_of("Shanghai Cooperation Organisation") == "SCO");
    CHECK(key_of("Conference on Interaction and Confidence-Building Measures in Asia") == "CICA");
    CHECK(key_of("Conference on Interaction and Confidence Building Measures in Asia") == "CICA");
    CHECK(key_of("Organisation for Security and Cooperation in Europe") == "OSCE");
    CHECK(key_of("the Arab League") == "LAS");
    CHECK(key_of("Parliamentary Assembly of Turkic-Speaking Countries") == "TURKPA");
    CHECK(key_of("CSTO Parliamentary Assembly") == "CSTO PA");  // a body of its own
    CHECK(key_of("ALBA-TCP") == "ALBA");
    CHECK(key_of("Eurasian Economic Commission") == "EAEU");
    CHECK(key_of("Association of South-East Asian Nations") == "ASEAN");
    CHECK(key_of("CoE") == "CoE");
    CHECK(key_of("COE") == "");
    CHECK(key_of("G-20") == "G20");
    const Entity* sco = test::gazetteer().find(EntityKind::Organisation, "SCO");
    REQUIRE(sco != nullptr);
    CHECK(sco->wikidata == "Q485207");
    CHECK(sco->acronym == "SCO");
    CHECK(test::gazetteer().find(EntityKind::Organisation, "CICA")->wikidata.empty());
    CHECK(test::gazetteer().entities(EntityKind::Organisation).size() >= 50);
    CHECK(test::gazetteer().members_called_partners(
        *test::gazetteer().find(EntityKind::Organisation, "ASEM")));
    CHECK_FALSE(test::gazetteer().members_called_partners(*sco));
    // An entity of the same node id, not the gazetteer's own (one the text
    // defined, say), is the same organisation; another kind's is not.
    Entity asem;
    asem.kind = EntityKind::Organisation;
    asem.key = "ASEM";
    CHECK(test::gazetteer().members_called_partners(asem));
    asem.kind = EntityKind::State;
    CHECK_FALSE(test::gazetteer().members_called_partners(asem));
  }

  TEST_CASE("knows the founding documents of organisations, which are not mentions") {
    auto founded = [](std::string_view document) {
      const Entity* org = test::gazetteer().founded_by(document);
      return org == nullptr ? std::string() : org->key;
    };
    CHECK(founded("Treaty of Asuncion") == "Mercosur");
    CHECK(founded("the Treaty of Asunción") == "Mercosur");
    CHECK(founded("Cartagena Agreement") == "CAN");
    CHECK(founded("Treaty of Basseterre") == "OECS");
    CHECK(founded("Treaty of Amity and Cooperation").empty());
    CHECK(founded("Bangkok Declaration").empty());  // ASEAN's and BIMSTEC's
    CHECK(founded("Treaty").empty());
    // A founding document is no name of its organisation.
    CHECK(key_of("Treaty of Asuncion").empty());
  }

  TEST_CASE("matches cities and their former names") {
    CHECK(key_of("Nur-Sultan") == "Astana");
    CHECK(key_of("Peking") == "Beijing");
    CHECK(test::gazetteer().find(EntityKind::City, "Geneva") != nullptr);
  }

  TEST_CASE("finds the longest name at a position, ending at a word boundary") {
    const Gazetteer& g = test::gazetteer();
    std::string_view text = "the ASEAN Regional Forum and ASEANS and Guinea-Bissau.";
    std::optional<NameMatch> forum = g.match_at(text, 4);
    REQUIRE(forum.has_value());
    CHECK(forum->entity->key == "ARF");
    CHECK(text.substr(forum->begin, forum->end - forum->begin) == "ASEAN Regional Forum");
    CHECK_FALSE(g.match_at(text, text.find("ASEANS")).has_value());
    CHECK(g.match_at(text, text.find("Guinea"))->entity->key == "GNB");
  }

  TEST_CASE("reports a malformed data file with its name and line") {
    GazetteerOptions options{kFixtures / "bad_syntax", kFixtures / "iso_3166-1.json"};
    try {
      (void)Gazetteer::load(options);
      FAIL("no ParseError");
    } catch (const ParseError& error) {
      CHECK(error.source() == (kFixtures / "bad_syntax" / "organisations.json").string());
      CHECK(error.line() == 4);
    }
    options.data_dir = kFixtures / "bad_field";
    try {
      (void)Gazetteer::load(options);
      FAIL("no ParseError");
    } catch (const ParseError& error) {
      CHECK(std::string(error.what()).find("organisations.json") != std::string::npos);
      CHECK(std::string(error.what()).find("entry 2") != std::string::npos);
      CHECK(std::string(error.what()).find("aliases") != std::string::npos);
    }
    options.data_dir = kFixtures / "unknown_iso";
    CHECK_THROWS_WITH_AS((void)Gazetteer::load(options), doctest::Contains("XYZ"), ParseError);
  }

  TEST_CASE("throws IoError for a missing data file") {
    GazetteerOptions options{kFixtures / "no_such_dir", kFixtures / "iso_3166-1.json"};
    CHECK_THROWS_AS((void)Gazetteer::load(options), IoError);
    options = {ORGKG_SOURCE_DIR "/data", kFixtures / "missing_iso.json"};
    CHECK_THROWS_AS((void)Gazetteer::load(options), IoError);
  }

  TEST_CASE("takes the data directory from ORGKG_DATA_DIR when set") {
    const char* saved = std::getenv("ORGKG_DATA_DIR");
    std::string restore = saved ? saved : "";
    setenv("ORGKG_DATA_DIR", "/tmp/orgkg-data-test", 1);
    CHECK(default_data_dir() == "/tmp/orgkg-data-test");
    unsetenv("ORGKG_DATA_DIR");
    CHECK(default_data_dir() == std::filesystem::path(ORGKG_SOURCE_DIR "/data"));
    if (saved) setenv("ORGKG_DATA_DIR", restore.c_str(), 1);
  }
}

}  // namespace
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EntryWords: the table from a unit's word to the patterns that can start
// there, and the error a checked build raises when a pattern finds something
// at a word it did not register.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "orgkg/graph/entity.hpp"

namespace orgkg::detail {
namespace {

Units units_of(std::string_view sentence, const std::vector<Mention>& mentions = {}) {
  return make_units(sentence, 0, mentions);
}

TEST_SUITE("entry_words") {
  TEST_CASE("a word gives the patterns registered for it, others none") {
    const EntryWords table{{"joined", "acceded"}, {"as", "joined"}, {}};
    Units u = units_of("Viet Nam joined ASEAN as its seventh member, the year Laos acceded.");
    std::size_t joined = 2;
    REQUIRE(u[joined].norm == "joined");
    CHECK(table.at(u, joined) == 0b011);
    CHECK(table.at(u, 4) == 0b010);  // "as"
    CHECK(table.at(u, 0) == 0);      // "viet"
    CHECK(table.at(u, u.size() - 2) == 0b001);  // "acceded"
    CHECK(table.at(u, u.size()) == 0);          // past the end
  }

  TEST_CASE("near words do not match") {
    const EntryWords table{{"word0", "word1", "word2", "word3", "word4", "word5", "word6",
                            "word7", "word8", "word9", "word10", "word11", "word12", "word13"},
                           {"word14", "word15", "word16", "word17", "word18", "word19"}};
    Units u = units_of("word0 word13 word14 word19 word20 word word00 word1x");
    REQUIRE(u.size() == 8);
    CHECK(table.at(u, 0) == 0b01);
    CHECK(table.at(u, 1) == 0b01);
    CHECK(table.at(u, 2) == 0b10);
    CHECK(table.at(u, 3) == 0b10);
    for (std::size_t i = 4; i < u.size(); ++i) CHECK(table.at(u, i) == 0);
  }

  TEST_CASE("a mention gives the patterns that start at mentions") {
    Entity asean;
    asean.key = "ASEAN";
    asean.kind = EntityKind::Organisation;
    std::string sentence = "ASEAN admitted Brunei in 1984.";
    std::vector<Mention> mentions{{0, 5, &asean, NameForm::Acronym, "ASEAN"}};
    const EntryWords words_only{{"admitted"}, {"in"}};
    const EntryWords with_mentions({{"admitted"}, {}}, /*at_mentions=*/0b10);
    Units u = units_of(sentence, mentions);
    REQUIRE(u[0].mention != nullptr);
    CHECK(words_only.at(u, 0) == 0);
    CHECK(with_mentions.at(u, 0) == 0b10);
    CHECK(with_mentions.at(u, 1) == 0b01);
  }

  TEST_CASE("a pattern found at an unregistered word is a logic error naming it") {
    Units u = units_of("Brunei joined ASEAN.");
    try {
      EntryWords::unregistered("the list patterns", 4, u, 1);
      FAIL("unregistered() returned");
    } catch (const std::logic_error& error) {
      std::string message = error.what();
      CHECK(message.find("pattern 4 of the list patterns") != std::string::npos);
      CHECK(message.find("\"joined\"") != std::string::npos);
    }
  }
}

}  // namespace
}  // namespace orgkg::detail

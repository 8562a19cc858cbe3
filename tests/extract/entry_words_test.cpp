// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EntryWords: the index from a unit's word to the patterns of each family
// that can start there, and the errors a checked build raises when a pattern
// finds something at a word it did not register or a family tries more
// patterns than it registered.
#include "entry_words.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "list_reader.hpp"
#include "orgkg/graph/entity.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

// A sentence's units, with the tokens their words point into.
struct SentenceUnits {
  TokenList tokens;
  Units units;
};
SentenceUnits units_of(std::string_view sentence, const std::vector<Mention>& mentions = {}) {
  SentenceUnits made{tokenize(sentence), {}};
  made.units = make_units(made.tokens, 0, mentions);
  return made;
}

TEST_SUITE("entry_words") {
  TEST_CASE("a word gives the patterns its families registered for it, others none") {
    const EntryWords& index = EntryWords::index();
    [[maybe_unused]] auto [tokens, u] =
        units_of("Viet Nam joined ASEAN as its seventh member, the year Laos acceded.");
    std::size_t joined = 2;
    REQUIRE(u[joined].norm == "joined");
    // "joined" starts the join pattern (4) of the list family and the join
    // pattern (4) of the partner family, and no seat pattern.
    CHECK((index.at(PatternFamily::List, u, joined) >> 4 & 1U) == 1);
    CHECK((index.at(PatternFamily::Partner, u, joined) >> 4 & 1U) == 1);
    CHECK(index.at(PatternFamily::Seat, u, joined) == 0);
    CHECK(index.at(PatternFamily::List, u, 0) == 0);             // "viet"
    CHECK(index.at(PatternFamily::Left, u, u.size() - 2) == 0);  // "acceded"
    CHECK(index.at(PatternFamily::List, u, u.size()) == 0);      // past the end
  }

  TEST_CASE("a unit carries its word's id, and a near word none") {
    const EntryWords& index = EntryWords::index();
    [[maybe_unused]] auto [tokens, u] =
        units_of("joined joinedx joine withdrew withdrewn chairmanship chairmanships");
    REQUIRE(u.size() == 7);
    CHECK(u[0].entry != 0);
    CHECK(u[0].entry == index.id(word_hash(u[0].norm), u[0].norm));
    CHECK(u[1].entry == 0);
    CHECK(u[2].entry == 0);
    CHECK(u[3].entry != 0);
    CHECK(u[3].entry != u[0].entry);
    CHECK(u[4].entry == 0);
    CHECK(u[5].entry != 0);
    CHECK(u[6].entry == 0);
  }

  TEST_CASE("a word that shares a registered word's hash is not that word") {
    const EntryWords& index = EntryWords::index();
    const EntryWords::Lookup lookup(index);
    // A word below eight bytes is its own hash: a NUL byte before it
    // leaves the hash as it was, and only the size tells them apart.
    const std::string joined = "joined";
    const std::string nul_joined = std::string(1, '\0') + joined;
    REQUIRE(word_hash(nul_joined) == word_hash(joined));
    CHECK(index.id(word_hash(joined), joined) != 0);
    CHECK(index.id(word_hash(nul_joined), nul_joined) == 0);
    // An eight-byte word read as a number plus the modulus 2^61 - 1 has its
    // hash and size, and only its bytes tell them apart.
    const std::string chairman = "chairman";
    std::uint64_t value = 0;
    for (char c : chairman) value = value << 8 | static_cast<unsigned char>(c);
    value += kWordHashModulus;
    std::string twin(8, '\0');
    for (std::size_t k = 0; k < 8; ++k) twin[7 - k] = static_cast<char>(value >> (8 * k) & 0xFF);
    REQUIRE(word_hash(twin) == word_hash(chairman));
    const EntryWords::Found found = lookup.find(word_hash(chairman), chairman);
    CHECK(found.id() != 0);
    CHECK(found.id() == index.id(word_hash(chairman), chairman));
    CHECK(found.families() != 0);
    const EntryWords::Found other = lookup.find(word_hash(twin), twin);
    CHECK(other.id() == 0);
    CHECK(other.families() == 0);
  }

  TEST_CASE("a word's unit holds its token's flags and the index's id and families") {
    // make_units_into() writes the four in one store (store_unit_tail()).
    const EntryWords& index = EntryWords::index();
    const EntryWords::Lookup lookup(index);
    [[maybe_unused]] auto [tokens, u] =
        units_of("The non-Arctic States joined Chairmanship talks, Co-chaired by x-ray.");
    REQUIRE(u.size() == tokens.size());
    bool some_joined = false;
    bool some_capitalized = false;
    bool some_entry = false;
    for (std::size_t i = 0; i < u.size(); ++i) {
      CAPTURE(tokens[i].norm);
      const EntryWords::Found found = lookup.find(tokens[i].hash, tokens[i].norm);
      CHECK(u[i].capitalized == tokens[i].capitalized);
      CHECK(u[i].joined == tokens[i].hyphen_before);
      CHECK(u[i].entry == index.id(tokens[i].hash, tokens[i].norm));
      CHECK(u[i].entry == found.id());
      CHECK(u[i].families == found.families());
      some_joined = some_joined || u[i].joined;
      some_capitalized = some_capitalized || u[i].capitalized;
      some_entry = some_entry || u[i].entry != 0;
    }
    CHECK(some_joined);
    CHECK(some_capitalized);
    CHECK(some_entry);
  }

  TEST_CASE("a mention gives the patterns that start at mentions") {
    const EntryWords& index = EntryWords::index();
    Entity asean;
    asean.key = "ASEAN";
    asean.kind = EntityKind::Organisation;
    std::string sentence = "ASEAN admitted Brunei in 1984.";
    std::vector<Mention> mentions{{0, 5, &asean, NameForm::Acronym, "ASEAN"}};
    [[maybe_unused]] auto [tokens, u] = units_of(sentence, mentions);
    REQUIRE(u[0].mention != nullptr);
    CHECK(u[0].entry == 0);
    // The seat family's last three patterns start at a city; no list pattern
    // starts at a mention.
    CHECK(index.at(PatternFamily::Seat, u, 0) == 0b1110000);
    CHECK(index.at(PatternFamily::List, u, 0) == 0);
    CHECK(index.at(PatternFamily::List, u, 1) != 0);  // "admitted"
  }

  TEST_CASE("a family tries the patterns it registered, else checked builds throw") {
    const EntryWords& index = EntryWords::index();
    [[maybe_unused]] auto [tokens, u] = units_of("Brunei joined ASEAN.");
    std::vector<std::pair<std::size_t, std::size_t>> tried;
    auto record = [&](std::size_t p, std::size_t i) {
      tried.emplace_back(p, i);
      return false;
    };
    std::size_t patterns = list_entry_words().words.size();
    EntryUnits sentence(u);
    index.run(PatternFamily::List, patterns, sentence, record);
    CHECK(std::find(tried.begin(), tried.end(), std::pair<std::size_t, std::size_t>{4, 1}) !=
          tried.end());
    if (kCheckEntryWords) {
      CHECK_THROWS_AS(index.run(PatternFamily::List, patterns + 1, sentence, record),
                      std::logic_error);
    }
  }

  TEST_CASE("a pattern found at an unregistered word is a logic error naming it") {
    [[maybe_unused]] auto [tokens, u] = units_of("Brunei joined ASEAN.");
    try {
      EntryWords::unregistered("the list patterns", 4, u, 1);
      FAIL("unregistered() returned");
    } catch (const std::logic_error& error) {
      std::string message = error.what();
      CHECK(message.find("pattern 4 of the list patterns") != std::string::npos);
      CHECK(message.find("\"joined\"") != std::string::npos);
    }
  }

  TEST_CASE("a sentence's starts are its registered words and mentions, however many") {
    const EntryWords& index = EntryWords::index();
    Entity asean;
    asean.key = "ASEAN";
    asean.kind = EntityKind::Organisation;
    // "joined" is a start (the list family), "Viet" and "quickly" none; so
    // n repetitions have n starts: below, at and past the 32 held in place.
    // `pad` more words make sentences of 31, 32 and 33 units (n = 10): all
    // units held in place, or only the starts.
    for (std::size_t n : {0, 1, 10, 11, 31, 32, 33, 64, 100})
      for (std::size_t pad : {0, 1, 2}) {
        CAPTURE(n);
        CAPTURE(pad);
        std::string sentence;
        for (std::size_t k = 0; k < n; ++k) sentence += "Viet joined quickly ";
        for (std::size_t k = 0; k < pad; ++k) sentence += "quickly ";
        sentence += "ASEAN";
        std::vector<Mention> mentions{
            {sentence.size() - 5, sentence.size(), &asean, NameForm::Acronym, "ASEAN"}};
        [[maybe_unused]] auto [tokens, u] = units_of(sentence, mentions);
        REQUIRE(u.size() == 3 * n + 1 + pad);
        EntryUnits made(u);
        std::vector<std::uint32_t> expected;
        for (std::size_t i = 0; i < u.size(); ++i) {
          bool starts = false;
          for (std::size_t f = 0; f < kPatternFamilies; ++f) {
            starts = starts || index.at(static_cast<PatternFamily>(f), u, i) != 0;
          }
          if (starts) expected.push_back(static_cast<std::uint32_t>(i));
        }
        // Each family's starts are the units the index says it starts at.
        std::vector<std::uint32_t> found;
        for (std::size_t f = 0; f < kPatternFamilies; ++f) {
          auto family = static_cast<PatternFamily>(f);
          std::vector<std::size_t> of_family;
          made.for_each_start(family, [&](std::size_t i) { of_family.push_back(i); });
          std::vector<std::size_t> expected_of_family;
          for (std::size_t i = 0; i < u.size(); ++i) {
            if (index.at(family, u, i) != 0) expected_of_family.push_back(i);
          }
          CHECK(of_family == expected_of_family);
          for (std::size_t i : of_family) found.push_back(static_cast<std::uint32_t>(i));
        }
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        CHECK(found == expected);
        CHECK(found.size() == n + 1);  // every "joined", and the mention (the seat family)
        CHECK(made.has(PatternFamily::List) == (n > 0));
        CHECK(made.has(PatternFamily::Seat));
      }
  }

  TEST_CASE("a shared sentence's entry units are made once, and a moved one starts afresh") {
    [[maybe_unused]] auto [tokens, u] = units_of("Brunei joined ASEAN.");
    LazyEntryUnits lazy;
    const EntryUnits& made = lazy.of(u);
    CHECK(&made.units() == &u);
    CHECK(made.has(PatternFamily::List));  // "joined"
    std::size_t starts = 0;
    made.for_each_start(PatternFamily::List, [&](std::size_t) { ++starts; });
    CHECK(starts == 1);
    CHECK(&lazy.of(u) == &made);  // the same, not made again

    [[maybe_unused]] auto [other_tokens, other] = units_of("Laos acceded.");
    LazyEntryUnits moved(std::move(lazy));
    CHECK(&moved.of(other).units() == &other);  // made over the units it is given now
    lazy = std::move(moved);
    CHECK(&lazy.of(u).units() == &u);
  }
}

}  // namespace
}  // namespace orgkg::detail

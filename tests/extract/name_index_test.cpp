// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// NameIndex on its own: how names match (name_index.hpp), and that its table
// of key prefixes answers the same however many names it holds.
#include "name_index.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg {
namespace {

using detail::NameIndex;

Entity organisation(std::string key) {
  Entity entity;
  entity.kind = EntityKind::Organisation;
  entity.key = std::move(key);
  return entity;
}

// "KEY=matched text" for the longest name at byte `pos` of `text`, or "".
std::string match_at(const NameIndex& index, std::string_view text, std::size_t pos = 0) {
  std::optional<NameMatch> match = index.match_at(text, pos);
  if (!match) return "";
  return match->entity->key + "=" +
         std::string(text.substr(match->begin, match->end - match->begin));
}

// A made-up word for `n`: "Q" and letters a to p, so no run of these words
// spells another.
std::string word(unsigned n) {
  std::string spelt = "Q";
  do {
    spelt += static_cast<char>('a' + n % 16);
    n /= 16;
  } while (n != 0);
  return spelt;
}

TEST_SUITE("name_index") {
  TEST_CASE("a key's hash is the same however the key is cut into pieces") {
    std::string_view key = "shanghaicooperationorganization";
    std::uint64_t whole = detail::extend_hash(detail::kHashStart, key);
    for (std::size_t cut = 0; cut <= key.size(); ++cut) {
      std::uint64_t pieces = detail::extend_hash(detail::kHashStart, key.substr(0, cut));
      CHECK(detail::extend_hash(pieces, key.substr(cut)) == whole);
    }
    std::uint64_t bytes = detail::kHashStart;
    for (char c : key) bytes = detail::extend_hash(bytes, std::string_view(&c, 1));
    CHECK(bytes == whole);
    // FNV-1a's published values.
    CHECK(detail::extend_hash(detail::kHashStart, "a") == 0xaf63dc4c8601ec8cULL);
    CHECK(detail::extend_hash(detail::kHashStart, "foobar") == 0x85944171f73967e8ULL);
  }

  TEST_CASE("matches the longest name, whatever dashes and dots split it") {
    Entity sco = organisation("SCO");
    Entity shanghai = organisation("Shanghai");
    NameIndex index;
    CHECK(index.add("Shanghai Cooperation Organisation", &sco, NameForm::Name));
    CHECK(index.add("Shanghai", &shanghai, NameForm::Name));
    CHECK(match_at(index, "Shanghai Co-operation Organisation met") ==
          "SCO=Shanghai Co-operation Organisation");
    CHECK(match_at(index, "Shanghai Cooperation Forum") == "Shanghai=Shanghai");
    CHECK(match_at(index, "shanghai Cooperation Organisation").empty());  // not capitalized
    CHECK(index.max_tokens() == 3);
  }

  TEST_CASE("matches acronyms by their exact spelling, even at a lower-case word") {
    Entity un = organisation("UN");
    Entity ecowas = organisation("ECOWAS");
    NameIndex index;
    CHECK(index.add("UN", &un, NameForm::Name));
    CHECK(index.may_start(detail::tokenize("Un")[0]));
    CHECK_FALSE(index.may_start(detail::tokenize("un")[0]));
    CHECK(match_at(index, "U.N. envoy") == "UN=U.N.");
    CHECK(match_at(index, "Un envoy").empty());
    CHECK(index.lookup("UN")->form == NameForm::Acronym);
    CHECK(index.add("eCOWAS", &ecowas, NameForm::Acronym));
    CHECK(index.may_start(detail::tokenize("ecowas")[0]));
    CHECK(match_at(index, "eCOWAS") == "ECOWAS=eCOWAS");
    CHECK(match_at(index, "Ecowas").empty());
  }

  TEST_CASE("keeps the first entity of a name, and tells names from their prefixes") {
    Entity first = organisation("FIRST");
    Entity second = organisation("SECOND");
    NameIndex index;
    CHECK(index.add("the Arctic Council", &first, NameForm::Name));
    CHECK_FALSE(index.add("Arctic Council", &second, NameForm::Name));
    CHECK_FALSE(index.add("the", &second, NameForm::Name));
    CHECK(index.add("Arctic", &second, NameForm::Name));
    CHECK(index.lookup("The Arctic Council")->entity == &first);
    CHECK(index.lookup("Arctic")->entity == &second);
    CHECK_FALSE(index.lookup("Arctic Coun").has_value());
    CHECK_FALSE(index.lookup("Arctic Councils").has_value());
  }

  TEST_CASE("finds every one of many names, and none of their near misses") {
    std::deque<Entity> entities;
    NameIndex index;
    constexpr unsigned kNames = 6000;
    for (unsigned n = 0; n < kNames; ++n) {
      const Entity& entity = entities.emplace_back(organisation(word(n)));
      REQUIRE(index.add(word(n) + " " + word(n + 1) + " Union", &entity, NameForm::Name));
    }
    for (unsigned n = 0; n < kNames; ++n) {
      std::string name = word(n) + " " + word(n + 1) + " Union";
      std::optional<NameMatch> match = index.lookup(name);
      REQUIRE(match.has_value());
      CHECK(match->entity == &entities[n]);
      CHECK_FALSE(index.lookup(word(n) + " " + word(n + 2) + " Union").has_value());
      CHECK_FALSE(index.lookup(word(n) + " " + word(n + 1)).has_value());
    }
  }
}

}  // namespace
}  // namespace orgkg

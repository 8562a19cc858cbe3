// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// WordSet: a unit's word looked up by its hash, confirmed by the word.
#include "word_set.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "list_reader.hpp"
#include "orgkg/graph/entity.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

TEST_SUITE("word_set") {
  TEST_CASE("a unit's word is in the set only when it is one of the words") {
    const WordSet nouns{"member", "members", "summit", "secretariat", "'s"};
    Units u = make_units("The member states' summit and members of the Secretariat's staff", 0, {});
    auto word_at = [&](std::string_view word) {
      for (std::size_t i = 0; i < u.size(); ++i) {
        if (u[i].norm == word) return i;
      }
      FAIL("no unit ", word);
      return u.size();
    };
    CHECK(nouns.at(u, word_at("member")));
    CHECK(nouns.at(u, word_at("members")));
    CHECK(nouns.at(u, word_at("summit")));
    CHECK(nouns.at(u, word_at("secretariat")));  // the norm is lower case
    CHECK(nouns.at(u, word_at("'s")));
    CHECK_FALSE(nouns.at(u, word_at("states")));
    CHECK_FALSE(nouns.at(u, word_at("the")));
    CHECK_FALSE(nouns.at(u, word_at("staff")));
    CHECK_FALSE(nouns.at(u, u.size()));  // past the end
  }

  TEST_CASE("a mention is not a word of the set") {
    Entity asean;
    asean.key = "ASEAN";
    asean.kind = EntityKind::Organisation;
    std::vector<Mention> mentions{{4, 9, &asean, NameForm::Acronym, "ASEAN"}};
    const WordSet words{"asean", "the"};
    Units u = make_units("The ASEAN summit", 0, mentions);
    REQUIRE(u[1].mention != nullptr);
    CHECK(words.at(u, 0));
    CHECK_FALSE(words.at(u, 1));
  }

  TEST_CASE("a hash is confirmed by the word") {
    const WordSet words{"observer", "observers"};
    CHECK(words.contains("observer"));
    CHECK(words.contains(word_hash("observers"), "observers"));
    CHECK_FALSE(words.contains("observe"));
    CHECK_FALSE(words.contains(""));
    // The right hash with another word: not in the set.
    CHECK_FALSE(words.contains(word_hash("observer"), "partner"));
  }

  TEST_CASE("many words fill the table without losing any") {
    std::vector<std::string> storage;
    for (int k = 0; k < 300; ++k) storage.push_back("word" + std::to_string(k));
    std::vector<std::string_view> views(storage.begin(), storage.end());
    // Built from a braced list in the code; here from the first 12 only.
    const WordSet some{views[0], views[1], views[2], views[3], views[4],  views[5],
                       views[6], views[7], views[8], views[9], views[10], views[11]};
    for (int k = 0; k < 12; ++k) CHECK(some.contains(views[k]));
    for (int k = 12; k < 300; ++k) CHECK_FALSE(some.contains(views[k]));
  }
}

}  // namespace
}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// WordSet: a class of words in the entry-word index, tested at a unit by its
// word's id.
#include "word_set.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "orgkg/graph/entity.hpp"

namespace orgkg::detail {
namespace {

// Word sets are defined at namespace scope, before the index is built.
const WordSet kNouns{"member", "members", "summit", "secretariat", "'s"};
const WordSet kNames{"asean", "the"};
const WordSet kObservers{"observer", "observers", "member"};  // "member" is in kNouns too
const WordSet kUnion{{&kNouns, &kObservers}, {"extra"}};

TEST_SUITE("word_set") {
  TEST_CASE("a unit's word is in the set only when it is one of the words") {
    TokenList tokens = tokenize("The member states' summit and members of the Secretariat's staff");
    Units u = make_units(tokens, 0, {});
    auto word_at = [&](std::string_view word) {
      for (std::size_t i = 0; i < u.size(); ++i) {
        if (u[i].norm == word) return i;
      }
      FAIL("no unit ", word);
      return u.size();
    };
    CHECK(kNouns.at(u, word_at("member")));
    CHECK(kNouns.at(u, word_at("members")));
    CHECK(kNouns.at(u, word_at("summit")));
    CHECK(kNouns.at(u, word_at("secretariat")));  // the norm is lower case
    CHECK(kNouns.at(u, word_at("'s")));
    CHECK_FALSE(kNouns.at(u, word_at("states")));
    CHECK_FALSE(kNouns.at(u, word_at("the")));
    CHECK_FALSE(kNouns.at(u, word_at("staff")));
    CHECK_FALSE(kNouns.at(u, u.size()));  // past the end
    CHECK(kObservers.at(u, word_at("member")));
    CHECK_FALSE(kObservers.at(u, word_at("members")));
  }

  TEST_CASE("a mention is not a word of the set") {
    Entity asean;
    asean.key = "ASEAN";
    asean.kind = EntityKind::Organisation;
    std::vector<Mention> mentions{{4, 9, &asean, NameForm::Acronym, "ASEAN"}};
    TokenList tokens = tokenize("The ASEAN summit");
    Units u = make_units(tokens, 0, mentions);
    REQUIRE(u[1].mention != nullptr);
    CHECK(kNames.at(u, 0));
    CHECK_FALSE(kNames.at(u, 1));
    CHECK(kNouns.at(u, 2));
  }

  TEST_CASE("end_of_last() is one past the last unit of the set, as a scan back with at()") {
    Entity asean;
    asean.key = "ASEAN";
    asean.kind = EntityKind::Organisation;
    std::vector<Mention> mentions{{4, 9, &asean, NameForm::Acronym, "ASEAN"}};
    for (const char* text : {"The ASEAN summit", "The ASEAN members met", "The ASEAN", "members",
                             "", "the summit of the members of the ASEAN"}) {
      TokenList tokens = tokenize(text);
      Units u = make_units(
          tokens, 0,
          std::string_view(text).starts_with("The ASEAN") ? mentions : std::vector<Mention>{});
      for (const WordSet* set : {&kNouns, &kNames, &kObservers}) {
        std::size_t end = u.size();
        while (end > 0 && !set->at(u, end - 1)) --end;
        CHECK_MESSAGE(set->end_of_last(u) == end, text);
      }
    }
  }

  TEST_CASE("a word is looked up exactly") {
    CHECK(kObservers.contains("observer"));
    CHECK(kObservers.contains("observers"));
    CHECK(kObservers.contains("member"));
    CHECK_FALSE(kObservers.contains("observe"));
    CHECK_FALSE(kObservers.contains("observerss"));
    CHECK_FALSE(kObservers.contains(""));
    CHECK_FALSE(kObservers.contains("summit"));
    // A word some family registered, but not this set.
    CHECK_FALSE(kObservers.contains("joined"));
  }

  TEST_CASE("a union holds the words of its sets and its own") {
    for (std::string_view word : {"member", "members", "summit", "observer", "extra"}) {
      CHECK_MESSAGE(kUnion.contains(word), word);
    }
    CHECK_FALSE(kUnion.contains("asean"));
    CHECK_FALSE(kNouns.contains("extra"));
  }

  TEST_CASE("a set made after the index is built is a logic error") {
    (void)EntryWords::index();
    CHECK_THROWS_AS(WordSet({"late"}), std::logic_error);
  }
}

}  // namespace
}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// is(), phrase() and first_phrase(): the tests of a unit's word against
// constant words the pattern readers make at every unit, unrolled over their
// words (list_reader.hpp). They must agree with a plain comparison of norms
// for words of every length (below eight bytes and from eight on), non-ASCII
// words, mentions, and units at and past the end of the sentence.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "list_reader.hpp"
#include "mention_test_support.hpp"
#include "orgkg/graph/entity.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

using test::entity_of;
using test::mention_of;

// A set at namespace scope, before the entry-word index is built.
const WordSet kMemberWords{"member", "observer"};

constexpr std::string_view kLongWords[] = {"organization", "intergovernmental", "states"};

TEST_SUITE("unit_words") {
  TEST_CASE("is() matches a unit's norm against each word, whatever its length") {
    TokenList tokens = tokenize("The intergovernmental Organisation of states, côte and a co-op");
    Units u = make_units(tokens, 0, {});
    REQUIRE(u.size() == 11);  // "co-op" is "co" and "op" joined by a hyphen
    CHECK(is(u, 0, {"the"}));
    CHECK(is(u, 0, {"a", "an", "the"}));  // the last word of a list
    CHECK_FALSE(is(u, 0, {"them", "th", "he", "thee"}));
    CHECK(is(u, 1, {"intergovernmental"}));  // seventeen bytes
    CHECK_FALSE(is(u, 1, {"intergovernmentaL", "intergovernmenta", "intergovernmentall"}));
    CHECK(is(u, 2, {"organization"}));  // the norm, not the British spelling
    CHECK_FALSE(is(u, 2, {"organisation"}));
    CHECK(is(u, 4, kLongWords));  // a constant array
    CHECK(is(u, 2, kLongWords));
    CHECK_FALSE(is(u, 3, kLongWords));
    CHECK(is(u, 5, {","}));
    // A word with a diacritic is compared by its norm, folded.
    CHECK(is(u, 6, {"cote"}));
    CHECK_FALSE(is(u, 6, {"côte"}));
    CHECK(is(u, 10, {"op"}));
    CHECK(u[10].joined);
    // No word is the empty word, and no unit past the end is any word.
    CHECK_FALSE(is(u, 0, {""}));
    CHECK_FALSE(is(u, u.size(), {"the", "and", ""}));
    CHECK_FALSE(is(u, u.size() + 5, {"the"}));
  }

  TEST_CASE("a mention is no word, even one spelled like a listed word") {
    const Entity member = entity_of(EntityKind::Organisation, "MEMBER");
    std::string sentence = "Member and member";
    std::vector<Mention> mentions{mention_of(sentence, "Member", member)};
    TokenList tokens = tokenize(sentence);
    Units u = make_units(tokens, 0, mentions);
    REQUIRE(u.size() == 3);
    REQUIRE(u[0].mention != nullptr);
    CHECK(u[0].entry == 0);  // what the scans of word sets rely on
    CHECK_FALSE(is(u, 0, {"member"}));
    CHECK(is(u, 2, {"member"}));
    CHECK(phrase(u, 0, {"member", "and"}) == 0);
    CHECK(phrase(u, 1, {"and", "member"}) == 2);
    // A word set's scan passes over the mention to the word.
    CHECK(kMemberWords.find(u, 0) == 2);
    CHECK_FALSE(kMemberWords.at(u, 0));
  }

  TEST_CASE("a word set's scan finds each of its words from where it starts, to the end") {
    TokenList tokens = tokenize("member of the observer states and member");
    Units u = make_units(tokens, 0, {});
    REQUIRE(u.size() == 7);
    CHECK(kMemberWords.find(u, 0) == 0);  // at where it starts
    CHECK(kMemberWords.find(u, 1) == 3);
    CHECK(kMemberWords.find(u, 4) == 6);  // the last unit
    CHECK(kMemberWords.find(u, 6) == 6);
    CHECK(kMemberWords.find(u, 7) == u.size());  // from the end, or past it
    CHECK(kMemberWords.find(u, 100) == u.size());
    CHECK(kMemberWords.in(u));
    TokenList none = tokenize("the states and the nations");
    Units v = make_units(none, 0, {});
    CHECK(kMemberWords.find(v, 0) == v.size());
    CHECK_FALSE(kMemberWords.in(v));
    CHECK(kMemberWords.find(Units{}, 0) == 0);
  }

  TEST_CASE("phrase() needs every word in order, within the sentence") {
    TokenList tokens = tokenize("It was admitted as a member");
    Units u = make_units(tokens, 0, {});
    REQUIRE(u.size() == 6);
    CHECK(phrase(u, 1, {"was", "admitted", "as"}) == 3);
    CHECK(phrase(u, 1, {"was", "admitted", "to"}) == 0);
    CHECK(phrase(u, 1, {"admitted", "was"}) == 0);
    CHECK(phrase(u, 4, {"a", "member"}) == 2);        // ends at the last unit
    CHECK(phrase(u, 4, {"a", "member", "of"}) == 0);  // would run past it
    CHECK(phrase(u, 6, {"a"}) == 0);
    CHECK(phrase(u, 7, {"a"}) == 0);
  }

  TEST_CASE("first_phrase() gives the length of the first phrase found, in the order given") {
    TokenList tokens = tokenize("A, as well as B, and C");
    Units u = make_units(tokens, 0, {});
    REQUIRE(u.size() == 9);
    CHECK(first_phrase(u, 1, {",", "as", "well", "as"}, {","}) == 4);
    CHECK(first_phrase(u, 1, {","}, {",", "as", "well", "as"}) == 1);
    CHECK(first_phrase(u, 6, {",", "as", "well", "as"}, {",", "and"}, {","}) == 2);
    CHECK(first_phrase(u, 0, {",", "and"}, {"as", "well", "as"}) == 0);
    CHECK(first_phrase(u, 8, {"c", "d"}, {"c"}) == 1);  // the longer one runs past the end
    CHECK(first_phrase(u, 9, {"c"}) == 0);
  }
}

}  // namespace
}  // namespace orgkg::detail

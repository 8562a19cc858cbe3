// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// make_units(): a sentence's tokens and mentions as units, each mention one
// unit and a name with the acronym it defines ("NAME (ACRONYM)") one unit.
#include "list_reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "mention_test_support.hpp"
#include "orgkg/graph/entity.hpp"

namespace orgkg::detail {
namespace {

using test::entity_of;
using test::mention_of;

// The units as text: a mention's bytes in brackets, a word as its norm.
std::vector<std::string> render(const Units& units, std::string_view sentence) {
  std::vector<std::string> out;
  for (const Unit& unit : units) {
    out.push_back(unit.mention != nullptr
                      ? "[" + std::string(sentence.substr(unit.begin, unit.end - unit.begin)) + "]"
                      : std::string(unit.norm));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST_SUITE("list_reader") {
  TEST_CASE("a name and the acronym it defines are one unit, wherever they are") {
    const Entity ndb = entity_of(EntityKind::Organisation, "NDB");
    const Entity brazil = entity_of(EntityKind::State, "BRA");
    std::string sentence =
        "Brazil (a) joined the New Development Bank (NDB) and (so) the NDB (NDB).";
    std::size_t first = sentence.find("NDB");
    std::size_t second = sentence.find("NDB", first + 1);
    std::vector<Mention> mentions{
        mention_of(sentence, "Brazil", brazil), mention_of(sentence, "New Development Bank", ndb),
        mention_of(sentence, "NDB", ndb, first), mention_of(sentence, "NDB", ndb, second),
        mention_of(sentence, "NDB", ndb, second + 1)};
    TokenList tokens = tokenize(sentence);
    Units units = make_units(tokens, 0, mentions);
    CHECK(render(units, sentence) == Lines{"[Brazil]", "(", "a", ")", "joined", "the",
                                           "[New Development Bank (NDB)]", "and", "(", "so", ")",
                                           "the", "[NDB (NDB)]", "."});
    // A sentence at byte 100 of its document: the units' offsets are the
    // document's.
    std::vector<Mention> shifted = mentions;
    for (Mention& mention : shifted) {
      mention.begin += 100;
      mention.end += 100;
    }
    Units at_100 = make_units(tokens, 100, shifted);
    REQUIRE(at_100.size() == units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
      CAPTURE(i);
      CHECK(at_100[i].begin == units[i].begin + 100);
      CHECK(at_100[i].end == units[i].end + 100);
    }
  }

  TEST_CASE("a sentence may end at the last offset a unit holds") {
    std::string sentence = "Brazil joined";
    TokenList tokens = tokenize(sentence);
    Units units = make_units(tokens, kMaxUnitOffset - sentence.size(), {});
    REQUIRE(units.size() == 2);
    CHECK(units[0].begin == kMaxUnitOffset - sentence.size());
    CHECK(units[1].end == kMaxUnitOffset);
  }

  TEST_CASE("an acronym in brackets for another entity stays apart") {
    const Entity sco = entity_of(EntityKind::Organisation, "SCO");
    const Entity nato = entity_of(EntityKind::Organisation, "NATO");
    std::string sentence = "The Shanghai Cooperation Organisation (NATO) met";
    std::vector<Mention> mentions{mention_of(sentence, "Shanghai Cooperation Organisation", sco),
                                  mention_of(sentence, "NATO", nato)};
    TokenList tokens = tokenize(sentence);
    CHECK(render(make_units(tokens, 0, mentions), sentence) ==
          Lines{"the", "[Shanghai Cooperation Organisation]", "(", "[NATO]", ")", "met"});
  }

  TEST_CASE("the mentions make_units_into() notes are those a pass over the units reads") {
    const Entity ndb = entity_of(EntityKind::Organisation, "NDB");
    const Entity nato = entity_of(EntityKind::Organisation, "NATO");
    const Entity brazil = entity_of(EntityKind::State, "BRA");
    const Entity rome = entity_of(EntityKind::City, "ROM");
    auto check = [](const std::string& sentence, const std::vector<Mention>& mentions) {
      CAPTURE(sentence);
      TokenList tokens = tokenize(sentence);
      Units units;
      SentenceMentions noted;
      noted.orgs = {7};  // replaced, not added to
      noted.city = true;
      make_units_into(units, tokens, 0, mentions, &noted);
      SentenceMentions read;
      read.read(units);
      CHECK(noted.orgs == read.orgs);
      CHECK(noted.city == read.city);
      CHECK(noted.states == read.states);
      return noted;
    };
    // Merged definitions move the units after them.
    std::string merged = "Brazil joined the New Development Bank (NDB) in Rome and NATO (NATO).";
    SentenceMentions noted = check(
        merged,
        {mention_of(merged, "Brazil", brazil), mention_of(merged, "New Development Bank", ndb),
         mention_of(merged, "NDB", ndb, merged.find("NDB")), mention_of(merged, "Rome", rome),
         mention_of(merged, "NATO", nato), mention_of(merged, "NATO", nato, merged.rfind("NATO"))});
    CHECK(noted.orgs.size() == 2);
    CHECK(noted.city);
    // Several merges, of a state and of organisations, with organisations
    // between and after them (make_units_into() updates what it noted).
    const Entity au = entity_of(EntityKind::Organisation, "AU");
    std::string several =
        "Brazil (BRA), NATO, the New Development Bank (NDB), the African Union (AU), NATO and "
        "Brazil met in Rome (NATO).";
    noted =
        check(several,
              {mention_of(several, "Brazil", brazil), mention_of(several, "BRA", brazil),
               mention_of(several, "NATO", nato), mention_of(several, "New Development Bank", ndb),
               mention_of(several, "NDB", ndb), mention_of(several, "African Union", au),
               mention_of(several, "AU", au, several.find("AU)")),
               mention_of(several, "NATO", nato, several.find("NATO and")),
               mention_of(several, "Brazil", brazil, several.find("Brazil met")),
               mention_of(several, "Rome", rome),
               mention_of(several, "NATO", nato, several.rfind("NATO"))});
    CHECK(noted.orgs.size() == 5);
    CHECK(noted.states == 2);
    CHECK(noted.city);
    // Brackets that define nothing, and no city.
    std::string apart = "The New Development Bank (NATO) met";
    noted = check(
        apart, {mention_of(apart, "New Development Bank", ndb), mention_of(apart, "NATO", nato)});
    CHECK(noted.orgs == std::vector<std::size_t>{1, 3});
    CHECK(!noted.city);
    // More organisations than make_units_into() holds in place.
    std::string many;
    std::vector<std::size_t> at;
    for (int k = 0; k < 40; ++k) {
      at.push_back(many.size());
      many += "NATO and ";
    }
    std::vector<Mention> mentions;
    for (std::size_t begin : at) mentions.push_back(mention_of(many, "NATO", nato, begin));
    CHECK(check(many, mentions).orgs.size() == 40);
  }

  TEST_CASE("a list reads across every separator, forwards and backwards") {
    const Entity a = entity_of(EntityKind::State, "AAA");
    const Entity b = entity_of(EntityKind::State, "BBB");
    const Entity c = entity_of(EntityKind::State, "CCC");
    const Entity d = entity_of(EntityKind::State, "DDD");
    const Entity e = entity_of(EntityKind::State, "EEE");
    const Entity f = entity_of(EntityKind::State, "FFF");
    const Entity g = entity_of(EntityKind::State, "GGG");
    const Entity h = entity_of(EntityKind::State, "HHH");
    std::string sentence =
        "Alfa, Bravo as well as Charlie, as well as Delta together with Echo, together with "
        "Foxtrot; and Golf, and Hotel; India";
    std::vector<Mention> mentions{
        mention_of(sentence, "Alfa", a),    mention_of(sentence, "Bravo", b),
        mention_of(sentence, "Charlie", c), mention_of(sentence, "Delta", d),
        mention_of(sentence, "Echo", e),    mention_of(sentence, "Foxtrot", f),
        mention_of(sentence, "Golf", g),    mention_of(sentence, "Hotel", h)};
    TokenList tokens = tokenize(sentence);
    Units u = make_units(tokens, 0, mentions);
    std::vector<const Mention*> all;
    for (const Mention& mention : mentions) all.push_back(&mention);
    ListItems forward;
    read_list_forward(u, 0, forward);
    CHECK(forward.items == all);
    // "; India": an unknown item after the last known one.
    CHECK(forward.unknown_items.size() == 1);
    ListItems backward;
    std::size_t hotel = u.size() - 3;
    REQUIRE(u[hotel].mention == &mentions.back());
    read_list_backward(u, hotel + 1, backward);
    CHECK(backward.items == all);
    CHECK(backward.list_begin == 0);
    // A separator's first word alone ends the list: "together" without "with".
    std::string cut = "Alfa together Bravo";
    std::vector<Mention> two{mention_of(cut, "Alfa", a), mention_of(cut, "Bravo", b)};
    TokenList cut_tokens = tokenize(cut);
    ListItems one;
    read_list_forward(make_units(cut_tokens, 0, two), 0, one);
    CHECK(one.items.empty());  // "Alfa" does not close before "together"
  }

  TEST_CASE("the last organisation before a unit, passing states and words") {
    const Entity sco = entity_of(EntityKind::Organisation, "SCO");
    const Entity india = entity_of(EntityKind::State, "IND");
    std::string sentence = "SCO admitted India and it said so";
    std::vector<Mention> mentions{mention_of(sentence, "SCO", sco),
                                  mention_of(sentence, "India", india)};
    TokenList tokens = tokenize(sentence);
    Units u = make_units(tokens, 0, mentions);
    REQUIRE(u.size() == 7);
    for (std::size_t end : {1, 2, 3, 7, 8, 100}) {
      CAPTURE(end);
      CHECK(org_end_before(u, end) == 1);
      CHECK(last_org_before(u, end) == &mentions[0]);
    }
    CHECK(org_end_before(u, 0) == 0);
    CHECK(last_org_before(u, 0) == nullptr);
    const std::vector<Mention> state_only{mentions[1]};  // units point into it: kept named
    Units none = make_units(tokens, 0, state_only);
    CHECK(org_end_before(none, none.size()) == 0);
    CHECK(last_org_before(none, none.size()) == nullptr);
    CHECK(org_end_before(Units{}, 3) == 0);
  }
}

}  // namespace
}  // namespace orgkg::detail

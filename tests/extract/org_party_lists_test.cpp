// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// organisation_lists(): the lists of two or more organisations a sentence
// names, each with the unit it ends at.
#include "org_party_lists.hpp"

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

// The lists as their organisations' keys, each followed by "@" and the unit
// one past its end; "" for none.
std::string render(const std::vector<OrgList>& lists) {
  std::string out;
  for (const OrgList& list : lists) {
    for (const Mention* org : list.orgs) out += org->entity->key + " ";
    out += "@" + std::to_string(list.end) + ";";
  }
  return out;
}

const Entity kSco = entity_of(EntityKind::Organisation, "SCO");
const Entity kAsean = entity_of(EntityKind::Organisation, "ASEAN");
const Entity kEaeu = entity_of(EntityKind::Organisation, "EAEU");
const Entity kRussia = entity_of(EntityKind::State, "RUS");

std::string lists_in(std::string_view sentence, std::vector<Mention> mentions) {
  TokenList tokens = tokenize(sentence);
  Units units = make_units(tokens, 0, mentions);
  return render(organisation_lists(units));
}

TEST_SUITE("org_party_lists") {
  TEST_CASE("a list of organisations is found with the unit it ends at") {
    std::string s = "The SCO, ASEAN and the EAEU signed a memorandum.";
    CHECK(lists_in(s, {mention_of(s, "SCO", kSco), mention_of(s, "ASEAN", kAsean),
                       mention_of(s, "EAEU", kEaeu)}) ==
          "SCO ASEAN EAEU @7;");
  }
  TEST_CASE("a sentence naming fewer than two organisations has no list") {
    std::string one = "The SCO and Russia signed a memorandum.";
    CHECK(lists_in(one, {mention_of(one, "SCO", kSco), mention_of(one, "Russia", kRussia)}) == "");
    std::string none = "Russia signed a memorandum.";
    CHECK(lists_in(none, {mention_of(none, "Russia", kRussia)}) == "");
  }
  TEST_CASE("organisations apart are no list") {
    std::string s = "The SCO met in Moscow while ASEAN met elsewhere.";
    CHECK(lists_in(s, {mention_of(s, "SCO", kSco), mention_of(s, "ASEAN", kAsean)}) == "");
  }
}

}  // namespace
}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// connective_only(): which words may stand between an antecedent and the end
// of its clause.
#include "clause_scope.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mention_test_support.hpp"
#include "orgkg/graph/entity.hpp"

namespace orgkg::detail {
namespace {

using test::entity_of;

const Entity kSco = entity_of(EntityKind::Organisation, "SCO");
const Entity kIndia = entity_of(EntityKind::State, "IND");

// connective_only() over the whole of `sentence`, with mentions of the
// organisation "SCO" and the state "India" where they occur.
bool connective(std::string_view sentence) {
  std::vector<Mention> mentions;
  for (auto [surface, named] : {std::pair{std::string_view("SCO"), &kSco},
                                std::pair{std::string_view("India"), &kIndia}}) {
    std::size_t at = sentence.find(surface);
    if (at != std::string_view::npos) {
      mentions.push_back({at, at + surface.size(), named, NameForm::Name, std::string(surface)});
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  TokenList tokens = tokenize(sentence);
  Units units = make_units(tokens, 0, mentions);
  return connective_only(units, 0, units.size());
}

TEST_SUITE("clause_scope") {
  TEST_CASE("connectives, dates and states may stand after an antecedent") {
    CHECK(connective("in 2017 as a full member."));
    CHECK(connective("and was officially admitted in June 2017, subsequently, finally"));
    CHECK(connective("(the same year) with India") == false);  // "with" is no connective
    CHECK(connective("since 2005 together with India") == false);
    CHECK(connective("as well as India in 2017"));
    CHECK(connective("that year, eventually, formally became members"));
  }
  TEST_CASE("any other word or an organisation ends the connectives") {
    CHECK_FALSE(connective("because of its position"));
    CHECK_FALSE(connective("in 2017 as a full member of the SCO"));
    CHECK_FALSE(connective("in 2017 as an observer"));
  }
}

}  // namespace
}  // namespace orgkg::detail

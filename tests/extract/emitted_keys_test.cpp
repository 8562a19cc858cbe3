// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EmittedKeys: a sentence states each fact once, a fact being its node ids.
#include "emitted_keys.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mention_test_support.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::detail {
namespace {

using test::entity_of;

TEST_SUITE("emitted_keys") {
  TEST_CASE("a fact is emitted once per sentence, by node id, a symmetric one either way") {
    const Entity russia = entity_of(EntityKind::State, "RUS");
    const Entity russia_again = entity_of(EntityKind::State, "RUS");  // another record, same id
    const Entity sco = entity_of(EntityKind::Organisation, "SCO");
    const Entity league = entity_of(EntityKind::Organisation, "Arab League");
    const Entity league_spelt = entity_of(EntityKind::Organisation, "Arab_League");
    EmittedKeys emitted;
    CHECK(emitted.insert(russia, Relation::MemberOf, sco));
    CHECK_FALSE(emitted.insert(russia, Relation::MemberOf, sco));
    CHECK_FALSE(emitted.insert(russia_again, Relation::MemberOf, sco));
    CHECK(emitted.insert(russia, Relation::ObserverOf, sco));
    CHECK(emitted.insert(sco, Relation::MemberOf, russia));  // not symmetric: another fact
    CHECK(emitted.insert(sco, Relation::CooperatesWith, league));
    CHECK_FALSE(emitted.insert(league_spelt, Relation::CooperatesWith, sco));
    emitted.clear();
    CHECK(emitted.insert(russia, Relation::MemberOf, sco));
  }

  TEST_CASE("a long list's items are told apart, and its repeats found, whatever the key") {
    // Keys that a node id spells alike though their bytes differ (a first
    // byte that is no letter or digit), and enough keys to fill the filter.
    const Entity sco = entity_of(EntityKind::Organisation, "SCO");
    const Entity spaced = entity_of(EntityKind::State, " X1");
    const Entity underscored = entity_of(EntityKind::State, "_X1");
    std::vector<Entity> states;
    for (int n = 0; n < 100; ++n) {
      states.push_back(entity_of(
          EntityKind::State, std::string(1, static_cast<char>('A' + n % 26)) + std::to_string(n)));
    }
    EmittedKeys emitted;
    for (const Entity& state : states) CHECK(emitted.insert(state, Relation::MemberOf, sco));
    for (const Entity& state : states) {
      const Entity again = entity_of(EntityKind::State, state.key);
      CHECK_FALSE(emitted.insert(again, Relation::MemberOf, sco));
      CHECK(emitted.insert(state, Relation::ObserverOf, sco));
    }
    CHECK(emitted.insert(spaced, Relation::MemberOf, sco));
    CHECK_FALSE(emitted.insert(underscored, Relation::MemberOf, sco));
  }
}

}  // namespace
}  // namespace orgkg::detail

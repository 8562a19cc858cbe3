// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EmittedKeys: a sentence states each fact once, a fact being its node ids.
#include "emitted_keys.hpp"

#include <doctest/doctest.h>

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
}

}  // namespace
}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/entity.hpp"

#include <doctest/doctest.h>

#include "orgkg/graph/relation.hpp"

using namespace orgkg;

TEST_SUITE("entity") {
  TEST_CASE("builds node ids from kind and key, replacing unsafe characters") {
    CHECK(node_id(EntityKind::State, "RUS") == "state_RUS");
    CHECK(node_id(EntityKind::Organisation, "SCO") == "org_SCO");
    CHECK(node_id(EntityKind::City, "Nur-Sultan") == "city_Nur-Sultan");
    CHECK(node_id(EntityKind::Organisation, "Arab League") == "org_Arab_League");
    CHECK(node_id(EntityKind::Other, "a<b>\"c") == "other_a_b__c");
  }

  TEST_CASE("merge fills what is missing and unites aliases") {
    Entity mine{EntityKind::State, "RUS", "Russia", "", "", "", "RUS", "", {"Russia"}};
    Entity theirs{EntityKind::State, "RUS", "Russian Federation", "Russian Federation", "",
                  "RU", "RUS", "Q159", {"the Russian Federation"}};
    mine.merge(theirs);
    CHECK(mine.label == "Russia");
    CHECK(mine.name == "Russian Federation");
    CHECK(mine.iso2 == "RU");
    CHECK(mine.wikidata == "Q159");
    CHECK(mine.aliases == std::set<std::string>{"Russia", "the Russian Federation"});
  }

  TEST_CASE("kind and relation names round-trip") {
    for (EntityKind kind : {EntityKind::State, EntityKind::Organisation, EntityKind::City,
                            EntityKind::Other}) {
      CHECK(kind_from_name(kind_name(kind)) == kind);
    }
    for (Relation relation : kAllRelations) {
      CHECK(relation_from_name(relation_name(relation)) == relation);
    }
    CHECK_FALSE(relation_from_name("member"));
    CHECK(is_symmetric(Relation::CooperatesWith));
    CHECK(is_symmetric(Relation::AgreementWith));
    CHECK_FALSE(is_symmetric(Relation::MemberOf));
  }
}

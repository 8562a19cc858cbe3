// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/entity.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "node_ids.hpp"
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

  TEST_CASE("two entities have the same node id when their kinds and spelt keys agree") {
    auto entity = [](EntityKind kind, const char* key) {
      Entity e;
      e.kind = kind;
      e.key = key;
      return e;
    };
    CHECK(same_node_id(entity(EntityKind::State, "RUS"), entity(EntityKind::State, "RUS")));
    CHECK(same_node_id(entity(EntityKind::Organisation, "Arab League"),
                       entity(EntityKind::Organisation, "Arab_League")));
    CHECK(same_node_id(entity(EntityKind::Other, "a<b"), entity(EntityKind::Other, "a>b")));
    CHECK_FALSE(same_node_id(entity(EntityKind::State, "RUS"), entity(EntityKind::City, "RUS")));
    CHECK_FALSE(same_node_id(entity(EntityKind::Organisation, "Arab League"),
                             entity(EntityKind::Organisation, "Arab:League")));
    CHECK_FALSE(same_node_id(entity(EntityKind::State, "RUS"), entity(EntityKind::State, "RU")));
  }

  TEST_CASE("node id hashes, matches and order agree with the ids built") {
    std::vector<Entity> entities;
    for (EntityKind kind :
         {EntityKind::State, EntityKind::Organisation, EntityKind::City, EntityKind::Other}) {
      for (const char* key : {"", "A", "AU", "Arab League", "Arab_League", "Arab:League",
                              "Arab?League", "Arab Leagues", "B", "a<b>\"c", "\xc3\xa9", "_"}) {
        Entity e;
        e.kind = kind;
        e.key = key;
        entities.push_back(e);
      }
    }
    for (const Entity& a : entities) {
      std::string id = node_id(a);
      CAPTURE(id);
      CHECK(detail::node_id_hash(id) == detail::node_id_hash(a.kind, a.key));
      for (const Entity& b : entities) {
        std::string other = node_id(b);
        CAPTURE(other);
        CHECK(detail::is_node_id_of(other, a.kind, a.key) == (other == id));
        CHECK(same_node_id(a, b) == (other == id));
        int order = detail::compare_node_ids(a, b);
        CHECK((order < 0) == (id < other));
        CHECK((order == 0) == (id == other));
      }
    }
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

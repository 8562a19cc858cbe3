// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/query.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "store_fixtures.hpp"
#include "world_fixture.hpp"

using namespace orgkg;

namespace {

// "subject relation" for members, "object relation" for memberships.
std::vector<std::string> render(const std::vector<const Fact*>& facts, bool subjects) {
  std::vector<std::string> lines;
  for (const Fact* fact : facts) {
    lines.push_back((subjects ? fact->subject : fact->object) + " " +
                    std::string(relation_name(fact->relation)));
  }
  return lines;
}

std::vector<std::string> members(const Store& store, const char* org, std::optional<Date> at,
                                 std::optional<Relation> role = Relation::MemberOf) {
  return render(members_of(store, org, at, role), true);
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_SUITE("query") {
  const Store world = test::world_store();

  TEST_CASE("finds an entity by any of its names, case-insensitively") {
    CHECK(find_entity_by_name(world, "russian federation")->key == "RUS");
    CHECK(find_entity_by_name(world, "  sco ")->key == "SCO");
    CHECK(find_entity_by_name(world, "Shanghai Cooperation ORGANISATION")->key == "SCO");
    CHECK(find_entity_by_name(world, "state_IRN")->key == "IRN");
    CHECK(find_entity_by_name(world, "irn")->key == "IRN");
    CHECK(find_entity_by_name(world, "Nur-Sultan")->key == "Astana");
    CHECK(find_entity_by_name(world, "Narnia") == nullptr);
    CHECK(find_entity_by_name(world, "") == nullptr);
  }

  TEST_CASE("prefers a match on an earlier field, then the smaller node id") {
    Store store;
    Entity congo = test::make_state("COD", "DR Congo");
    congo.aliases.insert("Congo");
    store.add_entity(congo);
    store.add_entity(test::make_state("COG", "Congo"));
    CHECK(find_entity_by_name(store, "congo")->key == "COG");
    store.add_entity(test::make_state("COX", "Congo"));
    CHECK(find_entity_by_name(store, "congo")->key == "COG");  // state_COG < state_COX
    store.add_entity(test::make_city("Congo"));
    CHECK(find_entity_by_name(store, "congo")->key == "Congo");  // a key beats a label
  }

  TEST_CASE("suggests the closest names for an unknown one, one per entity") {
    std::vector<NameSuggestion> suggestions = closest_names(world, "Rusia", 3);
    REQUIRE(suggestions.size() == 3);
    CHECK(suggestions[0].name == "Russia");
    CHECK(suggestions[0].node_id == "state_RUS");
    CHECK(suggestions[0].distance == 1);
    CHECK(suggestions[1].distance >= 1);
    CHECK(closest_names(world, "Kazakstan", 1).front().name == "Kazakhstan");
    CHECK(closest_names(world, "Tajiksitan", 1).front().distance == 1);  // a swap is one edit
    CHECK(closest_names(world, "x", 100).size() == world.entity_count());
  }

  TEST_CASE("lists an organisation's members at a date") {
    CHECK(members(world, "org_SCO", Date{2010}) ==
          Lines{"state_CHN member_of", "state_KAZ member_of", "state_KGZ member_of",
                "state_RUS member_of", "state_TJK member_of", "state_UZB member_of"});
    CHECK(members(world, "org_SCO", Date{2018}).size() == 8);
    CHECK(members(world, "org_SCO", Date{2023}).size() == 9);  // Iran from 2023-07-04
    CHECK(members(world, "org_SCO", Date{2023, 6}).size() == 8);
    CHECK(members(world, "org_SCO", Date{2023, 6}, Relation::ObserverOf) ==
          Lines{"state_IRN observer_of"});
    CHECK(members(world, "org_SCO", Date{2010}, Relation::ObserverOf) ==
          Lines{"state_IND observer_of", "state_PAK observer_of"});
    CHECK(members(world, "org_SCO", std::nullopt, std::nullopt).size() == 12);
    CHECK(members(world, "org_SCO", Date{2023}, std::nullopt).size() == 9);
    // Spells without a stated start begin when first seen; Uzbekistan left in 2012.
    CHECK(members(world, "org_CSTO", Date{2010}) == Lines{"state_UZB member_of"});
    CHECK(members(world, "org_CSTO", Date{2013}).empty());
    CHECK(members(world, "org_CSTO", Date{2022, 11, 23}).size() == 4);
    // A symmetric relation is found from either end.
    std::vector<const Fact*> partners =
        members_of(world, "org_SCO", std::nullopt, Relation::CooperatesWith);
    REQUIRE(partners.size() == 1);
    CHECK(partners == members_of(world, "org_CICA", std::nullopt, Relation::CooperatesWith));
    CHECK(partners.front()->subject == "org_CICA");
    CHECK(members(world, "org_NOPE", std::nullopt).empty());
  }

  TEST_CASE("lists what an entity belongs to at a date") {
    CHECK(render(memberships_of(world, "state_IRN", Date{2020}), false) ==
          Lines{"org_CICA member_of", "org_SCO observer_of"});
    CHECK(render(memberships_of(world, "state_IRN", Date{2024, 6}), false) ==
          Lines{"org_BRICS member_of", "org_CICA member_of", "org_SCO member_of"});
    CHECK(render(memberships_of(world, "state_IRN", std::nullopt), false).size() == 4);
    CHECK(render(memberships_of(world, "state_RUS", std::nullopt, Relation::FounderOf), false) ==
          Lines{"org_SCO founder_of"});
    CHECK(memberships_of(world, "state_GEO", Date{2010}).empty());
  }

  TEST_CASE("decides when a fact holds at the precision the dates share") {
    Fact fact;
    fact.valid_from = Date{2023, 7, 4};
    CHECK(holds_at(fact, Date{2023}));
    CHECK_FALSE(holds_at(fact, Date{2023, 6}));
    CHECK(holds_at(fact, Date{2023, 7}));
    fact.valid_to = Date{2024, 1, 1};
    CHECK_FALSE(holds_at(fact, Date{2024}));
    CHECK(holds_at(fact, Date{2023, 12, 31}));
    CHECK(holds_at(fact, Date{}));
    CHECK(holds_at(Fact{}, Date{1990}));
  }

  TEST_CASE("finds the organisations two states share") {
    CHECK(shared_organisations(world, "state_RUS", "state_IND") ==
          Lines{"org_BRICS", "org_CICA", "org_SCO"});
    CHECK(shared_organisations(world, "state_RUS", "state_IND", Date{2020}) ==
          Lines{"org_CICA", "org_SCO"});
    CHECK(shared_organisations(world, "state_RUS", "state_IND", Date{2010}).empty());
    CHECK(shared_organisations(world, "state_IND", "state_PAK", Date{2010}, Relation::ObserverOf) ==
          Lines{"org_SCO"});
    CHECK(shared_organisations(world, "state_RUS", "state_RUS").empty());
    CHECK(shared_organisations(world, "state_RUS", "state_XXX").empty());
  }

  TEST_CASE("gives an entity's or a pair's dated events in order") {
    auto render_events = [](const std::vector<TimelineEvent>& events) {
      Lines lines;
      for (const TimelineEvent& e : events) {
        lines.push_back(e.date.to_iso() + " " + std::string(event_kind_name(e.kind)) + " " +
                        std::string(relation_name(e.fact->relation)) + " " + e.fact->object);
      }
      return lines;
    };
    CHECK(render_events(timeline(world, "state_IRN", std::string_view("org_SCO"))) ==
          Lines{"2019-06-14 first_seen observer_of org_SCO", "2023-07-04 began member_of org_SCO",
                "2023-07-04 ended observer_of org_SCO"});
    CHECK(render_events(timeline(world, "state_UZB", std::string_view("org_CSTO"))) ==
          Lines{"2006-08-16 began member_of org_CSTO", "2012-12-19 ended member_of org_CSTO",
                "2012-12-19 began left org_CSTO"});
    CHECK(render_events(timeline(world, "state_GEO")) == Lines{"1993-12-03 began member_of org_CIS",
                                                               "2009-08-18 ended member_of org_CIS",
                                                               "2009-08-18 began left org_CIS"});
    // Founders: member_of began and last seen, founder_of first seen; India,
    // Pakistan and Iran: observer began and ended, member_of began; one tie.
    std::vector<TimelineEvent> sco = timeline(world, "org_SCO");
    CHECK(sco.size() == 6 * 3 + 3 * 3 + 1);
    CHECK(std::is_sorted(
        sco.begin(), sco.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return a.date < b.date; }));
    CHECK(render_events({sco.back()}) == Lines{"2023-07-04 ended observer_of org_SCO"});
    CHECK(timeline(world, "state_XXX").empty());
  }
}

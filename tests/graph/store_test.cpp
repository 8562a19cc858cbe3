// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/store.hpp"

#include <doctest/doctest.h>

#include <optional>

#include <boost/graph/adjacency_list.hpp>
#include <set>
#include <string>
#include <vector>

#include "orgkg/graph/bgl.hpp"

using namespace orgkg;

namespace {

Entity state(const char* iso3, const char* label) {
  Entity e;
  e.kind = EntityKind::State;
  e.key = iso3;
  e.iso3 = iso3;
  e.label = label;
  e.aliases = {label};
  return e;
}

Entity org(const char* acronym) {
  Entity e;
  e.kind = EntityKind::Organisation;
  e.key = acronym;
  e.acronym = acronym;
  e.label = acronym;
  return e;
}

Triple observation(Entity s, Relation r, Entity o, const char* doc, Date date,
                   std::size_t begin = 0) {
  Triple t;
  t.subject = std::move(s);
  t.relation = r;
  t.object = std::move(o);
  t.evidence = Evidence{doc, date, "sentence", begin, begin + 8, "test"};
  return t;
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("merges repeated observations into one fact with widened dates") {
    Store store;
    store.add(observation(state("RUS", "Russia"), Relation::MemberOf, org("CICA"), "b",
                          Date{2021, 10, 12}));
    store.add(observation(state("RUS", "Russian Federation"), Relation::MemberOf, org("CICA"),
                          "a", Date{2016, 4, 27}));
    REQUIRE(store.fact_count() == 1);
    CHECK(store.entity_count() == 2);
    const Fact* fact = store.find_fact("state_RUS", Relation::MemberOf, "org_CICA");
    REQUIRE(fact);
    CHECK(fact->evidence_count() == 2);
    CHECK(fact->first_seen.to_iso() == "2016-04-27");
    CHECK(fact->last_seen.to_iso() == "2021-10-12");
    CHECK(fact->sources() == std::vector<std::string>{"a", "b"});
    CHECK(store.find_entity("state_RUS")->aliases.size() == 2);
    CHECK(store.evidence_count() == 2);
  }

  TEST_CASE("a hand-built fact lists its sources sorted and once, whatever its evidence order") {
    Fact fact;
    for (const char* doc : {"b", "a", "b", "c", "a"})
      fact.evidence.push_back({doc, {}, "", 0, 0, ""});
    CHECK(fact.sources() == std::vector<std::string>{"a", "b", "c"});
    fact.evidence.clear();
    CHECK(fact.sources().empty());
  }

  TEST_CASE("does not count the same sentence twice") {
    Store store;
    auto t = observation(state("BLR", "Belarus"), Relation::ObserverOf, org("CICA"), "a",
                         Date{2016});
    store.add(t);
    store.add(t);
    CHECK(store.evidence_count() == 1);
  }

  TEST_CASE("stores a symmetric relation once per pair, smaller id first") {
    Store store;
    store.add(observation(org("SCO"), Relation::CooperatesWith, org("ASEAN"), "a", Date{2021}));
    store.add(observation(org("ASEAN"), Relation::CooperatesWith, org("SCO"), "b", Date{2021}));
    REQUIRE(store.fact_count() == 1);
    const Fact* fact = store.facts().front();
    CHECK(fact->subject == "org_ASEAN");
    CHECK(fact->object == "org_SCO");
    CHECK(store.find_fact("org_SCO", Relation::CooperatesWith, "org_ASEAN") == fact);
    CHECK(store.find_fact("org_SCO", Relation::MemberOf, "org_ASEAN") == nullptr);
  }

  TEST_CASE("a known fact still merges each entity, the symmetric one's into the right vertex") {
    Store store;
    Entity asean = org("ASEAN");
    Entity sco = org("SCO");
    store.add(observation(sco, Relation::CooperatesWith, asean, "a", Date{2021}));
    asean.aliases = {"Association of Southeast Asian Nations"};
    asean.wikidata = "Q7768";
    sco.aliases = {"Shanghai Cooperation Organisation"};
    store.add(observation(sco, Relation::CooperatesWith, asean, "b", Date{2021}));  // swapped
    CHECK(store.find_entity("org_ASEAN")->aliases == asean.aliases);
    CHECK(store.find_entity("org_ASEAN")->wikidata == "Q7768");
    CHECK(store.find_entity("org_SCO")->aliases == sco.aliases);
    CHECK(store.find_entity("org_SCO")->wikidata.empty());
  }

  TEST_CASE("unites the aliases an entity is seen under, in any order, again and again") {
    Store store;
    for (const char* alias : {"Russia", "", "RF", "Russia", "", "RF", "Russia"}) {
      Entity russia = state("RUS", "Russia");
      russia.aliases = {alias};
      store.add(observation(russia, Relation::MemberOf, org("CICA"), alias, Date{2020}));
    }
    Entity bare = state("RUS", "Russia");
    bare.aliases.clear();
    store.add(observation(bare, Relation::MemberOf, org("CICA"), "z", Date{2020}));
    CHECK(store.find_entity("state_RUS")->aliases == std::set<std::string>{"", "RF", "Russia"});
    Store copy = store;
    copy.add(observation(state("RUS", "Rossiya"), Relation::MemberOf, org("CICA"), "y", Date{}));
    CHECK(copy.find_entity("state_RUS")->aliases ==
          std::set<std::string>{"", "RF", "Rossiya", "Russia"});
    // A form seen just before still brings the fields it knows.
    Entity known_form = state("RUS", "Russia");
    known_form.aliases = {"RF"};
    known_form.wikidata = "Q159";
    store.add(observation(known_form, Relation::MemberOf, org("CICA"), "x", Date{2020}));
    CHECK(store.find_entity("state_RUS")->wikidata == "Q159");
    CHECK(store.find_entity("state_RUS")->aliases == std::set<std::string>{"", "RF", "Russia"});
  }

  TEST_CASE("ignores a fact relating an entity to itself") {
    Store store;
    CHECK_FALSE(store.add(observation(org("SCO"), Relation::MemberOf, org("SCO"), "a", Date{})));
    CHECK_FALSE(store.add(
        observation(org("Arab League"), Relation::MemberOf, org("Arab_League"), "a", {})));
    CHECK(store.fact_count() == 0);
  }

  TEST_CASE("keys node ids spell alike are one entity and one fact, known or new") {
    Store store;
    CHECK(store.add(observation(state("EGY", "Egypt"), Relation::MemberOf, org("Arab League"), "a",
                                Date{2020})));
    CHECK(store.add(observation(state("EGY", "Egypt"), Relation::MemberOf, org("Arab_League"), "b",
                                Date{2021})));
    CHECK(store.add(
        observation(org("Arab:League"), Relation::CooperatesWith, org("AU"), "c", Date{2021})));
    CHECK(store.add(
        observation(org("AU"), Relation::CooperatesWith, org("Arab?League"), "d", Date{2021})));
    CHECK(store.entity_count() == 4);  // state_EGY, org_Arab_League, org_Arab:League, org_AU
    REQUIRE(store.fact_count() == 3);
    const Fact* member = store.find_fact("state_EGY", Relation::MemberOf, "org_Arab_League");
    REQUIRE(member != nullptr);
    CHECK(member->evidence_count() == 2);
    CHECK(member->last_seen == Date{2021});
    // "Arab:League" keeps its colon; "Arab?League" is org_Arab_League: two pairs with the AU.
    CHECK(store.find_fact("org_AU", Relation::CooperatesWith, "org_Arab:League") != nullptr);
    const Fact* spelt = store.find_fact("org_Arab_League", Relation::CooperatesWith, "org_AU");
    REQUIRE(spelt != nullptr);
    CHECK(spelt->subject == "org_AU");  // the smaller id first
    CHECK(store.add(
        observation(org("Arab League"), Relation::CooperatesWith, org("AU"), "e", Date{2022})));
    CHECK(spelt->evidence_count() == 2);
  }

  TEST_CASE("keeps stated validity and flags an end before a start") {
    Store store;
    auto joined = observation(state("UZB", "Uzbekistan"), Relation::MemberOf, org("CSTO"), "a",
                              Date{2006}, 0);
    joined.valid_from = Date{2006};
    auto ended = observation(state("UZB", "Uzbekistan"), Relation::MemberOf, org("CSTO"), "b",
                             Date{2012}, 10);
    ended.valid_to = Date{2012};
    store.add(joined);
    store.add(ended);
    const Fact* fact = store.facts().front();
    CHECK(fact->valid_from->to_iso() == "2006");
    CHECK(fact->valid_to->to_iso() == "2012");
    CHECK_FALSE(fact->conflict);

    auto early_end = observation(state("UZB", "Uzbekistan"), Relation::MemberOf, org("CSTO"),
                                 "c", Date{1999}, 20);
    early_end.valid_to = Date{1999};
    Store other;
    other.add(early_end);
    other.add(joined);
    CHECK(other.facts().front()->conflict);
  }

  TEST_CASE("lists entities, facts and sources in canonical order whatever the input order") {
    auto fill = [](Store& store, bool reversed) {
      std::vector<Triple> triples = {
          observation(state("RUS", "Russia"), Relation::MemberOf, org("SCO"), "a", Date{2001}),
          observation(state("CHN", "China"), Relation::MemberOf, org("SCO"), "a", Date{2001}, 9),
          observation(state("BLR", "Belarus"), Relation::ObserverOf, org("SCO"), "b", Date{2015})};
      if (reversed) std::reverse(triples.begin(), triples.end());
      for (const auto& t : triples) store.add(t);
      store.add_source(Source{reversed ? "b" : "a", "", {}, "", "", ""});
      store.add_source(Source{reversed ? "a" : "b", "", {}, "", "", ""});
    };
    Store forward, backward;
    fill(forward, false);
    fill(backward, true);
    auto ids = [](const Store& store) {
      std::string text;
      for (const Entity* e : store.entities()) text += node_id(*e) + " ";
      for (const Fact* f : store.facts()) text += f->subject + ">" + f->object + " ";
      for (const Source* s : store.sources()) text += s->id + " ";
      return text;
    };
    CHECK(ids(forward) == ids(backward));
    CHECK(ids(forward) ==
          "org_SCO state_BLR state_CHN state_RUS state_BLR>org_SCO state_CHN>org_SCO "
          "state_RUS>org_SCO a b ");
  }

  TEST_CASE("merge and copy give the same graph as adding everything to one store") {
    Store a, b, all;
    auto t1 = observation(state("RUS", "Russia"), Relation::MemberOf, org("SCO"), "a", Date{2001});
    auto t2 = observation(state("RUS", "Russia"), Relation::MemberOf, org("SCO"), "b", Date{2017});
    auto t3 = observation(state("IND", "India"), Relation::MemberOf, org("SCO"), "b", Date{2017}, 5);
    a.add(t1);
    b.add(t2);
    b.add(t3);
    b.add_source(Source{"b", "Title", Date{2017, 6, 9}, "", "", ""});
    for (const auto& t : {t1, t2, t3}) all.add(t);
    Store merged = a;
    merged.merge(b);
    CHECK(merged.fact_count() == all.fact_count());
    CHECK(merged.evidence_count() == all.evidence_count());
    CHECK(merged.find_fact("state_RUS", Relation::MemberOf, "org_SCO")->last_seen ==
          Date{2017});
    CHECK(merged.sources().front()->title == "Title");
    CHECK(a.fact_count() == 1);  // the copy did not alias the original
  }

  TEST_CASE("merging interleaved documents keeps one item per sentence, as adding does") {
    // Mine has documents d1 and d3, theirs d1 and d2: theirs go between mine.
    // In d1 both state one sentence: the same item with other stated starts
    // (the earlier is kept), and a smaller item of another sentence.
    auto stating = [](const char* doc, Date date, std::size_t begin, const char* rule,
                      std::optional<Date> from) {
      Triple t = observation(state("RUS", "Russia"), Relation::MemberOf, org("SCO"), doc, date,
                             begin);
      t.evidence.rule = rule;
      t.valid_from = from;
      return t;
    };
    const std::vector<Triple> mine = {stating("d1", Date{2005}, 0, "r", Date{2010}),
                                      stating("d1", Date{2006}, 40, "r", std::nullopt),
                                      stating("d3", Date{2003}, 0, "r", Date{2003})};
    const std::vector<Triple> theirs = {stating("d1", Date{2005}, 0, "r", Date{2004}),
                                        stating("d1", Date{2006}, 40, "a", Date{2002}),
                                        stating("d2", Date{2001}, 0, "r", std::nullopt)};
    Store all;
    for (const Triple& t : mine) all.add(t);
    for (const Triple& t : theirs) all.add(t);
    for (bool mine_first : {true, false}) {
      CAPTURE(mine_first);
      Store a, b;
      for (const Triple& t : mine) (mine_first ? a : b).add(t);
      for (const Triple& t : theirs) (mine_first ? b : a).add(t);
      a.merge(b);
      CHECK(a == all);
      CHECK(a.evidence_count() == 4);
      const Fact* fact = a.find_fact("state_RUS", Relation::MemberOf, "org_SCO");
      REQUIRE(fact != nullptr);
      CHECK(fact->valid_from == Date{2002});
      CHECK(fact->first_seen == Date{2001});
      CHECK(fact->evidence[1].rule == "a");
    }
  }

  TEST_CASE("exposes the graph to Boost.Graph algorithms") {
    Store store;
    store.add(observation(state("RUS", "Russia"), Relation::MemberOf, org("SCO"), "a", Date{2001}));
    const StoreGraph& graph = bgl_graph(store);
    CHECK(boost::num_vertices(graph) == 2);
    CHECK(boost::num_edges(graph) == 1);
    auto edge = *boost::edges(graph).first;
    CHECK(graph[boost::source(edge, graph)].key == "RUS");
    CHECK(graph[edge].relation == Relation::MemberOf);
  }
}

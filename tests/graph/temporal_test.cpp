// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <vector>

#include "orgkg/graph/snapshot.hpp"
#include "orgkg/graph/store.hpp"
#include "store_fixtures.hpp"

using namespace orgkg;
using orgkg::test::make_org;
using orgkg::test::make_state;
using orgkg::test::make_triple;

namespace {

Triple seen(const Entity& s, Relation r, const Entity& o, const char* doc, Date date,
            std::size_t begin, std::optional<Date> from = std::nullopt,
            std::optional<Date> to = std::nullopt, const char* rule = "test") {
  Triple t = make_triple(s, r, o, {doc, date, "sentence", begin, begin + 10, rule});
  t.valid_from = from;
  t.valid_to = to;
  return t;
}

// Adds `triples` in every order and checks each store is identical (same
// snapshot bytes) to the first; returns that first store.
Store same_in_every_order(const std::vector<Triple>& triples) {
  std::vector<std::size_t> order(triples.size());
  std::iota(order.begin(), order.end(), 0);
  std::optional<std::string> expected;
  Store first;
  std::size_t permutations = 0;
  do {
    Store store;
    for (std::size_t i : order) store.add(triples[i]);
    std::string bytes = to_snapshot(store);
    if (!expected) {
      expected = bytes;
      first = store;
    }
    REQUIRE(bytes == *expected);
    CHECK(store == first);
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  MESSAGE(permutations << " orders gave identical facts");
  return first;
}

std::string iso(const std::optional<Date>& date) { return date ? date->to_iso() : "-"; }

}  // namespace

TEST_SUITE("temporal") {
  const Entity ind = make_state("IND", "India");
  const Entity uzb = make_state("UZB", "Uzbekistan");
  const Entity geo = make_state("GEO", "Georgia");
  const Entity sco = make_org("SCO", "Shanghai Cooperation Organisation");
  const Entity csto = make_org("CSTO", "Collective Security Treaty Organization");
  const Entity cis = make_org("CIS", "Commonwealth of Independent States");

  TEST_CASE("a later status closes the earlier one, whatever the order of the evidence") {
    Store store = same_in_every_order({
        seen(ind, Relation::ObserverOf, sco, "a", Date{2005}, 0, Date{2005}),
        seen(ind, Relation::ObserverOf, sco, "b", Date{2015, 7, 10}, 20),
        seen(ind, Relation::CandidateFor, sco, "b", Date{2015, 7, 10}, 40),
        seen(ind, Relation::MemberOf, sco, "c", Date{2017, 6, 9}, 0, Date{2017, 6, 9}),
        seen(ind, Relation::MemberOf, sco, "d", Date{2019, 6, 14}, 0),
    });
    const Fact* observer = store.find_fact("state_IND", Relation::ObserverOf, "org_SCO");
    const Fact* candidate = store.find_fact("state_IND", Relation::CandidateFor, "org_SCO");
    const Fact* member = store.find_fact("state_IND", Relation::MemberOf, "org_SCO");
    REQUIRE((observer && candidate && member));
    // The candidacy runs alongside observer status: it closes nothing itself.
    CHECK(iso(observer->valid_to) == "2017-06-09");
    CHECK(iso(candidate->valid_to) == "2017-06-09");
    CHECK(iso(member->valid_to) == "-");
    CHECK_FALSE((observer->conflict || candidate->conflict || member->conflict));
  }

  TEST_CASE("leaving closes a membership") {
    Store store = same_in_every_order({
        seen(geo, Relation::MemberOf, cis, "a", Date{2008}, 0, Date{1993, 12, 3}),
        seen(geo, Relation::MemberOf, cis, "b", Date{2009, 1}, 0),
        seen(geo, Relation::Left, cis, "c", Date{2009, 8, 18}, 0, Date{2009, 8, 18}),
    });
    const Fact* member = store.find_fact("state_GEO", Relation::MemberOf, "org_CIS");
    CHECK(iso(member->valid_from) == "1993-12-03");
    CHECK(iso(member->valid_to) == "2009-08-18");
    CHECK(iso(store.find_fact("state_GEO", Relation::Left, "org_CIS")->valid_to) == "-");
  }

  TEST_CASE("contradictory evidence is kept and flagged on both facts") {
    // Seen as a member in 2020, after leaving in 2012: nothing is dropped.
    Store store = same_in_every_order({
        seen(uzb, Relation::MemberOf, csto, "a", Date{2006, 8, 16}, 0, Date{2006, 8, 16}),
        seen(uzb, Relation::MemberOf, csto, "b", Date{2020}, 0),
        seen(uzb, Relation::Left, csto, "c", Date{2012, 12, 19}, 0, Date{2012, 12, 19}),
        seen(uzb, Relation::MemberOf, csto, "d", Date{2008}, 5),
        // The same sentence twice, with different rules: the smaller is kept.
        seen(uzb, Relation::MemberOf, csto, "d", Date{2008}, 5, std::nullopt, std::nullopt, "b"),
    });
    const Fact* member = store.find_fact("state_UZB", Relation::MemberOf, "org_CSTO");
    const Fact* left = store.find_fact("state_UZB", Relation::Left, "org_CSTO");
    CHECK(member->evidence_count() == 3);
    CHECK(member->evidence[2].rule == "b");
    CHECK(iso(member->valid_to) == "-");
    CHECK(member->conflict);
    CHECK(left->conflict);
    CHECK(store.evidence_count() == 4);
  }

  TEST_CASE("a later status that contradicts is skipped for the next one that does not") {
    Store store = same_in_every_order({
        seen(uzb, Relation::MemberOf, csto, "a", Date{2006}, 0, Date{2006}),
        seen(uzb, Relation::MemberOf, csto, "b", Date{2011}, 0),
        seen(uzb, Relation::ObserverOf, csto, "c", Date{2009}, 0),
        seen(uzb, Relation::Left, csto, "d", Date{2012}, 0, Date{2012}),
    });
    const Fact* member = store.find_fact("state_UZB", Relation::MemberOf, "org_CSTO");
    CHECK(iso(member->valid_to) == "2012");
    CHECK(member->conflict);
    CHECK(store.find_fact("state_UZB", Relation::ObserverOf, "org_CSTO")->conflict);
    CHECK(iso(store.find_fact("state_UZB", Relation::ObserverOf, "org_CSTO")->valid_to) == "2012");
    CHECK_FALSE(store.find_fact("state_UZB", Relation::Left, "org_CSTO")->conflict);
  }

  TEST_CASE("dates that do not say which came first close nothing") {
    Store store = same_in_every_order({
        seen(ind, Relation::ObserverOf, sco, "a", Date{2017}, 0),
        seen(ind, Relation::MemberOf, sco, "b", Date{2017, 6, 9}, 0, Date{2017, 6, 9}),
    });
    CHECK(iso(store.find_fact("state_IND", Relation::ObserverOf, "org_SCO")->valid_to) == "-");
    CHECK_FALSE(store.find_fact("state_IND", Relation::ObserverOf, "org_SCO")->conflict);
  }

  TEST_CASE("a stated end wins over the implied one, and an end before the start conflicts") {
    Store store = same_in_every_order({
        seen(ind, Relation::ObserverOf, sco, "a", Date{2005}, 0, Date{2005}, Date{2016}),
        seen(ind, Relation::MemberOf, sco, "b", Date{2017, 6, 9}, 0, Date{2017, 6, 9}),
        seen(uzb, Relation::MemberOf, csto, "c", Date{2006}, 0, Date{2006}),
        seen(uzb, Relation::MemberOf, csto, "d", Date{1999}, 0, std::nullopt, Date{1999}),
    });
    CHECK(iso(store.find_fact("state_IND", Relation::ObserverOf, "org_SCO")->valid_to) == "2016");
    const Fact* uzb_member = store.find_fact("state_UZB", Relation::MemberOf, "org_CSTO");
    CHECK(uzb_member->conflict);
    CHECK(iso(uzb_member->valid_to) == "1999");
  }

  TEST_CASE("merge derives the same dates as adding everything to one store") {
    Store all, first, second;
    std::vector<Triple> triples = {
        seen(ind, Relation::ObserverOf, sco, "a", Date{2005}, 0, Date{2005}),
        seen(ind, Relation::MemberOf, sco, "b", Date{2017, 6, 9}, 0, Date{2017, 6, 9})};
    for (const Triple& t : triples) all.add(t);
    first.add(triples[0]);
    second.add(triples[1]);
    CHECK_FALSE(first.facts().front()->valid_to);
    first.merge(second);
    CHECK(first == all);
    CHECK(iso(first.find_fact("state_IND", Relation::ObserverOf, "org_SCO")->valid_to) ==
          "2017-06-09");
  }
}

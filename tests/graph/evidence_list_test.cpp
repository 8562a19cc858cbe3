// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/evidence_list.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "../support/store_fixtures.hpp"
#include "orgkg/graph/store.hpp"

using namespace orgkg;
using test::make_org;
using test::make_state;
using test::make_triple;

namespace {

// A sentence long enough that no string keeps it in place (no short-string
// storage), so that where it is kept shows.
const std::string kSentence =
    "Kazakhstan and Kyrgyzstan are members of the SCO and of the Eurasian Economic Union.";

Evidence item(std::string doc, std::size_t begin, std::string rule = "test.list") {
  return Evidence{std::move(doc),           Date{2019, 6},  kSentence, begin,
                  begin + kSentence.size(), std::move(rule)};
}

}  // namespace

TEST_SUITE("evidence_list") {
  TEST_CASE("a list built by hand keeps its own copies, shared by its copies") {
    EvidenceList copy;
    {
      auto doc = std::make_unique<std::string>("mfa-kz-2019-06-14 with an id past short strings");
      EvidenceList list;
      list.push_back(item(*doc, 0));
      list.push_back(item(*doc, 120, "test.other"));
      doc.reset();
      copy = list;
      CHECK(copy == list);
    }
    REQUIRE(copy.size() == 2);
    CHECK(copy[0].doc_id == "mfa-kz-2019-06-14 with an id past short strings");
    CHECK(copy[1].rule == "test.other");
    CHECK(copy.back().sentence == kSentence);
    CHECK(copy.to_vector() ==
          std::vector<Evidence>{item(copy[0].to_evidence().doc_id, 0),
                                item(copy[0].to_evidence().doc_id, 120, "test.other")});
    std::vector<std::size_t> backwards;
    for (auto it = copy.rbegin(); it != copy.rend(); ++it) backwards.push_back((*it).begin);
    CHECK(backwards == std::vector<std::size_t>{120, 0});
  }

  TEST_CASE("lists compare by content, wherever their strings are kept") {
    EvidenceList a;
    EvidenceList b;
    a.push_back(item("doc-a", 0));
    b.push_back(item("doc-a", 0));
    CHECK(a == b);
    b.push_back(item("doc-a", 200));
    CHECK_FALSE(a == b);
    a.push_back(item("doc-a", 200, "test.other"));
    CHECK_FALSE(a == b);
  }

  TEST_CASE("a store keeps a sentence once for every fact it gives evidence for") {
    Store store;
    const Entity kaz = make_state("KAZ", "Kazakhstan");
    const Entity kgz = make_state("KGZ", "Kyrgyzstan");
    const Entity sco = make_org("SCO", "Shanghai Cooperation Organisation");
    const Entity eaeu = make_org("EAEU", "Eurasian Economic Union");
    const std::string doc = "mfa-kz-2019-06-14 with an id past short strings";
    for (const Entity* state : {&kaz, &kgz}) {
      for (const Entity* org : {&sco, &eaeu}) {
        store.add(make_triple(*state, Relation::MemberOf, *org, item(doc, 40)));
      }
    }
    REQUIRE(store.fact_count() == 4);
    const std::vector<const Fact*> facts = store.facts();
    const EvidenceView first = facts.front()->evidence.front();
    CHECK(first.sentence == kSentence);
    for (const Fact* fact : facts) {
      REQUIRE(fact->evidence.size() == 1);
      CHECK(fact->evidence[0].sentence.data() == first.sentence.data());
      CHECK(fact->evidence[0].doc_id.data() == first.doc_id.data());
    }
  }

  TEST_CASE("a store keeps every rule and sentence right, however many it meets in turn") {
    // More rule names than the Store's rule table has slots, so names share
    // slots and evict each other; two sentences in turn, so neither is
    // always the one kept last.
    Store store;
    const Entity kaz = make_state("KAZ", "Kazakhstan");
    const Entity sco = make_org("SCO", "Shanghai Cooperation Organisation");
    const std::string other = kSentence + " Both took part in the summit.";
    constexpr std::size_t kItems = 3000;
    for (std::size_t i = 0; i < kItems; ++i) {
      Evidence evidence = item("doc", 200 * i, "test.rule." + std::to_string(i % 1500));
      if (i % 2 == 1) {
        evidence.sentence = other;
        evidence.end = evidence.begin + other.size();
      }
      store.add(make_triple(kaz, Relation::MemberOf, sco, evidence));
    }
    REQUIRE(store.fact_count() == 1);
    const EvidenceList& list = store.facts().front()->evidence;
    REQUIRE(list.size() == kItems);
    // In Evidence's order: by sentence before position.
    std::vector<const char*> rule_at(kItems, nullptr);
    for (std::size_t k = 0; k < kItems; ++k) {
      const EvidenceView evidence = list[k];
      const std::size_t i = evidence.begin / 200;
      REQUIRE(i < kItems);
      CHECK(rule_at[i] == nullptr);
      rule_at[i] = evidence.rule.data();
      CHECK(evidence.rule == "test.rule." + std::to_string(i % 1500));
      CHECK(evidence.sentence == (i % 2 == 1 ? other : kSentence));
    }
    // A name is kept once, whichever slot it was found in.
    CHECK(rule_at[7] == rule_at[1507]);
  }

  TEST_CASE("a copied store keeps its evidence when the original is gone") {
    Store copy;
    {
      Store original = test::small_store();
      copy = original;
      CHECK(copy == original);
      original.add(make_triple(make_state("KAZ", "Kazakhstan"), Relation::MemberOf,
                               make_org("SCO", "Shanghai Cooperation Organisation"),
                               item("later", 0)));
    }
    const Store again = test::small_store();
    CHECK(copy == again);
    for (const Fact* fact : copy.facts()) {
      for (const EvidenceView evidence : fact->evidence) CHECK_FALSE(evidence.doc_id.empty());
    }
  }

  TEST_CASE("an item keeps its offsets and date as given, or is refused") {
    // An item holds its offsets in 32 bits and its date packed: whatever
    // fits comes back as it was, and the rest is refused, never cut.
    const std::size_t last = std::numeric_limits<std::uint32_t>::max();
    for (const Date& date : {Date{}, Date{1000, 1, 1}, Date{9999, 12, 31}, Date{-32768, 255, 255},
                             Date{32767, 0, 0}, Date{-5, 3, 0}}) {
      EvidenceList list;
      list.push_back(Evidence{"doc", date, kSentence, last - 1, last, "test.rule"});
      CHECK(list.front().date == date);
      CHECK(list.front().begin == last - 1);
      CHECK(list.front().end == last);
    }
    EvidenceList list;
    CHECK_THROWS_AS(list.push_back(Evidence{"doc", Date{2019}, kSentence, 0, last + 1, "r"}),
                    std::length_error);
    CHECK_THROWS_AS(list.push_back(Evidence{"doc", Date{2019}, kSentence, last + 1, last + 9, "r"}),
                    std::length_error);
    for (const Date& date : {Date{32768}, Date{-32769}, Date{2019, 256}, Date{2019, 1, 256},
                             Date{2019, -1}, Date{2019, 1, -1}}) {
      CHECK_THROWS_AS(list.push_back(Evidence{"doc", date, kSentence, 0, 1, "r"}),
                      std::length_error);
    }
    CHECK(list.empty());
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "snapshot_walk.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "orgkg/graph/error.hpp"
#include "orgkg/graph/snapshot.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"
#include "world_fixture.hpp"

using namespace orgkg;
using detail::SnapshotSection;

namespace {

// What walk_snapshot() handed over: the header's member names, and each item
// as its section, index and first member's name.
struct Walked {
  bool read = false;
  std::vector<std::string> header;
  std::vector<std::string> items;
};

Walked walk(const std::string& text) {
  Walked walked;
  walked.read = detail::walk_snapshot(
      text,
      [&](const rapidjson::Value& header) {
        for (const auto& member : header.GetObject())
          walked.header.emplace_back(member.name.GetString());
      },
      [&](SnapshotSection section, std::size_t index, const rapidjson::Value& item) {
        std::string first =
            item.IsObject() && item.MemberCount() > 0
                ? item.MemberBegin()->value.IsString() ? item.MemberBegin()->value.GetString() : "?"
                : "-";
        walked.items.push_back(std::to_string(static_cast<int>(section)) + ":" +
                               std::to_string(index) + ":" + first);
      });
  return walked;
}

const std::string kHead = R"({"format":"orgkg-snapshot","version":1)";
const std::string kEntities = R"("entities":[{"id":"state_IND","kind":"state","key":"IND"},)"
                              R"({"id":"org_SCO","kind":"organisation","key":"SCO"}])";
const std::string kSources = R"("sources":[{"id":"d","title":"T"}])";
const std::string kFacts =
    R"("facts":[{"subject":"state_IND","relation":"member_of","object":"org_SCO",)"
    R"("evidence":[{"doc":"d","sentence":"India is a member of the SCO.","begin":1,"end":2}]}])";

}  // namespace

TEST_SUITE("snapshot walk") {
  TEST_CASE("hands over a written snapshot's header, then its items in order") {
    const Store store = test::world_store();
    const std::string text = to_snapshot(store);
    Walked walked = walk(text);
    REQUIRE(walked.read);
    CHECK(walked.header == std::vector<std::string>{"format", "version"});
    REQUIRE(walked.items.size() ==
            store.entity_count() + store.source_count() + store.fact_count());
    CHECK(walked.items.front().rfind("0:0:", 0) == 0);
    CHECK(walked.items[store.entity_count()].rfind("1:0:", 0) == 0);
    CHECK(walked.items.back().rfind("2:" + std::to_string(store.fact_count() - 1) + ":", 0) == 0);
    CHECK(parse_snapshot(text, "in.json") == store);
  }

  TEST_CASE("reads an item larger than its reused memory, and those after it, whole") {
    const std::string long_sentence(300'000, 'x');
    const std::string text =
        kHead + "," + kEntities + "," + kSources + "," +
        R"("facts":[{"subject":"state_IND","relation":"member_of","object":"org_SCO",)"
        R"("evidence":[{"doc":"d","sentence":")" +
        long_sentence + R"(","begin":1,"end":2}]},)" +
        R"({"subject":"state_IND","relation":"observer_of","object":"org_SCO",)"
        R"("evidence":[{"doc":"d","sentence":"short","begin":3,"end":4}]}]})";
    Walked walked = walk(text);
    REQUIRE(walked.read);
    CHECK(walked.items == std::vector<std::string>{"0:0:state_IND", "0:1:org_SCO", "1:0:d",
                                                   "2:0:state_IND", "2:1:state_IND"});
    const Store store = parse_snapshot(text, "in.json");
    const Fact* member = store.find_fact("state_IND", Relation::MemberOf, "org_SCO");
    REQUIRE(member != nullptr);
    CHECK((*member->evidence.begin()).sentence == long_sentence);
    REQUIRE(store.find_fact("state_IND", Relation::ObserverOf, "org_SCO") != nullptr);
  }

  TEST_CASE("walks a file a block at a time, and not one shorter than it should be") {
    // Several megabytes: more than one block of the file reader.
    const std::string fact_start =
        R"({"subject":"state_IND","relation":"member_of","object":"org_SCO","evidence":[)";
    std::string facts = R"("facts":[)" + fact_start;
    for (int i = 0; i < 20000; ++i) {
      facts += (i ? "," : "") + std::string(R"({"doc":"d","sentence":")") +
               std::string(150, static_cast<char>('a' + i % 26)) + R"(","begin":)" +
               std::to_string(i * 200) + R"(,"end":)" + std::to_string(i * 200 + 150) + "}";
    }
    facts += "]}]";
    const std::string text = kHead + "," + kEntities + "," + kSources + "," + facts + "}";
    REQUIRE(text.size() > 3'000'000);
    test::TempDir dir;
    const auto path = dir.path() / "big.json";
    std::ofstream(path, std::ios::binary) << text;
    auto walk_file = [&](std::size_t size) {
      std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                           &std::fclose);
      REQUIRE(file != nullptr);
      std::size_t items = 0;
      std::size_t evidence = 0;
      bool read = detail::walk_snapshot_file(
          file.get(), size, [](const rapidjson::Value&) {},
          [&](SnapshotSection section, std::size_t, const rapidjson::Value& item) {
            ++items;
            if (section == SnapshotSection::Facts) evidence = item["evidence"].Size();
          });
      return std::make_tuple(read, items, evidence);
    };
    CHECK(walk_file(text.size()) == std::make_tuple(true, std::size_t{4}, std::size_t{20000}));
    CHECK_FALSE(std::get<0>(walk_file(text.size() + 1)));  // it ends early
    const Store store = load_snapshot_file(path);
    CHECK(store == parse_snapshot(text, "big"));
    CHECK(store.evidence_count() == 20000);
  }

  TEST_CASE("leaves any other layout to the whole-text reader, which reads it the same") {
    const std::string written = kHead + "," + kEntities + "," + kSources + "," + kFacts + "}";
    REQUIRE(walk(written).read);
    const Store expected = parse_snapshot(written, "in.json");
    REQUIRE(expected.fact_count() == 1);
    const std::vector<std::string> others = {
        // the header after the arrays
        "{" + kEntities + "," + kSources + "," + kFacts +
            R"(,"format":"orgkg-snapshot","version":1})",
        // the facts before the entities
        kHead + "," + kFacts + "," + kSources + "," + kEntities + "}",
        // a member the reader does not know between the header and the arrays,
        // white space everywhere, one array given twice (the first counts)
        kHead + " ,\n \"note\" : [1, {\"a\": 2}] ,\t" + kEntities + " , " + kSources + " ,\r\n" +
            kFacts + R"(, "facts": [] })",
    };
    for (const std::string& text : others) {
      CAPTURE(text);
      CHECK_FALSE(walk(text).read);
      CHECK(parse_snapshot(text, "in.json") == expected);
    }
    // Members after the arrays are skipped, those before them kept in the header.
    Walked extra = walk(kHead + R"(,"by":"x",)" + kEntities + "," + kSources + "," + kFacts +
                        R"(,"after":{"x":[1]}})");
    CHECK(extra.read);
    CHECK(extra.header == std::vector<std::string>{"format", "version", "by"});
    for (const std::string& broken :
         {written + "x", written.substr(0, written.size() - 1), std::string("[]"), std::string(""),
          kHead + "," + kEntities + "," + kSources + "}", kHead + "}"}) {
      CAPTURE(broken);
      CHECK_FALSE(walk(broken).read);
      CHECK_THROWS_AS((void)parse_snapshot(broken, "in.json"), ParseError);
    }
  }

  TEST_CASE("a wrong value reported item by item gives way to a syntax error after it") {
    // Read an item at a time, facts[0] is wrong first; read whole, the text is
    // not JSON: as before items were read one at a time, the syntax error is
    // what is reported.
    const std::string wrong_fact =
        R"("facts":[{"subject":"state_XXX","relation":"member_of","object":"org_SCO",)"
        R"("evidence":[{"doc":"d","begin":1,"end":2}]},{"subject":})";
    const std::string text = kHead + "," + kEntities + "," + kSources + "," + wrong_fact;
    try {
      (void)parse_snapshot(text, "in.json");
      FAIL("no error");
    } catch (const ParseError& error) {
      CHECK(std::string(error.what()).find("malformed JSON") != std::string::npos);
    }
    // Without the syntax error, the wrong value is named as before.
    const std::string only_wrong = kHead + "," + kEntities + "," + kSources + "," +
                                   wrong_fact.substr(0, wrong_fact.rfind(",{")) + "]}";
    try {
      (void)parse_snapshot(only_wrong, "in.json");
      FAIL("no error");
    } catch (const ParseError& error) {
      CHECK(std::string(error.what()) ==
            "in.json: facts[0].subject: names no entity of the snapshot");
    }
  }
}

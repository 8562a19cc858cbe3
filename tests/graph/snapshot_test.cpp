// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/snapshot.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <streambuf>

#include "orgkg/graph/error.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"
#include "world_fixture.hpp"

using namespace orgkg;
namespace fs = std::filesystem;

namespace {

// The message of the ParseError `text` raises when loaded, "" if none.
std::string parse_error(const std::string& text) {
  try {
    (void)parse_snapshot(text, "in.json");
  } catch (const ParseError& error) {
    return error.what();
  }
  return "";
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::vector<std::string> directory_listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

class FailingBuf : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
};

// Random observations over a few states, organisations and relations, with
// dates at every precision, stated starts and ends, repeated sentences.
std::vector<Triple> random_observations(std::mt19937& random, std::size_t count) {
  using test::make_org;
  using test::make_state;
  const std::vector<Entity> states = {make_state("RUS", "Russia"), make_state("CHN", "China"),
                                      make_state("IND", "India"), make_state("IRN", "Iran")};
  const std::vector<Entity> orgs = {make_org("SCO", "SCO"), make_org("BRICS", "BRICS"),
                                    make_org("CICA", "CICA")};
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
  };
  auto date = [&] {
    int year = 2000 + static_cast<int>(pick(25));
    switch (pick(3)) {
      case 0:
        return Date{year};
      case 1:
        return Date{year, static_cast<int>(pick(12)) + 1};
      default:
        return Date{year, static_cast<int>(pick(12)) + 1, static_cast<int>(pick(28)) + 1};
    }
  };
  std::vector<Triple> triples;
  for (std::size_t i = 0; i < count; ++i) {
    bool org_pair = pick(8) == 0;
    Triple t;
    t.subject = org_pair ? orgs[pick(orgs.size())] : states[pick(states.size())];
    const Relation statuses[] = {Relation::MemberOf,     Relation::ObserverOf, Relation::PartnerOf,
                                 Relation::CandidateFor, Relation::FounderOf,  Relation::Left};
    t.relation = org_pair ? Relation::CooperatesWith : statuses[pick(6)];
    t.object = orgs[pick(orgs.size())];
    std::size_t sentence = pick(count);  // repeats give the same sentence twice
    t.evidence = {"doc" + std::to_string(sentence % 5),
                  date(),
                  "s" + std::to_string(sentence),
                  sentence * 10,
                  sentence * 10 + 9,
                  pick(2) ? "rule-a" : "rule-b"};
    if (pick(3) == 0) t.valid_from = date();
    if (pick(6) == 0) t.valid_to = date();
    triples.push_back(std::move(t));
  }
  return triples;
}

}  // namespace

TEST_SUITE("snapshot") {
  TEST_CASE("writes the documented format, one item per line") {
    Store store;
    Triple t = test::make_triple(test::make_state("IND", "India"), Relation::ObserverOf,
                                 test::make_org("SCO", "Shanghai \"Spirit\""),
                                 {"d1", Date{2005}, "India\tis an observer.", 3, 27, "r"});
    t.valid_from = Date{2005};
    store.add(t);
    store.add_source({"d1", "Title", Date{2017, 6, 9}, "", "", "RUS"});
    CHECK(to_snapshot(store) == R"({"format":"orgkg-snapshot","version":1,
"entities":[
{"id":"org_SCO","kind":"organisation","key":"SCO","label":"SCO","name":"Shanghai \"Spirit\"","acronym":"SCO","aliases":["SCO"]},
{"id":"state_IND","kind":"state","key":"IND","label":"India","iso3":"IND","aliases":["India"]}
],
"sources":[
{"id":"d1","title":"Title","published":"2017-06-09","publisher_country":"RUS"}
],
"facts":[
{"subject":"state_IND","relation":"observer_of","object":"org_SCO","first_seen":"2005","last_seen":"2005","valid_from":"2005","evidence":[{"doc":"d1","date":"2005","sentence":"India\tis an observer.","begin":3,"end":27,"rule":"r","valid_from":"2005"}]}
]}
)");
    CHECK(to_snapshot(Store{}) ==
          "{\"format\":\"orgkg-snapshot\",\"version\":1,\n\"entities\":[],\n\"sources\":[],\n"
          "\"facts\":[]}\n");
  }

  TEST_CASE("round-trips losslessly: load gives an equal store, save the same bytes") {
    for (const Store& original : {test::small_store(), test::world_store()}) {
      std::string saved = to_snapshot(original);
      Store loaded = parse_snapshot(saved, "saved.json");
      CHECK(loaded == original);
      CHECK(to_snapshot(loaded) == saved);
      std::ostringstream out;
      save_snapshot(loaded, out);
      CHECK(out.str() == saved);
    }
  }

  TEST_CASE("round-trips hostile strings; invalid UTF-8 becomes U+FFFD once") {
    for (const auto& hostile : test::hostile_strings()) {
      CAPTURE(std::string(hostile.name));
      Store original = test::hostile_store(hostile.text);
      std::string first = to_snapshot(original);
      Store loaded = parse_snapshot(first, "hostile.json");
      std::string second = to_snapshot(loaded);
      CHECK(to_snapshot(parse_snapshot(second, "again.json")) == second);
      bool invalid = std::string_view(hostile.name).find("UTF-8") != std::string_view::npos ||
                     std::string_view(hostile.name) == "overlong encoding";
      CHECK((first.find("\xEF\xBF\xBD") != std::string::npos) == invalid);
      CHECK((loaded == original) != invalid);
      if (!invalid) CHECK(second == first);
    }
  }

  TEST_CASE("refuses malformed, truncated, foreign and newer snapshots with the place") {
    std::string good = to_snapshot(test::world_store());
    std::string truncated = parse_error(good.substr(0, good.size() / 2));
    CHECK(truncated.find("in.json:") == 0);
    CHECK(truncated.find("byte offset " + std::to_string(good.size() / 2)) != std::string::npos);
    CHECK(parse_error("").find("byte offset 0") != std::string::npos);
    CHECK(parse_error("<graphml/>").find("in.json:1: malformed JSON") == 0);
    CHECK(parse_error(good + "x").find("byte offset") != std::string::npos);
    CHECK(parse_error("[]").find("not an orgkg snapshot") != std::string::npos);
    CHECK(parse_error(R"({"format":"graphml","version":1})").find("not an orgkg snapshot") !=
          std::string::npos);
    CHECK(parse_error(R"({"format":"orgkg-snapshot","version":2,"entities":7})") ==
          "in.json: version: snapshot version 2 is newer than this orgkg reads (1): upgrade orgkg");
    CHECK(parse_error(R"({"format":"orgkg-snapshot","version":"1"})").find("version") !=
          std::string::npos);
    CHECK(parse_error(R"({"format":"orgkg-snapshot","version":0,"entities":[]})")
              .find("unsupported snapshot version 0") != std::string::npos);
    CHECK(parse_error("{\"format\":\"orgkg-snapshot\",\"version\":1,\"entities\":[],"
                      "\"sources\":[],\"facts\":[\"\xFF\"]}")
              .find("byte offset") != std::string::npos);
  }

  TEST_CASE("refuses wrong members, naming them") {
    const std::string head = R"({"format":"orgkg-snapshot","version":1,)";
    const std::string entities =
        R"("entities":[{"id":"state_IND","kind":"state","key":"IND"},)"
        R"({"id":"org_SCO","kind":"organisation","key":"SCO"}],"sources":[],)";
    auto fact = [&](const std::string& members) {
      return parse_error(head + entities + R"("facts":[{)" + members + "}]}");
    };
    CHECK(parse_error(head + R"("entities":[{"kind":"planet","key":"X"}],"sources":[],)"
                             R"("facts":[]})") == "in.json: entities[0].kind: unknown entity kind");
    CHECK(parse_error(head + R"("entities":[{"kind":"state","key":7}],"sources":[],"facts":[]})") ==
          "in.json: entities[0].key: expected a string");
    CHECK(parse_error(head + R"("entities":[],"sources":[{"id":"a","published":"2019-13"}],)"
                             R"("facts":[]})") ==
          "in.json: sources[0].published: not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
    CHECK(parse_error(head + R"("entities":[],"sources":[]})") ==
          "in.json: facts: expected an array");
    const std::string ind_sco =
        R"("subject":"state_IND","relation":"member_of","object":"org_SCO",)";
    const std::string evidence = R"("evidence":[{"doc":"d","begin":1,"end":2}])";
    CHECK(fact(ind_sco + evidence).empty());
    CHECK(fact(R"("subject":"state_XXX","relation":"member_of","object":"org_SCO",)" + evidence) ==
          "in.json: facts[0].subject: names no entity of the snapshot");
    CHECK(fact(R"("subject":"state_IND","relation":"likes","object":"org_SCO",)" + evidence) ==
          "in.json: facts[0].relation: unknown relation");
    CHECK(fact(R"("subject":"state_IND","relation":"member_of","object":"state_IND",)" +
               evidence) == "in.json: facts[0].object: the same entity as the subject");
    CHECK(fact(ind_sco + R"("evidence":[])") ==
          "in.json: facts[0].evidence: expected a non-empty array");
    CHECK(fact(ind_sco + R"("conflict":1,)" + evidence) ==
          "in.json: facts[0].conflict: expected true or false");
    CHECK(fact(ind_sco + R"("valid_to":"soon",)" + evidence) ==
          "in.json: facts[0].valid_to: not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
    CHECK(fact(ind_sco + R"("evidence":[{"begin":-1}])") ==
          "in.json: facts[0].evidence[0].begin: expected a non-negative integer");
    CHECK(fact(ind_sco + R"("evidence":[7])") ==
          "in.json: facts[0].evidence[0]: expected an object");
  }

  TEST_CASE("saves files atomically and loads them back") {
    test::TempDir dir;
    fs::path path = dir.path() / "graph.json";
    Store world = test::world_store();
    save_snapshot_file(test::small_store(), path);
    ::chmod(path.c_str(), 0640);
    save_snapshot_file(world, path);
    CHECK(load_snapshot_file(path) == world);
    CHECK(slurp(path) == to_snapshot(world));
    CHECK((fs::status(path).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(directory_listing(dir.path()) == std::vector<std::string>{"graph.json"});
    CHECK(merge_snapshot_files({path, path}) == world);
  }

  TEST_CASE("a failed save leaves the old file intact and no temporary file") {
    test::TempDir dir;
    fs::path path = dir.path() / "graph.json";
    save_snapshot_file(test::small_store(), path);
    const std::string old = slurp(path);

    SUBCASE("missing directory") {
      CHECK_THROWS_AS(save_snapshot_file(test::world_store(), dir.path() / "no" / "g.json"),
                      IoError);
      CHECK_FALSE(fs::exists(dir.path() / "no"));
    }
    SUBCASE("target is a directory that cannot be replaced") {
      fs::create_directories(dir.path() / "taken" / "child");
      CHECK_THROWS_AS(save_snapshot_file(test::world_store(), dir.path() / "taken"), IoError);
      CHECK(fs::is_directory(dir.path() / "taken" / "child"));
    }
    SUBCASE("read-only directory") {
      fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
      if (::geteuid() == 0) {
        MESSAGE("running as root: permissions are not enforced, only checking the result");
        try {
          save_snapshot_file(test::world_store(), path);
        } catch (const IoError&) {
        }
      } else {
        CHECK_THROWS_AS(save_snapshot_file(test::world_store(), path), IoError);
        CHECK(slurp(path) == old);
      }
      fs::permissions(dir.path(), fs::perms::owner_all);
    }
    if (slurp(path) == old) CHECK(load_snapshot_file(path) == test::small_store());
    std::vector<std::string> names = directory_listing(dir.path());
    CHECK(std::none_of(names.begin(), names.end(), [](const std::string& name) {
      return name.find(".tmp-") != std::string::npos;
    }));
  }

  TEST_CASE("loads snapshots of several megabytes from a file and from a stream") {
    // More than the loaders' 1 MB reads, and not a multiple of them.
    std::mt19937 random(11);
    Store big;
    for (Triple& t : random_observations(random, 40000)) {
      t.evidence.sentence += std::string(80 + t.evidence.begin % 7, 'x');
      big.add(std::move(t));
    }
    const std::string bytes = to_snapshot(big);
    REQUIRE(bytes.size() > 3'000'000);
    test::TempDir dir;
    save_snapshot_file(big, dir.path() / "big.json");
    CHECK(load_snapshot_file(dir.path() / "big.json") == big);
    std::istringstream in(bytes);
    CHECK(load_snapshot(in, "big") == big);
  }

  TEST_CASE("reports unreadable files and failing streams") {
    test::TempDir dir;
    CHECK_THROWS_AS((void)load_snapshot_file(dir.path() / "missing.json"), IoError);
    CHECK_THROWS_AS((void)load_snapshot_file(dir.path()), IoError);
    FailingBuf failing;
    std::ostream out(&failing);
    CHECK_THROWS_AS(save_snapshot(test::small_store(), out), IoError);
    try {
      std::ofstream(dir.path() / "bad.json") << "{\"format\":\"orgkg-snapshot\",\n\"version\":";
      (void)load_snapshot_file(dir.path() / "bad.json");
      FAIL("no error");
    } catch (const ParseError& error) {
      CHECK(error.source() == (dir.path() / "bad.json").string());
      CHECK(error.line() == 2);
    }
  }

  TEST_CASE("merging separately built snapshots gives the same bytes in any order or grouping") {
    test::TempDir dir;
    for (unsigned seed = 1; seed <= 40; ++seed) {
      CAPTURE(seed);
      std::mt19937 random(seed);
      std::vector<Triple> triples = random_observations(random, 60);
      Store all;
      for (const Triple& t : triples) all.add(t);
      const std::string expected = to_snapshot(all);

      std::shuffle(triples.begin(), triples.end(), random);
      std::size_t groups = std::uniform_int_distribution<std::size_t>(1, 6)(random);
      std::vector<Store> parts(groups);
      for (const Triple& t : triples) parts[random() % groups].add(t);
      std::vector<std::string> snapshots;
      for (const Store& part : parts) snapshots.push_back(to_snapshot(part));

      // From files, read straight into one store (merge_snapshot_files()); and
      // with one file laid out otherwise (its header last), each loaded and
      // merged in.
      std::vector<fs::path> paths;
      for (const std::string& text : snapshots) {
        paths.push_back(dir.path() / ("part" + std::to_string(paths.size()) + ".json"));
        std::ofstream(paths.back(), std::ios::binary | std::ios::trunc) << text;
      }
      CHECK(to_snapshot(merge_snapshot_files(paths)) == expected);
      const std::string header = R"({"format":"orgkg-snapshot","version":1,)";
      const std::string& last = snapshots.back();
      REQUIRE(last.rfind(header, 0) == 0);
      std::ofstream(paths.back(), std::ios::binary | std::ios::trunc)
          << "{" << last.substr(header.size(), last.rfind('}') - header.size())
          << R"(,"format":"orgkg-snapshot","version":1})";
      CHECK(to_snapshot(merge_snapshot_files(paths)) == expected);

      // Merge random pairs until one store is left: random order and grouping.
      std::vector<Store> pool;
      for (const std::string& text : snapshots) pool.push_back(parse_snapshot(text, "part"));
      while (pool.size() > 1) {
        std::shuffle(pool.begin(), pool.end(), random);
        Store right = std::move(pool.back());
        pool.pop_back();
        pool.back().merge(parse_snapshot(to_snapshot(right), "merged"));
      }
      REQUIRE(to_snapshot(pool.front()) == expected);
      CHECK(pool.front() == all);
    }
  }
}

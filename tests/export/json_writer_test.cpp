// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstddef>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "orgkg/export/json.hpp"
#include "orgkg/export/triples.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/utf8.hpp"
#include "store_fixtures.hpp"

using namespace orgkg;
using namespace orgkg::test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Parses one line strictly: valid UTF-8, one value, nothing after it.
rapidjson::Document parse_line(const std::string& line) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  INFO(line);
  REQUIRE_MESSAGE(!doc.HasParseError(), rapidjson::GetParseError_En(doc.GetParseError()));
  REQUIRE(doc.IsObject());
  return doc;
}

std::string string_at(const rapidjson::Value& object, const char* a, const char* b = nullptr) {
  const rapidjson::Value& value = b == nullptr ? object[a] : object[a][b];
  REQUIRE(value.IsString());
  return std::string(value.GetString(), value.GetStringLength());
}

const char* const kSmallStoreJson =
    R"({"subject":{"id":"org_CICA","label":"CICA","kind":"organisation"},"relation":"headquartered_in",)"
    R"("object":{"id":"city_Astana","label":"Astana","kind":"city"},"first_seen":"2021-10-12",)"
    R"("last_seen":"2021-10-12","evidence_count":1,"conflict":false,"symmetric":false,)"
    R"("sources":["cica-2021"],"evidence":[{"doc":"cica-2021","date":"2021-10-12",)"
    R"("sentence":"The Secretariat is in Astana.","begin":30,"end":59,"rule":"hq"}]})"
    "\n"
    R"({"subject":{"id":"org_CICA","label":"CICA","kind":"organisation"},"relation":"cooperates_with",)"
    R"("object":{"id":"org_SCO","label":"SCO","kind":"organisation"},"first_seen":"2021-10-12",)"
    R"("last_seen":"2021-10-12","evidence_count":1,"conflict":false,"symmetric":true,)"
    R"("sources":["cica-2021"],"evidence":[{"doc":"cica-2021","date":"2021-10-12",)"
    R"("sentence":"Ties between the SCO and CICA.","begin":60,"end":90,"rule":"coop"}]})"
    "\n"
    R"({"subject":{"id":"state_IND","label":"India","kind":"state"},"relation":"member_of",)"
    R"("object":{"id":"org_CICA","label":"CICA","kind":"organisation"},"evidence_count":1,)"
    R"("conflict":false,"symmetric":false,"sources":["untracked"],"evidence":[{"doc":"untracked",)"
    R"("sentence":"","begin":0,"end":0,"rule":"list"}]})"
    "\n"
    R"({"subject":{"id":"state_IND","label":"India","kind":"state"},"relation":"observer_of",)"
    R"("object":{"id":"org_SCO","label":"SCO","kind":"organisation"},"valid_from":"2005",)"
    R"("valid_to":"2017-06","first_seen":"2005","last_seen":"2005","evidence_count":1,)"
    R"("conflict":false,"symmetric":false,"sources":["sco-2019"],"evidence":[{"doc":"sco-2019",)"
    R"("date":"2005","sentence":"India had observer status.","begin":60,"end":86,"rule":"observer"}]})"
    "\n"
    R"({"subject":{"id":"state_RUS","label":"Russia","kind":"state"},"relation":"member_of",)"
    R"("object":{"id":"org_SCO","label":"SCO","kind":"organisation"},"valid_from":"2001-06-15",)"
    R"("first_seen":"2001","last_seen":"2021-10-12","evidence_count":2,"conflict":false,)"
    R"("symmetric":false,"sources":["cica-2021","sco-2019"],"evidence":[{"doc":"cica-2021",)"
    R"("date":"2021-10-12","sentence":"SCO members: Russia, India.","begin":0,"end":27,"rule":"list"},)"
    R"({"doc":"sco-2019","date":"2001","sentence":"Russia is a founding member & full member.",)"
    R"("begin":10,"end":52,"rule":"member"}]})"
    "\n";

}  // namespace

TEST_SUITE("json_writer") {
  TEST_CASE("writes one object per fact, in canonical order, with every field") {
    const std::string json = to_facts_json(small_store());
    std::vector<std::string> lines = lines_of(json);
    REQUIRE(lines.size() == small_store().fact_count());
    CHECK(json == kSmallStoreJson);
  }

  TEST_CASE("every line is one strictly valid JSON object") {
    for (const std::string& line : lines_of(to_facts_json(small_store()))) parse_line(line);
  }

  TEST_CASE("an extracted triple's object is a subset of its fact's object") {
    Triple triple = make_triple(make_state("RUS", "Russia"), Relation::ObserverOf,
                                make_org("SCO", "Shanghai Cooperation Organisation"),
                                {"d1", Date{2005, 7}, "Russia \"observes\".", 4, 22, "observer"});
    triple.valid_from = Date{2005};
    triple.valid_to = Date{2017, 6, 9};
    Store store;
    store.add(triple);
    rapidjson::Document extracted = parse_line(lines_of(to_triples_json({triple})).at(0));
    rapidjson::Document fact = parse_line(lines_of(to_facts_json(store)).at(0));
    for (const auto& member : extracted.GetObject()) {
      CAPTURE(member.name.GetString());
      REQUIRE(fact.HasMember(member.name));
      CHECK(fact[member.name] == member.value);
    }
    CHECK(extracted.MemberCount() == 6);
    CHECK(fact.MemberCount() == 12);
    CHECK(string_at(fact, "first_seen") == "2005-07");
    CHECK(fact["evidence_count"].GetUint64() == 1);
  }

  TEST_CASE("keeps every evidence item and lists each source once") {
    Store store = small_store();
    Triple again = make_triple(make_state("RUS", "Russia"), Relation::MemberOf,
                               make_org("SCO", "Shanghai Cooperation Organisation"),
                               {"sco-2019", Date{2019, 6}, "Russia, a member.", 100, 117, "m2"});
    store.add(again);
    std::string last = lines_of(to_facts_json(store)).back();
    rapidjson::Document fact = parse_line(last);
    CHECK(string_at(fact, "subject", "id") == "state_RUS");
    CHECK(fact["evidence_count"].GetUint64() == 3);
    REQUIRE(fact["evidence"].Size() == 3);
    REQUIRE(fact["sources"].Size() == 2);
    CHECK(std::string(fact["sources"][0].GetString()) == "cica-2021");
    CHECK(std::string(fact["sources"][1].GetString()) == "sco-2019");
  }

  TEST_CASE("writes symmetric facts once with symmetric true, and conflicts") {
    std::vector<std::string> lines = lines_of(to_facts_json(small_store()));
    CHECK(lines.at(1).find(R"("relation":"cooperates_with")") != std::string::npos);
    CHECK(lines.at(1).find(R"("symmetric":true)") != std::string::npos);
    Store store;
    Triple odd = make_triple(make_state("IND", "India"), Relation::MemberOf, make_org("SCO", "S"),
                             {"d", Date{2010}, "s", 0, 1, "r"});
    odd.valid_from = Date{2017};
    odd.valid_to = Date{2012};
    store.add(odd);
    CHECK(to_facts_json(store).find(R"("conflict":true)") != std::string::npos);
  }

  TEST_CASE("escapes hostile strings into valid JSON that reads back as the text") {
    for (const HostileString& hostile : hostile_strings()) {
      CAPTURE(hostile.name);
      Store store = hostile_store(hostile.text);
      std::string json = to_facts_json(store);
      CHECK(is_valid_utf8(json));
      for (char c : json)
        CHECK_MESSAGE((static_cast<unsigned char>(c) >= 0x20 || c == '\n'), "raw control");
      std::vector<std::string> lines = lines_of(json);
      REQUIRE(lines.size() == store.fact_count());
      for (const std::string& line : lines) {
        rapidjson::Document fact = parse_line(line);
        const rapidjson::Value& evidence = fact["evidence"][0];
        CHECK(string_at(evidence, "sentence") == repair_utf8("S" + hostile.text));
        CHECK(string_at(evidence, "rule") == repair_utf8("R" + hostile.text));
        CHECK(string_at(evidence, "doc") == repair_utf8("D" + hostile.text));
      }
      rapidjson::Document first = parse_line(lines.back());
      CHECK(string_at(first, "subject", "label") == repair_utf8("L" + hostile.text));
    }
  }

  TEST_CASE("writes non-BMP characters as UTF-8, not as surrogate escapes") {
    std::string json = to_facts_json(hostile_store("\xF0\x9F\x8C\x8D"));
    CHECK(json.find("S\xF0\x9F\x8C\x8D") != std::string::npos);
    CHECK(json.find("\\ud83c") == std::string::npos);
  }

  TEST_CASE("is byte-identical whatever order the store was filled in") {
    Store forward = small_store();
    Store backward;
    std::vector<const Fact*> facts = forward.facts();
    for (auto it = facts.rbegin(); it != facts.rend(); ++it) {
      for (auto ev = (*it)->evidence.rbegin(); ev != (*it)->evidence.rend(); ++ev) {
        Triple t = make_triple(*forward.find_entity((*it)->subject), (*it)->relation,
                               *forward.find_entity((*it)->object), (*ev).to_evidence());
        t.valid_from = (*it)->valid_from;
        t.valid_to = (*it)->valid_to;
        backward.add(t);
      }
    }
    CHECK(to_facts_json(backward) == to_facts_json(forward));
    std::ostringstream out;
    write_facts_json(forward, out);
    CHECK(out.str() == to_facts_json(forward));
  }

  TEST_CASE("writes offsets and dates of every width as the plain decimals and ISO dates") {
    // The writer spells numbers two digits at a time and dates in place, in
    // room made once per evidence item: each width, up to the largest offset
    // the store keeps (4 GiB - 1: a stored item holds 32 bits), and the dates
    // to_iso() spells instead, against their plain forms, in one line long
    // enough that the writer's buffer grows while it is written.
    const std::vector<std::size_t> offsets = {
        0,     7,     10,     42,     99,      100,     999,       1000,       9999,
        10000, 99999, 100000, 999999, 1000000, 1234567, 999999999, 1000000000, 4294967295U};
    const std::vector<Date> dates = {Date{2014},         Date{2014, 5},    Date{2014, 5, 21},
                                     Date{1000, 12, 31}, Date{9999, 1, 1}, Date{2014, 0, 7},
                                     Date{12345, 6, 7},  Date{-44, 3, 15}, Date{7}};
    struct Expected {
      std::size_t begin;
      Date date;
    };
    std::map<std::string, Expected> expected;  // by sentence (and document: one item each)
    Store store;
    for (std::size_t begin : offsets) {
      for (const Date& date : dates) {
        std::string sentence =
            std::string(40 * (expected.size() % 7), 'x') + "#" + std::to_string(expected.size());
        expected[sentence] = {begin, date};
        store.add(make_triple(make_state("RUS", "Russia"), Relation::MemberOf, make_org("SCO", "S"),
                              {"d" + sentence, date, sentence, begin, begin / 2, "r"}));
      }
    }
    rapidjson::Document fact = parse_line(lines_of(to_facts_json(store)).at(0));
    const rapidjson::Value& evidence = fact["evidence"];
    REQUIRE(evidence.Size() == expected.size());
    for (const rapidjson::Value& item : evidence.GetArray()) {
      const Expected& want = expected.at(string_at(item, "sentence"));
      CAPTURE(want.begin);
      CAPTURE(want.date.to_iso());
      CHECK(item["begin"].GetUint64() == want.begin);
      CHECK(item["end"].GetUint64() == want.begin / 2);
      CHECK(string_at(item, "date") == want.date.to_iso());
    }
  }

  TEST_CASE("an empty store gives no lines") { CHECK(to_facts_json(Store{}).empty()); }

  TEST_CASE("throws IoError when the stream fails") {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    CHECK_THROWS_AS(write_facts_json(small_store(), out), IoError);
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <sstream>

#include "orgkg/export/triples.hpp"
#include "orgkg/graph/error.hpp"
#include "store_fixtures.hpp"

using namespace orgkg;
using namespace orgkg::test;

namespace {

std::vector<Triple> two_triples() {
  Triple member = make_triple(
      make_state("RUS", "Russia"), Relation::MemberOf,
      make_org("CICA", "Conference on Interaction"),
      {"001", Date{2016, 4, 27}, "CICA includes \"26\" states.", 10, 37, "list.includes_states"});
  Triple chair = make_triple(make_state("TUR", "Türkiye"), Relation::ChairOf,
                             make_org("CICA", "Conference on Interaction"),
                             {"002", Date{2014}, "Bad \xff byte", 0, 12, "chair.assumed"});
  chair.valid_from = Date{2014};
  return {member, chair};
}

}  // namespace

TEST_SUITE("triples_writer") {
  TEST_CASE("writes one JSON object per triple with its evidence") {
    CHECK(
        to_triples_json(two_triples()) ==
        R"({"subject":{"id":"state_RUS","label":"Russia","kind":"state"},"relation":"member_of",)"
        R"("object":{"id":"org_CICA","label":"CICA","kind":"organisation"},)"
        R"("evidence":[{"doc":"001","date":"2016-04-27","sentence":"CICA includes \"26\" states.",)"
        R"("begin":10,"end":37,"rule":"list.includes_states"}]})"
        "\n"
        R"({"subject":{"id":"state_TUR","label":"Türkiye","kind":"state"},"relation":"chair_of",)"
        R"("object":{"id":"org_CICA","label":"CICA","kind":"organisation"},"valid_from":"2014",)"
        R"("evidence":[{"doc":"002","date":"2014","sentence":"Bad � byte","begin":0,"end":12,)"
        R"("rule":"chair.assumed"}]})"
        "\n");
  }

  TEST_CASE("omits the evidence date when the text gives none") {
    Triple triple = two_triples().front();
    triple.evidence.date = Date{};
    triple.valid_to = Date{2020, 1};
    CHECK(to_triples_json({triple}).find(
              R"("valid_to":"2020-01","evidence":[{"doc":"001","sentence":)") != std::string::npos);
  }

  TEST_CASE("writes a table aligned by code points with each sentence below its row") {
    std::ostringstream out;
    write_triples_table(two_triples(), out);
    CHECK(out.str() ==
          "subject  relation   object  date        rule                  evidence\n"
          "Russia   member_of  CICA    2016-04-27  list.includes_states  001:10-37\n"
          "    \"CICA includes \"26\" states.\"\n"
          "Türkiye  chair_of   CICA    2014        chair.assumed         002:0-12\n"
          "    \"Bad � byte\"\n");
  }

  TEST_CASE("throws IoError when the stream fails") {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    CHECK_THROWS_AS(write_triples_json(two_triples(), out), IoError);
    CHECK_THROWS_AS(write_triples_table(two_triples(), out), IoError);
  }
}

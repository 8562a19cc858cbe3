// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// "our country" is the publisher: the state of the document's metadata, or
// the one whose foreign ministry the title or the first sentence names as
// the statement's author.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using Lines = std::vector<std::string>;

Lines facts_of(const std::string& text) { return test::distinct_facts_of(text); }

TEST_SUITE("publisher") {
  TEST_CASE("the ministry the title names as author is 'our country'") {
    CHECK(facts_of("Statement of the Ministry of Foreign Affairs of Georgia on GUAM\n\nOur "
                   "country has been a member of the Council of Europe since 27 April 1999.") ==
          Lines{"GEO member_of CoE"});
    CHECK(facts_of("Press release by the Foreign Ministry of Kazakhstan\n\nOur country joined "
                   "the OSCE in 1992.") == Lines{"KAZ member_of OSCE"});
    CHECK(facts_of("Statement by Georgia's Ministry of Foreign Affairs\n\nOur country joined "
                   "GUAM in 1997.") == Lines{"GEO member_of GUAM"});
  }

  TEST_CASE("the ministry that opens the first sentence") {
    CHECK(facts_of("Statement\n\nThe Ministry of Foreign Affairs of the Arab Republic of Egypt "
                   "welcomes the decision. Our country chaired the Arab League in 2023.") ==
          Lines{"EGY chair_of LAS"});
  }

  TEST_CASE("a ministry the text only mentions is no author") {
    CHECK(facts_of("Statement\n\nThe Minister met the head of the Ministry of Foreign Affairs of "
                   "Russia. Our country joined the OSCE in 1992.") == Lines{});
  }

  TEST_CASE("the metadata's publisher comes first") {
    Document doc = test::document(
        "Statement of the Ministry of Foreign Affairs of Georgia\n\n"
        "Our country joined the OSCE in 1992.");
    doc.source.publisher_country = "KAZ";
    VectorSink sink;
    Diagnostics diagnostics;
    for (const auto& extractor : default_extractors(test::gazetteer())) {
      extractor->extract(doc, sink, diagnostics);
    }
    CHECK(test::facts(sink.triples) == Lines{"KAZ member_of OSCE"});
  }
}

}  // namespace
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// AnalysedSentence::state_list_of(): the lists of states a sentence names,
// the same at every ask, and read from the new units when the
// analysis's sentences are reused for the next document.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document_analysis.hpp"
#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using Keys = std::vector<std::string>;

Keys keys_of(const std::vector<const Mention*>& list) {
  Keys keys;
  for (const Mention* m : list) keys.push_back(m->entity->key);
  return keys;
}

TEST_SUITE("state_lists") {
  TEST_CASE("the last list of a count of states, the same at every ask") {
    Document doc = test::document(
        "Notes\nKenya and Uganda signed the Treaty with Armenia, Belarus and Russia. "
        "Kenya met Uganda.");
    detail::DocumentAnalysis analysis(doc);
    auto sentences = analysis.sentences(test::gazetteer());
    REQUIRE(sentences.size() == 3);
    const detail::AnalysedSentence& lists = sentences[1];
    CHECK(keys_of(lists.state_list_of(2)) == Keys{"KEN", "UGA"});
    CHECK(keys_of(lists.state_list_of(3)) == Keys{"ARM", "BLR", "RUS"});
    CHECK(lists.state_list_of(4).empty());
    CHECK(keys_of(lists.state_list_of(2)) == Keys{"KEN", "UGA"});  // a second reader
    // "Kenya met Uganda": no list word between them.
    CHECK(sentences[2].state_list_of(2).empty());
    CHECK(sentences[0].state_list_of(2).empty());
  }

  TEST_CASE("a reused sentence reads its new units") {
    Document first = test::document("Notes\nKenya and Uganda signed the Treaty.");
    Document second = test::document("Notes\nArmenia and Belarus signed the Treaty.");
    {
      detail::DocumentAnalysis analysis(first);
      auto sentences = analysis.sentences(test::gazetteer());
      REQUIRE(sentences.size() == 2);
      CHECK(keys_of(sentences[1].state_list_of(2)) == Keys{"KEN", "UGA"});
    }
    detail::DocumentAnalysis analysis(second);
    auto sentences = analysis.sentences(test::gazetteer());
    REQUIRE(sentences.size() == 2);
    CHECK(keys_of(sentences[1].state_list_of(2)) == Keys{"ARM", "BLR"});
  }
}

}  // namespace
}  // namespace orgkg

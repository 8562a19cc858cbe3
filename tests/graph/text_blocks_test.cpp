// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/text_blocks.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace orgkg;

TEST_SUITE("text_blocks") {
  TEST_CASE("keeps every text where it wrote it, across blocks and moves") {
    TextBlocks blocks;
    std::vector<std::string> texts;
    std::vector<std::string_view> kept;
    // 3 MB of texts of every length up to 1 KB: several blocks filled.
    for (std::size_t i = 0; i < 6000; ++i) {
      texts.push_back(std::string(i % 1000 + 1, static_cast<char>('a' + i % 26)) +
                      std::to_string(i));
      kept.push_back(blocks.keep(texts.back()));
    }
    // Longer than a block's quarter: a block of its own, the current one kept.
    texts.push_back(std::string(600'000, 'x'));
    kept.push_back(blocks.keep(texts.back()));
    texts.push_back("after the long one");
    kept.push_back(blocks.keep(texts.back()));
    TextBlocks moved = std::move(blocks);
    texts.push_back("into the moved blocks");
    kept.push_back(moved.keep(texts.back()));
    for (std::size_t i = 0; i < texts.size(); ++i) {
      CHECK(kept[i] == texts[i]);
      CHECK(kept[i].data() != texts[i].data());
    }
    CHECK(kept[6001].data() == kept[5999].data() + kept[5999].size());
    CHECK(moved.keep("").empty());
  }
}

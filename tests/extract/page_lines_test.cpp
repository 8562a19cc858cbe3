// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// append_lines() copies lines that follow each other in their text at once:
// whatever lines it is given, views into the text or into another string,
// empty or not, in order or not, it must append what appending each line and
// a '\n' appends.
#include <doctest/doctest.h>

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "page_noise.hpp"

namespace orgkg {
namespace {

std::string joined(const std::vector<std::string_view>& lines) {
  std::string out;
  for (std::string_view line : lines) {
    out.append(line);
    out.push_back('\n');
  }
  return out;
}

TEST_SUITE("page lines") {
  TEST_CASE("appending lines at once appends each line and its newline") {
    std::mt19937 random(7);
    const std::string other = "Title from elsewhere\nand more";
    for (int round = 0; round < 2000; ++round) {
      // A text of short lines, empty ones among them, with or without a
      // final newline.
      std::string text;
      std::size_t count = random() % 12;
      for (std::size_t i = 0; i < count; ++i) {
        text.append(random() % 3 == 0 ? 0 : 1 + random() % 6, static_cast<char>('a' + i));
        if (i + 1 < count || random() % 2 == 0) text.push_back('\n');
      }
      std::vector<std::string_view> lines = detail::split_lines(text);
      // Some of them dropped, blank entries and lines of another string put
      // in, one moved out of order.
      std::vector<std::string_view> chosen;
      for (std::string_view line : lines) {
        switch (random() % 6) {
          case 0:
            break;
          case 1:
            chosen.emplace_back();
            break;
          case 2:
            chosen.push_back(std::string_view(other).substr(0, 1 + random() % 20));
            [[fallthrough]];
          default:
            chosen.push_back(line);
        }
      }
      if (chosen.size() > 2 && random() % 4 == 0) std::swap(chosen.front(), chosen.back());
      CAPTURE(text);
      std::string out = "before\n";
      detail::append_lines(out, text, chosen);
      CHECK(out == "before\n" + joined(chosen));
    }
  }
}

}  // namespace
}  // namespace orgkg

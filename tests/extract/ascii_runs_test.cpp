// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The tokenizer's bulk readers: AsciiRuns (sixteen bytes classified from each
// run's start) must find the run a byte-by-byte reading finds, wherever it
// starts and ends relative to the text's end (and tell a space and a word
// after it where it can), and word_hash_of_bytes() must give word_hash()
// from the bytes in hand.
#include "ascii_runs.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "word_hash.hpp"

namespace orgkg {
namespace {

using detail::AsciiRun;
using detail::AsciiRuns;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
bool is_alnum(char c) { return is_letter(c) || (c >= '0' && c <= '9'); }

// The run from `pos`, read byte by byte.
AsciiRun plain_run_at(std::string_view text, std::size_t pos) {
  AsciiRun run;
  for (std::size_t i = pos; i < text.size() && is_alnum(text[i]); ++i) {
    ++run.length;
    run.upper_first = run.upper_first || (i == pos && is_upper(text[i]));
    run.upper = run.upper || is_upper(text[i]);
    run.digits = run.digits && !is_letter(text[i]);
  }
  std::size_t end = pos + run.length;
  run.word_after_space = end + 1 < text.size() && text[end] == ' ' && is_alnum(text[end + 1]);
  return run;
}

void check_every_position(std::string_view text) {
  AsciiRuns runs(text);
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    CAPTURE(text);
    CAPTURE(pos);
    AsciiRun got = runs.at(pos);
    AsciiRun want = plain_run_at(text, pos);
    CHECK(got.length == want.length);
    CHECK(got.upper == want.upper);
    CHECK(got.upper_first == want.upper_first);
    CHECK(got.digits == want.digits);
    // The bytes come with a run shorter than sixteen that has sixteen bytes
    // of text from its start, and are those bytes.
    CHECK(got.loaded == (want.length < AsciiRuns::kBytes && pos + AsciiRuns::kBytes <= text.size()));
    // A space and a word after the run are told when both are among the
    // sixteen bytes classified, and never told wrongly.
    if (want.length + 2 <= AsciiRuns::kBytes && pos + want.length + 2 <= text.size()) {
      CHECK(got.word_after_space == want.word_after_space);
    } else {
      CHECK((!got.word_after_space || want.word_after_space));
    }
    if (got.loaded) {
      std::uint64_t bytes[2];
      std::memcpy(bytes, text.data() + pos, sizeof bytes);
      CHECK(got.bytes[0] == bytes[0]);
      CHECK(got.bytes[1] == bytes[1]);
    }
  }
}

TEST_SUITE("ascii runs") {
  TEST_CASE("a run is read as byte by byte, wherever it starts and the text ends") {
    // Runs of every length up to 40 (across one and two sixteen-byte reads),
    // upper case and digits at their ends, each in texts cut at every length
    // (shorter than sixteen bytes too) and followed by a space, punctuation,
    // a non-ASCII byte, a NUL, or nothing.
    std::vector<std::string> runs;
    for (std::size_t n = 1; n <= 40; ++n) {
      runs.push_back(std::string(n, 'a'));
      runs.push_back(std::string(n - 1, 'b') + "Q");
      runs.push_back(std::string(n, '7'));
      runs.push_back("Z" + std::string(n - 1, '0'));
    }
    for (const std::string& run : runs) {
      for (std::string_view after : {std::string_view(" x"), std::string_view("."),
                                     std::string_view("\xc3\xa9"), std::string_view("\0z", 2),
                                     std::string_view()}) {
        std::string text = "(" + run + std::string(after) + " end 12 Mid" + run;
        for (std::size_t size = 1; size <= text.size(); ++size) {
          check_every_position(std::string_view(text).substr(0, size));
        }
      }
    }
  }

  TEST_CASE("the letters around 'A'..'Z', 'a'..'z' and '0'..'9' are in no run") {
    std::string text;
    for (int c = 1; c < 0x100; ++c) text += static_cast<char>(c);
    text += std::string(20, ' ');
    check_every_position(text);
  }
}

TEST_SUITE("word hash") {
  TEST_CASE("word_hash_of_bytes is word_hash, whatever follows the word") {
    std::string bytes;
    for (int i = 0; i < 16; ++i) bytes += static_cast<char>(0x41 + 13 * i);  // 'A' up to 0x104
    bytes[5] = static_cast<char>(0xFF);
    bytes[9] = '\0';
    for (std::size_t size = 1; size <= 16; ++size) {
      for (char filler : {'\0', 'z', '\xFF'}) {
        std::string loaded = bytes.substr(0, size) + std::string(16 - size, filler);
        std::uint64_t halves[2];
        std::memcpy(halves, loaded.data(), sizeof halves);
        CAPTURE(size);
        CAPTURE(static_cast<int>(filler));
        CHECK(detail::word_hash_of_bytes(halves[0], halves[1], size) ==
              detail::word_hash(std::string_view(bytes).substr(0, size)));
      }
    }
  }
}

}  // namespace
}  // namespace orgkg

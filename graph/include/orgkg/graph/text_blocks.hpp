// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// TextBlocks: copies of many strings that stay where they are written, in
// large blocks, for keeping millions of short texts (evidence sentences,
// evidence IRIs) as views: a text costs its bytes, not a string and an
// allocation of its own. Nothing is freed before the TextBlocks; moving it
// keeps every view valid. Not thread-safe.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace orgkg {

class TextBlocks {
 public:
  /// A copy of `text`, valid as long as this TextBlocks (or the one it is
  /// moved to).
  std::string_view keep(std::string_view text);

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  ///< the unused end of the last block
  std::size_t left_ = 0;  ///< its size
};

}  // namespace orgkg

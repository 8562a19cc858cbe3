// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/text_blocks.hpp"

#include <cstring>

namespace orgkg {
namespace {
// Texts are kept in blocks of this size; a long one gets a block of its own.
constexpr std::size_t kBlockSize = std::size_t{1} << 20;
}  // namespace

std::string_view TextBlocks::keep(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > left_) {
    if (text.size() > kBlockSize / 4) {  // its own block, the current one kept
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(text.size()));
      std::memcpy(blocks_.back().get(), text.data(), text.size());
      return {blocks_.back().get(), text.size()};
    }
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockSize));
    free_ = blocks_.back().get();
    left_ = kBlockSize;
  }
  char* kept = free_;
  std::memcpy(kept, text.data(), text.size());
  free_ += text.size();
  left_ -= text.size();
  return {kept, text.size()};
}

}  // namespace orgkg

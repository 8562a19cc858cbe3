// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// TokenArena (tokenizer.hpp): the chunks its spellings are stored in.
#include "tokenizer.hpp"

#include <algorithm>
#include <memory>

namespace orgkg::detail {

char* TokenArena::allocate_in_next_chunk(std::size_t size) {
  // The next chunk kept from before clear() that is large enough, else a new
  // one: small for the few spellings of a short text, larger as a
  // document's add up.
  std::size_t next = next_ == nullptr ? 0 : current_ + 1;
  while (next < chunks_.size() && chunks_[next].size < size) ++next;
  if (next == chunks_.size()) {
    constexpr std::size_t kFirstChunk = 1024;
    constexpr std::size_t kLargestChunk = 16 * 1024;
    std::size_t chunk = std::max(size, std::min(kFirstChunk << chunks_.size(), kLargestChunk));
    chunks_.push_back({std::unique_ptr<char[]>(new char[chunk]), chunk});
  }
  current_ = next;
  char* at = chunks_[next].bytes.get();
  next_ = at + size;
  limit_ = at + chunks_[next].size;
  return at;
}

}  // namespace orgkg::detail

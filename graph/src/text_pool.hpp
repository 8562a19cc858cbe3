// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// TextPool: where an EvidenceList's strings live (evidence_list.hpp). Short
// strings that recur (document ids, rule names) are interned, one copy each;
// sentences are copied into large blocks (text_blocks.hpp), never moved or
// freed before the pool: a sentence costs its bytes, not an allocation of
// its own.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "orgkg/graph/text_blocks.hpp"

namespace orgkg::detail {

class TextPool {
 public:
  /// The pool's one copy of `text`; its address never changes.
  const std::string* intern(std::string_view text) {
    auto found = interned_.find(text);
    if (found == interned_.end()) found = interned_.emplace(text).first;
    return &*found;
  }
  /// A copy of `text` that lives as long as the pool.
  std::string_view keep(std::string_view text) { return blocks_.keep(text); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
      return std::hash<std::string_view>{}(text);
    }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> interned_;
  TextBlocks blocks_;
};

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// TokenSink: where tokenize_into() (tokenizer.cpp) writes a sentence's
// tokens, reusing the Token objects an earlier sentence left in the vector.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

#include "tokenizer.hpp"

namespace orgkg::detail {

// The tokens being written: the vector's tokens are reset and reused before
// new ones are added (no allocation while the vector is large enough), and
// those left over are dropped at the end.
class TokenSink {
 public:
  explicit TokenSink(std::vector<Token>& tokens) : tokens_(tokens), reusable_(tokens.size()) {}
  // Drops the tokens left over (erase() at the end, where resize() also
  // tested whether to grow).
  ~TokenSink() {
    tokens_.erase(tokens_.begin() + static_cast<std::ptrdiff_t>(count_), tokens_.end());
  }
  TokenSink(const TokenSink&) = delete;
  TokenSink& operator=(const TokenSink&) = delete;

  [[nodiscard]] std::size_t size() const { return count_; }
  [[nodiscard]] const Token& back() const { return tokens_[count_ - 1]; }
  // The next token, as a reused one left it: the reader sets its every field
  // (resetting it first cost as much as a short word's other stores).
  Token& next() {
    if (count_ == reusable_) grow();
    return tokens_[count_++];
  }
  // Adds tokens to reuse, several at once: a sentence longer than the last
  // one the vector held then asks at every few tokens, not at each (that
  // branch was mispredicted at one token in three past the old size). In
  // one resize(), not one emplace_back() each: a single test of the
  // capacity, the tokens zero-filled together.
  void grow() {
    reusable_ += kGrowth;
    tokens_.resize(reusable_);
  }
  // The reused tokens next() would give before the count reaches
  // `max_tokens`, for a loop that writes them through a pointer of its own
  // and then says how many it wrote (took()): the count and the vector,
  // reread at every token otherwise, stay out of that loop.
  [[nodiscard]] std::span<Token> reusable(std::size_t max_tokens) {
    std::size_t stop = std::min(reusable_, max_tokens);
    return {tokens_.data() + count_, stop - std::min(count_, stop)};
  }
  void took(std::size_t tokens) { count_ += tokens; }

 private:
  static constexpr std::size_t kGrowth = 8;

  std::vector<Token>& tokens_;
  std::size_t reusable_;  // tokens_.size(), kept here: the loop's stores could change it
  std::size_t count_ = 0;
};

}  // namespace orgkg::detail

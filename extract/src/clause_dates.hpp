// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// ClauseDates: find_fact_date() for an extractor that reads a document
// sentence by sentence and asks for the date of each fact it emits. The same
// clause is often asked about several times in a row (once per pair of
// parties of a finding, once per organisation a list is also about), so the
// last answer is kept, and forgotten when the next sentence starts: within a
// sentence the answer depends only on the clause's bounds. The sentence's
// date_words() are found once, at its first question.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "date_screen.hpp"
#include "dates.hpp"
#include "orgkg/graph/date.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

class ClauseDates {
 public:
  /// For a document published on `published` (empty when unknown).
  explicit ClauseDates(const Date& published) : published_(published) {}

  /// Starts a sentence: its tokens (tokenize(sentence)), which must live,
  /// as those of the document's earlier sentences, while the document is
  /// read ("the same year" may take its year from them).
  void start(const std::vector<Token>& tokens) {
    if (tokens_ != nullptr) earlier_.push_back(tokens_);
    tokens_ = &tokens;
    words_.reset();
    asked_ = false;
    same_year_.reset();
  }

  /// find_fact_date(sentence, tokens, begin, end, published) of the current
  /// sentence (which reads only its tokens), "the same year" taking the
  /// last year an earlier sentence named when this one names none.
  [[nodiscard]] std::optional<SentenceDate> find(std::size_t begin, std::size_t end) {
    if (!asked_ || begin != begin_ || end != end_) {
      if (!words_) words_ = date_words(*tokens_);
      date_ = find_fact_date(*tokens_, begin, end, published_, *words_, earlier_year());
      begin_ = begin;
      end_ = end;
      asked_ = true;
    }
    return date_;
  }

 private:
  // The year "the same year" of this sentence may refer to: the last one an
  // earlier sentence named. Looked for only in a sentence that says "the
  // same year" (it has a unit word, "year"), once per sentence.
  std::optional<int> earlier_year() {
    if (!words_->unit) return std::nullopt;
    if (!same_year_) {
      same_year_.emplace();
      if (names_same_year(*tokens_)) {
        for (auto it = earlier_.rbegin(); it != earlier_.rend() && !*same_year_; ++it) {
          *same_year_ = last_year_in(**it);
        }
      }
    }
    return *same_year_;
  }

  Date published_;
  const std::vector<Token>* tokens_ = nullptr;
  std::vector<const std::vector<Token>*> earlier_;  // the document's sentences before
  std::optional<std::optional<int>> same_year_;     // earlier_year(), once asked
  std::optional<DateWords> words_;  // the sentence's, found at its first question
  bool asked_ = false;  // whether date_ answers [begin_, end_) of this sentence
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::optional<SentenceDate> date_;
};

}  // namespace orgkg::detail

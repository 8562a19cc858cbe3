// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// ClauseDates: find_fact_date() for an extractor that reads a document's
// analysed sentences one by one and asks for the date of each fact it emits.
// The same clause is often asked about several times in a row (once per pair
// of parties of a finding, once per organisation a list is also about), so
// the last answer is kept, and forgotten when the next sentence starts:
// within a sentence the answer depends only on the clause's bounds. The
// sentence's date_words() are found once, at its first question. (Kept by
// the analysis for every reader, they saved less than it cost to forget them
// for each sentence: few sentences are asked about by two readers.)
#pragma once

#include <cstddef>
#include <optional>

#include "date_screen.hpp"
#include "dates.hpp"
#include "document_analysis.hpp"
#include "orgkg/graph/date.hpp"

namespace orgkg::detail {

class ClauseDates {
 public:
  /// For no document yet: restart() before the first.
  ClauseDates() = default;
  /// For a document published on `published` (empty when unknown).
  explicit ClauseDates(const Date& published) : published_(published) {}

  /// Starts a new document published on `published` (empty when unknown),
  /// forgetting the sentences of the one before.
  void restart(const Date& published) {
    published_ = published;
    first_ = nullptr;
    sentence_ = nullptr;
  }

  /// Starts the document's next sentence. The sentences started since
  /// restart() (or construction) must be the elements of one array, in
  /// order, `sentence` the one after the last ("the same year" may take its
  /// year from those before): the analysis's sentences
  /// (DocumentAnalysis::sentences()), which live while the document is read.
  void start(const AnalysedSentence& sentence) {
    if (first_ == nullptr) first_ = &sentence;
    sentence_ = &sentence;
    asked_ = false;
    words_.reset();
    same_year_.reset();
  }

  /// The current sentence's date_words(): without a number, a month or a
  /// unit word, find() finds nothing in it.
  [[nodiscard]] const DateWords& words() {
    if (!words_) words_ = date_words(sentence_->tokens);
    return *words_;
  }

  /// find_fact_date(sentence, tokens, begin, end, published) of the current
  /// sentence (which reads only its tokens), "the same year" taking the
  /// last year an earlier sentence named when this one names none.
  [[nodiscard]] std::optional<SentenceDate> find(std::size_t begin, std::size_t end) {
    if (!asked_ || begin != begin_ || end != end_) {
      date_ = find_fact_date(sentence_->tokens, begin, end, published_, words(), earlier_year());
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
    if (!words().unit) return std::nullopt;
    if (!same_year_) {
      same_year_.emplace();
      if (names_same_year(sentence_->tokens)) {
        for (const AnalysedSentence* s = sentence_; s != first_ && !*same_year_;) {
          --s;
          *same_year_ = last_year_in(s->tokens);
        }
      }
    }
    return *same_year_;
  }

  Date published_;
  const AnalysedSentence* first_ = nullptr;      // the document's first sentence
  const AnalysedSentence* sentence_ = nullptr;   // this one, after those before it
  std::optional<std::optional<int>> same_year_;  // earlier_year(), once asked
  std::optional<DateWords> words_;               // the sentence's, once asked
  bool asked_ = false;  // whether date_ answers [begin_, end_) of this sentence
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::optional<SentenceDate> date_;
};

}  // namespace orgkg::detail

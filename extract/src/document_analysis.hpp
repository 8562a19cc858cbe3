// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// DocumentAnalysis: what every default extractor first computes from a
// document — its sentences, the mentions in each (acronyms the document
// defines learned as it goes, topic references resolved) and the sentence as
// units — computed once and shared, so a document is tokenized and matched
// against the gazetteer once rather than once per extractor (and the dates
// of its facts are read from the same tokens). Built lazily on
// first use; not thread-safe (one analysis per document per thread).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "orgkg/extract/document.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/extract/sentence_splitter.hpp"
#include "previous_lists.hpp"

namespace orgkg::detail {

struct AnalysedSentence {
  TextSpan span;  ///< bytes of the sentence in the document
  /// tokenize() of the sentence (offsets in the sentence), valid while the
  /// analysis lives: they point into the document and the analysis's arena.
  std::vector<Token> tokens;
  std::vector<Mention> mentions;  ///< sorted; topic references resolved
  Units units;                    ///< the sentence as units over `mentions`
  /// The units mentioning an organisation and whether one names a city,
  /// noted as the units are made: each reader of the sentence asks.
  SentenceMentions named;
  const Entity* topic = nullptr;  ///< the topic organisation after this sentence
  /// Where the units' patterns can start, made for the first reader that
  /// asks (entry_units.of(units)) and shared by the others.
  LazyEntryUnits entry_units;

  /// The last list of exactly `count` states the sentence names, or empty
  /// (last_state_list()): what a counted anaphor opening the next sentence
  /// ("The two countries ...") stands for.
  [[nodiscard]] std::vector<const Mention*> state_list_of(std::size_t count) const {
    return last_state_list(units, named.states, count);
  }
};

class DocumentAnalysis {
 public:
  /// `document` must outlive the analysis.
  explicit DocumentAnalysis(const Document& document);
  DocumentAnalysis(const DocumentAnalysis&) = delete;
  DocumentAnalysis& operator=(const DocumentAnalysis&) = delete;
  ~DocumentAnalysis();

  /// The document's sentences in order, analysed with `gazetteer` on the
  /// first call (every call must pass the same gazetteer). Entity pointers
  /// stay valid while the analysis and the gazetteer live.
  [[nodiscard]] std::span<const AnalysedSentence> sentences(const Gazetteer& gazetteer) const;
  /// The runs of the document's text over kMaxSentenceBytes without a
  /// sentence end, which no sentence holds (split_sentences()). The text is
  /// split once, for these and for sentences().
  [[nodiscard]] const std::vector<TextSpan>& overlong() const;

 private:
  // Splits the text into spans_ and overlong_, once.
  void split() const;

  const Document& document_;
  mutable std::optional<std::vector<TextSpan>> spans_;
  mutable std::vector<TextSpan> overlong_;
  mutable const Gazetteer* gazetteer_ = nullptr;
  mutable std::unique_ptr<MentionFinder> finder_;  // owns the organisations the text defines
  mutable TokenArena token_arena_;  // the spellings of every sentence's tokens not in the text
  // The document's sentences first, then those of earlier documents the
  // thread analysed, whose memory later documents reuse (document_analysis.cpp).
  mutable std::vector<AnalysedSentence> sentences_;
  mutable std::size_t count_ = 0;  // the document's
};

}  // namespace orgkg::detail

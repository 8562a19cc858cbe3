// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "document_analysis.hpp"

#include <cassert>
#include <string_view>
#include <utility>

#include "topic_tracker.hpp"

namespace orgkg::detail {

DocumentAnalysis::DocumentAnalysis(const Document& document) : document_(document) {}
DocumentAnalysis::~DocumentAnalysis() = default;

const std::vector<AnalysedSentence>& DocumentAnalysis::sentences(
    const Gazetteer& gazetteer) const {
  if (gazetteer_ != nullptr) {
    assert(gazetteer_ == &gazetteer);
    return sentences_;
  }
  gazetteer_ = &gazetteer;
  finder_ = std::make_unique<MentionFinder>(gazetteer);
  TopicTracker topics(document_.text);
  std::string_view text = document_.text;
  std::vector<Token> tokens;  // each sentence's, reused
  for (TextSpan span : split_sentences(text)) {
    AnalysedSentence& sentence = sentences_.emplace_back();
    sentence.span = span;
    std::string_view words = text.substr(span.begin, span.size());
    tokenize_into(tokens, words);
    sentence.mentions = finder_->find(words, span.begin, tokens);
    topics.resolve(span.begin, span.end, sentence.mentions, tokens);
    sentence.units = make_units(tokens, span.begin, sentence.mentions);
    sentence.topic = topics.topic();
  }
  return sentences_;
}

}  // namespace orgkg::detail

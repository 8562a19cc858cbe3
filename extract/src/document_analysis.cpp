// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "document_analysis.hpp"

#include <cassert>
#include <string_view>
#include <utility>

#include "topic_tracker.hpp"

namespace orgkg::detail {

namespace {

// The sentences of the documents this thread analysed before, kept so a new
// document's sentences reuse their token, mention and unit vectors instead of
// allocating them again. At most kPooled sentences are kept.
constexpr std::size_t kPooled = 256;
std::vector<AnalysedSentence>& sentence_pool() {
  thread_local std::vector<AnalysedSentence> pool;
  return pool;
}
TokenArena& spare_arena() {
  thread_local TokenArena arena;
  return arena;
}

}  // namespace

DocumentAnalysis::DocumentAnalysis(const Document& document)
    : document_(document), token_arena_(std::move(spare_arena())) {
  token_arena_.clear();
}

DocumentAnalysis::~DocumentAnalysis() {
  spare_arena() = std::move(token_arena_);
  std::vector<AnalysedSentence>& pool = sentence_pool();
  for (AnalysedSentence& sentence : sentences_) {
    if (pool.size() == kPooled) break;
    pool.push_back(std::move(sentence));
  }
}

const std::vector<AnalysedSentence>& DocumentAnalysis::sentences(const Gazetteer& gazetteer) const {
  if (gazetteer_ != nullptr) {
    assert(gazetteer_ == &gazetteer);
    return sentences_;
  }
  gazetteer_ = &gazetteer;
  finder_ = std::make_unique<MentionFinder>(gazetteer);
  TopicTracker topics(document_.text);
  std::string_view text = document_.text;
  std::vector<TextSpan> spans = split_sentences(text);
  sentences_.reserve(spans.size());
  std::vector<AnalysedSentence>& pool = sentence_pool();
  for (TextSpan span : spans) {
    if (pool.empty()) {
      sentences_.emplace_back();
    } else {
      sentences_.push_back(std::move(pool.back()));
      pool.pop_back();
    }
    AnalysedSentence& sentence = sentences_.back();
    sentence.span = span;
    std::string_view words = text.substr(span.begin, span.size());
    const std::vector<Token>& tokens = sentence.tokens;
    tokenize_into(sentence.tokens, token_arena_, words);
    finder_->find_into(sentence.mentions, words, span.begin, tokens);
    topics.resolve(span.begin, span.end, sentence.mentions, tokens);
    make_units_into(sentence.units, tokens, span.begin, sentence.mentions);
    sentence.topic = topics.topic();
  }
  return sentences_;
}

}  // namespace orgkg::detail

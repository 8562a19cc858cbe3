// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "document_analysis.hpp"

#include <cassert>
#include <string_view>
#include <utility>

#include "topic_tracker.hpp"

namespace orgkg::detail {

namespace {

// The token vectors and the arena of the documents this thread analysed
// before, kept so a new document's sentences reuse their memory instead of
// allocating it again. At most kPooled vectors are kept.
constexpr std::size_t kPooled = 256;
std::vector<std::vector<Token>>& token_pool() {
  thread_local std::vector<std::vector<Token>> pool;
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
  std::vector<std::vector<Token>>& pool = token_pool();
  for (AnalysedSentence& sentence : sentences_) {
    if (pool.size() == kPooled) break;
    pool.push_back(std::move(sentence.tokens));
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
  for (TextSpan span : split_sentences(text)) {
    AnalysedSentence& sentence = sentences_.emplace_back();
    sentence.span = span;
    std::string_view words = text.substr(span.begin, span.size());
    if (std::vector<std::vector<Token>>& pool = token_pool(); !pool.empty()) {
      sentence.tokens = std::move(pool.back());
      pool.pop_back();
    }
    const std::vector<Token>& tokens = sentence.tokens;
    tokenize_into(sentence.tokens, token_arena_, words);
    sentence.mentions = finder_->find(words, span.begin, tokens);
    topics.resolve(span.begin, span.end, sentence.mentions, tokens);
    sentence.units = make_units(tokens, span.begin, sentence.mentions);
    sentence.topic = topics.topic();
  }
  return sentences_;
}

}  // namespace orgkg::detail

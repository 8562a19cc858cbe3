// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "document_analysis.hpp"

#include <cassert>
#include <cstring>
#include <string_view>
#include <utility>

#include "publisher.hpp"
#include "topic_tracker.hpp"

namespace orgkg::detail {

namespace {

// The sentences of the documents this thread analysed before, kept so a new
// document's sentences reuse their token, mention and unit vectors instead of
// allocating them again. The vector changes hands whole, and the sentences
// are reused where they lie: none moves. At most kPooled sentences are kept.
constexpr std::size_t kPooled = 256;
// How many sentences from the start (the date line, the title, the first of
// the body) may name the publishing ministry.
constexpr std::size_t kPublisherSentences = 4;
std::vector<AnalysedSentence>& sentence_pool() {
  thread_local std::vector<AnalysedSentence> pool;
  return pool;
}
TokenArena& spare_arena() {
  thread_local TokenArena arena;
  return arena;
}
// The spans of the thread's last analysis, whose memory the next reuses.
std::vector<TextSpan>& spare_spans() {
  thread_local std::vector<TextSpan> spans;
  return spans;
}

// Whether `words` holds "ountry" ("our country"), looked for from its 'y',
// a rarer letter than the 'o' find("ountry") stops at to compare.
bool may_name_country(std::string_view words) {
  for (std::size_t at = words.find('y', 5); at != std::string_view::npos;
       at = words.find('y', at + 1)) {
    if (std::memcmp(words.data() + at - 5, "ountr", 5) == 0) return true;  // inline: 5 is constant
  }
  return false;
}

}  // namespace

DocumentAnalysis::DocumentAnalysis(const Document& document)
    : document_(document), token_arena_(std::move(spare_arena())) {
  token_arena_.clear();
}

DocumentAnalysis::~DocumentAnalysis() {
  spare_arena() = std::move(token_arena_);
  if (spans_) spare_spans() = std::move(*spans_);
  if (sentences_.size() > kPooled) {
    sentences_.erase(sentences_.begin() + static_cast<std::ptrdiff_t>(kPooled), sentences_.end());
  }
  // The pool is empty unless another analysis of the thread gave its
  // sentences back meanwhile: the larger set stays.
  std::vector<AnalysedSentence>& pool = sentence_pool();
  if (sentences_.size() > pool.size()) pool.swap(sentences_);
}

void DocumentAnalysis::split() const {
  if (spans_) return;
  split_sentences_into(document_.text, spans_.emplace(std::move(spare_spans())), &overlong_);
}

const std::vector<TextSpan>& DocumentAnalysis::overlong() const {
  split();
  return overlong_;
}

std::span<const AnalysedSentence> DocumentAnalysis::sentences(const Gazetteer& gazetteer) const {
  if (gazetteer_ != nullptr) {
    assert(gazetteer_ == &gazetteer);
    return {sentences_.data(), count_};
  }
  gazetteer_ = &gazetteer;
  finder_ = std::make_unique<MentionFinder>(gazetteer);
  TopicTracker topics(document_.text);
  // Who "our country" is: the metadata's state, else the one whose foreign
  // ministry the title or the first sentences name as author.
  const Entity* publisher =
      document_.source.publisher_country.empty()
          ? nullptr
          : gazetteer.find(EntityKind::State, document_.source.publisher_country);
  bool publisher_known = publisher != nullptr;
  const Entity* title_state = nullptr;
  std::string_view text = document_.text;
  split();
  const std::vector<TextSpan>& spans = *spans_;
  // The pooled sentences, reused in place (those after the document's stay
  // there); the pool is left empty.
  sentences_.swap(sentence_pool());
  sentences_.reserve(spans.size());
  std::size_t count = 0;
  // The first '(' not before the sentence, found by one search of the text
  // per '(' rather than one per sentence: a sentence without one defines
  // no acronym (MentionFinder::find_into()).
  std::size_t next_paren = text.find('(');
  for (TextSpan span : spans) {
    if (count == sentences_.size()) sentences_.emplace_back();
    AnalysedSentence& sentence = sentences_[count++];
    sentence.span = span;
    sentence.entry_units = LazyEntryUnits();  // made for the units of an earlier sentence
    std::string_view words = text.substr(span.begin, span.size());
    const std::vector<Token>& tokens = sentence.tokens;
    tokenize_sentence_into(sentence.tokens, token_arena_, words, text.size() - span.end);
    if (next_paren < span.begin) next_paren = text.find('(', span.begin);
    finder_->find_into(sentence.mentions, words, span.begin, tokens, next_paren < span.end);
    if (!publisher_known && count <= kPublisherSentences) {
      publisher = ministry_state(tokens, span.begin, sentence.mentions);
      publisher_known = publisher != nullptr;
    }
    // "Viet Nam marks the 30th anniversary of its membership": with no
    // ministry named, the state the title opens on as its subject.
    if (count == 1 && !publisher_known)
      title_state = title_subject_state(tokens, span.begin, sentence.mentions);
    // "our country" is rare: its bytes are looked for before its tokens.
    const Entity* ours = publisher != nullptr ? publisher : title_state;
    if (ours != nullptr && may_name_country(words)) {
      add_publisher_mentions(*ours, tokens, span.begin, sentence.mentions);
    }
    topics.resolve(span.begin, span.end, sentence.mentions, tokens);
    if (span.end <= kMaxUnitOffset) [[likely]] {
      make_units_into(sentence.units, tokens, span.begin, sentence.mentions, &sentence.named);
    } else {  // a unit could not hold its offsets: no units, so no pattern reads it
      sentence.units.clear();
      sentence.named.read(sentence.units);
    }
    sentence.topic = topics.topic();
  }
  count_ = count;
  return {sentences_.data(), count_};
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The one place that decides which organisation a definite description or a
// subject pronoun stands for. "The Commonwealth brings together A, B", "the
// bloc absorbed Montenegro", "It joined in 1984": each refers to the topic
// organisation, the one most recently named in this or an earlier sentence of
// the paragraph, else the only organisation the document's title names.
//
// Generic heads (organisation, bloc, grouping, forum, association, also after
// "new" or "future": "the new association"; after "this" or "that" too: "this
// organisation") always refer to the topic (in lower case at the start of a
// paragraph that names none yet, the previous paragraph's).
//
// A name-like head ("the Alliance", "the Union", "the Conference", "the
// Community", "the Council", "the Commonwealth", "the Movement", "the Bank")
// refers to the topic only when the topic's name contains that word. Else, for
// the name of a standing body (not "the Summit", "the Group", "the Bank"), it
// is the organisation named last in the document whose name does: "the
// Commonwealth" three paragraphs after the Commonwealth Heads of Government
// Meeting. "The Forum Secretariat" is the topic's secretariat.
//
// "The Kingdom", "the Islamic Republic", "the Sultanate" stand for the state
// named last whose official name has those words.
//
// "It" counts only as a sentence's subject (its first word, or the first after
// a colon or semicolon in a sentence that opens on the topic), not in "it is
// important to". An organisation named only in a person's title ("UN
// Secretary-General António Guterres") does not take an established topic over.
#pragma once

#include <cstddef>
#include <set>
#include <string_view>
#include <vector>

#include "orgkg/extract/mention_finder.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

class TopicTracker {
 public:
  /// `text` is the whole document; it must outlive the tracker.
  explicit TopicTracker(std::string_view text);
  TopicTracker(const TopicTracker&) = delete;
  TopicTracker& operator=(const TopicTracker&) = delete;
  /// Leaves its histories' storage to the thread's next tracker.
  ~TopicTracker();

  /// Adds to `mentions` (the sentence's mentions, sorted, offsets in the
  /// document) a mention of the topic organisation for each reference to it
  /// in the sentence at `begin`..`end` of the document, keeping the order.
  /// Then makes the sentence's first named organisation the topic, unless
  /// it closes a list of states ("India, Pakistan and the ASEAN Secretariat
  /// took their seats"). Call it for every sentence, in order.
  void resolve(std::size_t begin, std::size_t end, std::vector<Mention>& mentions);
  /// The same with the sentence's tokens (tokenize() of `begin`..`end`).
  void resolve(std::size_t begin, std::size_t end, std::vector<Mention>& mentions,
               const std::vector<Token>& tokens);

  /// The current topic organisation, or nullptr. Inline: asked twice a
  /// sentence.
  [[nodiscard]] const Entity* topic() const noexcept {
    if (topic_ != nullptr) return topic_;
    return title_orgs_.size() == 1 ? *title_orgs_.begin() : nullptr;
  }

 private:
  // Whether `topic`'s name contains the head noun `norm` ("the Union").
  bool named_head(std::string_view norm, const Entity& topic);
  // "the Kingdom", "the Islamic Republic", "the Sultanate" after the "the"
  // at token i: a mention of the state named last whose official name has
  // those words. False when no such title follows.
  bool state_title_at(const std::vector<Token>& t, std::size_t i, std::size_t begin,
                      std::vector<Mention>& mentions);
  // Adds the sentence's organisations and states to the histories below
  // (append only: an entity's latest mention is the first found from the end).
  void remember(const std::vector<Mention>& mentions);

  static constexpr std::size_t kUsualHistory = 32;

  std::string_view text_;
  std::size_t title_end_;
  std::size_t last_end_ = 0;
  const Entity* topic_ = nullptr;
  // The topic of the paragraph before, until this paragraph names one.
  const Entity* earlier_topic_ = nullptr;
  std::set<const Entity*> title_orgs_;
  // The organisations and the states the document has named, in order (an
  // entity again each time another came between).
  std::vector<const Entity*> named_orgs_;
  std::vector<const Entity*> named_states_;
  bool titled_state_named_ = false;  // one of them is a Kingdom, a Sultanate, ...
  // The one organisation the sentence before named in this paragraph
  // (nullptr: none or several), which "the group" may stand for.
  const Entity* sentence_org_ = nullptr;
  // The tokens of the name of the topic named_head() was last asked about
  // (entities outlive the tracker, so their names do too).
  const Entity* named_topic_ = nullptr;
  std::vector<Token> topic_name_;  // its spellings in the arena, reused from topic to topic
  TokenArena topic_name_arena_;
};

}  // namespace orgkg::detail

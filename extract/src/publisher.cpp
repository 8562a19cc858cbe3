// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "publisher.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

bool is(const std::vector<Token>& t, std::size_t i, std::initializer_list<std::string_view> words) {
  return i < t.size() && std::find(words.begin(), words.end(), t[i].norm) != words.end();
}

// The state a mention starting at document byte `begin` names, else nullptr.
const Entity* state_at(const std::vector<Mention>& mentions, std::size_t begin) {
  for (const Mention& m : mentions) {
    if (m.begin == begin && m.entity != nullptr && m.entity->kind == EntityKind::State) {
      return m.entity;
    }
  }
  return nullptr;
}

// The mention of a state ending at document byte `end`, else nullptr.
const Mention* state_ending_at(const std::vector<Mention>& mentions, std::size_t end) {
  for (const Mention& m : mentions) {
    if (m.end == end && m.entity != nullptr && m.entity->kind == EntityKind::State) return &m;
  }
  return nullptr;
}

// "Ministry of Foreign Affairs" or "Foreign Ministry" at token i: its
// length, else 0.
std::size_t ministry_at(const std::vector<Token>& t, std::size_t i) {
  if (is(t, i, {"ministry"}) && is(t, i + 1, {"of"}) && is(t, i + 2, {"foreign"}) &&
      is(t, i + 3, {"affairs"})) {
    return 4;
  }
  return is(t, i, {"foreign"}) && is(t, i + 1, {"ministry"}) ? 2 : 0;
}

// Whether the phrase starting at token `first` names the sentence's author:
// it opens the sentence ("The Ministry ... welcomes"), or follows "Statement
// | Comment | Press release ... of | by [the]" at the sentence's start.
bool authors(const std::vector<Token>& t, std::size_t first) {
  std::size_t k = first;
  if (k > 0 && is(t, k - 1, {"the"})) --k;
  if (k == 0) return true;
  if (!is(t, k - 1, {"of", "by", "from"})) return false;
  std::size_t head = k - 1;
  if (head == 0) return false;
  if (is(t, head - 1, {"release"}) && head >= 2 && is(t, head - 2, {"press"})) return head == 2;
  return head == 1 && is(t, 0,
                         {"statement", "comment", "communique", "declaration", "note",
                          "information", "briefing", "message", "commentary", "announcement"});
}

constexpr std::uint64_t kOur = constant_word_hash("our");
constexpr std::uint64_t kMy = constant_word_hash("my");
constexpr std::uint64_t kCountry = constant_word_hash("country");

}  // namespace

const Entity* ministry_state(const std::vector<Token>& tokens, std::size_t base,
                             const std::vector<Mention>& mentions) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t n = ministry_at(tokens, i);
    if (n == 0) continue;
    // "Ministry of Foreign Affairs of [the] STATE", "Foreign Ministry of STATE"
    std::size_t of = i + n;
    if (is(tokens, of, {"of"})) {
      std::size_t s = of + 1 + (is(tokens, of + 1, {"the"}) ? 1 : 0);
      if (s < tokens.size() && authors(tokens, i)) {
        if (const Entity* state = state_at(mentions, base + tokens[s].begin)) return state;
      }
    }
    // "STATE's Ministry of Foreign Affairs", "the DEMONYM Foreign Ministry"
    std::size_t before = i > 0 && is(tokens, i - 1, {"'s"}) ? i - 1 : i;
    if (before == 0) continue;
    const Mention* state = state_ending_at(mentions, base + tokens[before - 1].end);
    if (state == nullptr) continue;
    std::size_t first = before - 1;  // the mention's first token
    while (first > 0 && base + tokens[first].begin > state->begin) --first;
    if (authors(tokens, first)) return state->entity;
  }
  return nullptr;
}

void add_publisher_mentions(const Entity& publisher, const std::vector<Token>& tokens,
                            std::size_t base, std::vector<Mention>& mentions) {
  bool added = false;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    // Every sentence's every token is asked: by hash (a word of under eight
    // letters is its own hash, word_hash.hpp).
    if ((tokens[i].hash != kOur && tokens[i].hash != kMy) || tokens[i + 1].hash != kCountry) {
      continue;
    }
    std::size_t begin = base + tokens[i].begin;
    std::size_t end = base + tokens[i + 1].end;
    bool covered = std::any_of(mentions.begin(), mentions.end(),
                               [&](const Mention& m) { return m.begin < end && begin < m.end; });
    if (covered) continue;
    Mention m;
    m.begin = begin;
    m.end = end;
    m.entity = &publisher;
    m.surface = publisher.label;
    mentions.push_back(std::move(m));
    added = true;
  }
  if (added) {
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }
}

const Entity* title_subject_state(const std::vector<Token>& tokens, std::size_t base,
                                  const std::vector<Mention>& mentions) {
  if (tokens.empty() || mentions.empty()) return nullptr;
  std::size_t first = tokens[0].is("the") && tokens.size() > 1 ? 1 : 0;
  const Mention& m = mentions.front();
  if (m.entity == nullptr || m.entity->kind != EntityKind::State || m.form == NameForm::Demonym ||
      m.begin != base + tokens[first].begin) {
    return nullptr;
  }
  for (const Token& t : tokens) {
    if (t.begin < m.end - base) continue;
    bool verb = t.is_word() && !t.capitalized && !t.is("and") && !t.is("or") && !t.is("'s");
    return verb ? m.entity : nullptr;
  }
  return nullptr;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// How a MentionFinder learns the acronyms a document defines: "Name (ACR)"
// and "ACR (Name)". An unknown name is accepted only when the acronym's
// letters appear, in order, among the initials of the name's words, which
// keeps "Mr Lavrov (FM)" and other parentheses from minting organisations.
#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer_impl.hpp"
#include "mention_finder_impl.hpp"
#include "name_index.hpp"
#include "tokenizer.hpp"

namespace orgkg {
namespace {

using detail::Token;
using Tokens = std::vector<Token>;
using TokenMatch = detail::NameIndex::TokenMatch;

constexpr std::array<std::string_view, 14> kFunctionWords{
    "of", "the", "and", "for", "on", "in", "to", "at", "with", "de", "du", "des", "la", "et"};

bool is_function_word(const Token& token) {
  for (std::string_view word : kFunctionWords) {
    if (token.is(word)) return true;
  }
  return false;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The first word of `tokens[from, to)` from which the acronym's letters are a
// subsequence of the words' initials, starting with the first one; nullopt
// when there is none or fewer than two significant words.
std::optional<std::size_t> initials_start(const Tokens& tokens, std::size_t from, std::size_t to,
                                          std::string_view acronym) {
  std::string letters;
  for (char c : acronym) {
    if (is_letter(c)) letters.push_back(lower(c));
  }
  if (letters.size() < 2) return std::nullopt;
  for (std::size_t start = from; start < to; ++start) {
    if (is_function_word(tokens[start]) || lower(tokens[start].norm[0]) != letters[0]) continue;
    std::size_t next = 0;
    std::size_t words = 0;
    for (std::size_t i = start; i < to; ++i) {
      if (is_function_word(tokens[i])) continue;
      ++words;
      if (next < letters.size() && lower(tokens[i].norm[0]) == letters[next]) ++next;
    }
    if (next == letters.size() && words >= 2) return start;
  }
  return std::nullopt;
}

// The run of name words ending at token `last`: capitalized words, words
// joined by a hyphen and function words, back to punctuation or a plain word.
std::size_t name_run_start(const Tokens& tokens, std::size_t last) {
  std::size_t start = last + 1;
  while (start > 0) {
    const Token& token = tokens[start - 1];
    bool name_word =
        token.is_word() && (token.capitalized || token.hyphen_before || is_function_word(token));
    if (!name_word) break;
    --start;
  }
  return start;
}

}  // namespace

// Makes the text's acronym token tokens[at] a name of `entity`, unless it
// already names it.
void MentionFinder::Impl::define(const Tokens& tokens, std::size_t at, const Entity* entity) {
  const Token& acronym = tokens[at];
  bool as_written = written_as_token(acronym);
  // The first pass's longest name at an acronym written as its token is
  // the one the lookups below would find when it ends there (of either
  // index, the document's on a tie, as they ask), and none when there is none.
  if (const TokenMatch* m = as_written && !acronym.is("the") ? seen_at(at) : nullptr;
      m != nullptr && (m->entity == nullptr || m->last == at)) {
    if (m->entity != entity) add_local(acronym.exact, entity, NameForm::Acronym);
    return;
  }
  const Tokens& name = acronym_as_name(acronym, as_written);
  std::optional<NameMatch> known = local.lookup_tokens(name);
  if (!known) known = known_names->lookup_tokens(name);
  if (known && known->entity == entity) return;
  add_local(acronym.exact, entity, NameForm::Acronym);
}

// Whether tokenize(acronym.exact) is `acronym` again: an acronym written
// as plain ASCII letters and digits (nearly all: "NATO", "G20"), not a
// spelling the tokenizer changed ("U.S.", "d’X").
bool MentionFinder::Impl::written_as_token(const Token& acronym) {
  return acronym.exact.size() == acronym.end - acronym.begin &&
         std::all_of(acronym.exact.begin(), acronym.exact.end(),
                     [](char c) { return is_letter(c) || (c >= '0' && c <= '9'); });
}

// tokenize(acronym.exact), the acronym as a name of its own, tokenized once
// for both indexes; copied, not tokenized, when it is `written_as_token`.
const Tokens& MentionFinder::Impl::acronym_as_name(const Token& acronym, bool written_as_token) {
  if (written_as_token) {
    thread_local Tokens one(1);
    one[0] = acronym;
    return one;
  }
  thread_local detail::TokenScratch scratch;
  return scratch.tokenize(acronym.exact);
}

void MentionFinder::Impl::create(std::string_view name, std::string_view acronym) {
  if (local.lookup(acronym) || local.lookup(name)) return;
  Entity entity;
  entity.kind = EntityKind::Organisation;
  bool taken = gazetteer->find(EntityKind::Organisation, acronym) != nullptr;
  entity.key = std::string(taken ? name : acronym);
  entity.label = entity.acronym = std::string(acronym);
  entity.name = std::string(name);
  const Entity& stored = *learned.emplace_back(std::make_unique<const Entity>(std::move(entity)));
  add_local(name, &stored, NameForm::Name);
  add_local(acronym, &stored, NameForm::Acronym);
}

// "Full Name (ACR)".
void MentionFinder::Impl::learn_name_acronym(std::string_view text, const Tokens& tokens,
                                             std::size_t open) {
  const Token& acronym = tokens[open + 1];
  std::size_t last = open - 1;
  std::size_t start = name_run_start(tokens, last);
  // match_again() at each word of the run, the first pass's matches read
  // from one search for the run's start on, as the words go up (no name
  // is learned before the loop returns), not searched for at each word.
  auto before = [](const SeenMatch& s, std::size_t at) { return s.at < at; };
  auto next_seen =
      seen_valid ? std::lower_bound(seen.begin(), seen.end(), start, before) : seen.end();
  for (std::size_t j = start; j <= last; ++j) {
    TokenMatch m;
    if (tokens[j].is_word()) {
      while (next_seen != seen.end() && next_seen->at < j) ++next_seen;
      m = next_seen != seen.end() && next_seen->at == j ? next_seen->match : match(tokens, j);
    }
    if (m.entity != nullptr && m.last == last) {
      define(tokens, open + 1, m.entity);
      return;
    }
  }
  if (std::optional<std::size_t> first = initials_start(tokens, start, open, acronym.exact)) {
    std::string_view name =
        text.substr(tokens[*first].begin, tokens[last].end - tokens[*first].begin);
    create(name, acronym.exact);
  }
}

// "ACR (Full Name)".
void MentionFinder::Impl::learn_acronym_name(std::string_view text, const Tokens& tokens,
                                             std::size_t open) {
  std::size_t close = open + 1;
  while (close < tokens.size() && !tokens[close].is(")") && close < open + 16) ++close;
  if (close >= tokens.size() || !tokens[close].is(")") || close < open + 3) return;
  const Token& acronym = tokens[open - 1];
  std::size_t first = open + 1;
  std::size_t last = close - 1;
  TokenMatch m = match_again(tokens, first);
  if (m.entity != nullptr && m.last == last) {
    define(tokens, open - 1, m.entity);
    return;
  }
  if (name_run_start(tokens, last) == first &&
      initials_start(tokens, first, close, acronym.exact) == first) {
    create(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin), acronym.exact);
  }
}
void MentionFinder::learn(std::string_view text) {
  detail::TokenList tokens = detail::tokenize(text);
  impl_->learn(text, tokens);
}

void MentionFinder::Impl::learn(std::string_view text, const Tokens& tokens) {
  // A definition needs a "(" token, which only a '(' byte makes, the token
  // starting at it: most sentences have none, and a byte search is cheaper
  // than a look at each token. The token at each '(' is found by its offset
  // (the tokens are in text order), in the order of the tokens.
  for (std::size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at + 1)) {
    auto starts_before = [](const Token& token, std::size_t pos) { return token.begin < pos; };
    auto k = static_cast<std::size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), at, starts_before) - tokens.begin());
    if (k < 1 || k + 1 >= tokens.size() || !tokens[k].is("(")) continue;
    bool acronym_inside =
        detail::is_acronym_like(tokens[k + 1]) && k + 2 < tokens.size() && tokens[k + 2].is(")");
    if (acronym_inside && tokens[k - 1].is_word()) {
      learn_name_acronym(text, tokens, k);
    } else if (detail::is_acronym_like(tokens[k - 1])) {
      learn_acronym_name(text, tokens, k);
    }
  }
}

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// MentionFinder's state, shared by its two halves: finding the names of a
// text (mention_finder.cpp) and learning the acronyms a document defines
// (acronym_learning.cpp). Private to extract/.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "name_index.hpp"
#include "orgkg/extract/mention_finder.hpp"
#include "tokenizer.hpp"

namespace orgkg {

// The finder's indexes and what it learned; the first pass's matches.
struct MentionFinder::Impl {
  using Token = detail::Token;
  using Tokens = std::vector<Token>;
  using TokenMatch = detail::NameIndex::TokenMatch;

  const Gazetteer* gazetteer;
  const detail::NameIndex* known_names;  // the gazetteer's, asked at every word
  // The organisations it created, in order; each entity on its own, so the
  // pointers to it stay valid (a deque would allocate in every finder, and
  // few documents create one).
  std::vector<std::unique_ptr<const Entity>> learned;
  detail::NameIndex local;

  // Whether a name of either index may start at a word, capitalized or not:
  // most words (not capitalized) are passed over on this test alone.
  bool may_start_word(bool capitalized) const {
    return known_names->may_start_word(capitalized) || local.may_start_word(capitalized);
  }

  // The longest name at token i of either index (the document's on a tie),
  // with its last token: no entity when there is none.
  TokenMatch match(const Tokens& tokens, std::size_t i) const {
    TokenMatch known = known_names->match_token_span(tokens, i);
    if (local.empty()) return known;  // as in most documents, which define no name
    TokenMatch mine = local.match_token_span(tokens, i);
    if (known.entity == nullptr) return mine;
    if (mine.entity == nullptr) return known;
    return mine.last >= known.last ? mine : known;
  }

  // The matches the first pass over the text being read found (find_into()),
  // one for each token it asked about, in token order. Learning asks about
  // the same tokens again, and until it changes a name of `local` they stand:
  // `seen_valid` says so.
  struct SeenMatch {
    std::size_t at;
    TokenMatch match;
  };
  std::vector<SeenMatch> seen;
  // The states of finders the thread destroyed (at most kSpares), emptied,
  // which its next finders take over with the storage of `seen`: a finder
  // lives for one document, and would allocate its state and grow `seen`
  // 1, 2, 4, ... in every document. A document's analysis and one of its
  // extractors each keep a finder at once.
  static std::vector<std::unique_ptr<Impl>>& spares();
  static constexpr std::size_t kSpares = 4;
  bool seen_valid = false;
  bool local_changed = false;  // since the first pass

  // The first pass's match at token i, or nullptr when it asked none (or
  // learning has changed the names since).
  const TokenMatch* seen_at(std::size_t i) const {
    if (!seen_valid) return nullptr;
    auto before = [](const SeenMatch& s, std::size_t at) { return s.at < at; };
    auto it = std::lower_bound(seen.begin(), seen.end(), i, before);
    return it != seen.end() && it->at == i ? &it->match : nullptr;
  }
  // match() for learning, from the first pass where it can.
  TokenMatch match_again(const Tokens& tokens, std::size_t i) const {
    const TokenMatch* m = seen_at(i);
    return m != nullptr ? *m : match(tokens, i);
  }

  void add_local(std::string_view name, const Entity* entity, NameForm form) {
    if (local.add(name, entity, form)) {  // else the names are as they were
      seen_valid = false;
      local_changed = true;
    }
  }

  // Makes the text's acronym token tokens[at] a name of `entity`, unless it
  // already names it.
  void define(const Tokens& tokens, std::size_t at, const Entity* entity);
  // Whether tokenize(acronym.exact) is `acronym` again: an acronym written
  // as plain ASCII letters and digits (nearly all: "NATO", "G20"), not a
  // spelling the tokenizer changed ("U.S.", "d’X").
  static bool written_as_token(const Token& acronym);
  // tokenize(acronym.exact), the acronym as a name of its own, tokenized once
  // for both indexes; copied, not tokenized, when it is `written_as_token`.
  static const Tokens& acronym_as_name(const Token& acronym, bool written_as_token);
  // Creates an organisation for an unknown "name (acronym)", named both ways.
  void create(std::string_view name, std::string_view acronym);

  // The mentions of `text` into `mentions` (MentionFinder::find_into()),
  // each match it asks for kept in `seen` when `kKeepSeen`. A template
  // parameter, not an argument: the compiler kept the test in the loop, at
  // every word asked about (0.4 M instructions on the 2 MB corpus).
  template <bool kKeepSeen>
  void find_names(std::vector<Mention>& mentions, std::string_view text, std::size_t base,
                  const Tokens& tokens);
  // find_names() when `local` is empty (kKnownOnly) or not.
  template <bool kKeepSeen, bool kKnownOnly>
  void find_names_in(std::vector<Mention>& mentions, std::string_view text, std::size_t base,
                     const Tokens& tokens);
  void learn(std::string_view text, const Tokens& tokens);
  void learn_name_acronym(std::string_view text, const Tokens& tokens, std::size_t open);
  void learn_acronym_name(std::string_view text, const Tokens& tokens, std::size_t open);
};

}  // namespace orgkg

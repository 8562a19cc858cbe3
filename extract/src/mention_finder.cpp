// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Two indexes are consulted at each word: the gazetteer's and a small one of
// names this document defined. Definitions are "Name (ACR)" and "ACR (Name)";
// an unknown name is accepted only when the acronym's letters appear, in
// order, among the initials of the name's words, which keeps "Mr Lavrov (FM)"
// and other parentheses from minting organisations.
#include "orgkg/extract/mention_finder.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "gazetteer_impl.hpp"
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

// Sub-body words that stand for their organisation.
bool is_secretariat(const Token& token) {
  return token.is("secretariat") || token.is("secretariats");
}

}  // namespace

struct MentionFinder::Impl {
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
  void define(const Tokens& tokens, std::size_t at, const Entity* entity) {
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
  static bool written_as_token(const Token& acronym) {
    return acronym.exact.size() == acronym.end - acronym.begin &&
           std::all_of(acronym.exact.begin(), acronym.exact.end(),
                       [](char c) { return is_letter(c) || (c >= '0' && c <= '9'); });
  }

  // tokenize(acronym.exact), the acronym as a name of its own, tokenized once
  // for both indexes; copied, not tokenized, when it is `written_as_token`.
  static const Tokens& acronym_as_name(const Token& acronym, bool written_as_token) {
    if (written_as_token) {
      thread_local Tokens one(1);
      one[0] = acronym;
      return one;
    }
    thread_local detail::TokenScratch scratch;
    return scratch.tokenize(acronym.exact);
  }

  void create(std::string_view name, std::string_view acronym) {
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

  // The mentions of `text` into `mentions` (MentionFinder::find_into()),
  // each match it asks for kept in `seen` when `keep_seen`.
  void find_names(std::vector<Mention>& mentions, std::string_view text, std::size_t base,
                  const Tokens& tokens, bool keep_seen);
  void learn(std::string_view text, const Tokens& tokens);
  void learn_name_acronym(std::string_view text, const Tokens& tokens, std::size_t open);
  void learn_acronym_name(std::string_view text, const Tokens& tokens, std::size_t open);
};

// "Full Name (ACR)".
void MentionFinder::Impl::learn_name_acronym(std::string_view text, const Tokens& tokens,
                                             std::size_t open) {
  const Token& acronym = tokens[open + 1];
  std::size_t last = open - 1;
  std::size_t start = name_run_start(tokens, last);
  for (std::size_t j = start; j <= last; ++j) {
    TokenMatch m = tokens[j].is_word() ? match_again(tokens, j) : TokenMatch{};
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

MentionFinder::MentionFinder(const Gazetteer& gazetteer) : impl_(std::make_unique<Impl>()) {
  impl_->gazetteer = &gazetteer;
  impl_->known_names = &gazetteer_names(gazetteer);
}
MentionFinder::MentionFinder(MentionFinder&&) noexcept = default;
MentionFinder& MentionFinder::operator=(MentionFinder&&) noexcept = default;
MentionFinder::~MentionFinder() = default;

void MentionFinder::learn(std::string_view text) {
  detail::TokenList tokens = detail::tokenize(text);
  impl_->learn(text, tokens);
}

void MentionFinder::Impl::learn(std::string_view text, const Tokens& tokens) {
  // A definition needs a "(" token, which only a '(' byte makes, the token
  // starting at it: most sentences have none, and a byte search is cheaper
  // than a look at each token. The token at each '(' is found by its offset
  // (the tokens are in text order), in the order of the tokens.
  for (std::size_t at = text.find('('); at != std::string_view::npos;
       at = text.find('(', at + 1)) {
    auto starts_before = [](const Token& token, std::size_t pos) { return token.begin < pos; };
    auto k = static_cast<std::size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), at, starts_before) - tokens.begin());
    if (k < 1 || k + 1 >= tokens.size() || !tokens[k].is("(")) continue;
    bool acronym_inside = detail::is_acronym_like(tokens[k + 1]) && k + 2 < tokens.size() &&
                          tokens[k + 2].is(")");
    if (acronym_inside && tokens[k - 1].is_word()) {
      learn_name_acronym(text, tokens, k);
    } else if (detail::is_acronym_like(tokens[k - 1])) {
      learn_acronym_name(text, tokens, k);
    }
  }
}

namespace {

// The head of a state's formal title: "Republic" in "the Republic of Niger".
bool is_state_title(std::string_view word) {
  for (std::string_view title : {"republic", "kingdom", "sultanate", "principality", "emirate",
                                 "federation", "duchy", "commonwealth", "state"}) {
    if (word == title) return true;
  }
  return false;
}

}  // namespace

std::vector<Mention> MentionFinder::find(std::string_view text, std::size_t base) {
  // Tokenized into storage the thread reuses: a TokenList's own vector and
  // arena cost more than finding the names of a title.
  thread_local detail::TokenScratch scratch;
  return find(text, base, scratch.tokenize(text));
}

// Mentions in a sentence that names anything, as a rule at most.
constexpr std::size_t kUsualMentions = 8;

std::vector<Mention> MentionFinder::find(std::string_view text, std::size_t base,
                                         const Tokens& tokens) {
  std::vector<Mention> mentions;
  find_into(mentions, text, base, tokens);
  return mentions;
}

void MentionFinder::find_into(std::vector<Mention>& mentions, std::string_view text,
                              std::size_t base, const Tokens& tokens) {
  Impl& impl = *impl_;
  // The definitions are learned before the names are found, as if: a first
  // pass finds them, and learning asks it about the names that define
  // acronyms; only when learning changed a name is the text read again.
  // Most sentences cannot define (no '(', Impl::learn()): they are read once.
  if (text.find('(') == std::string_view::npos) {
    impl.find_names(mentions, text, base, tokens, false);
    return;
  }
  impl.seen.clear();
  impl.find_names(mentions, text, base, tokens, true);
  impl.seen_valid = true;
  impl.local_changed = false;
  impl.learn(text, tokens);
  impl.seen_valid = false;
  if (impl.local_changed) impl.find_names(mentions, text, base, tokens, false);
}

void MentionFinder::Impl::find_names(std::vector<Mention>& mentions, std::string_view text,
                                     std::size_t base, const Tokens& tokens, bool keep_seen) {
  // may_start_word() for the whole sentence (no name is learned while it is
  // read), so most words are passed over on two flags.
  const bool at_capitalized = may_start_word(true);
  const bool at_lowercase = may_start_word(false);
  std::size_t found = 0;  // the mentions of `text`: those before are replaced, those after dropped
  // The tokens' place and count read once: the vector's would be read again
  // after every store into `mentions`.
  const Token* const words = tokens.data();
  const std::size_t count = tokens.size();
  std::size_t i = 0;
  while (i < count) {
    // Unless an acronym may start in lower case, a run of words that are not
    // capitalized is passed over on one flag each.
    if (!at_lowercase) {
      while (i < count && !words[i].capitalized) ++i;
      if (i == count) break;
    }
    const Token& token = words[i];
    TokenMatch m;
    if (token.is_word() && (token.capitalized ? at_capitalized : at_lowercase)) {
      m = match(tokens, i);
      if (keep_seen) seen.push_back({i, m});
    }
    if (m.entity == nullptr) {
      ++i;
      continue;
    }
    std::size_t last = m.last;
    std::size_t begin = token.begin;
    if (m.entity->kind == EntityKind::Organisation) {
      // "the CICA Secretariat", "the Secretariat of the SCO": the organisation.
      if (last + 1 < count && is_secretariat(tokens[last + 1])) {
        ++last;
        m.form = NameForm::SubBody;
      }
      std::size_t k = i >= 1 && tokens[i - 1].is("the") ? i - 1 : i;
      if (k >= 2 && tokens[k - 1].is("of") && is_secretariat(tokens[k - 2]) &&
          (found == 0 || mentions[found - 1].end <= base + tokens[k - 2].begin)) {
        begin = tokens[k - 2].begin;
        m.form = NameForm::SubBody;
      }
    }
    if (m.entity->kind == EntityKind::State) {
      // "the Republic of Niger", "the Bolivarian Republic of Venezuela": a
      // state title before a name the gazetteer knows stands for the state.
      std::size_t k = i;
      if (k >= 2 && tokens[k - 1].is("of") && tokens[k - 2].capitalized &&
          is_state_title(tokens[k - 2].norm)) {
        k -= 2;
        for (int n = 0; n < 3 && k >= 1; ++n) {
          // "the People's Republic of China": a possessive inside the title
          if (k >= 2 && tokens[k - 1].is("'s") && tokens[k - 2].capitalized) {
            k -= 2;
            continue;
          }
          if (!tokens[k - 1].capitalized || !tokens[k - 1].is_word() ||
              tokens[k - 1].is("the")) {
            break;
          }
          --k;
        }
        if (found == 0 || mentions[found - 1].end <= base + tokens[k].begin) {
          begin = tokens[k].begin;
        }
      }
    }
    if (found == mentions.size()) {
      // Room for a sentence's usual handful at once, not grown 1, 2, 4, 8:
      // growing was the commonest allocation of the analysis.
      if (mentions.capacity() == 0) mentions.reserve(kUsualMentions);
      mentions.emplace_back();  // in place, not a temporary moved in
    }
    std::size_t end = tokens[last].end;
    Mention& mention = mentions[found++];
    mention.begin = base + begin;
    mention.end = base + end;
    mention.entity = m.entity;
    mention.form = m.form;
    mention.surface.assign(text.substr(begin, end - begin));
    i = last + 1;
  }
  mentions.resize(found);
}

std::vector<const Entity*> MentionFinder::learned_entities() const {
  std::vector<const Entity*> entities;
  entities.reserve(impl_->learned.size());
  for (const auto& entity : impl_->learned) entities.push_back(entity.get());
  return entities;
}

}  // namespace orgkg

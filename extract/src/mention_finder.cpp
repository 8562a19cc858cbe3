// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Two indexes are consulted at each word: the gazetteer's and a small one of
// names this document defined (acronym_learning.cpp learns them).
#include "orgkg/extract/mention_finder.hpp"

#include <memory>
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

// Sub-body words that stand for their organisation.
bool is_secretariat(const Token& token) {
  return token.is("secretariat") || token.is("secretariats");
}

}  // namespace

std::vector<std::unique_ptr<MentionFinder::Impl>>& MentionFinder::Impl::spares() {
  thread_local std::vector<std::unique_ptr<Impl>> spares;
  return spares;
}

MentionFinder::MentionFinder(const Gazetteer& gazetteer) {
  std::vector<std::unique_ptr<Impl>>& spares = Impl::spares();
  if (spares.empty()) {
    impl_ = std::make_unique<Impl>();
  } else {
    impl_ = std::move(spares.back());
    spares.pop_back();
  }
  impl_->gazetteer = &gazetteer;
  impl_->known_names = &gazetteer_names(gazetteer);
}
MentionFinder::MentionFinder(MentionFinder&&) noexcept = default;
MentionFinder& MentionFinder::operator=(MentionFinder&&) noexcept = default;
MentionFinder::~MentionFinder() {
  if (impl_ == nullptr) return;  // moved from
  std::vector<std::unique_ptr<Impl>>& spares = Impl::spares();
  if (spares.size() == Impl::kSpares) return;  // freed with impl_
  // Emptied of what this finder learned, as a new one is; the storage of
  // the first pass's matches stays.
  impl_->learned.clear();
  impl_->local = detail::NameIndex();
  impl_->seen_valid = false;
  impl_->local_changed = false;
  spares.push_back(std::move(impl_));
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
                              std::size_t base, const Tokens& tokens, bool may_define) {
  Impl& impl = *impl_;
  // The definitions are learned before the names are found, as if: a first
  // pass finds them, and learning asks it about the names that define
  // acronyms; only when learning changed a name is the text read again.
  // Most sentences cannot define (no '(', Impl::learn()): they are read once.
  if (!may_define || text.find('(') == std::string_view::npos) {
    impl.find_names<false>(mentions, text, base, tokens);
    return;
  }
  impl.seen.clear();
  impl.find_names<true>(mentions, text, base, tokens);
  impl.seen_valid = true;
  impl.local_changed = false;
  impl.learn(text, tokens);
  impl.seen_valid = false;
  if (impl.local_changed) impl.find_names<false>(mentions, text, base, tokens);
}

template <bool kKeepSeen>
void MentionFinder::Impl::find_names(std::vector<Mention>& mentions, std::string_view text,
                                     std::size_t base, const Tokens& tokens) {
  // As in most documents, which define no name, the gazetteer's index alone
  // is asked, and (as in most gazetteers) no name it holds starts in lower
  // case: a loop of its own, where the other index's questions and the
  // lower-case words take no registers.
  if (local.empty() && !known_names->may_start_word(false)) {
    find_names_in<kKeepSeen, true>(mentions, text, base, tokens);
  } else {
    find_names_in<kKeepSeen, false>(mentions, text, base, tokens);
  }
}

template <bool kKeepSeen, bool kKnownOnly>
void MentionFinder::Impl::find_names_in(std::vector<Mention>& mentions, std::string_view text,
                                        std::size_t base, const Tokens& tokens) {
  // may_start_word() for the whole sentence (no name is learned while it is
  // read), so most words are passed over on two flags (one when kKnownOnly:
  // none starts in lower case).
  const bool at_capitalized = may_start_word(true);
  const bool at_lowercase = kKnownOnly ? false : may_start_word(false);
  if (kKnownOnly && !at_capitalized) {  // an empty index: no name starts anywhere
    mentions.clear();
    return;
  }
  std::size_t found = 0;  // the mentions of `text`: those before are replaced, those after dropped
  // The tokens' place and count read once: the vector's would be read again
  // after every store into `mentions`.
  // The walk is by pointer, the index worked out only at a word asked about:
  // by index, each step shifted it to address the token.
  const Token* const words = tokens.data();
  const std::size_t count = tokens.size();
  const Token* const past = words + count;
  const Token* word = words;
  while (word != past) {
    // Unless an acronym may start in lower case, a run of words that are not
    // capitalized is passed over on one flag each.
    if (!at_lowercase) {
      while (word != past && !word->capitalized) ++word;
      if (word == past) break;
    }
    const Token& token = *word;
    const auto i = static_cast<std::size_t>(word - words);
    TokenMatch m;
    if (token.is_word() && (kKnownOnly || (token.capitalized ? at_capitalized : at_lowercase))) {
      m = kKnownOnly ? known_names->match_token_span_at_start(tokens, i, word, past)
                     : match(tokens, i);
      if constexpr (kKeepSeen) seen.push_back({i, m});
    }
    if (m.entity == nullptr) {
      ++word;
      continue;
    }
    std::size_t last = m.last;
    std::size_t begin = token.begin;
    // "the Belarusian side|delegation": the state itself, not an adjective.
    // "our Kyrgyz friends|allies|partners": the state too, as Russian
    // statements name a chair ("our Armenian allies, who presided over").
    if (m.form == NameForm::Demonym && m.entity->kind == EntityKind::State && last + 1 < count &&
        (tokens[last + 1].is("side") || tokens[last + 1].is("delegation") ||
         (i >= 1 && tokens[i - 1].is("our") &&
          (tokens[last + 1].is("friends") || tokens[last + 1].is("allies") ||
           tokens[last + 1].is("partners") || tokens[last + 1].is("colleagues"))))) {
      ++last;
      m.form = NameForm::Name;
    }
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
          if (!tokens[k - 1].capitalized || !tokens[k - 1].is_word() || tokens[k - 1].is("the")) {
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
    word = words + last + 1;
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

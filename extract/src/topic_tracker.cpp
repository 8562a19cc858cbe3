// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "topic_tracker.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "tokenizer.hpp"
#include "topic_subject.hpp"
#include "topic_words.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

using namespace topic_words;

bool covered(const std::vector<Mention>& mentions, std::size_t begin, std::size_t end) {
  for (const Mention& m : mentions) {
    if (m.begin < end && begin < m.end) return true;
  }
  return false;
}

Mention reference(const Entity* topic, std::size_t begin, std::size_t end) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.entity = topic;
  m.surface = topic->label.empty() ? topic->name : topic->label;
  return m;
}

// The storage of the histories of the tracker the thread destroyed last,
// which its next tracker takes over: a tracker lives for one document, and
// would allocate its own in every document.
struct SpareHistories {
  std::vector<const Entity*> orgs;
  std::vector<const Entity*> states;
  std::vector<Token> topic_name;
};
SpareHistories& spare_histories() {
  thread_local SpareHistories spare;
  return spare;
}

}  // namespace

TopicTracker::TopicTracker(std::string_view text) : text_(text), title_end_(text.find('\n')) {
  SpareHistories& spare = spare_histories();
  named_orgs_.swap(spare.orgs);
  named_states_.swap(spare.states);
  topic_name_.swap(spare.topic_name);
  named_orgs_.clear();
  named_states_.clear();
  // Room for a document's usual histories at once, not grown 1, 2, 4, ...
  named_orgs_.reserve(kUsualHistory);
  named_states_.reserve(kUsualHistory);
}

TopicTracker::~TopicTracker() {
  SpareHistories& spare = spare_histories();
  spare.orgs.swap(named_orgs_);
  spare.states.swap(named_states_);
  spare.topic_name.swap(topic_name_);
}

bool TopicTracker::named_head(std::string_view norm, const Entity& topic) {
  // Most names lack the word: their bytes say so before their tokens would.
  if (!may_contain_word(topic.name.empty() ? topic.label : topic.name, norm)) return false;
  if (&topic != named_topic_) {  // a topic is asked about sentence after sentence
    named_topic_ = &topic;
    topic_name_arena_.clear();
    tokenize_into(topic_name_, topic_name_arena_, topic.name.empty() ? topic.label : topic.name);
  }
  for (const Token& t : topic_name_) {
    if (t.norm == norm) return true;
  }
  return false;
}

void TopicTracker::resolve(std::size_t begin, std::size_t end, std::vector<Mention>& mentions) {
  TokenList tokens = tokenize(text_.substr(begin, end - begin));
  resolve(begin, end, mentions, tokens);
}

void TopicTracker::resolve(std::size_t begin, std::size_t end, std::vector<Mention>& mentions,
                           const std::vector<Token>& t) {
  std::string_view gap = text_.substr(last_end_, begin - last_end_);
  if (std::count(gap.begin(), gap.end(), '\n') >= 2) {
    sentence_org_ = nullptr;
    if (topic_ != nullptr) {
      earlier_topic_ = topic_;  // a new paragraph
      topic_ = nullptr;
    }
  }
  last_end_ = end;
  if (title_end_ == std::string_view::npos || end <= title_end_) {
    for (const Mention& m : mentions) {
      if (m.entity != nullptr && m.entity->kind == EntityKind::Organisation) {
        title_orgs_.insert(m.entity);
      }
    }
    remember(mentions);
    return;
  }
  const Entity* topic = this->topic();
  // A person's title does not move an established topic elsewhere.
  const bool skip_titles = topic != nullptr || earlier_topic_ != nullptr;
  const Entity* named = first_org(mentions, text_, skip_titles);
  // "the grouping" opening a paragraph that has named no organisation yet:
  // the one the paragraph before was about, not the title's.
  const Entity* generic_topic =
      topic_ == nullptr && earlier_topic_ != nullptr ? earlier_topic_ : topic;
  // "the Kingdom" before any organisation was named: the loop below reads
  // it with the references to the topic.
  if (generic_topic == nullptr && titled_state_named_) {
    std::size_t found = mentions.size();
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
      if (is_the(t[i]) && may_be_title(t[i + 1])) state_title_at(t, i, begin, mentions);
    }
    if (mentions.size() != found) {
      std::sort(mentions.begin(), mentions.end(),
                [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
      named = first_org(mentions, text_, skip_titles);
    }
  }
  if (generic_topic != nullptr) {
    // References are appended to `mentions` and sorted in afterwards. They
    // never overlap one another (each covers "it" or "the <head>", and no
    // head is "the"), so checking a later one against them changes nothing.
    std::size_t found = mentions.size();
    // The subject comes before any "the" (an opening date phrase holds none).
    std::size_t subject = opening_date_phrase(t);
    if (topic != nullptr && subject < t.size() && t[subject].is("it") &&
        !expletive_it(t, subject)) {
      std::size_t b = begin + t[subject].begin;
      std::size_t e = begin + t[subject].end;
      if (!covered(mentions, b, e)) mentions.push_back(reference(topic, b, e));
    }
    // "The SCO has built ties: it has held observer status ...": the subject
    // of a clause after a colon or semicolon, when the sentence opened on the
    // topic.
    // Also after ", and": "The Organization signed ..., and it works closely
    // with PABSEC".
    std::string_view words = text_.substr(begin, end - begin);
    // The sentence opens on the topic, named or "The Organization".
    const bool opens_on_topic = (!mentions.empty() && mentions.front().entity == topic) ||
                                (subject + 1 < t.size() && is_the(t[subject]) &&
                                 t[subject + 1].capitalized && generic_head(t[subject + 1].norm));
    if (topic != nullptr && opens_on_topic &&
        (words.find(':') != std::string_view::npos || words.find(';') != std::string_view::npos ||
         words.find(", and it ") != std::string_view::npos)) {
      for (std::size_t k = subject + 1; k + 1 < t.size(); ++k) {
        const bool after_and = k >= 2 && t[k - 1].is("and") && t[k - 2].is(",");
        if (!t[k].is("it") || !(t[k - 1].is(":") || t[k - 1].is(";") || after_and) ||
            expletive_it(t, k)) {
          continue;
        }
        std::size_t b = begin + t[k].begin;
        std::size_t e = begin + t[k].end;
        if (!covered(mentions, b, e)) mentions.push_back(reference(topic, b, e));
      }
    }
    // The tokens' place and end read once: the vector's would be read again
    // after every store into `mentions`. By pointer: the scan for "the" is
    // most of the loop's cost.
    const Token* tokens = t.data();
    const Token* const last = t.empty() ? tokens : tokens + t.size() - 1;  // no head after it
    for (const Token* the = next_the_or_demonstrative(tokens, last); the < last;
         the = next_the_or_demonstrative(the + 1, last)) {
      // "this organisation", "that grouping": generic heads only.
      const std::uint64_t hash = the->hash;
      if (hash != kTheHash && hash != kThisHash && hash != kThatHash) continue;
      const bool demonstrative = hash != kTheHash;
      if (the->norm.size() != (demonstrative ? 4U : 3U)) continue;
      auto i = static_cast<std::size_t>(the - tokens);
      if (demonstrative && !generic_head(tokens[i + 1].norm)) continue;
      // "joined the new association", "the founding states of the future
      // Organisation": "new" or "future" before a generic head.
      std::size_t h = i + 1;
      if ((tokens[h].is("new") || tokens[h].is("future")) && the + 2 <= last &&
          generic_head(tokens[h + 1].norm)) {
        ++h;
      }
      const Token& head = tokens[h];
      if (!may_be_head(head)) continue;
      // "the Kingdom": a state, not the topic.
      if (h == i + 1 && may_be_title(head) && state_title_at(t, i, begin, mentions)) continue;
      // "the Forum Secretariat": the topic's secretariat, which stands for it.
      const bool secretariat = head.capitalized && h + 1 < t.size() && t[h + 1].is("secretariat") &&
                               t[h + 1].capitalized;
      if (!secretariat && blocks_head(t, h + 1)) continue;
      // A lower-case generic head is the topic of the paragraph before; a
      // capitalised one ("the Organisation") the document's.
      const bool lower_generic = generic_head(head.norm) && !head.capitalized;
      const Entity* referent = lower_generic ? generic_topic : topic;
      std::size_t b = begin + tokens[i].begin;
      // "a member of the ASEAN Regional Forum (ARF); ... joined the Forum":
      // an organisation named before it in the sentence whose name has the
      // head, over the topic (with none, "the Union" names nothing);
      // "took over the presidency of BRICS from Russia, which chaired the
      // group": a lower-case generic head, the organisation named last before it.
      const bool had_referent = referent != nullptr;
      for (std::size_t m = 0; m < found && mentions[m].begin < b; ++m) {
        const Entity* org = mentions[m].entity;
        if (org != nullptr && org != referent && org->kind == EntityKind::Organisation &&
            ((lower_generic && had_referent) ||
             (head.capitalized && named_head(head.norm, *org)))) {
          referent = org;
        }
      }
      bool fits = referent != nullptr &&
                  (generic_head(head.norm) || (head.capitalized && may_name_topic(head.norm) &&
                                               named_head(head.norm, *referent)));
      // "GUAM was founded by A and B. Uzbekistan joined the group in 1999":
      // a lower-case "the group", the one organisation the sentence before
      // named, or the last one named before it in this sentence.
      if (!fits && !head.capitalized && head.is("group")) {
        referent = sentence_org_;
        for (std::size_t m = 0; m < found && mentions[m].begin < b; ++m) {
          const Entity* org = mentions[m].entity;
          if (org != nullptr && org->kind == EntityKind::Organisation) referent = org;
        }
        fits = referent != nullptr;
      }
      // "the Commonwealth", "the Union": else the organisation named last
      // in the document whose name has the head.
      if (!fits && head.capitalized && names_standing_body(head.norm)) {
        for (auto org = named_orgs_.rbegin(); org != named_orgs_.rend() && !fits; ++org) {
          if (named_head(head.norm, **org)) {
            referent = *org;
            fits = true;
          }
        }
      }
      if (!fits) continue;
      std::size_t e = begin + head.end;
      if (!covered(mentions, b, e)) mentions.push_back(reference(referent, b, e));
    }
    if (mentions.size() != found) {  // else the mentions are as they were, and sorted
      std::sort(mentions.begin(), mentions.end(),
                [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
      // "The Organisation has observer status at the UN": a sentence that
      // opens on the topic keeps it; "the grouping" opening a paragraph
      // carries the paragraph before's topic on.
      named = first_org(mentions, text_, skip_titles);
    }
  }
  if (named != nullptr) {
    topic_ = named;
    earlier_topic_ = nullptr;
  }
  remember(mentions);
}

void TopicTracker::remember(const std::vector<Mention>& mentions) {
  // One pass for the sentence's organisation and the histories; the
  // organisation in a local, which the stores into the histories cannot
  // alias.
  const Entity* org = nullptr;
  bool several = false;
  for (const Mention& m : mentions) {
    const Entity* entity = m.entity;
    if (entity == nullptr) continue;
    const bool state = entity->kind == EntityKind::State;
    if (!state) {
      if (entity->kind != EntityKind::Organisation) continue;
      several = several || (org != nullptr && org != entity);
      org = entity;
    }
    std::vector<const Entity*>& history = state ? named_states_ : named_orgs_;
    if (!history.empty() && history.back() == entity) continue;
    // Until a state with a title is named, every state in the history was
    // looked at and has none: only a state new to it is (its name's bytes
    // cost more than the history's pointers).
    if (state && !titled_state_named_ &&
        std::find(history.begin(), history.end(), entity) == history.end()) {
      titled_state_named_ = has_state_title(entity->name);
    }
    history.push_back(entity);
  }
  sentence_org_ = several ? nullptr : org;
}

bool TopicTracker::state_title_at(const std::vector<Token>& t, std::size_t i, std::size_t begin,
                                  std::vector<Mention>& mentions) {
  std::size_t h = i + 1;
  // "the Islamic Republic"
  if (t[h].is("islamic") && h + 1 < t.size() && t[h + 1].is("republic")) ++h;
  bool title = h > i + 1 || t[h].is("kingdom") || t[h].is("sultanate") || t[h].is("principality");
  if (!title) return false;
  if (!titled_state_named_ || !t[i + 1].capitalized || blocks_head(t, h + 1)) return true;
  std::size_t b = begin + t[i].begin;
  std::size_t e = begin + t[h].end;
  if (covered(mentions, b, e)) return true;
  for (auto state = named_states_.rbegin(); state != named_states_.rend(); ++state) {
    if (named_head(t[h].norm, **state) && named_head(t[i + 1].norm, **state)) {
      mentions.push_back(reference(*state, b, e));
      break;
    }
  }
  return true;
}

}  // namespace orgkg::detail

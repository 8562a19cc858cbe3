// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "name_index.hpp"

#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

// Index of the first token after a leading "the".
std::size_t skip_article(const std::vector<Token>& tokens) {
  return !tokens.empty() && tokens[0].is("the") ? 1 : 0;
}

}  // namespace

namespace {

// Dashes and dots, which no key or exact spelling holds.
bool left_out_of_names(const Token& token) {
  return token.type == TokenType::Punct && (token.is("-") || token.is("."));
}

}  // namespace

std::string_view key_part(const Token& token) {
  return left_out_of_names(token) ? std::string_view() : token.norm;
}

std::string_view exact_part(const Token& token) {
  return left_out_of_names(token) ? std::string_view() : token.exact;
}

bool NameIndex::add(std::string_view name, const Entity* entity, NameForm form) {
  // The key and spelling are copied out of the tokens, which need not last:
  // a document's acronyms are added sentence by sentence.
  thread_local TokenScratch scratch;
  const std::vector<Token>& tokens = scratch.tokenize(name);
  std::size_t first = skip_article(tokens);
  if (first >= tokens.size() || !tokens[first].is_word()) return false;
  Entry entry{{}, entity, form, false, {}};
  std::string& key = entry.key;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    key += key_part(tokens[i]);
    entry.exact += exact_part(tokens[i]);
  }
  std::size_t count = tokens.size() - first;
  entry.case_sensitive =
      form == NameForm::Acronym || (count == 1 && is_acronym_like(tokens[first]));
  if (entry.case_sensitive && entry.form == NameForm::Name) entry.form = NameForm::Acronym;
  if (!entry.case_sensitive) entry.exact.clear();
  std::uint64_t hash = kHashStart;
  for (char c : key) {
    hash = extend_hash(hash, std::string_view(&c, 1));
    prefixes_.insert(hash, PrefixSet::Kind::Prefix);
  }
  prefixes_.insert(hash, PrefixSet::Kind::Key);
  bool lowercase_start = entry.case_sensitive && !tokens[first].capitalized;
  if (!names_.add(hash, std::move(entry))) return false;
  if (lowercase_start) lowercase_start_ = true;
  if (count > max_tokens_) max_tokens_ = count;
  return true;
}

namespace {

// Whether the parts `part` takes of tokens [first, last] spell `text`.
bool spells(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
            std::string_view text, std::string_view (*part)(const Token&)) {
  for (std::size_t i = first; i <= last; ++i) {
    std::string_view piece = part(tokens[i]);
    if (text.substr(0, piece.size()) != piece) return false;
    text.remove_prefix(piece.size());
  }
  return text.empty();
}

}  // namespace

const NameIndex::Entry* NameIndex::find(std::uint64_t hash, const std::vector<Token>& tokens,
                                        std::size_t first, std::size_t last) const {
  for (const Entry* entry = names_.first(hash); entry != nullptr; entry = names_.next(*entry)) {
    if (!spells(tokens, first, last, entry->key, key_part)) continue;
    if (entry->case_sensitive) {
      if (spells(tokens, first, last, entry->exact, exact_part)) return entry;
    } else if (tokens[first].capitalized) {
      return entry;
    }
  }
  return nullptr;
}

namespace {

// A stored hash is never 0, the empty slot.
std::uint64_t slot_value(std::uint64_t hash) { return hash == 0 ? 1 : hash; }

// The slot value of a prefix hash: its lowest bit set for a whole key, never
// 0 (the empty slot).
constexpr std::uint64_t kKeyBit = 1;
std::uint64_t prefix_slot(std::uint64_t hash, bool key) {
  std::uint64_t unmarked = hash & ~kKeyBit;
  return (unmarked == 0 ? 2 : unmarked) | (key ? kKeyBit : 0);
}

// Where probing for a prefix slot value starts: the same whatever its mark.
std::size_t prefix_probe_start(std::uint64_t value, std::size_t mask) {
  value |= kKeyBit;
  return (value ^ (value >> 29)) & mask;
}

}  // namespace

void NameIndex::PrefixSet::insert(std::uint64_t hash, Kind kind) {
  if (2 * (count_ + 1) > slots_.size()) {
    std::vector<std::uint64_t> old(2 * slots_.size(), 0);
    old.swap(slots_);
    count_ = 0;
    for (std::uint64_t kept : old) {
      if (kept != 0) insert(kept, (kept & kKeyBit) != 0 ? Kind::Key : Kind::Prefix);
    }
  }
  std::uint64_t value = prefix_slot(hash, kind == Kind::Key);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t at = prefix_probe_start(value, mask);; at = (at + 1) & mask) {
    if ((slots_[at] | kKeyBit) == (value | kKeyBit)) {
      slots_[at] |= value;  // a prefix that is also a key is marked
      return;
    }
    if (slots_[at] == 0) {
      slots_[at] = value;
      ++count_;
      return;
    }
  }
}

NameIndex::PrefixSet::Kind NameIndex::PrefixSet::find(std::uint64_t hash) const {
  std::uint64_t value = prefix_slot(hash, true);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t at = prefix_probe_start(value, mask);; at = (at + 1) & mask) {
    std::uint64_t slot = slots_[at];
    if ((slot | kKeyBit) == value) return (slot & kKeyBit) != 0 ? Kind::Key : Kind::Prefix;
    if (slot == 0) return Kind::None;
  }
}

std::size_t NameIndex::EntryTable::slot_of(std::uint64_t hash) const {
  std::size_t mask = slots_.size() - 1;
  std::size_t at = (hash ^ (hash >> 29)) & mask;
  while (slots_[at].hash != hash && slots_[at].hash != 0) at = (at + 1) & mask;
  return at;
}

void NameIndex::EntryTable::grow() {
  std::vector<Slot> old(2 * slots_.size());
  old.swap(slots_);
  for (const Slot& slot : old) {
    if (slot.hash != 0) slots_[slot_of(slot.hash)] = slot;
  }
}

bool NameIndex::EntryTable::add(std::uint64_t hash, Entry entry) {
  hash = slot_value(hash);
  Slot& slot = slots_[slot_of(hash)];
  auto index = static_cast<std::uint32_t>(entries_.size());
  if (slot.hash == 0) {
    slot = {hash, index};
  } else {
    for (std::uint32_t at = slot.first;; at = entries_[at].next) {
      const Entry& known = entries_[at];
      if (known.key == entry.key && known.case_sensitive == entry.case_sensitive &&
          known.exact == entry.exact) {
        return false;
      }
      if (known.next == kNoEntry) {
        entries_[at].next = index;
        break;
      }
    }
  }
  entries_.push_back(std::move(entry));
  if (2 * entries_.size() > slots_.size()) grow();
  return true;
}

const NameIndex::Entry* NameIndex::EntryTable::first(std::uint64_t hash) const {
  const Slot& slot = slots_[slot_of(slot_value(hash))];
  return slot.hash == 0 ? nullptr : &entries_[slot.first];
}

const NameIndex::Entry* NameIndex::EntryTable::next(const Entry& entry) const {
  return entry.next == kNoEntry ? nullptr : &entries_[entry.next];
}

std::optional<NameMatch> NameIndex::match_from(const std::vector<Token>& tokens,
                                               std::size_t first) const {
  std::optional<NameMatch> best;
  std::uint64_t hash = kHashStart;
  // A name of n tokens may span a few more in the text ("Co-operation" is
  // two tokens, "Cooperation" one), hence the slack.
  std::size_t limit = std::min(tokens.size(), first + max_tokens_ + 4);
  for (std::size_t last = first; last < limit; ++last) {
    std::string_view part = key_part(tokens[last]);
    hash = extend_hash(hash, part);
    PrefixSet::Kind kind = part.empty() ? PrefixSet::Kind::Prefix : prefixes_.find(hash);
    if (kind == PrefixSet::Kind::None) break;
    if (!tokens[last].is_word() || kind != PrefixSet::Kind::Key) continue;
    if (const Entry* entry = find(hash, tokens, first, last)) {
      best = NameMatch{entry->entity, tokens[first].begin, tokens[last].end, entry->form};
    }
  }
  return best;
}

std::optional<NameMatch> NameIndex::match_at(std::string_view text, std::size_t pos) const {
  thread_local TokenScratch scratch;
  return match_tokens(scratch.tokenize(text, pos, max_tokens_ + 4), 0);
}

std::optional<NameMatch> NameIndex::lookup(std::string_view name) const {
  thread_local TokenScratch scratch;
  return lookup_tokens(scratch.tokenize(name));
}

std::optional<NameMatch> NameIndex::lookup_tokens(const std::vector<Token>& tokens) const {
  std::size_t first = skip_article(tokens);
  std::optional<NameMatch> match = match_tokens(tokens, first);
  if (!match || match->end != tokens.back().end) return std::nullopt;
  return match;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "name_index.hpp"

#include <algorithm>
#include <span>

#include "word_hash.hpp"

namespace orgkg::detail {
namespace {

// Index of the first token after a leading "the".
std::size_t skip_article(const std::vector<Token>& tokens) {
  return !tokens.empty() && tokens[0].is("the") ? 1 : 0;
}

}  // namespace

// Inline in add(), which asks it for every byte of a key: the call cost
// as much as the insertion.
[[gnu::always_inline]] inline std::size_t NameIndex::PrefixTable::insert(std::uint64_t hash,
                                                                         std::uint32_t marks) {
  std::uint32_t unmarked = fingerprint(hash);
  std::size_t at = slot_of(unmarked);
  if (slots_[at].fingerprint == 0) {
    slots_[at].fingerprint = unmarked;
    ++count_;
  }
  slots_[at].fingerprint |= marks;
  return at;
}

bool NameIndex::add(std::string_view name, const Entity* entity, NameForm form) {
  // The key and spelling are copied out of the tokens, which need not last:
  // a document's acronyms are added sentence by sentence.
  thread_local TokenScratch scratch;
  const std::vector<Token>& tokens = scratch.tokenize(name);
  std::size_t first = skip_article(tokens);
  if (first >= tokens.size() || !tokens[first].is_word()) return false;
  Entry entry{{}, 0, entity, form, false, {}};
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
  // Every prefix but the key itself goes on (the key may too, if a longer
  // key starts with it).
  std::uint64_t hash = 0;
  prefixes_.make_room(key.size());  // the key's prefixes, itself the last
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (i > 0) prefixes_.add_prefix(hash, key[i]);
    hash = extend_word_hash(hash, static_cast<unsigned char>(key[i]));
  }
  entry.key_hash = hash;
  bool lowercase_start = entry.case_sensitive && !tokens[first].capitalized;
  // The entries with this fingerprint, in the order they were added: a name
  // already there keeps its entry, a new one goes last.
  std::uint32_t* link = &prefixes_.add_key(hash);
  for (; *link != kNoEntry; link = &entries_[*link].next) {
    const Entry& known = entries_[*link];
    if (known.key == entry.key && known.case_sensitive == entry.case_sensitive &&
        known.exact == entry.exact) {
      return false;
    }
  }
  *link = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back(std::move(entry));
  if (lowercase_start) lowercase_start_ = true;
  if (count > max_tokens_) max_tokens_ = count;
  return true;
}

namespace {

// Whether the parts `part` takes of `tokens` spell `text`.
template <class Part>
bool spells(std::span<const Token> tokens, std::string_view text, Part part) {
  for (const Token& token : tokens) {
    std::string_view piece = part(token);
    if (piece.size() > text.size() || !same_bytes(piece.data(), text.data(), piece.size())) {
      return false;
    }
    text.remove_prefix(piece.size());
  }
  return text.empty();
}

}  // namespace

// Inlined in match_from(), its only caller: the call cost nearly as much as
// the spelling check.
[[gnu::always_inline]] inline const NameIndex::Entry* NameIndex::find(
    std::uint32_t index, const std::vector<Token>& tokens, std::size_t first, std::size_t last,
    std::uint64_t hash, std::size_t size) const {
  auto key = [](const Token& token) { return key_part(token); };
  auto exact = [](const Token& token) { return exact_part(token); };
  std::span<const Token> name(tokens.data() + first, last + 1 - first);
  for (; index != kNoEntry; index = entries_[index].next) {
    const Entry& entry = entries_[index];
    // Any but an acronym starts with a capitalized word.
    if (!entry.case_sensitive && !name.front().capitalized) continue;
    // The parts spell the key only if their hash and length are the key's;
    // below eight bytes a word is its own hash (word_hash.hpp), so these
    // two say it all, and only a longer key is compared byte by byte.
    if (entry.key_hash != hash || entry.key.size() != size) continue;
    // A name of one token (most) is its word's norm, of the key's size.
    if (size >= 8 && !(first == last ? same_bytes(name.front().norm.data(), entry.key.data(), size)
                                     : spells(name, entry.key, key))) {
      continue;
    }
    if (!entry.case_sensitive || spells(name, entry.exact, exact)) return &entry;
  }
  return nullptr;
}

void NameIndex::PrefixTable::grow() {
  if (slots_.empty()) {  // the first slots (shift_ and mask_ are theirs)
    slots_.assign(kFirstSize, Slot{});
    return;
  }
  std::vector<Slot> slots(2 * slots_.size());
  slots.swap(slots_);
  --shift_;
  mask_ = slots_.size() - 1;
  for (const Slot& slot : slots) {
    if (slot.fingerprint == 0) continue;
    slots_[slot_of(slot.fingerprint & ~kMarks)] = slot;
  }
}

void NameIndex::PrefixTable::reserve(std::size_t count) {
  if (slots_.empty()) grow();
  std::size_t size = slots_.size();
  int shift = shift_;
  while (2 * (count + 1) > size) {
    size *= 2;
    --shift;
  }
  if (size == slots_.size()) return;
  if (count_ != 0) {  // the prefixes already there are placed again
    while (slots_.size() < size) grow();
    return;
  }
  slots_.assign(size, Slot{});
  shift_ = shift;
  mask_ = size - 1;
}

NameIndex::NameSpan NameIndex::match_from(const std::vector<Token>& tokens, std::size_t first,
                                          std::size_t slot) const {
  NameSpan best;
  // The first token, a word, is its own key part, found at `slot`.
  std::uint64_t hash = tokens[first].hash;
  std::size_t size = tokens[first].norm.size();
  // A name of n tokens may span a few more in the text ("Co-operation" is
  // two tokens, "Cooperation" one), hence the slack.
  std::size_t limit = std::min(tokens.size(), first + max_tokens_ + 4);
  for (std::size_t last = first;;) {
    if (prefixes_.is_key(slot) && tokens[last].is_word()) {
      const Entry* entry = find(prefixes_.first_entry(slot), tokens, first, last, hash, size);
      if (entry != nullptr) best = {entry, last};
    }
    if (!prefixes_.is_continued(slot)) return best;  // no key is longer
    // The next token that adds to the key: dashes and dots leave it as it is.
    std::string_view part;
    do {
      if (++last >= limit) return best;
      part = key_part(tokens[last]);
    } while (part.empty());
    if (!prefixes_.may_continue_with(slot, part[0])) return best;  // no key goes on so
    // Part is the token's norm, whose hash the token holds.
    hash = concat_word_hash(hash, tokens[last].hash, part.size());
    size += part.size();
    slot = prefixes_.find(hash);
    if (slot == PrefixTable::kAbsent) return best;
  }
}

NameIndex::NameSpan NameIndex::match_word(const std::vector<Token>& tokens, std::size_t first,
                                          std::size_t slot) const {
  const Token& word = tokens[first];
  const Entry* entry =
      find(prefixes_.first_entry(slot), tokens, first, first, word.hash, word.norm.size());
  if (entry == nullptr) return {};
  return {entry, first};
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

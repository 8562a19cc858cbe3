// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EvidenceTexts (store_impl.hpp), out of line: where the Store keeps the
// strings of its evidence, a rule's name once, a sentence once per document
// however many facts it states.
#include <bit>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store_impl.hpp"

namespace orgkg::detail {

EvidenceTexts::RuleSeen* EvidenceTexts::no_rules() noexcept {
  static RuleSeen none[kRuleSlots];  // never written: new_rule() makes a table first
  return none;
}

const std::string* EvidenceTexts::new_rule(const ShortKey& key, std::string_view name) {
  if (rule_slots_ == nullptr) {
    rule_slots_ = std::make_unique<RuleSeen[]>(kRuleSlots);
    rules_ = rule_slots_.get();
  }
  RuleSeen& seen = rules_[key.slot(kRuleSlotBits)];
  seen = {key, pool_.intern(name)};
  return seen.rule;
}

std::string_view EvidenceTexts::earlier_sentence(std::string_view text) {
  // A document keeps at most this many sentences findable: past them, its
  // table starts afresh (a sentence met again then is copied again).
  constexpr std::size_t kMostKept = 1024;
  if (sentence_count_ == kMostKept) forget_sentences();
  if (2 * (sentence_count_ + 1) > sentence_slots_.size()) grow_sentence_slots();
  const std::size_t mask = sentence_slots_.size() - 1;
  const int bits = std::countr_zero(sentence_slots_.size());
  std::size_t i = ShortKey::of(text).slot(bits);
  for (; sentence_slots_[i].generation == sentence_generation_; i = (i + 1) & mask) {
    const KeptSentence& kept = sentence_slots_[i];
    if (std::string_view(kept.data, kept.size) == text) {
      latest_sentence_ = {kept.data, kept.size};
      return latest_sentence_;
    }
  }
  latest_sentence_ = pool_.keep(text);
  sentence_slots_[i] = {latest_sentence_.data(), latest_sentence_.size(), sentence_generation_};
  ++sentence_count_;
  return latest_sentence_;
}

void EvidenceTexts::grow_sentence_slots() {
  std::vector<KeptSentence> old(sentence_slots_.empty() ? 64 : 2 * sentence_slots_.size());
  old.swap(sentence_slots_);
  const std::size_t mask = sentence_slots_.size() - 1;
  const int bits = std::countr_zero(sentence_slots_.size());
  for (const KeptSentence& kept : old) {
    if (kept.generation != sentence_generation_) continue;
    std::size_t i = ShortKey::of(std::string_view(kept.data, kept.size)).slot(bits);
    while (sentence_slots_[i].generation == sentence_generation_) i = (i + 1) & mask;
    sentence_slots_[i] = kept;
  }
}

}  // namespace orgkg::detail

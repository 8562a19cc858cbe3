// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EvidenceTexts (store_impl.hpp), out of line: where the Store keeps the
// strings of its evidence, a rule's name once.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

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

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The traversal every writer shares: the Store's facts in canonical order, each
// with its two entities resolved, plus small formatting helpers that are not
// syntax (joining lists). Writers add only their own syntax on top.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg::export_detail {

struct FactView {
  const Fact* fact = nullptr;
  const Entity* subject = nullptr;
  const Entity* object = nullptr;
};

/// Every fact of `store` sorted by (subject, relation, object), with both
/// entities resolved. Pointers stay valid until the Store is modified. Throws
/// orgkg::Error if a fact names an entity the store does not hold.
[[nodiscard]] std::vector<FactView> resolved_facts(const Store& store);

/// The items joined with `separator` ("a|b|c"); "" for none.
template <typename Range>
[[nodiscard]] std::string join(const Range& items, std::string_view separator) {
  std::string joined;
  bool first = true;
  for (const auto& item : items) {
    if (!first) joined += separator;
    joined += item;
    first = false;
  }
  return joined;
}

}  // namespace orgkg::export_detail

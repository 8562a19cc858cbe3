// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/fact.hpp"

#include <algorithm>

namespace orgkg {

std::vector<std::string> Fact::sources() const {
  // The Store keeps the evidence sorted, document first, so the ids come in
  // order and each document's items together: copying each id once is all it
  // takes. A Fact built by hand may be in any order; it is sorted then.
  std::vector<std::string> ids;
  bool sorted = true;
  for (const EvidenceView item : evidence) {
    if (!ids.empty() && ids.back() == item.doc_id) continue;
    sorted = sorted && (ids.empty() || ids.back() < item.doc_id);
    ids.emplace_back(item.doc_id);
  }
  if (!sorted) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return ids;
}

}  // namespace orgkg

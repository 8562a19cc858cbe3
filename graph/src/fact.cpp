// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/fact.hpp"

#include <algorithm>

namespace orgkg {

std::vector<std::string> Fact::sources() const {
  std::vector<std::string> ids;
  ids.reserve(evidence.size());
  for (const Evidence& item : evidence) ids.push_back(item.doc_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/triple_view.hpp"

#include <string>

namespace orgkg {

Entity SeenEntity::to_entity() const {
  Entity copy = *entity;
  if (alias) copy.aliases.emplace(*alias);
  return copy;
}

Evidence EvidenceView::to_evidence() const {
  return Evidence{std::string(doc_id), date, std::string(sentence), begin, end, std::string(rule)};
}

Triple TripleView::to_triple() const {
  return Triple{subject.to_entity(), relation,   object.to_entity(),
                valid_from,          valid_to,   evidence.to_evidence()};
}

}  // namespace orgkg

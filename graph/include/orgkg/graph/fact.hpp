// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Fact: every observation of one (subject, relation, object) merged into one
// edge of the graph, with its evidence and the dates the evidence gives. A
// Store's Fact reads its evidence from the Store (evidence_list.hpp): a copy
// of it is good while the Store lives.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/evidence_list.hpp"
#include "orgkg/graph/relation.hpp"
#include "orgkg/graph/triple.hpp"

namespace orgkg {

struct Fact {
  std::string subject;  ///< node_id() of the subject; for a symmetric relation the smaller id
  Relation relation = Relation::MemberOf;
  std::string object;              ///< node_id() of the object
  EvidenceList evidence;           ///< sorted, no two from the same sentence of a document
  Date first_seen;                 ///< earliest evidence date
  Date last_seen;                  ///< latest evidence date
  std::optional<Date> valid_from;  ///< earliest start the texts state
  std::optional<Date> valid_to;    ///< latest end the texts state, else the start of
                                   ///< the status that followed (Store's temporal rules)
  bool conflict = false;           ///< the evidence contradicts itself (an end before a start) or
                                   ///< a later status of the same pair (see store.hpp)

  /// Number of evidence items.
  [[nodiscard]] std::size_t evidence_count() const noexcept { return evidence.size(); }
  /// Ids of the documents the evidence comes from, sorted, each once.
  [[nodiscard]] std::vector<std::string> sources() const;

  friend bool operator==(const Fact&, const Fact&) = default;
};

}  // namespace orgkg

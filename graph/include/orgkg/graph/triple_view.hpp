// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// TripleView: a Triple whose parts are borrowed, not owned. An extractor
// finds its facts among entities that outlive it (the gazetteer's) and in a
// document it holds: a Triple copies both entities (with the surface form
// each was seen under added to its aliases) and the evidence strings, only
// for the Store to merge the entities back into its own and to keep the
// evidence. A TripleView names the same observation by pointer and view, so
// that Store::add() copies only what it keeps. to_triple() builds the Triple
// it stands for.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/relation.hpp"
#include "orgkg/graph/triple.hpp"

namespace orgkg {

/// An entity as one observation saw it: `*entity` with `alias` (the words
/// that named it), when set, added to its aliases. `entity` must not be null.
struct SeenEntity {
  const Entity* entity = nullptr;
  std::optional<std::string_view> alias;  ///< added even when empty, if set

  /// The Entity this stands for: a copy of *entity, with the alias.
  [[nodiscard]] Entity to_entity() const;
};

/// Evidence by views: the same fields, none of them owned.
struct EvidenceView {
  std::string_view doc_id;
  Date date;
  std::string_view sentence;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view rule;

  /// The Evidence this stands for.
  [[nodiscard]] Evidence to_evidence() const;

  /// In Evidence's order (doc_id, date, sentence, begin, end, rule).
  friend auto operator<=>(const EvidenceView&, const EvidenceView&) = default;
  friend bool operator==(const EvidenceView&, const EvidenceView&) = default;
};

/// `evidence` by views.
[[nodiscard]] inline EvidenceView view_of(const Evidence& evidence) noexcept {
  return {evidence.doc_id, evidence.date, evidence.sentence,
          evidence.begin,  evidence.end,  evidence.rule};
}

/// A Triple by pointers and views; everything it points at must live until
/// it has been handed on (TripleSink::accept_view(), Store::add()).
struct TripleView {
  SeenEntity subject;
  Relation relation = Relation::MemberOf;
  SeenEntity object;
  std::optional<Date> valid_from;
  std::optional<Date> valid_to;
  EvidenceView evidence;

  /// The Triple this stands for.
  [[nodiscard]] Triple to_triple() const;
};

}  // namespace orgkg

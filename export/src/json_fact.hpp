// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The one JSON fact object both JSON-lines outputs write: `orgkg extract
// --json` (a Triple: one observation) and graph.json (a Fact: every
// observation merged). A triple is written as a fact with one evidence item and
// no merged fields, so every field the extract objects have appears in the
// graph objects under the same name with the same shape. The shapes are
// documented in export/README.md ("JSON lines").
#pragma once

#include <optional>
#include <span>
#include <string>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/relation.hpp"
#include "orgkg/graph/triple.hpp"

namespace orgkg::export_detail {

/// What one JSON fact object shows. `merged` is the Fact when the object
/// stands for a graph edge (adds first_seen, last_seen, evidence_count,
/// conflict, symmetric, sources), nullptr for a single extracted triple.
struct FactJson {
  const Entity* subject = nullptr;
  Relation relation = Relation::MemberOf;
  const Entity* object = nullptr;
  const std::optional<Date>* valid_from = nullptr;
  const std::optional<Date>* valid_to = nullptr;
  std::span<const Evidence> evidence;
  const Fact* merged = nullptr;
};

/// The object on one line, without the newline: valid UTF-8 (ill-formed input
/// bytes become U+FFFD), every control character escaped, fields in a fixed
/// order, optional fields omitted when unknown.
[[nodiscard]] std::string fact_json_line(const FactJson& fact);

}  // namespace orgkg::export_detail

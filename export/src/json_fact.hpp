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
#include <string>
#include <string_view>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/relation.hpp"
#include "orgkg/graph/triple.hpp"
#include "output_buffer.hpp"

namespace orgkg::export_detail {

/// What one JSON fact object shows. `merged` is the Fact when the object
/// stands for a graph edge (adds first_seen, last_seen, evidence_count,
/// conflict, symmetric, sources), nullptr for a single extracted triple.
struct FactJson {
  const Entity* subject = nullptr;
  std::string_view subject_id;  ///< node_id(*subject)
  Relation relation = Relation::MemberOf;
  const Entity* object = nullptr;
  std::string_view object_id;  ///< node_id(*object)
  const std::optional<Date>* valid_from = nullptr;
  const std::optional<Date>* valid_to = nullptr;
  const Fact* merged = nullptr;
  /// The evidence of a single triple (`merged` null); a Fact's is its own.
  const Evidence* evidence = nullptr;
};

/// Appends the object, on one line without the newline, to `out`: valid UTF-8
/// (ill-formed input bytes become U+FFFD), every control character escaped
/// (json_escape.hpp), fields in a fixed order, optional fields omitted when
/// unknown. Writers reuse one `out` for many lines, so a line costs no
/// allocation of its own.
void append_fact_json(OutputBuffer& out, const FactJson& fact);

}  // namespace orgkg::export_detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// JSON Lines of a whole graph: one fact per line with all its evidence. Each
// line is the object `orgkg extract --json` prints for one extracted triple
// (triples.hpp), plus the fields only a merged fact has: first_seen,
// last_seen, evidence_count, conflict, symmetric, sources; its `evidence`
// array holds every evidence item instead of one. export/README.md documents
// both shapes. Writing only reads the Store, so several threads may write the
// same Store at once.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes every fact of `store` as one JSON object per line, in the Store's
/// canonical (subject, relation, object) order, each line ending with '\n':
///
///   {"subject":{"id":"state_RUS","label":"Russia","kind":"state"},
///    "relation":"member_of",
///    "object":{"id":"org_SCO","label":"SCO","kind":"organisation"},
///    "valid_from":"2001-06-15","valid_to":"2012",
///    "first_seen":"2001","last_seen":"2021-10-12",
///    "evidence_count":2,"conflict":false,"symmetric":false,
///    "sources":["cica-2021","sco-2019"],
///    "evidence":[{"doc":"sco-2019","date":"2001","sentence":"…","begin":10,
///                 "end":52,"rule":"member"}, …]}
///
/// (shown wrapped; each object is on one line). Dates are ISO 8601 at their
/// known precision and omitted when unknown; `sources` are document ids,
/// sorted, each once; evidence items come in the Fact's sorted order. Strings
/// are valid UTF-8 (ill-formed bytes become U+FFFD) with every control
/// character escaped, so each line parses on its own. Deterministic. Throws
/// IoError when the stream fails. O(facts + evidence).
void write_facts_json(const Store& store, std::ostream& out);

/// write_facts_json() into a string.
[[nodiscard]] std::string to_facts_json(const Store& store);

}  // namespace orgkg

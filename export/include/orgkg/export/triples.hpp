// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Writers for extracted triples before they are merged into a graph: what
// `orgkg extract` prints. One triple per row or line, each with its evidence
// (document, sentence, offsets, rule), in the order given. The JSON-lines
// objects are the same whether printed by the CLI or written by a program.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "orgkg/graph/triple.hpp"

namespace orgkg {

/// Writes one JSON object per line (JSON Lines), in the order given:
///
///   {"subject":{"id":"state_RUS","label":"Russia","kind":"state"},
///    "relation":"member_of",
///    "object":{"id":"org_CICA","label":"CICA","kind":"organisation"},
///    "valid_from":"2014","valid_to":"2020",
///    "evidence":[{"doc":"001","date":"2016-04-27","sentence":"…","begin":12,
///                 "end":80,"rule":"list.includes_states"}]}
///
/// (shown wrapped; each object is on one line). `evidence` always holds one
/// item: a triple is a fact with a single observation, and graph.json
/// (json.hpp) writes facts with the same fields plus the merged ones.
/// `valid_from`/`valid_to` are omitted when unknown, the evidence `date` when
/// empty. Strings are valid UTF-8 JSON (invalid bytes become U+FFFD). Throws
/// IoError when the stream fails.
void write_triples_json(const std::vector<Triple>& triples, std::ostream& out);

/// Writes a readable table: a header, then one row per triple with subject,
/// relation, object, date, rule and "doc:begin-end", columns padded to the
/// widest cell (counted in code points), and the sentence on the next line,
/// indented. Throws IoError when the stream fails.
void write_triples_table(const std::vector<Triple>& triples, std::ostream& out);

/// write_triples_json() into a string.
[[nodiscard]] std::string to_triples_json(const std::vector<Triple>& triples);

}  // namespace orgkg

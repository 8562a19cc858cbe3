// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Helpers for the organisation-relations tests: run OrgRelationsExtractor
// alone on a text and render each triple as "SUBJECT relation OBJECT @DATE"
// (symmetric pairs in key order), sorted, or with its rule.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_support.hpp"
#include "orgkg/extract/org_relations_extractor.hpp"

namespace orgkg::test {

inline std::vector<Triple> org_triples(const std::string& text,
                                       const std::string& published = "2021-10-12") {
  VectorSink sink;
  Diagnostics diagnostics;
  OrgRelationsExtractor(gazetteer()).extract(document(text, published), sink, diagnostics);
  return std::move(sink.triples);
}

/// "SCO cooperates_with UN @2021-10-12" per triple, sorted; with `rules`,
/// the rule name is appended in brackets.
inline std::vector<std::string> dated(const std::vector<Triple>& triples, bool rules = false) {
  std::vector<std::string> lines;
  for (const Triple& t : triples) {
    std::string s = t.subject.key;
    std::string o = t.object.key;
    if (is_symmetric(t.relation) && o < s) std::swap(s, o);
    std::string line = s + " " + std::string(relation_name(t.relation)) + " " + o + " @" +
                       t.evidence.date.to_iso();
    if (rules) line += " [" + t.evidence.rule + "]";
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

/// dated() of what the extractor finds in a one-line body after a neutral
/// title (so the sentence is no title and names the only context).
inline std::vector<std::string> org_facts(const std::string& body,
                                          const std::string& published = "2021-10-12") {
  return dated(org_triples("Comment by the Information and Press Department\n" + body, published));
}

}  // namespace orgkg::test

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Helpers for the status extractor's tests: run it alone (so the facts other
// extractors find in the same sentences do not blur what is checked), with a
// publishing state when "our country" is tested, and render a triple with its
// dates and rule.
#pragma once

#include <string>
#include <vector>

#include "extract_test_support.hpp"
#include "orgkg/extract/status_extractor.hpp"

namespace orgkg::test {

/// Runs the status extractor alone on `text`, published on `published` by
/// the state `publisher` (ISO alpha-3, "" for unknown).
inline std::vector<Triple> status_triples(const std::string& text,
                                          std::string published = "2021-10-12",
                                          std::string publisher = "") {
  Document doc = document(text, std::move(published));
  doc.source.publisher_country = std::move(publisher);
  VectorSink sink;
  Diagnostics diagnostics;
  StatusExtractor(gazetteer()).extract(doc, sink, diagnostics);
  return std::move(sink.triples);
}

/// "SUBJ relation OBJ" per triple the status extractor finds, sorted.
inline std::vector<std::string> status_facts(const std::string& text, std::string publisher = "") {
  return facts(status_triples(text, "2021-10-12", std::move(publisher)));
}

/// "SUBJ relation OBJ DATE [from X] [to Y] (rule)" for one triple.
inline std::string dated(const Triple& t) {
  std::string line = t.subject.key + " " + std::string(relation_name(t.relation)) + " " +
                     t.object.key + " " + t.evidence.date.to_iso();
  if (t.valid_from) line += " from " + t.valid_from->to_iso();
  if (t.valid_to) line += " to " + t.valid_to->to_iso();
  return line + " (" + t.evidence.rule + ")";
}

/// dated() of every triple the status extractor finds in `text`, in order.
inline std::vector<std::string> status_dated(const std::string& text,
                                             std::string published = "2021-10-12",
                                             std::string publisher = "") {
  std::vector<std::string> lines;
  for (const Triple& t : status_triples(text, std::move(published), std::move(publisher))) {
    lines.push_back(dated(t));
  }
  return lines;
}

}  // namespace orgkg::test

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Helpers shared by the extract tests: the real gazetteer (loaded once from the
// source tree's data/), documents built from literals, and triples rendered as
// "SUBJECT relation OBJECT" lines for comparison with one literal.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "orgkg/extract/document.hpp"
#include "orgkg/extract/extractor.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::test {

inline const Gazetteer& gazetteer() {
  static const Gazetteer instance = Gazetteer::load({ORGKG_SOURCE_DIR "/data"});
  return instance;
}

inline Document document(std::string text, std::string published = "2021-10-12",
                         std::string id = "doc") {
  Document doc;
  doc.source.id = std::move(id);
  if (auto date = Date::parse_iso(published)) doc.source.published = *date;
  doc.text = std::move(text);
  return doc;
}

/// Runs the default extractors on `text`.
inline std::vector<Triple> extract(const std::string& text, Diagnostics* diagnostics = nullptr,
                                   std::string published = "2021-10-12") {
  Diagnostics local;
  VectorSink sink;
  Document doc = document(text, std::move(published));
  for (const auto& extractor : default_extractors(gazetteer())) {
    extractor->extract(doc, sink, diagnostics ? *diagnostics : local);
  }
  return std::move(sink.triples);
}

/// "RUS member_of SCO" per triple, sorted.
inline std::vector<std::string> facts(const std::vector<Triple>& triples) {
  std::vector<std::string> lines;
  for (const Triple& t : triples) {
    lines.push_back(t.subject.key + " " + std::string(relation_name(t.relation)) + " " +
                    t.object.key);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

inline std::vector<std::string> facts_of(const std::string& text) { return facts(extract(text)); }

/// facts_of(), each fact once: the list and status extractors may both state
/// a partner fact, which the store merges into one edge.
inline std::vector<std::string> distinct_facts_of(const std::string& text) {
  std::vector<std::string> lines = facts_of(text);
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  return lines;
}

/// The dates of the triples of `text` (ISO), sorted.
inline std::vector<std::string> dates_of(const std::string& text) {
  std::vector<std::string> dates;
  for (const Triple& t : extract(text)) dates.push_back(t.evidence.date.to_iso());
  std::sort(dates.begin(), dates.end());
  return dates;
}

/// `facts` for a list of subjects that all have `relation` to `object`.
inline std::vector<std::string> all(std::vector<std::string> subjects, std::string relation,
                                    std::string object) {
  for (std::string& s : subjects) s += " " + relation + " " + object;
  std::sort(subjects.begin(), subjects.end());
  return subjects;
}

}  // namespace orgkg::test

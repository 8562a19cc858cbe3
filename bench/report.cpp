// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "report.hpp"

#include <cstdio>
#include <ostream>

#include "measure.hpp"

namespace orgkg::bench {
namespace {

constexpr double kMB = 1024.0 * 1024.0;

std::string fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

std::string padded(const std::string& text, std::size_t width, bool left = false) {
  if (text.size() >= width) return text;
  std::string pad(width - text.size(), ' ');
  return left ? text + pad : pad + text;
}

std::string json_escape(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

void json_tally(std::ostream& out, const Tally& t) {
  out << "{\"planted\": " << t.planted << ", \"found\": " << t.found
      << ", \"found_in_document\": " << t.found_in_doc << ", \"date_right\": " << t.date_right
      << ", \"recall\": " << fixed(t.recall(), 4)
      << ", \"document_recall\": " << fixed(t.doc_recall(), 4) << "}";
}

}  // namespace

void print_table(std::ostream& out, const BenchResult& r) {
  out << "corpus " << r.corpus << ": " << r.files << " files, " << fixed(r.corpus_bytes / kMB, 2)
      << " MB; median of " << r.repeat << " run(s)\n\n";
  out << padded("stage", 16, true) << padded("median s", 10) << padded("in MB/s", 10)
      << padded("out MB/s", 10) << padded("docs/s", 10) << padded("items/s", 11)
      << padded("items", 10) << padded("peak MB", 9) << padded("+MB", 8) << "\n";
  for (const StageStats& s : r.stages) {
    double t = median(s.seconds);
    double per = t > 0 ? 1.0 / t : 0;
    out << padded(s.name, 16, true) << padded(fixed(t, 3), 10)
        << padded(fixed(s.input_bytes / kMB * per, 2), 10)
        << padded(s.output_bytes > 0 ? fixed(s.output_bytes / kMB * per, 2) : "-", 10)
        << padded(fixed(s.documents * per, 0), 10) << padded(fixed(s.items * per, 0), 11)
        << padded(std::to_string(s.items), 10) << padded(fixed(s.peak_bytes / kMB, 1), 9)
        << padded(fixed(s.growth_bytes / kMB, 1), 8) << "\n";
  }
  out << "\nitems: documents (read), triples (extract, merge: added), facts (exports), "
         "triples (end-to-end)\n";
  out << "store: " << r.facts << " facts, " << r.evidence << " evidence items, " << r.entities
      << " entities, " << r.sources << " sources; " << r.warnings << " diagnostics\n";
}

void print_recall(std::ostream& out, const RecallReport& rc) {
  out << "\nrecall of planted facts (edge in the Store / with evidence from its document / "
         "and the planted date)\n";
  auto row = [&](const std::string& name, const Tally& t) {
    out << "  " << padded(name, 44, true) << padded(std::to_string(t.planted), 8)
        << padded(fixed(t.recall(), 3), 8) << padded(fixed(t.doc_recall(), 3), 8)
        << padded(fixed(t.planted ? double(t.date_right) / t.planted : 1.0, 3), 8) << "\n";
  };
  out << "  " << padded("", 44, true) << padded("planted", 8) << padded("edge", 8)
      << padded("in doc", 8) << padded("date", 8) << "\n";
  row("overall", rc.overall);
  for (const auto& [relation, t] : rc.by_relation) row(relation, t);
  out << "  " << padded("distinct facts", 44, true) << padded(std::to_string(rc.unique.planted), 8)
      << padded(fixed(rc.unique.recall(), 3), 8) << "\n";
  if (!rc.by_shape.empty()) {
    out << "\nby sentence shape:\n";
    for (const auto& [shape, t] : rc.by_shape) row(shape, t);
  }
  out << "\nstore edges: " << rc.store_edges << ", not planted: " << rc.not_planted;
  for (const auto& [relation, n] : rc.not_planted_by_relation) out << " " << relation << "=" << n;
  out << "\n";
}

void write_json(std::ostream& out, const BenchResult& r) {
  out << "{\n  \"corpus\": " << json_escape(r.corpus) << ",\n  \"files\": " << r.files
      << ",\n  \"corpus_bytes\": " << fixed(r.corpus_bytes, 0) << ",\n  \"repeat\": " << r.repeat
      << ",\n  \"stages\": [";
  for (std::size_t i = 0; i < r.stages.size(); ++i) {
    const StageStats& s = r.stages[i];
    double t = median(s.seconds);
    double per = t > 0 ? 1.0 / t : 0;
    out << (i ? "," : "") << "\n    {\"name\": " << json_escape(s.name) << ", \"seconds\": [";
    for (std::size_t j = 0; j < s.seconds.size(); ++j) out << (j ? ", " : "") << fixed(s.seconds[j], 6);
    out << "], \"median_seconds\": " << fixed(t, 6)
        << ", \"input_mb_per_s\": " << fixed(s.input_bytes / kMB * per, 4)
        << ", \"output_bytes\": " << fixed(s.output_bytes, 0)
        << ", \"output_mb_per_s\": " << fixed(s.output_bytes / kMB * per, 4)
        << ", \"documents\": " << s.documents << ", \"documents_per_s\": " << fixed(s.documents * per, 2)
        << ", \"items\": " << s.items << ", \"items_per_s\": " << fixed(s.items * per, 2)
        << ", \"peak_rss_bytes\": " << s.peak_bytes << ", \"rss_growth_bytes\": " << s.growth_bytes
        << "}";
  }
  out << "\n  ],\n  \"store\": {\"facts\": " << r.facts << ", \"evidence\": " << r.evidence
      << ", \"entities\": " << r.entities << ", \"sources\": " << r.sources
      << ", \"diagnostics\": " << r.warnings << "}";
  if (r.recall) {
    const RecallReport& rc = *r.recall;
    out << ",\n  \"recall\": {\"overall\": ";
    json_tally(out, rc.overall);
    out << ", \"distinct\": ";
    json_tally(out, rc.unique);
    out << ", \"store_edges\": " << rc.store_edges << ", \"not_planted\": " << rc.not_planted;
    for (const char* group : {"by_relation", "by_shape"}) {
      const auto& map = std::string(group) == "by_relation" ? rc.by_relation : rc.by_shape;
      out << ", \"" << group << "\": {";
      bool first = true;
      for (const auto& [name, t] : map) {
        out << (first ? "" : ", ") << json_escape(name) << ": ";
        json_tally(out, t);
        first = false;
      }
      out << "}";
    }
    out << ", \"missed_examples\": {";
    bool first = true;
    for (const auto& [shape, list] : rc.missed_examples) {
      out << (first ? "" : ", ") << json_escape(shape) << ": [";
      for (std::size_t i = 0; i < list.size(); ++i) out << (i ? ", " : "") << json_escape(list[i]);
      out << "]";
      first = false;
    }
    out << "}, \"not_planted_examples\": [";
    for (std::size_t i = 0; i < rc.not_planted_examples.size(); ++i) {
      out << (i ? ", " : "") << json_escape(rc.not_planted_examples[i]);
    }
    out << "]}";
  }
  out << "\n}\n";
}

}  // namespace orgkg::bench

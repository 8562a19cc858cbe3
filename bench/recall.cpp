// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "recall.hpp"

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg::bench {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // subject, relation, object

Key make_key(std::string s, const std::string& r, std::string o) {
  if ((r == "cooperates_with" || r == "agreement_with") && o < s) std::swap(s, o);
  return {std::move(s), r, std::move(o)};
}

void count(Tally& t, bool found, bool in_doc, bool date) {
  ++t.planted;
  t.found += found;
  t.found_in_doc += in_doc;
  t.date_right += date;
}

}  // namespace

std::vector<TruthRow> read_truth(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  std::vector<TruthRow> rows;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    if (f.size() < 5) {
      throw std::runtime_error(path.string() + ":" + std::to_string(number) + ": short row");
    }
    TruthRow row{f[0], f[1], f[2], f[3], f[4], "", ""};
    if (f.size() >= 7) {
      row.shape = f[5];
      row.sentence = f[6];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

RecallReport score_recall(const Store& store, const std::vector<TruthRow>& truth,
                          std::size_t examples) {
  // The Store's edges by keys, with the documents and dates of their evidence.
  std::map<Key, const Fact*> edges;
  for (const Fact* fact : store.facts()) {
    const Entity* s = store.find_entity(fact->subject);
    const Entity* o = store.find_entity(fact->object);
    if (!s || !o) continue;
    edges[make_key(s->key, std::string(relation_name(fact->relation)), o->key)] = fact;
  }
  RecallReport report;
  report.store_edges = edges.size();
  std::set<Key> planted;
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;  // doc + key
  std::map<Key, bool> unique_found;
  for (const TruthRow& row : truth) {
    Key key = make_key(row.subject, row.relation, row.object);
    if (!seen.insert({row.doc, std::get<0>(key), std::get<1>(key), std::get<2>(key)}).second) {
      continue;  // the same fact planted twice in a document counts once
    }
    planted.insert(key);
    auto it = edges.find(key);
    bool found = it != edges.end(), in_doc = false, date = false;
    if (found) {
      for (const EvidenceView e : it->second->evidence) {
        if (e.doc_id != row.doc) continue;
        in_doc = true;
        date = date || e.date.to_iso() == row.date;
      }
    }
    count(report.overall, found, in_doc, date);
    count(report.by_relation[row.relation], found, in_doc, date);
    if (!row.shape.empty()) {
      count(report.by_shape[row.shape], found, in_doc, date);
      auto& missed = report.missed_examples[row.shape];
      if (!in_doc && missed.size() < examples) {
        missed.push_back(row.subject + " " + row.relation + " " + row.object + ": " +
                         row.sentence);
      }
    }
    unique_found[key] = found;
  }
  for (const auto& [key, found] : unique_found) count(report.unique, found, found, false);
  for (const auto& [key, fact] : edges) {
    if (planted.count(key)) continue;
    ++report.not_planted;
    ++report.not_planted_by_relation[std::get<1>(key)];
    if (report.not_planted_examples.size() < examples * 3) {
      std::string example = std::get<0>(key) + " " + std::get<1>(key) + " " + std::get<2>(key);
      if (!fact->evidence.empty()) example.append(": ").append(fact->evidence.front().sentence);
      report.not_planted_examples.push_back(std::move(example));
    }
  }
  return report;
}

}  // namespace orgkg::bench

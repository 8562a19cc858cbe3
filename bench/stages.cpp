// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "stages.hpp"

#include <utility>

#include "measure.hpp"
#include "orgkg/extract/gazetteer.hpp"

namespace orgkg::bench {
namespace {

// Runs `body` as one repeat of `stats`: resets the memory peak before, and
// records the time, the peak and its growth over the starting RSS after.
template <typename Body>
void measured(StageStats& stats, Body body) {
  reset_peak_memory();
  const long long start = current_memory_bytes();
  Stopwatch watch;
  body();
  stats.seconds.push_back(watch.seconds());
  const long long peak = peak_memory_bytes();
  stats.peak_bytes = std::max(stats.peak_bytes, peak);
  stats.growth_bytes = std::max(stats.growth_bytes, peak - start);
}

}  // namespace

void run_read(Pipeline& p, StageStats& stats) {
  p.documents.clear();
  p.documents.shrink_to_fit();
  measured(stats, [&] {
    for (const auto& file : p.files) {
      std::vector<Document> docs = read_documents(file, ReadOptions{}, p.diagnostics);
      for (auto& d : docs) p.documents.push_back(std::move(d));
    }
  });
  stats.input_bytes = p.corpus_bytes;
  stats.documents = p.documents.size();
  stats.items = p.documents.size();
}

void run_extract(Pipeline& p, StageStats& stats) {
  p.triples.clear();
  p.triples.shrink_to_fit();
  std::size_t count = 0;
  const auto extractors = default_extractors(*p.gazetteer);
  measured(stats, [&] {
    p.triples.reserve(p.documents.size());
    for (const Document& d : p.documents) {
      p.triples.push_back(extract_triples(d, extractors, p.diagnostics));
      count += p.triples.back().size();
    }
  });
  stats.input_bytes = p.corpus_bytes;
  stats.documents = p.documents.size();
  stats.items = count;
}

void run_merge(Pipeline& p, StageStats& stats) {
  p.store = Store();
  std::size_t count = 0;
  measured(stats, [&] {
    for (std::size_t i = 0; i < p.documents.size(); ++i) {
      p.store.add_source(p.documents[i].source);
      for (const Triple& t : p.triples[i]) count += p.store.add(t) ? 1 : 0;
    }
  });
  stats.input_bytes = p.corpus_bytes;
  stats.documents = p.documents.size();
  stats.items = count;
  p.triples.clear();
  p.triples.shrink_to_fit();
}

void run_export(Pipeline& p, Format format, const std::filesystem::path& dir, StageStats& stats) {
  const auto path = dir / ("graph" + std::string(file_extension(format)));
  measured(stats, [&] { write_file(p.store, format, path); });
  stats.input_bytes = p.corpus_bytes;
  stats.output_bytes = static_cast<double>(std::filesystem::file_size(path));
  stats.documents = p.store.source_count();
  stats.items = p.store.fact_count();
}

bool threaded_build_available() { return true; }

Store run_end_to_end(Pipeline& p, std::size_t threads, StageStats& stats) {
  Store store;
  BuildStats built;
  Diagnostics diagnostics;
  measured(stats, [&] {
    if (threads <= 1) {
      built = add_documents(p.files, *p.gazetteer, store, diagnostics);
    } else {
      BuildSettings settings;
      settings.threads = static_cast<unsigned>(threads);
      built = add_documents(p.files, *p.gazetteer, store, diagnostics, settings);
    }
  });
  stats.input_bytes = p.corpus_bytes;
  stats.documents = built.documents;
  stats.items = built.triples;
  return store;
}

}  // namespace orgkg::bench

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "run.hpp"

#include <filesystem>
#include <orgkg/export/triples.hpp>
#include <orgkg/extract/build.hpp>
#include <orgkg/extract/gazetteer.hpp>
#include <orgkg/extract/reader.hpp>
#include <orgkg/graph/diagnostics.hpp>
#include <orgkg/graph/snapshot.hpp>
#include <orgkg/graph/store.hpp>
#include <ostream>
#include <vector>

#include "build.hpp"
#include "inputs.hpp"
#include "outputs.hpp"
#include "query.hpp"
#include "skipper.hpp"

namespace orgkg::cli {
namespace {

// Sequential: extract prints every triple of a few statements, where a thread
// pool would buy nothing and the output order must follow the input order.
int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err) {
  auto read = resolve_read(options.read, err);
  if (!read) return 2;
  const Gazetteer gazetteer = load_gazetteer(options.read);
  const auto extractors = default_extractors(gazetteer);
  Diagnostics diagnostics;
  Skipper skipper(read->strict, diagnostics);
  std::vector<Triple> triples;
  bool read_any = false;
  for (const fs::path& file : input_files(options.inputs, skipper)) {
    read_any |= skipper.attempt(file, [&](Diagnostics& found) {
      for (const Document& document : read_documents(file, *read, found)) {
        std::vector<Triple> facts = extract_triples(document, extractors, found);
        triples.insert(triples.end(), facts.begin(), facts.end());
      }
    });
  }
  report_diagnostics(diagnostics, err);
  skipper.fail_if_nothing_read(read_any);
  options.json ? write_triples_json(triples, out) : write_triples_table(triples, out);
  return 0;
}

int run_merge(const MergeOptions& options, std::ostream& out) {
  std::vector<fs::path> paths(options.snapshots.begin(), options.snapshots.end());
  Store merged = merge_snapshot_files(paths);
  make_directories(fs::path(options.output).parent_path());
  save_snapshot_file(merged, options.output);
  out << "orgkg: merged " << paths.size() << " snapshots: " << merged.entity_count()
      << " entities, " << merged.fact_count() << " edges, " << merged.evidence_count()
      << " evidence items; wrote " << options.output << '\n';
  return 0;
}

}  // namespace

int run(const CliOptions& options, std::ostream& out, std::ostream& err) {
  switch (options.command) {
    case Command::Build:
      return run_build(options.build, out, err);
    case Command::Extract:
      return run_extract(options.extract, out, err);
    case Command::Merge:
      return run_merge(options.merge, out);
    case Command::Query:
      return run_query(options.query, out, err);
    case Command::Export:
      return run_export(options.export_snapshot, out, err);
  }
  return 2;
}

}  // namespace orgkg::cli

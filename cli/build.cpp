// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "build.hpp"

#include <chrono>
#include <cstdio>
#include <optional>
#include <orgkg/extract/build.hpp>
#include <orgkg/graph/diagnostics.hpp>
#include <orgkg/graph/snapshot.hpp>
#include <orgkg/graph/store.hpp>
#include <ostream>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

#include "inputs.hpp"
#include "outputs.hpp"
#include "progress.hpp"
#include "skipper.hpp"

namespace orgkg::cli {
namespace {

std::uintmax_t file_size_or_zero(const fs::path& file) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  return ec ? 0 : size;
}

// The rate is the build's (start-up, reading and extraction), not the
// writing's, which depends on the formats asked for and grows with the
// evidence, not the input.
std::string summary(const BuildStats& stats, const Store& store, std::uintmax_t input_bytes,
                    double build_seconds, double total_seconds, unsigned threads) {
  char text[360];
  std::snprintf(text, sizeof text,
                "%zu documents (%.1f KB), %zu facts extracted, %zu entities, %zu edges, %.2f s, "
                "%.2f MB/s on %u thread%s, %.2f s with writing",
                stats.documents, static_cast<double>(stats.bytes) / 1024.0, stats.triples,
                store.entity_count(), store.fact_count(), build_seconds,
                build_seconds > 0 ? static_cast<double>(input_bytes) / 1e6 / build_seconds : 0.0,
                threads, threads == 1 ? "" : "s", total_seconds);
  return text;
}

// Reads `files` (of `sizes` bytes, in order) into `store` on `threads`
// threads, applying the Skipper's policy to each file as the library hands it
// back, in file order.
BuildStats build_files(const std::vector<fs::path>& files, const std::vector<std::uintmax_t>& sizes,
                       const Gazetteer& gazetteer, Store& store, const ReadOptions& read,
                       unsigned threads, Skipper& skipper, Progress& progress,
                       Diagnostics& diagnostics) {
  std::size_t next = 0;
  BuildSettings settings;
  settings.read = read;
  settings.threads = threads;
  settings.on_document = [&](const Document& document, std::size_t triples) {
    progress.document_done(document.text.size(), triples);
  };
  settings.on_file = [&](FileOutcome& outcome) {
    progress.file_done(next < sizes.size() ? sizes[next] : 0, outcome.stats.documents,
                       outcome.stats.triples);
    ++next;
    skipper.attempt(outcome.path, [&](Diagnostics& found) {
      found = std::move(outcome.diagnostics);
      if (outcome.error) std::rethrow_exception(outcome.error);
    });
  };
  return add_documents(files, gazetteer, store, diagnostics, settings);
}

}  // namespace

std::vector<fs::path> shard_files(const std::vector<fs::path>& files, const Shard& shard) {
  std::vector<fs::path> slice;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (i % shard.count == shard.index - 1) slice.push_back(files[i]);
  }
  return slice;
}

unsigned resolve_jobs(unsigned jobs) {
  if (jobs != 0) return jobs;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  std::optional<OutputPlan> plan = plan_outputs(options.output, err);
  std::optional<ReadOptions> read = resolve_read(options.read, err);
  if (!plan || !read) return 2;
  const Gazetteer gazetteer = load_gazetteer(options.read);
  Diagnostics diagnostics;
  Skipper skipper(read->strict, diagnostics);
  const std::vector<fs::path> files =
      shard_files(input_files(options.inputs, skipper), options.shard);
  if (files.empty() && !options.quiet) {
    err << "orgkg: warning: shard " << options.shard.index << '/' << options.shard.count
        << " holds no files; its snapshot holds only what --into held\n";
  }

  const bool into_existing = !options.into.empty() && fs::exists(options.into);
  Store store = into_existing ? load_snapshot_file(options.into) : Store();
  // Documents added to a snapshot are built into a store of their own, then
  // merged into it: where they sort among the snapshot's documents, adding
  // them observation by observation inserted each item amid its fact's list,
  // moving the items after it, while Store::merge() merges each fact's two
  // lists in one pass. The result is the same (Store::merge()).
  Store added;
  Store& target = into_existing ? added : store;
  ProgressCounters totals;
  totals.files_total = files.size();
  // One stat() per file, for the progress counters and the summary's rate:
  // none when quiet, which shows neither (on many small files, it costs as
  // much as opening them).
  std::vector<std::uintmax_t> sizes;
  if (!options.quiet) {
    sizes.reserve(files.size());
    for (const fs::path& file : files) {
      sizes.push_back(file_size_or_zero(file));
      totals.bytes_total += sizes.back();
    }
  }
  Progress progress(err, progress_wanted(options.quiet, options.progress), totals);
  const unsigned threads = resolve_jobs(options.jobs);
  BuildStats stats;
  try {
    stats =
        build_files(files, sizes, gazetteer, target, *read, threads, skipper, progress, diagnostics);
  } catch (...) {
    progress.finish();  // end the line before the error message
    throw;
  }
  progress.finish();
  if (into_existing) {
    store.merge(added);
    added = Store();
  }
  const auto built = std::chrono::steady_clock::now();
  if (!options.quiet) report_diagnostics(diagnostics, err);
  skipper.fail_if_nothing_read(stats.files != 0);
  check_outputs(store, *plan);  // an unknown --focus fails before any file is written

  std::string written;
  if (!options.into.empty()) {
    make_directories(fs::path(options.into).parent_path());
    save_snapshot_file(store, options.into);
    written = options.into;
  }
  const std::string dir =
      options.output.dir.empty() && options.into.empty() ? "out" : options.output.dir;
  if (!dir.empty()) {
    for (const fs::path& path : write_outputs(store, *plan, dir, threads))
      written += (written.empty() ? "" : ", ") + path.string();
  }
  const auto seconds_since_start = [&](std::chrono::steady_clock::time_point at) {
    return std::chrono::duration<double>(at - started).count();
  };
  if (!options.quiet) {
    out << "orgkg: "
        << summary(stats, store, progress.counters().bytes_done, seconds_since_start(built),
                   seconds_since_start(std::chrono::steady_clock::now()), threads)
        << "; wrote " << written << '\n';
  }
  return 0;
}

}  // namespace orgkg::cli

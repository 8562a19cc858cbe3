// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "outputs.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <numeric>
#include <orgkg/export/dot.hpp>
#include <orgkg/graph/snapshot.hpp>
#include <ostream>
#include <system_error>
#include <thread>

#include "build.hpp"
#include "inputs.hpp"

namespace orgkg::cli {

namespace fs = std::filesystem;

std::optional<OutputPlan> plan_outputs(const OutputArgs& args, std::ostream& err) {
  OutputPlan plan;
  if (args.formats.empty()) plan.formats.assign(kDefaultFormats.begin(), kDefaultFormats.end());
  for (const std::string& name : args.formats) {
    std::optional<Format> format = format_from_name(name);
    if (!format) {
      err << "orgkg: unknown format '" << name << "' (known:";
      for (Format known : kAllFormats) err << ' ' << format_name(known);
      err << ")\n";
      return std::nullopt;
    }
    plan.formats.push_back(*format);
  }
  if (!args.base_iri.empty()) plan.options.base_iri = args.base_iri;
  plan.options.focus = args.focus;
  plan.options.depth = args.depth;
  return plan;
}

void check_outputs(const Store& store, const OutputPlan& plan) {
  if (std::find(plan.formats.begin(), plan.formats.end(), Format::Dot) != plan.formats.end())
    check_dot_options(store, plan.options);
}

namespace {

// How long a format takes to write for a large graph, as a rank: N-Quads
// write every evidence item with its graph, N-Triples and Turtle every one,
// graph.json the sentences, and the XML graphs only the facts. Written
// longest first, the threads finish together.
int cost_rank(Format format) {
  switch (format) {
    case Format::NQuads:
      return 0;
    case Format::NTriples:
      return 1;
    case Format::Turtle:
      return 2;
    case Format::Json:
      return 3;
    default:
      return 4;
  }
}

}  // namespace

std::vector<fs::path> write_outputs(const Store& store, const OutputPlan& plan,
                                    const fs::path& dir, unsigned threads) {
  make_directories(dir);
  const std::size_t count = plan.formats.size();
  std::vector<fs::path> written;
  written.reserve(count);
  for (Format format : plan.formats) {
    written.push_back(dir / ("graph" + std::string(file_extension(format))));
  }
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return cost_rank(plan.formats[a]) < cost_rank(plan.formats[b]);
  });
  // Each writer only reads the Store. A failed file does not stop the
  // others (each is written whole or not at all); the first failure in the
  // plan's order is thrown once all are done.
  std::vector<std::exception_ptr> failures(count);
  std::atomic<std::size_t> next{0};
  auto write_next = [&] {
    for (std::size_t k = next++; k < count; k = next++) {
      const std::size_t i = order[k];
      try {
        write_file(store, plan.formats[i], written[i], plan.options);
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    const std::size_t wanted = std::min<std::size_t>(std::max(threads, 1U), count);
    for (std::size_t h = 1; h < wanted; ++h) {
      try {
        helpers.emplace_back(write_next);
      } catch (const std::system_error&) {
        break;  // no thread to be had: this one writes the rest
      }
    }
    write_next();
  }  // joins the helpers
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
  return written;
}

int run_export(const ExportSnapshotOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<OutputPlan> plan = plan_outputs(options.output, err);
  if (!plan) return 2;
  const Store store = load_snapshot_file(options.snapshot);
  check_outputs(store, *plan);
  const fs::path dir = options.output.dir.empty() ? "out" : options.output.dir;
  std::vector<fs::path> written = write_outputs(store, *plan, dir, resolve_jobs(0));
  if (options.quiet) return 0;
  out << "orgkg: exported " << options.snapshot << ": " << store.entity_count() << " entities, "
      << store.fact_count() << " edges; wrote ";
  for (std::size_t i = 0; i < written.size(); ++i) out << (i ? ", " : "") << written[i].string();
  out << '\n';
  return 0;
}

}  // namespace orgkg::cli

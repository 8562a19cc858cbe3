// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "outputs.hpp"

#include <algorithm>
#include <orgkg/export/dot.hpp>
#include <orgkg/graph/snapshot.hpp>
#include <ostream>

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

std::vector<fs::path> write_outputs(const Store& store, const OutputPlan& plan,
                                    const fs::path& dir) {
  make_directories(dir);
  std::vector<fs::path> written;
  for (Format format : plan.formats) {
    fs::path path = dir / ("graph" + std::string(file_extension(format)));
    write_file(store, format, path, plan.options);
    written.push_back(std::move(path));
  }
  return written;
}

int run_export(const ExportSnapshotOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<OutputPlan> plan = plan_outputs(options.output, err);
  if (!plan) return 2;
  const Store store = load_snapshot_file(options.snapshot);
  check_outputs(store, *plan);
  const fs::path dir = options.output.dir.empty() ? "out" : options.output.dir;
  std::vector<fs::path> written = write_outputs(store, *plan, dir);
  if (options.quiet) return 0;
  out << "orgkg: exported " << options.snapshot << ": " << store.entity_count() << " entities, "
      << store.fact_count() << " edges; wrote ";
  for (std::size_t i = 0; i < written.size(); ++i) out << (i ? ", " : "") << written[i].string();
  out << '\n';
  return 0;
}

}  // namespace orgkg::cli

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "run.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <string>
#include <system_error>

#include <orgkg/export/format.hpp>
#include <orgkg/extract/build.hpp>
#include <orgkg/extract/corpus.hpp>
#include <orgkg/extract/gazetteer.hpp>
#include <orgkg/graph/diagnostics.hpp>
#include <orgkg/graph/error.hpp>
#include <orgkg/graph/store.hpp>

namespace orgkg::cli {
namespace {

namespace fs = std::filesystem;

// The formats named on the command line, or every format. nullopt after
// reporting an unknown name.
std::optional<std::vector<Format>> resolve_formats(const std::vector<std::string>& names,
                                                   std::ostream& err) {
  if (names.empty()) return std::vector<Format>(kAllFormats.begin(), kAllFormats.end());
  std::vector<Format> formats;
  for (const std::string& name : names) {
    std::optional<Format> format = format_from_name(name);
    if (!format) {
      err << "orgkg: unknown format '" << name << "' (known:";
      for (Format known : kAllFormats) err << ' ' << format_name(known);
      err << ")\n";
      return std::nullopt;
    }
    formats.push_back(*format);
  }
  return formats;
}

std::string human_bytes(std::size_t bytes) {
  char text[32];
  if (bytes < 1024) {
    std::snprintf(text, sizeof text, "%zu B", bytes);
  } else if (bytes < 1024 * 1024) {
    std::snprintf(text, sizeof text, "%.1f KB", static_cast<double>(bytes) / 1024.0);
  } else {
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  }
  return text;
}

void report_diagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& item : diagnostics.items()) {
    if (item.severity != Severity::Note) err << "orgkg: " << item.to_string() << '\n';
  }
}

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  auto started = std::chrono::steady_clock::now();
  std::optional<std::vector<Format>> formats = resolve_formats(options.formats, err);
  if (!formats) return 2;

  GazetteerOptions gazetteer_options;
  if (!options.data_dir.empty()) gazetteer_options.data_dir = options.data_dir;
  const Gazetteer gazetteer = Gazetteer::load(gazetteer_options);

  std::vector<fs::path> inputs(options.inputs.begin(), options.inputs.end());
  std::vector<fs::path> files = list_corpus(inputs);
  if (files.empty()) {
    err << "orgkg: error: no statement files found in the inputs given\n";
    return 1;
  }

  Store store;
  Diagnostics diagnostics;
  BuildStats stats = add_documents(files, gazetteer, store, diagnostics);
  if (!options.quiet) report_diagnostics(diagnostics, err);

  std::error_code ec;
  fs::create_directories(options.output_dir, ec);
  if (ec) throw IoError(options.output_dir, "cannot create output directory", ec.value());
  ExportOptions export_options;
  if (!options.base_iri.empty()) export_options.base_iri = options.base_iri;
  std::string written;
  for (Format format : *formats) {
    fs::path path = fs::path(options.output_dir) / ("graph" + std::string(file_extension(format)));
    write_file(store, format, path, export_options);
    written += (written.empty() ? "" : ", ") + path.filename().string();
  }

  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!options.quiet) {
    char timing[32];
    std::snprintf(timing, sizeof timing, "%.2f s", seconds);
    out << "orgkg: " << stats.documents << " documents (" << human_bytes(stats.bytes) << "), "
        << stats.triples << " facts extracted, " << store.entity_count() << " entities, "
        << store.fact_count() << " edges; wrote " << written << " to " << options.output_dir
        << " in " << timing << '\n';
  }
  return 0;
}

}  // namespace

int run(const CliOptions& options, std::ostream& out, std::ostream& err) {
  switch (options.command) {
    case Command::Build: return run_build(options.build, out, err);
  }
  return 2;
}

}  // namespace orgkg::cli

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "run.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <orgkg/export/dot.hpp>
#include <orgkg/export/format.hpp>
#include <orgkg/export/triples.hpp>
#include <orgkg/extract/build.hpp>
#include <orgkg/extract/corpus.hpp>
#include <orgkg/extract/gazetteer.hpp>
#include <orgkg/extract/reader.hpp>
#include <orgkg/graph/diagnostics.hpp>
#include <orgkg/graph/error.hpp>
#include <orgkg/graph/snapshot.hpp>
#include <orgkg/graph/store.hpp>
#include <ostream>
#include <string>
#include <system_error>
#include <utility>

#include "query.hpp"
#include "skipper.hpp"

namespace orgkg::cli {
namespace {

namespace fs = std::filesystem;

// The formats named on the command line, or every format; nullopt after
// reporting an unknown name.
std::optional<std::vector<Format>> resolve_formats(const std::vector<std::string>& names,
                                                   std::ostream& err) {
  if (names.empty()) return std::vector<Format>(kDefaultFormats.begin(), kDefaultFormats.end());
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

// ReadOptions from the command line; nullopt after reporting a bad value.
std::optional<ReadOptions> resolve_read(const ReadArgs& args, std::ostream& err) {
  ReadOptions options;
  options.strict = args.strict;
  if (!args.input_format.empty()) {
    options.format = input_format_from_name(args.input_format);
    if (!options.format) {
      err << "orgkg: unknown input format '" << args.input_format << "' (known: text html jsonl)\n";
      return std::nullopt;
    }
  }
  if (!args.publisher_country.empty()) {
    std::optional<std::string> code = parse_country_code(args.publisher_country);
    if (!code) {
      err << "orgkg: --publisher-country takes an ISO alpha-3 code such as RUS, not '"
          << args.publisher_country << "'\n";
      return std::nullopt;
    }
    options.publisher_country = *code;
  }
  return options;
}

Gazetteer load_gazetteer(const ReadArgs& args) {
  GazetteerOptions options;
  if (!args.data_dir.empty()) options.data_dir = args.data_dir;
  return Gazetteer::load(options);
}

std::vector<fs::path> input_files(const std::vector<std::string>& inputs, Skipper& skipper) {
  std::vector<fs::path> files;
  for (const std::string& input : inputs) {
    skipper.attempt(input, [&](Diagnostics&) {
      std::vector<fs::path> found = list_corpus({fs::path(input)});
      files.insert(files.end(), found.begin(), found.end());
    });
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  skipper.fail_if_nothing_read(!files.empty());
  if (files.empty()) throw Error("no statement files found in the inputs given");
  return files;
}

void make_directories(const fs::path& dir) {
  std::error_code ec;
  if (!dir.empty()) fs::create_directories(dir, ec);
  if (ec) throw IoError(dir.string(), "cannot create directory", ec.value());
}

void create_parent_directory(const fs::path& file) { make_directories(file.parent_path()); }

void report_diagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& item : diagnostics.items()) {
    if (item.severity != Severity::Note) err << "orgkg: " << item.to_string() << '\n';
  }
}

std::string summary(const BuildStats& stats, const Store& store, double seconds) {
  char text[256];
  std::snprintf(text, sizeof text,
                "%zu documents (%.1f KB), %zu facts extracted, %zu entities, %zu edges, %.2f s",
                stats.documents, static_cast<double>(stats.bytes) / 1024.0, stats.triples,
                store.entity_count(), store.fact_count(), seconds);
  return text;
}

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  auto started = std::chrono::steady_clock::now();
  auto formats = resolve_formats(options.formats, err);
  auto read = resolve_read(options.read, err);
  if (!formats || !read) return 2;
  const Gazetteer gazetteer = load_gazetteer(options.read);
  Diagnostics diagnostics;
  Skipper skipper(read->strict, diagnostics);
  std::vector<fs::path> files = input_files(options.inputs, skipper);

  Store store = !options.into.empty() && fs::exists(options.into) ? load_snapshot_file(options.into)
                                                                  : Store();
  BuildStats stats;
  for (const fs::path& file : files) {
    skipper.attempt(file, [&](Diagnostics& found) {
      BuildStats one = add_documents({file}, gazetteer, store, found, *read);
      stats.documents += one.documents;
      stats.bytes += one.bytes;
      stats.triples += one.triples;
      stats.files += one.files;
    });
  }
  if (!options.quiet) report_diagnostics(diagnostics, err);
  skipper.fail_if_nothing_read(stats.files != 0);

  ExportOptions export_options;
  if (!options.base_iri.empty()) export_options.base_iri = options.base_iri;
  export_options.focus = options.focus;
  export_options.depth = options.depth;
  // An unknown --focus fails before any file is written.
  if (std::find(formats->begin(), formats->end(), Format::Dot) != formats->end())
    check_dot_options(store, export_options);

  std::string written;
  if (!options.into.empty()) {
    create_parent_directory(options.into);
    save_snapshot_file(store, options.into);
    written = options.into;
  }
  std::string dir = options.output_dir.empty() && options.into.empty() ? "out" : options.output_dir;
  if (!dir.empty()) {
    make_directories(dir);
    for (Format format : *formats) {
      fs::path path = fs::path(dir) / ("graph" + std::string(file_extension(format)));
      write_file(store, format, path, export_options);
      written += (written.empty() ? "" : ", ") + path.string();
    }
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!options.quiet)
    out << "orgkg: " << summary(stats, store, seconds) << "; wrote " << written << '\n';
  return 0;
}

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
  create_parent_directory(options.output);
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
  }
  return 2;
}

}  // namespace orgkg::cli

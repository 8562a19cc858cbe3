// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "inputs.hpp"

#include <algorithm>
#include <orgkg/extract/corpus.hpp>
#include <orgkg/graph/error.hpp>
#include <ostream>
#include <system_error>

namespace orgkg::cli {

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
  sort_unique_paths(files);
  skipper.fail_if_nothing_read(!files.empty());
  if (files.empty()) throw Error("no statement files found in the inputs given");
  return files;
}

void report_diagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& item : diagnostics.items()) {
    if (item.severity != Severity::Note) err << "orgkg: " << item.to_string() << '\n';
  }
}

void make_directories(const fs::path& dir) {
  std::error_code ec;
  if (!dir.empty()) fs::create_directories(dir, ec);
  if (ec) throw IoError(dir.string(), "cannot create directory", ec.value());
}

}  // namespace orgkg::cli

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "args.hpp"

#include <CLI/CLI.hpp>

#include <sstream>

#include <orgkg/version.hpp>

namespace orgkg::cli {
namespace {

void add_build_command(CLI::App& app, BuildOptions& build) {
  CLI::App* command = app.add_subcommand(
      "build", "Extract facts from statements and write the graph in every format");
  command->add_option("inputs", build.inputs, "Statement files or directories (walked recursively)")
      ->required();
  command->add_option("-o,--output", build.output_dir, "Output directory (created if missing)")
      ->capture_default_str();
  command->add_option("-f,--format", build.formats,
                      "Formats to write, comma-separated (default: all)")
      ->delimiter(',');
  command->add_option("--base-iri", build.base_iri, "Base IRI of the RDF outputs");
  command->add_option("--data-dir", build.data_dir,
                      "Gazetteer data directory (default: $ORGKG_DATA_DIR or the shipped data)");
  command->add_flag("-q,--quiet", build.quiet, "Print no summary and no warnings");
}

}  // namespace

ParsedArgs parse_args(int argc, const char* const* argv) {
  CLI::App app{"orgkg: knowledge graphs of international organisations and their membership",
               "orgkg"};
  app.set_version_flag("--version", std::string("orgkg ") + kVersion);
  app.require_subcommand(1);
  CliOptions options;
  add_build_command(app, options.build);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11 formats help, version and errors itself; capture instead of printing.
    std::ostringstream out;
    std::ostringstream err;
    int code = app.exit(error, out, err);
    if (code == 0) return ParsedArgs{std::nullopt, 0, out.str()};
    return ParsedArgs{std::nullopt, 2, "orgkg: " + err.str()};
  }
  options.command = Command::Build;
  return ParsedArgs{std::move(options), 0, {}};
}

}  // namespace orgkg::cli

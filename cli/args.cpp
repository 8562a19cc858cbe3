// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "args.hpp"

#include <CLI/CLI.hpp>
#include <orgkg/version.hpp>
#include <sstream>

namespace orgkg::cli {
namespace {

void add_read_options(CLI::App& command, ReadArgs& read) {
  command.add_option("--input-format", read.input_format,
                     "Input format: text, html or jsonl (default: by file extension)");
  command.add_option("--publisher-country", read.publisher_country,
                     "ISO alpha-3 code of the publishing state, who 'our country' is (e.g. RUS)");
  command.add_flag("--strict", read.strict, "A malformed JSON line is an error, not a warning");
  command.add_option("--data-dir", read.data_dir,
                     "Gazetteer data directory (default: $ORGKG_DATA_DIR or the shipped data)");
}

void add_build(CLI::App& app, BuildOptions& build) {
  CLI::App* command = app.add_subcommand(
      "build", "Extract facts from statements and write the graph in every format");
  command->add_option("inputs", build.inputs, "Statement files or directories (walked recursively)")
      ->required();
  command->add_option("-o,--output", build.output_dir,
                      "Output directory, created if missing (default: out, none with --into)");
  command
      ->add_option("-f,--format", build.formats, "Formats to write, comma-separated: graphml,gexf,ttl,nt,nq,json,dot (default: all but dot)")
      ->delimiter(',');
  command->add_option("--into", build.into,
                      "Snapshot to add the documents to (created if missing)");
  command->add_option("--base-iri", build.base_iri, "Base IRI of the RDF outputs");
  command->add_option("--focus", build.focus, "DOT: draw only the neighbourhood of these entities")
      ->delimiter(',');
  command->add_option("--depth", build.depth, "DOT with --focus: how many edges away to draw")
      ->check(CLI::Range(0, 100));
  add_read_options(*command, build.read);
  command->add_flag("-q,--quiet", build.quiet, "Print no summary and no warnings");
}

void add_extract(CLI::App& app, ExtractOptions& extract) {
  CLI::App* command =
      app.add_subcommand("extract", "Print the facts each statement states, with their evidence");
  command->add_option("inputs", extract.inputs, "Statement files or directories")->required();
  command->add_flag("--json", extract.json, "JSON lines instead of a table");
  add_read_options(*command, extract.read);
}

void add_merge(CLI::App& app, MergeOptions& merge) {
  CLI::App* command = app.add_subcommand("merge", "Merge graph snapshots into one");
  command->add_option("snapshots", merge.snapshots, "Snapshot files (orgkg-snapshot JSON)")
      ->required();
  command->add_option("-o,--output", merge.output, "The merged snapshot")->required();
}

void add_query(CLI::App& app, QueryOptions& query) {
  CLI::App* command = app.add_subcommand("query", "Ask a graph snapshot a question");
  command->add_option("graph", query.graph, "Snapshot file")->required();
  command
      ->add_option("question", query.question,
                   "members ORG | memberships NAME | timeline NAME [NAME] | "
                   "shared NAME NAME | path NAME NAME | comembership | stats")
      ->required()
      ->check(CLI::IsMember(
          {"members", "memberships", "timeline", "shared", "path", "comembership", "stats"}));
  command->add_option("names", query.names, "Entities, by any of their names");
  command->add_option("--at", query.at, "Only facts holding at this date (YYYY[-MM[-DD]])");
  command->add_option("--role", query.role,
                      "member, observer, partner, associate (default: member for 'members')");
  command->add_flag("--json", query.json, "JSON instead of a table");
  command->add_option("--graphml", query.graphml,
                      "comembership: also write the network as GraphML to this file");
}

}  // namespace

ParsedArgs parse_args(int argc, const char* const* argv) {
  CLI::App app{"orgkg: knowledge graphs of international organisations and their membership",
               "orgkg"};
  app.set_version_flag("--version", std::string("orgkg ") + kVersion);
  app.require_subcommand(1);
  CliOptions options;
  add_build(app, options.build);
  add_extract(app, options.extract);
  add_merge(app, options.merge);
  add_query(app, options.query);
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
  const std::string chosen = app.get_subcommands().front()->get_name();
  options.command = chosen == "extract" ? Command::Extract
                    : chosen == "merge" ? Command::Merge
                    : chosen == "query" ? Command::Query
                                        : Command::Build;
  return ParsedArgs{std::move(options), 0, {}};
}

}  // namespace orgkg::cli

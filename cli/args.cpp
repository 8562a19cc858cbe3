// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "args.hpp"

#include <CLI/CLI.hpp>
#include <charconv>
#include <orgkg/version.hpp>
#include <sstream>
#include <string_view>
#include <system_error>

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

void add_output_options(CLI::App& command, OutputArgs& output, const std::string& dir_help) {
  command.add_option("-o,--output", output.dir, dir_help);
  command
      .add_option("-f,--format", output.formats,
                  "Formats to write, comma-separated: graphml,gexf,ttl,nt,nq,json,dot "
                  "(default: all but dot)")
      ->delimiter(',');
  command.add_option("--base-iri", output.base_iri, "Base IRI of the RDF outputs");
  command.add_option("--focus", output.focus, "DOT: draw only the neighbourhood of these entities")
      ->delimiter(',');
  command.add_option("--depth", output.depth, "DOT with --focus: how many edges away to draw")
      ->check(CLI::Range(0, 100));
}

void add_build(CLI::App& app, BuildOptions& build) {
  CLI::App* command = app.add_subcommand(
      "build", "Extract facts from statements and write the graph in every format");
  command->add_option("inputs", build.inputs, "Statement files or directories (walked recursively)")
      ->required();
  add_output_options(*command, build.output,
                     "Output directory, created if missing (default: out, none with --into)");
  CLI::Option* into = command->add_option("--into", build.into,
                                          "Snapshot to add the documents to (created if missing)");
  command->add_option("-j,--jobs", build.jobs, "Extraction threads (default 0: every core)")
      ->check(CLI::Range(0U, 4096U));
  command
      ->add_option_function<std::string>(
          "--shard",
          [&build](const std::string& text) {
            std::optional<Shard> shard = parse_shard(text);
            if (!shard) {
              throw CLI::ValidationError(
                  "--shard", "takes K/N with 1 <= K <= N (e.g. 2/3), not '" + text + "'");
            }
            build.shard = *shard;
          },
          "Build only the K-th of N slices of the sorted input files, into a partial snapshot")
      ->type_name("K/N")
      ->needs(into);
  add_read_options(*command, build.read);
  command->add_flag("-q,--quiet", build.quiet, "Print no summary, no warnings and no progress");
  command->add_flag("--progress", build.progress,
                    "Show progress on stderr even when it is not a terminal (not with -q)");
}

void add_export(CLI::App& app, ExportSnapshotOptions& options) {
  CLI::App* command =
      app.add_subcommand("export", "Write a graph snapshot in every format (as build does)");
  command->add_option("snapshot", options.snapshot, "Snapshot file (orgkg-snapshot JSON)")
      ->required();
  add_output_options(*command, options.output,
                     "Output directory, created if missing (default: out)");
  command->add_flag("-q,--quiet", options.quiet, "Print no summary");
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

std::optional<Shard> parse_shard(const std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  auto number = [](std::string_view digits) -> std::optional<unsigned> {
    unsigned value = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
      return std::nullopt;
    return value;
  };
  const std::string_view view(text);
  std::optional<unsigned> index = number(view.substr(0, slash));
  std::optional<unsigned> count = number(view.substr(slash + 1));
  if (!index || !count || *index < 1 || *index > *count) return std::nullopt;
  return Shard{*index, *count};
}

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
  add_export(app, options.export_snapshot);
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
  options.command = chosen == "extract"  ? Command::Extract
                    : chosen == "merge"  ? Command::Merge
                    : chosen == "query"  ? Command::Query
                    : chosen == "export" ? Command::Export
                                         : Command::Build;
  return ParsedArgs{std::move(options), 0, {}};
}

}  // namespace orgkg::cli

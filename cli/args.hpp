// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The command line, turned into plain option structs. Parsing does no I/O and
// touches no library state, so it is unit-tested on its own.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace orgkg::cli {

/// How statement files are read (build and extract).
struct ReadArgs {
  std::string input_format;       ///< "text", "html", "jsonl"; empty = by extension
  std::string publisher_country;  ///< ISO alpha-3 of "our country"; empty = unknown
  bool strict = false;            ///< a malformed JSON line is an error, not a warning
  std::string data_dir;           ///< gazetteer data; empty = the default lookup
};

/// Which graph files to write and how (build and export).
struct OutputArgs {
  std::string dir;                   ///< where graph.<ext> files go; empty = the command's default
  std::vector<std::string> formats;  ///< format names; empty = every format but DOT
  std::string base_iri;              ///< RDF base IRI; empty = the library's default
  std::vector<std::string> focus;    ///< DOT: draw only around these entities
  int depth = 1;                     ///< DOT with --focus: edges away from a focus entity
};

/// `--shard K/N`: build only the K-th of N slices of the sorted input files
/// (file i, counting from 0, belongs to slice (i mod N) + 1).
struct Shard {
  unsigned index = 1;  ///< K, 1-based
  unsigned count = 1;  ///< N; 1 = every file
  friend bool operator==(const Shard&, const Shard&) = default;
};

/// "K/N" with 1 <= K <= N as a Shard; nullopt for anything else.
[[nodiscard]] std::optional<Shard> parse_shard(const std::string& text);

/// `orgkg build INPUT... [-o DIR] [--format LIST] [--into SNAPSHOT] [-j N] [--shard K/N] ...`
struct BuildOptions {
  std::vector<std::string> inputs;  ///< files and directories of statements
  OutputArgs output;                ///< output.dir empty = "out" unless --into
  std::string into;                 ///< snapshot to extend (created if missing); empty = none
  unsigned jobs = 0;                ///< extraction threads; 0 = every core
  Shard shard;                      ///< the slice of the input files to build
  ReadArgs read;
  bool quiet = false;     ///< no summary line, no warnings, no progress
  bool progress = false;  ///< show progress even when stderr is not a terminal
};

/// `orgkg export SNAPSHOT [-o DIR] [--format LIST] [--base-iri IRI] ...`
struct ExportSnapshotOptions {
  std::string snapshot;  ///< the snapshot to write out
  OutputArgs output;     ///< output.dir empty = "out"
  bool quiet = false;    ///< no summary line
};

/// `orgkg extract INPUT... [--json]`: the triples of each statement with evidence.
struct ExtractOptions {
  std::vector<std::string> inputs;
  bool json = false;  ///< JSON lines instead of a table
  ReadArgs read;
};

/// `orgkg merge SNAPSHOT... -o OUT`
struct MergeOptions {
  std::vector<std::string> snapshots;
  std::string output;
};

/// `orgkg query GRAPH QUESTION [NAME...] [--at DATE] [--role ROLE] [--json]`
struct QueryOptions {
  std::string graph;               ///< a snapshot file
  std::string question;            ///< members, memberships, timeline, shared, path, stats
  std::vector<std::string> names;  ///< the entities asked about
  std::string at;                  ///< ISO date; empty = any time
  std::string role;                ///< member, observer, partner, associate or a relation name
  bool json = false;
  std::string graphml;  ///< comembership: also write the network as GraphML here
};

enum class Command { Build, Extract, Merge, Query, Export };

struct CliOptions {
  Command command = Command::Build;
  BuildOptions build;
  ExtractOptions extract;
  MergeOptions merge;
  QueryOptions query;
  ExportSnapshotOptions export_snapshot;
};

/// What parse_args() decided: options to run, or a text to print and an exit
/// code (help and --version exit 0 on stdout; a usage error exits 2 on stderr).
struct ParsedArgs {
  std::optional<CliOptions> options;
  int exit_code = 0;
  std::string message;
};

/// Parses argv (argv[0] is the program name). Never throws, never prints.
[[nodiscard]] ParsedArgs parse_args(int argc, const char* const* argv);

}  // namespace orgkg::cli

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

/// `orgkg build INPUT... [-o DIR] [--format LIST] [--base-iri IRI] [--data-dir DIR] [--quiet]`
struct BuildOptions {
  std::vector<std::string> inputs;     ///< files and directories of statements
  std::string output_dir = "out";      ///< where graph.<ext> files are written
  std::vector<std::string> formats;    ///< format names; empty = every format
  std::string base_iri;                ///< RDF base IRI; empty = the library's default
  std::string data_dir;                ///< gazetteer data; empty = the default lookup
  bool quiet = false;                  ///< no summary line, no warnings
};

enum class Command { Build };

struct CliOptions {
  Command command = Command::Build;
  BuildOptions build;
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

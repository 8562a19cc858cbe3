// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Helpers for tests that touch the file system or run external validators
// (xmllint, serdi, rapper, python3): a self-removing temporary directory, file
// reading, finding a program on PATH and running a command with its output.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

namespace orgkg::test {

/// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("orgkg-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(std::string_view name) const {
    return path_ / name;
  }

 private:
  std::filesystem::path path_;
};

/// The whole file, or "" when it cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_text_file(const std::filesystem::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

/// The absolute path of `name` (or `name` itself when it contains a '/') if it
/// is an executable file on PATH.
inline std::optional<std::filesystem::path> find_program(std::string_view name) {
  if (name.find('/') != std::string_view::npos) {
    if (::access(std::string(name).c_str(), X_OK) == 0) return std::filesystem::path(name);
    return std::nullopt;
  }
  const char* path_env = std::getenv("PATH");
  std::stringstream dirs(path_env != nullptr ? path_env : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    std::filesystem::path candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

/// `text` quoted for /bin/sh.
inline std::string shell_quote(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

struct CommandResult {
  int exit_code = -1;  ///< -1 when the command did not exit normally
  std::string output;  ///< stdout and stderr, interleaved
};

/// Runs `command` through /bin/sh with stderr merged into stdout.
inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
    result.output.append(buffer, n);
  }
  int status = ::pclose(pipe);
  if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

/// Reads `graphml` with NetworkX (Debian's python3-networkx under /usr/bin/python3)
/// and prints, one per line, "TYPE NODES EDGES", then "node ID KEY PYTYPE VALUE"
/// and "edge U V KEY PYTYPE VALUE" for every attribute, sorted. nullopt when
/// /usr/bin/python3 with networkx is not installed.
inline std::optional<CommandResult> networkx_dump(const std::filesystem::path& graphml) {
  const std::string python = "/usr/bin/python3";
  if (!find_program(python) || run_command(python + " -c 'import networkx'").exit_code != 0) {
    return std::nullopt;
  }
  const char* script =
      "import sys, networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "print(type(g).__name__, g.number_of_nodes(), g.number_of_edges())\n"
      "for n, d in sorted(g.nodes(data=True)):\n"
      "    for k, v in sorted(d.items()): print('node', n, k, type(v).__name__, v)\n"
      "for u, v, d in sorted(g.edges(data=True)):\n"
      "    for k, x in sorted(d.items()): print('edge', u, v, k, type(x).__name__, x)\n";
  return run_command(python + " -c " + shell_quote(script) + " " + shell_quote(graphml.string()));
}

}  // namespace orgkg::test

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The command line's error policy for inputs: what cannot be read is skipped
// with a warning, the rest of the run goes on.
#pragma once

#include <exception>
#include <filesystem>
#include <orgkg/graph/diagnostics.hpp>
#include <orgkg/graph/error.hpp>
#include <string>
#include <utility>

namespace orgkg::cli {

namespace fs = std::filesystem;

// An input or file that cannot be listed, read or parsed is skipped with a
// warning naming it (and the line, when known), so the good ones in the same run
// still count; under --strict it is an error. The run fails only when nothing
// could be read: then the first failure is rethrown. Readers name a file's
// problems by its document id; they are reported under the file's path.
class Skipper {
 public:
  Skipper(bool strict, Diagnostics& diagnostics) : strict_(strict), diagnostics_(diagnostics) {}

  template <typename Body>
  bool attempt(const fs::path& path, Body&& body) {
    Diagnostics found;
    try {
      body(found);
      keep(std::move(found), path);
      return true;
    } catch (const Error& error) {
      keep(std::move(found), path);
      if (strict_) throw;
      if (!first_) first_ = std::current_exception();
      diagnostics_.report(as_warning(error, path));
      return false;
    }
  }
  void fail_if_nothing_read(bool read_any) const {
    if (!read_any && first_) std::rethrow_exception(first_);
  }

 private:
  void keep(Diagnostics&& found, const fs::path& path) {
    const std::string id = path.stem().string();
    for (Diagnostic item : found.items()) {
      if (item.source == id) item.source = path.string();
      diagnostics_.report(std::move(item));
    }
  }

  static Diagnostic as_warning(const Error& error, const fs::path& path) {
    std::string source = path.string();
    std::size_t line = 0;
    if (const auto* parse = dynamic_cast<const ParseError*>(&error)) {
      source = parse->source();
      line = parse->line();
    } else if (const auto* io = dynamic_cast<const IoError*>(&error)) {
      source = io->path();
    }
    std::string message = error.what();
    std::string prefix = source + (line != 0 ? ":" + std::to_string(line) : "") + ": ";
    if (message.rfind(prefix, 0) == 0) message.erase(0, prefix.size());
    return Diagnostic{Severity::Warning, source, line, message + " (skipped)"};
  }

  bool strict_;
  Diagnostics& diagnostics_;
  std::exception_ptr first_;
};

}  // namespace orgkg::cli

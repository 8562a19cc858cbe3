// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The exceptions orgkg throws for failures it cannot recover from: an input that
// cannot be read or parsed, an output that cannot be written. Recoverable,
// per-statement problems never throw: they go to a Diagnostics sink instead.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <system_error>

namespace orgkg {

/// Base of every exception orgkg throws.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Malformed input. what() reads "SOURCE:LINE: MESSAGE" (or "SOURCE: MESSAGE"
/// when no line is known), so it can be shown to the user as it is.
class ParseError : public Error {
 public:
  /// `line` is 1-based; 0 means unknown.
  ParseError(std::string source, std::size_t line, const std::string& message);

  [[nodiscard]] const std::string& source() const noexcept { return source_; }
  [[nodiscard]] std::size_t line() const noexcept { return line_; }

 private:
  std::string source_;
  std::size_t line_;
};

/// A file or stream that cannot be opened, read or written. what() reads
/// "PATH: WHAT: strerror(errno)".
class IoError : public Error {
 public:
  IoError(std::string path, const std::string& what, int error_number);

  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] std::error_code code() const noexcept { return code_; }

 private:
  std::string path_;
  std::error_code code_;
};

}  // namespace orgkg

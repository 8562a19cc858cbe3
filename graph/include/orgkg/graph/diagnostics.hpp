// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A sink for recoverable problems found while reading or extracting: a bad date,
// an undecodable byte, a skipped line. Work goes on after a report; the caller
// decides whether to show, count or fail on them. Not thread-safe: give each
// thread its own sink and append() them afterwards.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace orgkg {

enum class Severity { Note, Warning, Error };

/// "note", "warning" or "error".
[[nodiscard]] std::string_view severity_name(Severity severity);

struct Diagnostic {
  Severity severity = Severity::Warning;
  std::string source;  ///< file or document id the problem was found in
  std::size_t line = 0;  ///< 1-based line, 0 when not known
  std::string message;

  /// "SOURCE:LINE: warning: MESSAGE" (the line omitted when 0).
  [[nodiscard]] std::string to_string() const;
};

class Diagnostics {
 public:
  void report(Diagnostic diagnostic);
  void report(Severity severity, std::string source, std::size_t line, std::string message);
  /// Moves every item of `other` to the end of this sink.
  void append(Diagnostics&& other);

  [[nodiscard]] const std::vector<Diagnostic>& items() const noexcept { return items_; }
  [[nodiscard]] std::size_t count(Severity severity) const;
  [[nodiscard]] bool empty() const noexcept { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace orgkg

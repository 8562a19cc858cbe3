// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/diagnostics.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace orgkg {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

std::string Diagnostic::to_string() const {
  std::string text = source;
  if (line != 0) text += ":" + std::to_string(line);
  if (!text.empty()) text += ": ";
  text += severity_name(severity);
  text += ": ";
  text += message;
  return text;
}

void Diagnostics::report(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

void Diagnostics::report(Severity severity, std::string source, std::size_t line,
                         std::string message) {
  items_.push_back(Diagnostic{severity, std::move(source), line, std::move(message)});
}

void Diagnostics::append(Diagnostics&& other) {
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
  other.items_.clear();
}

std::size_t Diagnostics::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(),
      [severity](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace orgkg

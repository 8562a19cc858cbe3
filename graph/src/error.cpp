// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/error.hpp"

#include <cstring>
#include <utility>

namespace orgkg {
namespace {

std::string located(const std::string& source, std::size_t line, const std::string& message) {
  std::string text = source;
  if (line != 0) text += ":" + std::to_string(line);
  return text + ": " + message;
}

}  // namespace

ParseError::ParseError(std::string source, std::size_t line, const std::string& message)
    : Error(located(source, line, message)), source_(std::move(source)), line_(line) {}

IoError::IoError(std::string path, const std::string& what, int error_number)
    : Error(path + ": " + what +
            (error_number != 0 ? ": " + std::string(std::strerror(error_number)) : "")),
      path_(std::move(path)),
      code_(error_number, std::generic_category()) {}

}  // namespace orgkg

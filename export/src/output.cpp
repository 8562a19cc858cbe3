// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "output.hpp"

#include <cerrno>
#include <ostream>
#include <string>

#include "orgkg/graph/error.hpp"

namespace orgkg::export_detail {

void throw_stream_error(std::string_view what) {
  throw IoError(std::string(kStreamName), "cannot write " + std::string(what), EIO);
}

void check_stream(const std::ostream& out, std::string_view what) {
  if (!out) throw_stream_error(what);
}

}  // namespace orgkg::export_detail

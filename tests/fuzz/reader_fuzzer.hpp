// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The body shared by the reader fuzzers: parse_documents() in one format over
// the fuzzer's bytes, once lax and (JSON lines) once strict. Any exception
// other than orgkg::Error escaping, a crash or a sanitizer report is a bug;
// ParseError is the documented answer to some inputs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/error.hpp"

namespace orgkg::fuzz {

inline void read_all(const std::uint8_t* data, std::size_t size, InputFormat format,
                     bool strict = false) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  ReadOptions options;
  options.format = format;
  options.strict = strict;
  Diagnostics diagnostics;
  try {
    for (const Document& document :
         parse_documents(content, format, "fuzz", options, diagnostics)) {
      // Read the results, so nothing of the parse can be optimised away.
      volatile std::size_t sink = document.text.size() + document.source.title.size();
      (void)sink;
    }
  } catch (const Error&) {
    // Documented: ParseError for malformed strict JSON lines or oversized input.
  }
}

}  // namespace orgkg::fuzz

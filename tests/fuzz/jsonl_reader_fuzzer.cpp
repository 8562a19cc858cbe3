// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// libFuzzer target: parse_documents() of arbitrary bytes as JSON lines, lax
// (bad lines skipped with a warning) and strict (the first throws ParseError).
#include "reader_fuzzer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  orgkg::fuzz::read_all(data, size, orgkg::InputFormat::JsonLines);
  orgkg::fuzz::read_all(data, size, orgkg::InputFormat::JsonLines, /*strict=*/true);
  return 0;
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// libFuzzer target: parse_documents() of arbitrary bytes as html (InputFormat::Html).
#include "reader_fuzzer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  orgkg::fuzz::read_all(data, size, orgkg::InputFormat::Html);
  return 0;
}

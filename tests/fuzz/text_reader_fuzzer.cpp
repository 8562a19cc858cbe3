// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// libFuzzer target: parse_documents() of arbitrary bytes as text (InputFormat::Text).
#include "reader_fuzzer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  orgkg::fuzz::read_all(data, size, orgkg::InputFormat::Text);
  return 0;
}

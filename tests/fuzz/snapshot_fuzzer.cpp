// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// libFuzzer target: parse_snapshot() of arbitrary bytes. ParseError is the
// documented answer to a bad snapshot; a loaded Store must save and load back
// to an equal Store (the round trip snapshot.hpp promises).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "orgkg/graph/error.hpp"
#include "orgkg/graph/snapshot.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  orgkg::Store store;
  try {
    store = orgkg::parse_snapshot(text, "fuzz");
  } catch (const orgkg::Error&) {
    return 0;
  }
  if (!(orgkg::parse_snapshot(orgkg::to_snapshot(store), "round-trip") == store)) std::abort();
  return 0;
}

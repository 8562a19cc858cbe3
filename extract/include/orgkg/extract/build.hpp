// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Building a graph from statement files: the glue between the reader, the
// default extractors and the Store that the CLI and programmatic users share.
// Not thread-safe with respect to the Store it fills.
#pragma once

#include <cstddef>
#include <filesystem>
#include <vector>

#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/graph/diagnostics.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// What add_documents() did.
struct BuildStats {
  std::size_t documents = 0;  ///< documents read
  std::size_t bytes = 0;      ///< bytes of text read (after cleaning)
  std::size_t triples = 0;    ///< triples the extractors emitted (before merging)
};

/// Reads each file in order (read_document), runs default_extractors() on it
/// and adds its Source and every triple to `store`. Throws IoError when a
/// file cannot be read; the store then holds the documents before it.
/// Content problems go to `diagnostics`.
BuildStats add_documents(const std::vector<std::filesystem::path>& files,
                         const Gazetteer& gazetteer, Store& store, Diagnostics& diagnostics);

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Building a graph from statement files: the glue between the readers
// (reader.hpp), the default extractors and the Store that the CLI and
// programmatic users share; and extract_triples() for the triples of one
// document without a Store. Not thread-safe with respect to the Store it
// fills; extract_triples() is thread-safe.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "orgkg/extract/document.hpp"
#include "orgkg/extract/extractor.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/diagnostics.hpp"
#include "orgkg/graph/store.hpp"
#include "orgkg/graph/triple.hpp"

namespace orgkg {

/// What add_documents() did.
struct BuildStats {
  std::size_t documents = 0;  ///< documents read (a JSON lines file holds many)
  std::size_t bytes = 0;      ///< bytes of text read (after cleaning)
  std::size_t triples = 0;    ///< triples the extractors emitted (before merging)
  std::size_t files = 0;      ///< files read
};

/// Reads each file in order (read_documents() with `options`: the format by
/// extension unless options.format is set), runs default_extractors() on each
/// document and adds its Source and every triple to `store`. Throws IoError
/// when a file cannot be read, Error for an invalid options.publisher_country,
/// ParseError for a malformed JSON line under options.strict; the store then
/// holds the documents before it. Content problems go to `diagnostics`.
BuildStats add_documents(const std::vector<std::filesystem::path>& files,
                         const Gazetteer& gazetteer, Store& store, Diagnostics& diagnostics,
                         const ReadOptions& options = {});

/// The triples `extractors` find in `document`, in the order they emit them
/// (extractor by extractor). Nothing is merged: the same fact stated twice
/// gives two triples, each with its Evidence.
[[nodiscard]] std::vector<Triple> extract_triples(
    const Document& document, const std::vector<std::unique_ptr<Extractor>>& extractors,
    Diagnostics& diagnostics);

/// extract_triples() with default_extractors(gazetteer), built for the call
/// (cheap). `gazetteer` must outlive the call.
[[nodiscard]] std::vector<Triple> extract_triples(const Document& document,
                                                  const Gazetteer& gazetteer,
                                                  Diagnostics& diagnostics);

}  // namespace orgkg

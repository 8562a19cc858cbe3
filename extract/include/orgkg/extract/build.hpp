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
#include <exception>
#include <filesystem>
#include <functional>
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

/// One file's part of a build, handed to BuildSettings::on_file.
struct FileOutcome {
  std::filesystem::path path;  ///< the file, as given
  BuildStats stats;            ///< this file alone (files = 1 when it was read)
  Diagnostics diagnostics;     ///< its content problems, named by document id or FILE:LINE
  std::exception_ptr error;    ///< set when the file could not be read or parsed (an
                               ///< orgkg::Error); documents read before it were added
};

/// How the second add_documents() overload runs.
struct BuildSettings {
  ReadOptions read;  ///< how each file is read
  /// Threads extracting documents; 0 = every core the machine has. The store
  /// ends up the same, and every export byte-identical, whatever the number:
  /// documents are added in file order, and in file order within a file.
  unsigned threads = 1;
  /// Called on the calling thread once per file, in file order, after the
  /// file's documents are in the store (or after it failed, with `error`
  /// set). It may throw to stop the build, e.g. rethrow outcome.error: the
  /// store then holds exactly the files before. It may move the diagnostics
  /// out. Unset: diagnostics go to add_documents()'s `diagnostics` and an
  /// error is rethrown.
  std::function<void(FileOutcome&)> on_file;
  /// Called on the calling thread after each document's Source and triples
  /// are in the store, with the number of triples: for progress within a
  /// large file (a JSON lines corpus). Unset: nothing.
  std::function<void(const Document&, std::size_t triples)> on_document;
};

/// Like add_documents() above, reading, extracting and adding in a pipeline:
/// one thread reads documents in order (a JSON lines file line by line, so
/// memory is bounded by the documents in flight, not the corpus; a text or
/// HTML file whole, left for a worker to parse), settings.threads threads
/// parse those and run default_extractors() on every document, and the
/// calling thread adds each document's Source and triples to `store` in
/// input order. Returns the totals of the files read. To add documents that
/// sort among those of a large store already filled (a snapshot loaded), fill
/// a new Store and Store::merge() it in: see Store::merge().
BuildStats add_documents(const std::vector<std::filesystem::path>& files,
                         const Gazetteer& gazetteer, Store& store, Diagnostics& diagnostics,
                         const BuildSettings& settings);

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

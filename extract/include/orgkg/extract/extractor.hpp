// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Extractors turn a Document into Triples. An Extractor emits what it finds
// into a TripleSink and knows nothing of the Store or the output formats;
// recoverable oddities (an unknown list item, a stated count that does not
// match the list) go to a Diagnostics sink. Extractors are registered
// explicitly through default_extractors(): there is no static
// self-registration. An extractor is immutable once built, so one instance
// may serve several threads, each with its own sink and Diagnostics.
#pragma once

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "orgkg/extract/document.hpp"
#include "orgkg/graph/diagnostics.hpp"
#include "orgkg/graph/triple.hpp"
#include "orgkg/graph/triple_view.hpp"

namespace orgkg {

class Gazetteer;
namespace detail {
class DocumentAnalysis;
}

/// Receives the triples an extractor finds, one call per observation.
class TripleSink {
 public:
  virtual ~TripleSink() = default;
  /// Takes one observation; may throw to abort the extraction.
  virtual void accept(Triple triple) = 0;
  /// Takes one observation by views (triple_view.hpp), which need only live
  /// for the call: the default hands accept() the Triple it stands for; a
  /// sink that keeps less than a whole Triple (the Store) can skip building it.
  virtual void accept_view(const TripleView& triple) { accept(triple.to_triple()); }
};

/// A TripleSink that keeps every triple, in the order received.
class VectorSink final : public TripleSink {
 public:
  void accept(Triple triple) override { triples.push_back(std::move(triple)); }
  std::vector<Triple> triples;  ///< what was received
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  /// A short stable name ("list_membership"), used in diagnostics.
  [[nodiscard]] virtual std::string_view name() const = 0;
  /// Emits into `sink` every triple this extractor finds in `document`. Every
  /// triple carries Evidence with the document id, the sentence and its byte
  /// offsets in document.text, the date and the rule name. Reports
  /// recoverable problems to `diagnostics`; throws only what `sink` throws.
  virtual void extract(const Document& document, TripleSink& sink,
                       Diagnostics& diagnostics) const = 0;
  /// extract() reusing `analysis`, the sentences and mentions of `document`
  /// that the default extractors share (extract_triples() builds it once per
  /// document). The default ignores it and calls extract().
  virtual void extract(const Document& document, const detail::DocumentAnalysis& analysis,
                       TripleSink& sink, Diagnostics& diagnostics) const {
    (void)analysis;
    extract(document, sink, diagnostics);
  }
};

/// The extractors orgkg runs by default, in a fixed order. `gazetteer` must
/// outlive them.
[[nodiscard]] std::vector<std::unique_ptr<Extractor>> default_extractors(
    const Gazetteer& gazetteer);

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/build.hpp"

#include <algorithm>
#include <utility>

#include "document_analysis.hpp"
#include "extract_into.hpp"
#include "list_reader.hpp"
#include "orgkg/extract/sentence_splitter.hpp"

namespace orgkg {

BuildStats add_documents(const std::vector<std::filesystem::path>& files,
                         const Gazetteer& gazetteer, Store& store, Diagnostics& diagnostics,
                         const ReadOptions& options) {
  BuildSettings settings;
  settings.read = options;
  settings.threads = 1;
  return add_documents(files, gazetteer, store, diagnostics, settings);
}

void detail::extract_into(const Document& document,
                          const std::vector<std::unique_ptr<Extractor>>& extractors,
                          TripleSink& sink, Diagnostics& diagnostics,
                          const std::function<void()>& after_each) {
  const detail::DocumentAnalysis analysis(document);
  // Split once, for this and for the extractors.
  const std::vector<TextSpan>& overlong = analysis.overlong();
  if (!overlong.empty()) {
    std::string_view text = document.text;
    std::size_t line =
        1 + static_cast<std::size_t>(std::count(
                text.begin(), text.begin() + static_cast<std::ptrdiff_t>(overlong.front().begin),
                '\n'));
    diagnostics.report(Severity::Warning, document.source.id, line,
                       std::to_string(overlong.size()) + " run(s) of text over " +
                           std::to_string(kMaxSentenceBytes) +
                           " bytes without a sentence end skipped: not prose");
  }
  // A unit holds 32-bit offsets (list_reader.hpp): the sentences of a
  // document past 4 GiB are not read, which the user is told.
  if (document.text.size() > detail::kMaxUnitOffset) {
    std::string_view text = document.text;
    std::size_t line =
        1 + static_cast<std::size_t>(std::count(
                text.begin(), text.begin() + static_cast<std::ptrdiff_t>(detail::kMaxUnitOffset),
                '\n'));
    diagnostics.report(Severity::Warning, document.source.id, line,
                       "text past 4 GiB into one document not read: split the document");
  }
  for (const std::unique_ptr<Extractor>& extractor : extractors) {
    extractor->extract(document, analysis, sink, diagnostics);
    if (after_each) after_each();
  }
}

std::vector<Triple> extract_triples(const Document& document,
                                    const std::vector<std::unique_ptr<Extractor>>& extractors,
                                    Diagnostics& diagnostics) {
  VectorSink sink;
  detail::extract_into(document, extractors, sink, diagnostics);
  return std::move(sink.triples);
}

std::vector<Triple> extract_triples(const Document& document, const Gazetteer& gazetteer,
                                    Diagnostics& diagnostics) {
  return extract_triples(document, default_extractors(gazetteer), diagnostics);
}

}  // namespace orgkg

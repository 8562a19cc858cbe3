// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/build.hpp"

#include "orgkg/extract/extractor.hpp"
#include "orgkg/extract/text_reader.hpp"

namespace orgkg {
namespace {

class StoreSink final : public TripleSink {
 public:
  explicit StoreSink(Store& store) : store_(store) {}
  void accept(Triple triple) override {
    store_.add(triple);
    ++count;
  }
  std::size_t count = 0;

 private:
  Store& store_;
};

}  // namespace

BuildStats add_documents(const std::vector<std::filesystem::path>& files,
                         const Gazetteer& gazetteer, Store& store, Diagnostics& diagnostics) {
  std::vector<std::unique_ptr<Extractor>> extractors = default_extractors(gazetteer);
  BuildStats stats;
  StoreSink sink(store);
  for (const std::filesystem::path& file : files) {
    Document document = read_document(file, diagnostics);
    store.add_source(document.source);
    for (const std::unique_ptr<Extractor>& extractor : extractors) {
      extractor->extract(document, sink, diagnostics);
    }
    ++stats.documents;
    stats.bytes += document.text.size();
  }
  stats.triples = sink.count;
  return stats;
}

}  // namespace orgkg

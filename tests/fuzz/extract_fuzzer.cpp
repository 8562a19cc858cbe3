// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// libFuzzer target: a statement as plain text through the text reader and
// extract_triples() over the default gazetteer (the source tree's data/,
// loaded once). Every triple's evidence must lie inside the document text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "orgkg/extract/build.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/reader.hpp"

namespace {

const orgkg::Gazetteer& gazetteer() {
  static const orgkg::Gazetteer instance = orgkg::Gazetteer::load({ORGKG_SOURCE_DIR "/data"});
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)gazetteer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  orgkg::Diagnostics diagnostics;
  orgkg::ReadOptions options;
  options.format = orgkg::InputFormat::Text;
  for (const orgkg::Document& document :
       orgkg::parse_documents(content, orgkg::InputFormat::Text, "fuzz", options, diagnostics)) {
    for (const orgkg::Triple& triple : orgkg::extract_triples(document, gazetteer(), diagnostics)) {
      const orgkg::Evidence& evidence = triple.evidence;
      if (evidence.begin > evidence.end || evidence.end > document.text.size()) std::abort();
    }
  }
  return 0;
}

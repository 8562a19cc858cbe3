// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// extract_into(): extract_triples() into any sink. The build's single-thread
// path hands each triple to the Store the moment it is emitted
// (build_pipeline.cpp), where extract_triples() would first gather the
// document's triples in a vector: moving each triple into the vector, and
// the vector's growth, cost about as much as adding it does.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "orgkg/extract/document.hpp"
#include "orgkg/extract/extractor.hpp"
#include "orgkg/graph/diagnostics.hpp"

namespace orgkg::detail {

/// Emits into `sink` the triples `extractors` find in `document`, in the
/// order extract_triples() returns them, and reports to `diagnostics` what
/// it reports. Calls `after_each`, when given, after each extractor: what an
/// extractor made for the document (entities of its own) may be gone then.
void extract_into(const Document& document,
                  const std::vector<std::unique_ptr<Extractor>>& extractors, TripleSink& sink,
                  Diagnostics& diagnostics, const std::function<void()>& after_each = {});

}  // namespace orgkg::detail

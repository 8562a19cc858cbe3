// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Document: one statement ready for extraction: what is known of its source
// and its cleaned text. Every Evidence offset an extractor reports is a byte
// offset into Document::text (not into the file it was read from: the reader
// drops the header date line, page furniture and repairs bad bytes). A
// Document is a plain value; share it between threads freely once built.
#pragma once

#include <string>

#include "orgkg/graph/source.hpp"

namespace orgkg {

struct Document {
  Source source;     ///< id, title, publication date, path
  std::string text;  ///< valid UTF-8: the title line, then the body; lines end in '\n'
};

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Document: one statement ready for extraction: what is known of its source
// and its cleaned text. Every Evidence offset an extractor reports is a byte
// offset into Document::text (not into the file it was read from: the readers
// drop the header date line, markup and page furniture, repair bad bytes and
// normalise the text to NFC with plain spaces). A
// Document is a plain value; share it between threads freely once built.
#pragma once

#include <string>

#include "orgkg/graph/source.hpp"

namespace orgkg {

struct Document {
  Source source;     ///< id, title, publication date, path
  std::string text;  ///< valid NFC UTF-8: the title line, then the body; lines end in '\n'
};

}  // namespace orgkg

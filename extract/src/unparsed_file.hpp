// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reading a file apart from parsing it, for the threaded build
// (build_pipeline.cpp): its one reader thread reads each text or HTML file
// whole and hands the bytes on; the worker that extracts the document parses
// it first. Parsing a web page (libxml2, then finding the statement among
// the page's furniture) costs about what extracting its statement does, so
// on the reader thread it would cap every build of pages at what one core
// parses. JSON lines files, many documents each, are parsed on the reader
// thread as they stream. Private to extract/.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "orgkg/extract/document.hpp"
#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/diagnostics.hpp"

namespace orgkg::detail {

/// A text or HTML file read whole, its document not yet built.
struct UnparsedFile {
  std::unique_ptr<char[]> bytes;  ///< the file's content, `size` bytes
  std::size_t size = 0;
  InputFormat format = InputFormat::Text;  ///< Text or Html
  std::string id;                          ///< the file's stem: the document id
  std::string source;                      ///< the path: Source::path

  [[nodiscard]] std::string_view content() const { return {bytes.get(), size}; }
};

/// for_each_document(), but each text or HTML file goes to `unparsed` read and
/// not parsed; a JSON lines file is parsed here, each document to `each`.
/// Throws what for_each_document() throws but for parsing a text or HTML
/// file, and gives `diagnostics` what it gives before that parse (none of
/// this reader's so far: each is the parser's).
void for_each_unparsed(const std::filesystem::path& path, const ReadOptions& options,
                       Diagnostics& diagnostics, const std::function<void(Document&&)>& each,
                       const std::function<void(UnparsedFile&&)>& unparsed);

/// The document of `file`, with the diagnostics and exceptions that
/// for_each_document() gives or throws for it past reading it.
[[nodiscard]] Document parse_unparsed(const UnparsedFile& file, const ReadOptions& options,
                                      Diagnostics& diagnostics);

}  // namespace orgkg::detail

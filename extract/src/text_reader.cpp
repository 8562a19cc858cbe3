// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reading works line by line on the repaired and normalised content
// (normalize.hpp): the first non-empty line is the header date (when it parses
// as one), the next non-empty line the title. Kept lines are copied into
// Document::text with '\n' endings (so "\r\n" files read like "\n" ones);
// furniture lines are dropped whole (page_noise.hpp, shared with the HTML and
// JSON lines readers), which is why evidence offsets refer to Document::text
// and not to the file.
#include "orgkg/extract/text_reader.hpp"

#include <utility>

#include "normalize.hpp"
#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/error.hpp"
#include "page_noise.hpp"

namespace orgkg {

Document parse_text_document(std::string_view content, std::string id, Diagnostics& diagnostics) {
  detail::PageText page = detail::compose_page(detail::clean_text(content, id, diagnostics));
  if (page.first_line == 0) {
    diagnostics.report(Severity::Warning, id, 0, "empty document");
  } else if (!page.date) {
    diagnostics.report(Severity::Warning, id, page.first_line,
                       "no publication date on the first line");
  }
  Document document;
  document.source.published = page.date.value_or(Date{});
  document.source.title = std::move(page.title);
  document.text = std::move(page.text);
  document.source.id = std::move(id);
  return document;
}

Document read_document(const std::filesystem::path& path, Diagnostics& diagnostics) {
  // The general reader opens the file and reports errors; a text file is one document.
  ReadOptions options;
  options.format = InputFormat::Text;
  return std::move(read_documents(path, options, diagnostics).front());
}

}  // namespace orgkg

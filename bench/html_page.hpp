// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A generated statement as the web page a ministry publishes it on: the
// statement in an <article> among the furniture such pages carry (a head of
// meta tags and scripts, a menu of the site's sections, breadcrumbs, a
// language switcher, related news, "Additional materials", a footer), about
// 20 KB of it, so that reading HTML is measured on pages shaped like the
// ones users save. The furniture is drawn from the document's index, not its
// random stream: the text and JSON-lines corpora stay the same.
#pragma once

#include <string>

#include "document.hpp"

namespace orgkg::bench {

/// Document `doc` as an HTML page: title in og:title and <h1>, date in
/// article:published_time and a <time> under the title, address in
/// <link rel="canonical">; the body's paragraphs as the article's <p>s.
[[nodiscard]] std::string to_html(const GeneratedDoc& doc);

}  // namespace orgkg::bench

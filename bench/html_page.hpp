// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A generated statement as the web page a ministry publishes it on: the
// statement among the furniture such pages carry (a head of meta tags and
// scripts, a menu of the site's sections, breadcrumbs, a language switcher,
// related news, "Additional materials", a footer), about 15 KB of it, laid out
// by publisher, so that reading HTML is measured on pages shaped like the
// ones users save. The furniture is drawn from the document's index, not its
// random stream: the text and JSON-lines corpora stay the same.
#pragma once

#include <string>

#include "document.hpp"

namespace orgkg::bench {

/// Document `doc` as an HTML page, the body's paragraphs as the <p>s of an
/// <article> under an <h1> of the title, the address in <link
/// rel="canonical">. Where the title and the date are besides, by publisher,
/// as sites differ: Russian, Kazakh and summit pages give og:title and
/// article:published_time, and a <time> under the title; Indian and
/// Indonesian pages only the title's <h1> and a <div class="article-date">
/// in the publisher's date style ("July 12, 2014"); Chinese pages the <h1>
/// and a "Published:" byline holding a <time itemprop="datePublished">;
/// Russian pages no <main> or <article> at all: the <h1>, a <div
/// class="date"> and a <div class="text"> in one column, the latest news,
/// each dated, in another.
[[nodiscard]] std::string to_html(const GeneratedDoc& doc);

}  // namespace orgkg::bench

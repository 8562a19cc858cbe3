// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The HTML reader: a saved statement page (a ministry's web page) as a
// Document. libxml2's HTML parser reads it with network access, error output
// and entity expansion off (see html_reader.cpp); the statement is the page's
// article or main text block without furniture. Thread-safe. Private to
// extract/; callers use read_documents() or parse_documents() (reader.hpp).
#pragma once

#include <string>
#include <string_view>

#include "orgkg/extract/document.hpp"
#include "orgkg/graph/diagnostics.hpp"

namespace orgkg::detail {

/// Builds a Document from the bytes of an HTML page. `id` becomes Source::id
/// and the source of every diagnostic. Title: og:title, else the first <h1>
/// of the statement, else any <h1>, else <title>. Date: the first of the
/// meta tags article:published_time, og:published_time, date, DC.date,
/// DC.date.issued, dcterms.date, dcterms.issued, pubdate, publishdate,
/// datePublished; else <time datetime> (itemprop="datePublished" or pubdate
/// first); else an element whose class or id names a date; else a date line
/// above or under the title. URL: <link rel="canonical">, else og:url.
/// Publishing state: <meta name="orgkg:publisher-country" content="RUS">
/// (also "publisher-country"). Warns (never throws) when there is no date,
/// when the country is not three letters, and for invalid UTF-8 in a page
/// declared (or assumed) UTF-8, for NUL bytes, and for bytes the declared
/// charset cannot convert. Throws ParseError only for a page over
/// kMaxHtmlBytes (64 MiB).
[[nodiscard]] Document parse_html_document(std::string_view content, std::string id,
                                           Diagnostics& diagnostics);

}  // namespace orgkg::detail

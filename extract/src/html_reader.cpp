// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Safety: htmlReadMemory() gets HTML_PARSE_NONET (no network) and never
// XML_PARSE_NOENT or XML_PARSE_DTDLOAD: the HTML parser does not read an
// internal DTD subset, so <!ENTITY> declarations (XXE, billion laughs) are
// never defined and "&e;" stays literal text; it loads no external DTD and
// does no XInclude. A page is at most kMaxHtmlBytes (reader.hpp), so libxml2's
// memory stays bounded by the input. NOERROR/NOWARNING and, for the reports
// outside the parser context, a structured handler (ErrorCapture) keep libxml2
// silent: the library never prints. The handler only records (it cannot
// throw); the reports that say something about the text (bytes the declared
// charset cannot convert, invalid characters) become Warnings with their line
// after the parser returns. HTML's own complaints (unknown tags, misnested
// markup) are not reported: browsers accept them too. The tree is read after
// the parser returns, by iterative walks (html_dom.hpp).
//
// Encoding: a page that declares no charset, or UTF-8, is repaired as UTF-8
// first (invalid bytes and NULs reported) and parsed as UTF-8; a page
// declaring another charset is left to libxml2's converters, its NUL bytes
// (never text in a single- or multi-byte charset) replaced by spaces first.
#include "html_reader.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "dates.hpp"
#include "html_dom.hpp"
#include "normalize.hpp"
#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/error.hpp"
#include "page_noise.hpp"
#include "utf8.hpp"

namespace orgkg::detail {
namespace {

struct DocDeleter {
  void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// What libxml2 reported during one parse: the reports worth a Warning, at
// most kMaxProblems (a hostile page can raise thousands).
struct ParseProblems {
  static constexpr std::size_t kMaxProblems = 8;
  std::vector<std::pair<std::size_t, std::string>> items;  // line (0: unknown), message
};

extern "C" {
// Every libxml2 report of this thread lands here while an ErrorCapture lives:
// generic ones are dropped, structured ones recorded when they concern the
// text. Nothing is thrown (an allocation failure drops the report) or printed.
static void silent_generic(void* /*context*/, const char* /*message*/, ...) {}
static void capture_structured(void* context, xmlErrorPtr error) {
  auto* problems = static_cast<ParseProblems*>(context);
  if (problems == nullptr || error == nullptr || error->message == nullptr) return;
  bool about_text = error->domain == XML_FROM_I18N || error->code == XML_ERR_INVALID_ENCODING ||
                    error->code == XML_ERR_INVALID_CHAR;
  if (!about_text || problems->items.size() >= ParseProblems::kMaxProblems) return;
  try {
    std::string message(error->message);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    std::size_t line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
    for (const auto& item : problems->items) {
      if (item.second == message) return;
    }
    problems->items.emplace_back(line, std::move(message));
  } catch (...) {  // out of memory: the report is dropped
  }
}
}

// Routes libxml2's error reports on this thread into `problems` while it
// lives (libxml2's handlers are per thread) and restores the caller's
// handlers after.
class ErrorCapture {
 public:
  explicit ErrorCapture(ParseProblems& problems)
      : generic_(xmlGenericError),
        generic_context_(xmlGenericErrorContext),
        structured_(xmlStructuredError),
        structured_context_(xmlStructuredErrorContext) {
    xmlSetGenericErrorFunc(nullptr, silent_generic);
    xmlSetStructuredErrorFunc(&problems, capture_structured);
  }
  ~ErrorCapture() {
    xmlSetGenericErrorFunc(generic_context_, generic_);
    xmlSetStructuredErrorFunc(structured_context_, structured_);
  }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

 private:
  xmlGenericErrorFunc generic_;
  void* generic_context_;
  xmlStructuredErrorFunc structured_;
  void* structured_context_;
};

// Meta tags naming the publication date, most specific first.
constexpr std::string_view kDateMetas[] = {"article:published_time",
                                           "og:published_time",
                                           "og:article:published_time",
                                           "datepublished",
                                           "date",
                                           "dc.date",
                                           "dc.date.issued",
                                           "dcterms.date",
                                           "dcterms.issued",
                                           "dcterms.created",
                                           "pubdate",
                                           "publishdate",
                                           "publish-date",
                                           "publication_date",
                                           "citation_publication_date"};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// The charset a page declares in its first 4 KiB ("" when none).
std::string declared_charset(std::string_view content) {
  std::string head = lower_ascii(content.substr(0, 4096));
  for (std::string_view key : {"charset=", "encoding="}) {
    std::size_t at = head.find(key);
    if (at == std::string::npos) continue;
    at += key.size();
    while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
    std::size_t end = head.find_first_of("\"'; />", at);
    return head.substr(at, end == std::string::npos ? std::string::npos : end - at);
  }
  return {};
}

// "<!DOCTYPE x [ ... ]>": the HTML parser never reads an internal subset (so
// its entities are never defined) but leaves it in the body as text; it is cut
// out, keeping "<!DOCTYPE x >". `storage` holds the copy when one is made.
std::string_view without_internal_subset(std::string_view content, std::string& storage) {
  std::size_t doctype = lower_ascii(content.substr(0, 1024)).find("<!doctype");
  if (doctype == std::string::npos) return content;
  std::size_t open = content.find_first_of("[>", doctype);
  if (open == std::string_view::npos || content[open] != '[') return content;
  for (std::size_t close = content.find(']', open); close != std::string_view::npos;
       close = content.find(']', close + 1)) {
    std::size_t end = content.find_first_not_of(" \t\r\n", close + 1);
    if (end == std::string_view::npos || content[end] != '>') continue;
    storage = std::string(content.substr(0, open));
    storage.append(content.substr(end));
    return storage;
  }
  return content;
}

// What the head and body say about the page, gathered in one walk.
struct PageMeta {
  std::vector<std::pair<std::string, std::string>> metas;  // lower-case key, content
  std::string title_tag;
  std::string canonical;
  std::string time_published;  // <time datetime> with itemprop or pubdate
  std::string time_any;        // the first <time datetime>
  std::optional<Date> date_element;
  xmlNode* first_h1 = nullptr;

  [[nodiscard]] std::string meta(std::string_view key) const {
    for (const auto& [k, v] : metas) {
      if (k == key && !v.empty()) return v;
    }
    return {};
  }
};

// Whether `value` holds "date" in any case.
bool says_date(std::string_view value) {
  constexpr std::string_view kDate = "date";
  for (std::size_t i = 0; i + kDate.size() <= value.size(); ++i) {
    std::size_t k = 0;
    while (k < kDate.size() && (value[i + k] | 0x20) == kDate[k]) ++k;
    if (k == kDate.size()) return true;
  }
  return false;
}

void note_element(xmlNode* node, PageMeta& page) {
  std::string_view name = element_name(node);
  if (node->properties == nullptr && name != "title" && name != "time" && name != "h1") return;
  std::string storage;
  if (name == "meta" || !attribute_view(node, "itemprop", storage).empty()) {
    std::string content = attribute(node, "content");
    if (content.empty()) content = attribute(node, "datetime");
    for (const char* key : {"name", "property", "itemprop"}) {
      std::string value = attribute(node, key);
      if (!value.empty()) page.metas.emplace_back(lower_ascii(value), content);
    }
  } else if (name == "title" && page.title_tag.empty()) {
    page.title_tag = plain_text(node, 1024);
  } else if (name == "link" && lower_ascii(attribute(node, "rel")) == "canonical") {
    if (page.canonical.empty()) page.canonical = attribute(node, "href");
  } else if (name == "time") {
    std::string datetime = attribute(node, "datetime");
    bool published = xmlHasProp(node, BAD_CAST "pubdate") != nullptr ||
                     lower_ascii(attribute(node, "itemprop")) == "datepublished";
    if (published && page.time_published.empty()) page.time_published = datetime;
    if (page.time_any.empty()) page.time_any = datetime;
  } else if (name == "h1" && page.first_h1 == nullptr) {
    page.first_h1 = node;
  }
  if (!page.date_element && name != "meta" && name != "html" && name != "body") {
    if (says_date(attribute_view(node, "class", storage)) ||
        says_date(attribute_view(node, "id", storage))) {
      page.date_element = parse_date_value(plain_text(node, 96));
    }
  }
}

PageMeta read_meta(xmlNode* root) {
  PageMeta page;
  walk(
      root,
      [&](xmlNode* node) {
        if (node->type != XML_ELEMENT_NODE) return false;
        note_element(node, page);
        std::string_view name = element_name(node);
        return name != "script" && name != "style";
      },
      [](xmlNode*) {});
  return page;
}

xmlNode* first_h1_in(xmlNode* root) {
  xmlNode* found = nullptr;
  walk(
      root,
      [&](xmlNode* node) {
        if (found != nullptr || node->type != XML_ELEMENT_NODE) return false;
        if (element_name(node) == "h1") found = node;
        return found == nullptr;
      },
      [](xmlNode*) {});
  return found;
}

std::optional<Date> meta_date(const PageMeta& page) {
  for (std::string_view key : kDateMetas) {
    if (auto date = parse_date_value(page.meta(key))) return date;
  }
  if (auto date = parse_date_value(page.time_published)) return date;
  if (auto date = parse_date_value(page.time_any)) return date;
  return page.date_element;
}

// One line: runs of white space (a meta content may wrap) become one space.
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string page_title(const PageMeta& page, xmlNode* main) {
  std::string title = one_line(page.meta("og:title"));
  if (title.empty()) {
    if (xmlNode* h1 = first_h1_in(main); h1 != nullptr) title = plain_text(h1, 1024);
  }
  if (title.empty() && page.first_h1 != nullptr) title = plain_text(page.first_h1, 1024);
  if (title.empty()) title = page.title_tag;
  return title;
}

// Replaces the NUL bytes of a page in a charset other than UTF-8 by spaces
// (libxml2 would end the text at the first), reporting their lines, unless
// the charset is UTF-16 or UTF-32, whose code units hold NUL bytes.
std::string_view without_nuls(std::string_view content, const std::string& charset,
                              const std::string& id, Diagnostics& diagnostics,
                              std::string& storage) {
  if (content.find('\0') == std::string_view::npos || charset.rfind("utf-16", 0) == 0 ||
      charset.rfind("utf-32", 0) == 0 || charset.rfind("ucs", 0) == 0) {
    return content;
  }
  storage = std::string(content);
  std::size_t line = 1;
  std::size_t reported = 0;
  for (char& c : storage) {
    if (c == '\n') ++line;
    if (c != '\0') continue;
    c = ' ';
    if (reported != line) {
      diagnostics.report(Severity::Warning, id, line, "NUL bytes replaced by spaces");
    }
    reported = line;
  }
  return storage;
}

DocPtr parse(std::string_view content, const std::string& id, Diagnostics& diagnostics,
             std::string& repaired) {
  if (content.size() > kMaxHtmlBytes) {
    throw ParseError(id, 0,
                     "HTML page of " + std::to_string(content.size()) +
                         " bytes is over the limit of " + std::to_string(kMaxHtmlBytes >> 20) +
                         " MiB");
  }
  std::string charset = declared_charset(content);
  const char* encoding = nullptr;
  if (charset.empty() || charset == "utf-8" || charset == "utf8") {
    Utf8Repair repair = repair_utf8(content);
    for (std::size_t line : repair.bad_lines) {
      diagnostics.report(Severity::Warning, id, line, "invalid UTF-8 replaced by U+FFFD");
    }
    for (std::size_t line : repair.nul_lines) {
      diagnostics.report(Severity::Warning, id, line, "NUL bytes replaced by spaces");
    }
    repaired = std::move(repair.text);
    content = repaired;
    encoding = "UTF-8";
  } else {
    content = without_nuls(content, charset, id, diagnostics, repaired);
  }
  std::string stripped;
  content = without_internal_subset(content, stripped);
  constexpr int kOptions =
      HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
  static_assert((kOptions &
                 (XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_XINCLUDE | XML_PARSE_HUGE)) == 0);
  // libxml2 sets up its globals on first use unless xmlInitParser() did,
  // which is not safe when threads parse at once (the build's workers do):
  // once, before any parse, as libxml2 asks.
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  ParseProblems problems;
  DocPtr doc;
  {
    ErrorCapture capture(problems);
    doc = DocPtr(htmlReadMemory(content.data(), static_cast<int>(content.size()), nullptr, encoding,
                                kOptions));
  }
  for (const auto& [line, message] : problems.items) {
    diagnostics.report(Severity::Warning, id, line, "HTML parser: " + message);
  }
  return doc;
}

}  // namespace

Document parse_html_document(std::string_view content, std::string id, Diagnostics& diagnostics) {
  std::string repaired;
  DocPtr doc = parse(content, id, diagnostics, repaired);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  Document document;
  if (root == nullptr) {
    diagnostics.report(Severity::Warning, id, 0, "no HTML content");
    document.source.id = std::move(id);
    return document;
  }
  PageMeta meta = read_meta(root);
  xmlNode* main = main_element(root);
  std::string title = one_line(normalize_text(page_title(meta, main)));
  PageText page = compose_page(clean_text(render_text(main), id, diagnostics), title);

  document.source.published = meta_date(meta).value_or(page.date.value_or(Date{}));
  if (document.source.published.empty()) {
    diagnostics.report(Severity::Warning, id, 0, "no publication date in the page");
  }
  document.source.title = std::move(page.title);
  document.source.url = meta.canonical.empty() ? meta.meta("og:url") : meta.canonical;
  std::string country = meta.meta("orgkg:publisher-country");
  if (country.empty()) country = meta.meta("publisher-country");
  if (!country.empty()) {
    if (auto code = parse_country_code(country)) {
      document.source.publisher_country = *code;
    } else {
      diagnostics.report(Severity::Warning, id, 0,
                         "publisher country \"" + country + "\" is not an ISO alpha-3 code");
    }
  }
  if (page.text.empty())
    diagnostics.report(Severity::Warning, id, 0, "no statement text in the page");
  document.text = std::move(page.text);
  document.source.id = std::move(id);
  return document;
}

}  // namespace orgkg::detail

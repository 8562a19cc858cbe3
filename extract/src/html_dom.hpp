// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reading a libxml2 HTML tree: attribute access, which elements are page
// furniture, which element holds the statement, and its text with paragraph
// breaks. Every walk is iterative (parent pointers, no recursion), so a page
// of deeply nested tags cannot overflow the stack. libxml2 types stay in
// extract/src. Thread-safe on distinct trees. Private to extract/.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace orgkg::detail {

/// The element's local name ("p"), "" for other nodes. The HTML parser
/// lower-cases tag names.
[[nodiscard]] std::string_view element_name(const xmlNode* node);

/// The value of attribute `name` (ASCII, lower case) of `node`, "" when absent.
[[nodiscard]] std::string attribute(const xmlNode* node, std::string_view name);

/// attribute() without a copy where it can: a view into the tree when the
/// value is one text node (nearly always), else into `storage`, which holds
/// it joined. Valid while the tree and `storage` live and are not changed.
[[nodiscard]] std::string_view attribute_view(const xmlNode* node, std::string_view name,
                                              std::string& storage);

/// True for an element that is never statement text: script, style, nav,
/// header, footer, aside, form and its controls, embedded objects; an element
/// hidden by `hidden`, `aria-hidden="true"` or `display:none`; a navigation,
/// banner or search role; a link with `hreflang`; or an element whose class or
/// id names furniture ("nav", "menu", "breadcrumb", "lang-switcher",
/// "share", "footer", "cookie", ...) or that is a <form>, as long as its
/// text is short or mostly link text (ASP.NET pages wrap the whole page in a
/// form; a class such as "with-sidebar" may sit on the article's container).
/// <html>, <body>, <main> and <article> never are.
[[nodiscard]] bool is_furniture(xmlNode* node);

/// Visits the subtree of `root` in document order without recursion. `enter`
/// is called on each node and returns whether to visit its children; `leave`
/// is called after the children of every node `enter` accepted. A template,
/// so that the callbacks inline: a page has thousands of nodes, and each
/// call through a std::function cost more than most visits do.
template <class Enter, class Leave>
void walk(xmlNode* root, Enter&& enter, Leave&& leave) {
  if (root == nullptr) return;
  xmlNode* node = root;
  while (true) {
    bool descend = enter(node);
    if (descend && node->children != nullptr) {
      node = node->children;
      continue;
    }
    if (descend) leave(node);
    while (node != root && node->next == nullptr) {
      node = node->parent;
      leave(node);
    }
    if (node == root) return;
    node = node->next;
  }
}

/// The element holding the statement under `root` (furniture skipped): the
/// <article> with the most text, else <main> (or role="main"), when it holds
/// at least half the text of the best block; else the best block: the
/// container (div, section, td, ...) with the most text of its own, counting
/// the text of its paragraphs, headings and lists but not of nested
/// containers; else `root`.
[[nodiscard]] xmlNode* main_element(xmlNode* root);

/// The text of `root` without furniture: white space collapsed as a browser
/// does (kept in <pre>), a blank line around paragraphs, headings, divisions
/// and lists, a line break at <br>, <li>, <tr>, <dt>, <dd>, a space between
/// table cells.
[[nodiscard]] std::string render_text(xmlNode* root);

/// The collapsed text of `root`, furniture included (for titles and dates),
/// at most `limit` bytes.
[[nodiscard]] std::string plain_text(xmlNode* root, std::size_t limit = 4096);

}  // namespace orgkg::detail

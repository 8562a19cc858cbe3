// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Furniture is recognised by tag, by ARIA role and by the words of class and
// id attributes ("site-nav__menu" -> site, nav, menu), never by position, so
// the same rules serve ministry pages of any layout. The statement element is
// found by a readability-style score: each run of text counts for its nearest
// container (div, section, td, ...), so the container of the paragraphs wins.
#include "html_dom.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace orgkg::detail {
namespace {

constexpr std::array<std::string_view, 24> kFurnitureTags{
    "script", "style",  "noscript", "template", "nav",    "header", "footer", "aside",
    "button", "select", "input",    "textarea", "iframe", "object", "embed",  "svg",
    "canvas", "math",   "head",     "title",    "menu",   "dialog", "label",  "video"};

// Elements that only their class, id or role can make furniture, and never
// the whole page: a body class "lang-en" says nothing of its content.
constexpr std::array<std::string_view, 4> kPageTags{"html", "body", "main", "article"};

constexpr std::array<std::string_view, 36> kFurnitureWords{
    "nav",      "navbar", "navigation", "menu",       "breadcrumb", "breadcrumbs",
    "footer",   "header", "masthead",   "topbar",     "sidebar",    "share",
    "sharing",  "social", "lang",       "langs",      "language",   "languages",
    "switcher", "cookie", "cookies",    "banner",     "subscribe",  "related",
    "print",    "search", "skip",       "pagination", "pager",      "tags",
    "comments", "modal",  "popup",      "hidden",     "toolbar",    "sr"};

constexpr std::array<std::string_view, 7> kFurnitureRoles{
    "navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar"};

// Block elements: a blank line before and after.
constexpr std::array<std::string_view, 27> kBlockTags{
    "p",  "div",    "h1",         "h2",     "h3",      "h4",      "h5",   "h6",   "blockquote",
    "ul", "ol",     "dl",         "table",  "section", "article", "main", "pre",  "address",
    "hr", "figure", "figcaption", "center", "details", "summary", "body", "html", "fieldset"};

// Line elements: a line break before and after.
constexpr std::array<std::string_view, 6> kLineTags{"li", "tr", "dt", "dd", "caption", "option"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Whether some word of `value` (split at anything but letters and digits)
// names furniture.
bool names_furniture(std::string_view value) {
  char word[16];  // no furniture word is longer: a longer word is none
  std::size_t length = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? lower(value[i]) : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (length < sizeof word) word[length] = c;
      ++length;
      continue;
    }
    if (length <= sizeof word && in(kFurnitureWords, std::string_view(word, length))) return true;
    length = 0;
  }
  return false;
}

bool is_text(const xmlNode* node) {
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

std::string_view content_of(const xmlNode* node) {
  return node->content != nullptr ? std::string_view(reinterpret_cast<const char*>(node->content))
                                  : std::string_view{};
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Whether a style attribute hides its element: "display:none", white space
// anywhere in it ignored.
bool hides(std::string_view style) {
  constexpr std::string_view kHidden = "display:none";
  std::size_t matched = 0;
  for (char c : style) {
    if (is_html_space(c)) continue;
    matched = c == kHidden[matched] ? matched + 1 : (c == kHidden[0] ? 1 : 0);
    if (matched == kHidden.size()) return true;
  }
  return false;
}

std::size_t visible_length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_html_space(c); }));
}

// Collapses white space as HTML rendering does and keeps paragraph breaks.
class TextBuilder {
 public:
  void text(std::string_view raw, bool preformatted) {
    for (std::size_t i = 0; i < raw.size();) {
      char c = raw[i];
      if (preformatted && c == '\n') {
        line_break(1);
        ++i;
      } else if (is_html_space(c)) {
        space_ = true;
        ++i;
      } else {  // a word, appended whole: flush() has nothing to add within it
        std::size_t end = i + 1;
        while (end < raw.size() && !is_html_space(raw[end])) ++end;
        flush();
        out_.append(raw.data() + i, end - i);
        i = end;
      }
    }
  }
  void line_break(int lines) { breaks_ = std::max(breaks_, lines); }
  void space() { space_ = true; }
  std::string take() { return std::move(out_); }

 private:
  void flush() {
    if (!out_.empty() && breaks_ > 0) {
      out_.append(static_cast<std::size_t>(breaks_), '\n');
    } else if (!out_.empty() && space_ && out_.back() != '\n') {
      out_.push_back(' ');
    }
    breaks_ = 0;
    space_ = false;
  }

  std::string out_;
  int breaks_ = 0;
  bool space_ = false;
};

// Whether the subtree of `node` reads as furniture: little text or text
// mostly inside links, and fewer than two paragraphs. A class such as
// "layout-with-sidebar" may sit on the element holding the whole statement;
// its paragraphs keep it. Subtrees of more than kScanLimit nodes are prose
// (and bound the cost on hostile pages).
bool reads_as_furniture(xmlNode* node) {
  constexpr std::size_t kScanLimit = 2000;
  std::size_t total = 0;
  std::size_t linked = 0;
  std::size_t nodes = 0;
  std::size_t paragraphs = 0;
  int in_link = 0;
  auto enter = [&](xmlNode* n) {
    if (++nodes > kScanLimit) return false;
    if (is_text(n)) {
      std::size_t length = visible_length(content_of(n));
      total += length;
      linked += in_link > 0 ? length : 0;
      return false;
    }
    std::string_view name = element_name(n);
    if (name == "a") ++in_link;
    if (name == "p") ++paragraphs;
    return n->type == XML_ELEMENT_NODE;
  };
  auto leave = [&](xmlNode* n) {
    if (element_name(n) == "a") --in_link;
  };
  walk(node, enter, leave);
  if (nodes > kScanLimit || paragraphs >= 2) return false;
  return total < 160 || linked * 2 >= total;
}

// Elements that hold paragraphs, lists and headings rather than being one.
constexpr std::array<std::string_view, 13> kContainerTags{
    "div", "section", "article", "main",   "body", "html",    "blockquote",
    "td",  "th",      "center",  "figure", "form", "fieldset"};

// The nearest container ancestor: the element whose text a run of text
// (inside a paragraph, a list item or a heading) counts for. nullptr at the top.
xmlNode* container_of(xmlNode* node) {
  for (xmlNode* up = node->parent; up != nullptr; up = up->parent) {
    if (in(kContainerTags, element_name(up))) return up;
  }
  return nullptr;
}

int breaks_around(std::string_view name) {
  if (in(kBlockTags, name)) return 2;
  return in(kLineTags, name) ? 1 : 0;
}

}  // namespace

std::string_view element_name(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string_view attribute_view(const xmlNode* node, std::string_view name, std::string& storage) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name == nullptr ||
        !equals_ignore_case(reinterpret_cast<const char*>(attr->name), name)) {
      continue;
    }
    const xmlNode* only = attr->children;
    if (only == nullptr) return {};
    if (only->next == nullptr) return is_text(only) ? content_of(only) : std::string_view{};
    storage.clear();
    for (const xmlNode* child = attr->children; child != nullptr; child = child->next) {
      if (is_text(child)) storage += content_of(child);
    }
    return storage;
  }
  return {};
}

std::string attribute(const xmlNode* node, std::string_view name) {
  std::string storage;
  return std::string(attribute_view(node, name, storage));
}

bool is_furniture(xmlNode* node) {
  std::string_view name = element_name(node);
  if (name.empty()) return false;
  if (in(kFurnitureTags, name)) return true;
  if (in(kPageTags, name) || (node->properties == nullptr && name != "form")) return false;
  std::string storage;
  if (name == "a" && !attribute_view(node, "hreflang", storage).empty()) return true;
  if (xmlHasProp(node, BAD_CAST "hidden") != nullptr ||
      attribute_view(node, "aria-hidden", storage) == "true" ||
      hides(attribute_view(node, "style", storage))) {
    return true;
  }
  std::string role(attribute_view(node, "role", storage));
  std::transform(role.begin(), role.end(), role.begin(), lower);
  bool named = name == "form" || in(kFurnitureRoles, role) ||
               names_furniture(attribute_view(node, "class", storage)) ||
               names_furniture(attribute_view(node, "id", storage));
  return named && reads_as_furniture(node);
}

xmlNode* main_element(xmlNode* root) {
  std::vector<std::size_t> open;  // text length of each open element
  std::unordered_map<xmlNode*, std::size_t> score;
  std::pair<xmlNode*, std::size_t> article{nullptr, 0};
  std::pair<xmlNode*, std::size_t> main{nullptr, 0};
  auto enter = [&](xmlNode* node) {
    if (is_text(node) && !open.empty()) {
      std::size_t length = visible_length(content_of(node));
      open.back() += length;
      if (xmlNode* container = container_of(node); container != nullptr) score[container] += length;
      return false;
    }
    if (node->type != XML_ELEMENT_NODE || is_furniture(node)) return false;
    open.push_back(0);
    return true;
  };
  auto leave = [&](xmlNode* node) {
    std::size_t length = open.back();
    open.pop_back();
    if (!open.empty()) open.back() += length;
    std::string_view name = element_name(node);
    if (name == "article" && length > article.second) article = {node, length};
    bool is_main = name == "main" || attribute(node, "role") == "main";
    if (is_main && length > main.second) main = {node, length};
  };
  walk(root, enter, leave);
  std::pair<xmlNode*, std::size_t> best{nullptr, 0};
  for (const auto& [node, length] : score) {
    if (length > best.second) best = {node, length};
  }
  for (const auto& candidate : {article, main}) {
    if (candidate.first != nullptr && candidate.second * 2 >= best.second) return candidate.first;
  }
  return best.first != nullptr ? best.first : root;
}

std::string render_text(xmlNode* root) {
  TextBuilder out;
  int preformatted = 0;
  auto enter = [&](xmlNode* node) {
    if (is_text(node)) {
      out.text(content_of(node), preformatted > 0);
      return false;
    }
    if (node->type != XML_ELEMENT_NODE || is_furniture(node)) return false;
    std::string_view name = element_name(node);
    if (name == "br") out.line_break(1);
    if (name == "pre") ++preformatted;
    out.line_break(breaks_around(name));
    return true;
  };
  auto leave = [&](xmlNode* node) {
    std::string_view name = element_name(node);
    if (name == "pre") --preformatted;
    if (name == "td" || name == "th") out.space();
    out.line_break(breaks_around(name));
  };
  walk(root, enter, leave);
  return out.take();
}

std::string plain_text(xmlNode* root, std::size_t limit) {
  TextBuilder out;
  std::size_t size = 0;
  auto enter = [&](xmlNode* node) {
    if (size >= limit) return false;
    if (is_text(node)) {
      std::string_view text = content_of(node);
      text = text.substr(0, limit - size);
      size += text.size();
      out.text(text, false);
      return false;
    }
    if (element_name(node) == "script" || element_name(node) == "style") return false;
    return node->type == XML_ELEMENT_NODE;
  };
  walk(root, enter, [](xmlNode*) {});
  return out.take();
}

}  // namespace orgkg::detail

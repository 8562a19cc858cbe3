// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Line-based: every decision looks at one line (or a run of language lines),
// never at markup, so the HTML reader's output and a saved text page are
// cleaned alike. Cheap checks come first: most lines are long prose and are
// rejected by length before any tokenizing.
#include "page_noise.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>

#include "dates.hpp"
#include "tokenizer.hpp"
#include "utf8.hpp"

namespace orgkg::detail {
namespace {

constexpr std::array<std::string_view, 10> kSeparators{
    "\xE2\x80\xA2", "*", "|", "/", "-", "\xC2\xB7", "\xE2\x80\x93", ",", "\xE2\x80\x94", ":"};

// Language names as switchers write them, each in its own language (UTF-8).
constexpr std::array<std::string_view, 23> kAutonyms{
    "English",    "Русский",    "Français",   "Español",  "Deutsch",   "中文",
    "العربية",    "Português",  "Italiano",   "日本語",   "한국어",    "Türkçe",
    "فارسی",      "Українська", "Қазақша",    "Кыргызча", "O‘zbekcha", "Oʻzbekcha",
    "Беларуская", "Հայերեն",    "Azərbaycan", "ქართული",  "Монгол"};

constexpr std::array<std::string_view, 24> kCodes{"EN", "RU", "FR", "ES", "DE", "ZH", "AR", "PT",
                                                  "IT", "JA", "KO", "TR", "FA", "UK", "KK", "KY",
                                                  "UZ", "TG", "BE", "HY", "AZ", "KA", "MN", "VI"};

constexpr std::size_t kLongestSeparator = 3;  // "•", "–" and "—" in UTF-8
constexpr std::size_t kShortestAutonym = 6;   // "中文" in UTF-8
static_assert(std::all_of(kSeparators.begin(), kSeparators.end(),
                          [](std::string_view s) { return s.size() <= kLongestSeparator; }));
static_assert(std::all_of(kCodes.begin(), kCodes.end(),
                          [](std::string_view s) { return s.size() == 2; }));
static_assert(std::all_of(kAutonyms.begin(), kAutonyms.end(),
                          [](std::string_view s) { return s.size() >= kShortestAutonym; }));

// The first bytes of the words of `list` (none empty), as 256 bits.
template <std::size_t N>
constexpr std::array<std::uint64_t, 4> first_bytes(const std::array<std::string_view, N>& list) {
  std::array<std::uint64_t, 4> bits{};
  for (std::string_view item : list) {
    auto byte = static_cast<unsigned char>(item[0]);
    bits[byte / 64] |= std::uint64_t{1} << (byte % 64);
  }
  return bits;
}

// Whether `word` (not empty) is in `kList`, whose words are not empty either:
// a word whose first byte starts none of them is told at once, and the
// size and the first byte are compared before the bytes, so a word of
// prose is told apart without a call of memcmp() for every item its size.
template <const auto& kList>
bool in(std::string_view word) {
  static constexpr std::array<std::uint64_t, 4> kFirstBytes = first_bytes(kList);
  auto first = static_cast<unsigned char>(word[0]);
  if (((kFirstBytes[first / 64] >> (first % 64)) & 1U) == 0) return false;
  for (std::string_view item : kList) {
    if (item.size() == word.size() && item[0] == word[0] && item == word) return true;
  }
  return false;
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "en-GB1", "ru-RU", "en1": a language tag with an optional count; `region`
// tells whether it has a region part.
bool is_language_tag(std::string_view word, bool& region) {
  if (word.size() < 2 || !is_lower(word[0]) || !is_lower(word[1])) return false;
  std::size_t i = 2;
  region = i + 2 < word.size() && word[i] == '-' && is_upper(word[i + 1]) && is_upper(word[i + 2]);
  if (region) i += 3;
  while (i < word.size() && is_digit(word[i])) ++i;
  return i == word.size();
}

struct LanguageLine {
  bool only_languages = false;  // every word names a language or separates
  bool tagged = false;          // a tag with a region ("en-GB1") was seen
  std::size_t items = 0;        // languages named surely (tags with a region, codes, autonyms)
};

// The longest line read as a language switcher.
constexpr std::size_t kLongestSwitcher = 200;

// A bare lower-case "en" or "ru1" names a language only on a line that also
// has a tag with a region: "is it" is no switcher. For a line of at most
// kLongestSwitcher bytes.
LanguageLine classify_language_words(std::string_view line) {
  LanguageLine result;
  std::size_t words = 0;
  std::size_t pos = 0;
  // Words between spaces and tabs, found by a loop over the bytes, not by
  // find_first_of(), which looks each byte up in its set with memchr().
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (true) {
    while (pos < line.size() && blank(line[pos])) ++pos;
    if (pos == line.size()) break;
    std::size_t end = pos;
    while (end < line.size() && !blank(line[end])) ++end;
    std::string_view word = line.substr(pos, end - pos);
    pos = end;
    // The lists are searched only for a word of a length they hold: a prose
    // line is rejected at its first word without comparing it to them all.
    if (word.size() <= kLongestSeparator && in<kSeparators>(word)) continue;
    ++words;
    bool region = false;
    if (is_language_tag(word, region)) {
      result.tagged = result.tagged || region;
      result.items += region ? 1 : 0;
    } else if ((word.size() == 2 && in<kCodes>(word)) ||
               (word.size() >= kShortestAutonym && in<kAutonyms>(word))) {
      ++result.items;
    } else {
      return LanguageLine{};
    }
  }
  result.only_languages = words > 0 && (result.tagged || result.items == words);
  return result;
}

// classify_language_words() of a line, inline where the line is longer than
// a switcher, as most lines of prose are.
inline LanguageLine classify_language_line(std::string_view line) {
  return line.size() > kLongestSwitcher ? LanguageLine{} : classify_language_words(line);
}

std::string lower_words(std::string_view line) {
  std::string words;
  thread_local TokenScratch scratch;  // asked of a document's first lines
  for (const Token& token : scratch.tokenize(line)) {
    if (!words.empty()) words.push_back(' ');
    words += token.norm;
  }
  return words;
}

// The index past a run of lines that each name only languages, starting at
// `i`, when the run names two or more; `i` when it is no switcher.
std::size_t language_run_end(const std::vector<std::string_view>& lines, std::size_t i) {
  if (is_blank_line(lines[i])) return i;
  std::size_t items = 0;
  std::size_t end = i;
  for (std::size_t k = i; k < lines.size(); ++k) {
    if (is_blank_line(lines[k])) continue;
    LanguageLine language = classify_language_line(lines[k]);
    if (!language.only_languages) break;
    items += language.items;
    end = k + 1;
  }
  return items >= 2 ? end : i;
}

}  // namespace

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  // Room for a line every 64 bytes, more than most pages hold: the vector
  // is not regrown (its lines copied) five or six times a page. At most a
  // megabyte of it: a huge text grows its vector as before.
  constexpr std::size_t kMostReserved = (std::size_t{1} << 20) / sizeof(std::string_view);
  lines.reserve(std::min(text.size() / 64 + 1, kMostReserved));
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return lines;
}

bool is_blank_line_slow(std::string_view line) {
  // Only white space (no-break and typographic spaces too): every other
  // character would make a token. Stops at the first one, so a 100 MB line
  // costs nothing.
  for (std::size_t pos = 0; pos < line.size();) {
    std::size_t length = 0;
    if (!is_space(decode_at(line, pos, length))) return false;
    pos += length;
  }
  return true;
}

bool is_language_switcher(std::string_view line) {
  LanguageLine language = classify_language_line(line);
  return language.only_languages && (language.tagged || language.items >= 2);
}

bool starts_furniture_heading(std::string_view line) {
  // Each heading starts with an a, r or s, so a line starting with another
  // letter or a digit is told without tokenizing it.
  if (char first = static_cast<char>(line[0] | 0x20);
      first >= 'a' && first <= 'z' && first != 'a' && first != 'r' && first != 's') {
    return false;
  }
  if (line[0] >= '0' && line[0] <= '9') return false;
  std::string words = lower_words(line);
  return words == "additional materials" || words == "advanced settings" ||
         words == "related materials" || words == "see also";
}

bool is_link_line(std::string_view line) {
  if (line.size() > 512) return false;  // twelve words or fewer: a long line is text
  std::size_t end = line.find_last_not_of(" \t");
  if (end == std::string_view::npos) return true;
  char last = line[end];
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
    return false;
  }
  std::size_t words = 0;
  thread_local TokenScratch scratch;
  for (const Token& token : scratch.tokenize(line)) words += token.is_word() ? 1 : 0;
  return words <= 12;
}

std::vector<std::string_view> drop_page_noise(const std::vector<std::string_view>& lines) {
  std::vector<std::string_view> body;
  body.reserve(lines.size());  // at most every line, not grown line by line
  bool furniture = false;
  for (std::size_t i = 0; i < lines.size() && !furniture; ++i) {
    // A blank line starts no switcher and is no heading: told first, once.
    if (is_blank_line(lines[i])) {
      if (!body.empty() && !body.back().empty()) body.emplace_back();
      continue;
    }
    if (std::size_t end = language_run_end(lines, i); end != i) {
      i = end - 1;
      continue;
    }
    furniture = starts_furniture(lines[i]);
    if (!furniture) body.push_back(lines[i]);
  }
  while (furniture && body.size() > 1 && is_link_line(body.back())) body.pop_back();
  while (!body.empty() && body.back().empty()) body.pop_back();
  return body;
}

namespace {

// Drops a date line among the three lines after the title (body[0]); the
// first one found becomes the page's date when it has none yet.
void drop_date_under_title(std::vector<std::string_view>& body, std::optional<Date>& date) {
  std::size_t seen = 0;
  for (std::size_t i = 1; i < body.size() && seen < 3; ++i) {
    if (body[i].empty()) continue;
    ++seen;
    std::optional<Date> line_date =
        body[i].size() <= 64 ? parse_header_date(body[i]) : std::nullopt;
    if (!line_date) continue;
    if (!date) date = line_date;
    body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
    if (i < body.size() && body[i].empty() && body[i - 1].empty()) {
      body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return;
  }
}

std::string_view trim(std::string_view s) {
  std::size_t begin = s.find_first_not_of(' ');
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(' ') + 1 - begin);
}

}  // namespace

PageText compose_page(std::string_view text, std::string_view title) {
  std::vector<std::string_view> lines = split_lines(text);
  PageText page;
  std::size_t i = 0;
  while (i < lines.size() && is_blank_line(lines[i])) ++i;
  page.first_line = i < lines.size() ? i + 1 : 0;
  // Above the title: blank lines, switchers and one date line.
  for (; i < lines.size(); ++i) {
    if (is_blank_line(lines[i]) || is_language_switcher(lines[i])) continue;
    if (page.date || lines[i].size() > 64) break;
    page.date = parse_header_date(lines[i]);
    if (!page.date) break;
  }
  lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));  // not copied
  std::vector<std::string_view> body = drop_page_noise(lines);
  title = trim(title);
  if (!title.empty() && (body.empty() || trim(body.front()) != title)) {
    body.insert(body.begin(), {title, std::string_view{}});
    if (body.size() == 2) body.pop_back();
  }
  drop_date_under_title(body, page.date);
  if (!body.empty()) page.title = std::string(trim(body.front()));
  append_lines(page.text, text, body);
  return page;
}

void append_lines(std::string& out, std::string_view text,
                  const std::vector<std::string_view>& lines) {
  std::size_t size = 0;
  for (std::string_view line : lines) size += line.size() + 1;
  out.reserve(out.size() + size);
  // The bytes of `text` from `run` to `run_end` are what is to be appended
  // since the last append: a line and its '\n' extend them when they are
  // the bytes that follow, as they are in a page with nothing dropped.
  const char* end = text.data() + text.size();
  const char* run = nullptr;
  const char* run_end = nullptr;
  for (std::string_view line : lines) {
    // The line and its '\n' in `text`, or nullptr. An empty line (a run
    // of blank ones) is the '\n' at run_end.
    const char* from = line.empty() ? run_end : line.data();
    const char* to = from == nullptr ? nullptr : from + line.size();
    bool in_text = from != nullptr && std::less_equal<const char*>{}(text.data(), from) &&
                   std::less<const char*>{}(to, end) && *to == '\n';
    if (in_text && from == run_end) {
      run_end = to + 1;
      continue;
    }
    if (run != run_end) out.append(run, static_cast<std::size_t>(run_end - run));
    if (in_text) {
      run = from;
      run_end = to + 1;
    } else {
      out.append(line);
      out.push_back('\n');
      run = run_end = nullptr;
    }
  }
  if (run != run_end) out.append(run, static_cast<std::size_t>(run_end - run));
}

}  // namespace orgkg::detail

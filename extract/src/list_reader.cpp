// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A list is bare mentions separated by commas, "and", "as well as",
// "together with" or semicolons, each optionally preceded by "the" and followed by a
// parenthetical ("China (PRC)"). Reading stops at the first segment that is
// neither a known state or organisation nor, after a first item, a short run
// of capitalized words (kept as an unknown item).
#include "list_reader.hpp"

#include <algorithm>

#include "list_phrases.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {
namespace {

// Items in a list, as a rule at most: room for them at the first, not grown
// 1, 2, 4, 8 (readers read lists into fresh ListItems).
constexpr std::size_t kUsualItems = 8;
void make_room(std::vector<const Mention*>& items) {
  if (items.capacity() == 0) items.reserve(kUsualItems);
}

// Separator between list items ending before unit i (reading backwards) or
// starting at unit i (reading forwards); its length, 0 when none: ", as
// well as", "as well as", ", together with", "together with", ", and", ";
// and", ",", ";" or "and", the longest that is there. Read by its first
// word, asked once (the readers ask at every item), then what follows it.
std::size_t separator_at(const Units& u, std::size_t i) {
  if (is(u, i, {","})) {
    return phrase(u, i + 1, {"as", "well", "as"})   ? 4
           : phrase(u, i + 1, {"together", "with"}) ? 3
           : is(u, i + 1, {"and"})                  ? 2
                                                    : 1;
  }
  if (is(u, i, {";"})) return is(u, i + 1, {"and"}) ? 2 : 1;
  if (is(u, i, {"and"})) return 1;
  if (is(u, i, {"as"})) return phrase(u, i + 1, {"well", "as"}) ? 3 : 0;
  if (is(u, i, {"together"})) return is(u, i + 1, {"with"}) ? 2 : 0;
  return 0;
}

std::size_t separator_before(const Units& u, std::size_t end) {
  for (std::size_t n : {4, 3, 2, 1}) {
    if (end >= n && separator_at(u, end - n) == n) return n;
  }
  return 0;
}

// closes_item() by a word other than a separator (and not past the end).
bool closes_item_but_separator(const Units& u, std::size_t i) {
  return is(u, i, {".", ")", ":", "-", "!", "?", "\"", "with", "have", "has", "are", "is", "by"}) ||
         // "... and Russia since 2015", "to Japan on 2 January 2011"
         (is(u, i, {"since", "in", "on"}) && is_date_word(u, i + 1)) ||
         // "with Bahrain and Oman in Abu Dhabi": where, after the list
         (is(u, i, {"in", "at"}) && i + 1 < u.size() && u[i + 1].mention != nullptr &&
          u[i + 1].mention->entity->kind == EntityKind::City) ||
         // "to Russia last year", "to Egypt earlier this year", "to Iran yesterday"
         (is(u, i, {"last", "this"}) &&
          is(u, i + 1,
             {"year", "month", "week", "spring", "summer", "autumn", "fall", "winter"})) ||
         (is(u, i, {"earlier", "later"}) && is(u, i + 1, {"this", "that"})) ||
         is(u, i, {"yesterday", "today"}) ||
         (is(u, i, {"as"}) &&  // "... and Sweden as new members"
          is(u, i + 1, {"a", "an", "new", "full", "members", "member", "observers", "observer"}));
}

// Unit i ends a list item: the sentence's end, a separator, a clause's
// first word, a date.
bool closes_item(const Units& u, std::size_t i) {
  return i >= u.size() || separator_at(u, i) != 0 || closes_item_but_separator(u, i);
}

// Words of an unknown list item: capitalized words up to a separator.
std::size_t unknown_item_at(const Units& u, std::size_t i) {
  std::size_t n = 0;
  while (i + n < u.size() && u[i + n].mention == nullptr && n < 5 &&
         (u[i + n].capitalized || (n > 0 && is(u, i + n, {"of", "and"})))) {
    if (is(u, i + n, {"and"}) && separator_at(u, i + n)) break;
    ++n;
  }
  return n > 0 && closes_item(u, i + n) ? n : 0;
}

// Past a parenthetical at unit i ("Brunei (Brunei Darussalam)"), else i.
std::size_t skip_parenthetical(const Units& u, std::size_t i) {
  if (!is(u, i, {"("})) return i;
  for (std::size_t j = i + 1; j < u.size() && j < i + 12; ++j) {
    if (is(u, j, {")"})) return j + 1;
  }
  return i;
}

// The start of a parenthetical ending just before unit `end`, else `end`.
std::size_t parenthetical_start(const Units& u, std::size_t end) {
  if (end == 0 || !is(u, end - 1, {")"})) return end;
  for (std::size_t j = end - 1; j > 0 && j + 12 > end; --j) {
    if (is(u, j - 1, {"("})) return j - 1;
  }
  return end;
}

// Past a region that qualifies the items before it ("A and B in Asia, and C
// in the Mediterranean"): "in|from [the] Capitalized [Capitalized]" ending
// the item. Not a date ("in June 2001"), not a known entity ("in Russia").
std::size_t skip_region(const Units& u, std::size_t i) {
  if (!is(u, i, {"in", "from"}) || is_date_word(u, i + 1)) return i;
  std::size_t k = is(u, i + 1, {"the"}) ? i + 2 : i + 1;
  std::size_t n = 0;
  while (n < 3 && k + n < u.size() && u[k + n].mention == nullptr && u[k + n].capitalized) ++n;
  if (n == 0) return i;
  std::size_t end = k + n;
  bool closes =
      end >= u.size() || separator_at(u, end) != 0 || is(u, end, {".", ")", ";", ":", "-"});
  return closes ? end : i;
}

}  // namespace

bool is_month_may(const Units& u, std::size_t i) {
  if (!is(u, i, {"may"})) return false;
  auto number = [&](std::size_t k) {
    return k < u.size() && u[k].mention == nullptr && !u[k].norm.empty() && u[k].norm[0] >= '0' &&
           u[k].norm[0] <= '9';
  };
  return (u[i].capitalized && i > 0) || (i > 0 && number(i - 1)) || number(i + 1);
}

std::size_t org_end_before(const Units& u, std::size_t end) {
  // By pointer, not is_org() at each index: a reader scans the whole
  // sentence back for its last organisation, and is_org() would test the
  // bounds at every unit.
  const Unit* first = u.data();
  const Unit* at = first + std::min(end, u.size());
  while (at != first &&
         (at[-1].mention == nullptr || at[-1].mention->entity->kind != EntityKind::Organisation)) {
    --at;
  }
  return static_cast<std::size_t>(at - first);
}

const Mention* last_org_before(const Units& u, std::size_t end) {
  std::size_t j = org_end_before(u, end);
  return j == 0 ? nullptr : u[j - 1].mention;
}

// Reads a list forwards from unit i.
void read_list_forward(const Units& u, std::size_t i, ListItems& list) {
  list.list_begin = i;
  while (i < u.size()) {
    if (is(u, i, {"the", "both"})) ++i;
    std::size_t next = skip_region(u, skip_parenthetical(u, i + 1));
    // The separator after the item: found once, as it is also the first
    // thing that closes an item (closes_item()).
    std::size_t sep = 0;
    if (is_item(u, i) && (next >= u.size() || (sep = separator_at(u, next)) != 0 ||
                          closes_item_but_separator(u, next))) {
      make_room(list.items);
      list.items.push_back(u[i].mention);
      list.list_end = i = next;
    } else if (std::size_t n = list.items.empty() ? 0 : unknown_item_at(u, i)) {
      list.unknown_items.push_back({u[i].begin, u[i + n - 1].end});
      list.list_end = i += n;
      sep = separator_at(u, i);
    } else {
      break;
    }
    if (sep == 0) break;
    i += sep;
  }
}

bool list_cut_short(const Units& u, const ListItems& list) {
  if (list.items.empty()) return false;
  std::size_t next = list.list_end + separator_at(u, list.list_end);
  if (is(u, next, {"the", "both"})) ++next;
  return next != list.list_end && is_item(u, next);
}

namespace {

// read_leading_items(), and when `dated` read_dated_items().
void read_items(const Units& u, std::size_t m, ListItems& list, bool dated) {
  list.list_begin = m;
  while (true) {
    std::size_t item = is(u, m, {"the"}) ? m + 1 : m;
    if (!is_item(u, item)) break;
    make_room(list.items);
    list.items.push_back(u[item].mention);
    m = list.list_end = item + 1;
    // "Viet Nam in 1995": the item's own date.
    if (dated && is(u, m, {"in", "since", "on"}) && is_date_word(u, m + 1)) {
      m += 2;
      while (is_date_word(u, m)) ++m;
      list.list_end = m;
    }
    std::size_t sep = phrase(u, m, {",", "and"});
    if (sep == 0) sep = is(u, m, {",", "and"}) ? 1 : 0;
    if (sep == 0 || !is_item(u, m + sep + (is(u, m + sep, {"the"}) ? 1 : 0))) break;
    m += sep;
  }
}

}  // namespace

void read_leading_items(const Units& u, std::size_t m, ListItems& list) {
  read_items(u, m, list, false);
}

void read_dated_items(const Units& u, std::size_t m, ListItems& list) {
  read_items(u, m, list, true);
}

// Reads a list backwards from the unit before `end`.
void read_list_backward(const Units& u, std::size_t end, ListItems& list) {
  std::size_t i = end;
  if (i > 0 && is_item(u, parenthetical_start(u, i) - 1)) list.list_end = end;
  while (i > 0 && is_item(u, parenthetical_start(u, i) - 1)) {
    i = parenthetical_start(u, i);
    make_room(list.items);
    list.items.insert(list.items.begin(), u[i - 1].mention);
    --i;
    if (i > 0 && is(u, i - 1, {"the"})) --i;
    list.list_begin = i;
    if (i > 0 && is(u, i - 1, {"both"})) break;
    std::size_t sep = separator_before(u, i);
    if (sep == 0) break;
    i -= sep;
  }
}

}  // namespace orgkg::detail

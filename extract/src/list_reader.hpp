// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A sentence seen as units (each mention one unit, every other token one unit)
// and the reading of lists of states and organisations in it, for the
// list-membership patterns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/extract/sentence_splitter.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

struct Unit {
  std::size_t begin = 0;  ///< byte offset in the document
  std::size_t end = 0;
  /// The token's norm form, "" for a mention: a view of the token's, so
  /// units are valid as long as the tokens they were made from.
  std::string_view norm;
  const Mention* mention = nullptr;  ///< set for a mention
  bool capitalized = false;
  bool joined = false;     ///< joined to the previous word by a hyphen ("non-Arctic")
  std::uint64_t hash = 0;  ///< the token's hash (word_hash(norm)); 0 for a mention
  /// EntryWords::index().id(hash): which patterns can start here
  /// (entry_words.hpp); 0 for a mention or a word no pattern starts at.
  std::uint16_t entry = 0;
};

using Units = std::vector<Unit>;
using Words = std::initializer_list<std::string_view>;

/// The units of a sentence starting at byte `base` of the document, given its
/// tokens (tokenize(sentence)) and its mentions (document offsets, sorted).
/// The units' words point into the tokens' spellings (tokenizer.hpp): they
/// are valid while the tokens are.
[[nodiscard]] Units make_units(const std::vector<Token>& tokens, std::size_t base,
                               const std::vector<Mention>& mentions);
/// The same into `units`, which it replaces (a caller making the units of
/// sentence after sentence passes vectors whose memory is reused).
void make_units_into(Units& units, const std::vector<Token>& tokens, std::size_t base,
                     const std::vector<Mention>& mentions);

/// Unit i is a token whose norm is one of `words`. Inline: the pattern
/// readers ask it at every unit, so it compares lengths and first letters
/// before bytes.
[[nodiscard]] inline bool is(const Units& u, std::size_t i, Words words) {
  if (i >= u.size() || u[i].mention != nullptr) return false;
  std::string_view norm = u[i].norm;
  if (norm.empty()) return false;
  for (std::string_view word : words) {
    if (word.size() == norm.size() && word[0] == norm[0] &&
        std::char_traits<char>::compare(word.data(), norm.data(), word.size()) == 0) {
      return true;
    }
  }
  return false;
}
/// Length of the phrase `words` at unit i, 0 when it is not there.
[[nodiscard]] inline std::size_t phrase(const Units& u, std::size_t i, Words words) {
  if (i + words.size() > u.size()) return 0;
  std::size_t n = 0;
  for (std::string_view word : words) {
    const Unit& unit = u[i + n];
    if (unit.mention != nullptr || unit.norm.size() != word.size() || unit.norm != word) return 0;
    ++n;
  }
  return n;
}
/// Unit i is "May" the month ("29 May 2014", "in May 2018"), not the modal
/// verb: a capitalized "May" after the first word, or one beside a number.
[[nodiscard]] bool is_month_may(const Units& u, std::size_t i);
/// Unit i is a mention of an organisation.
[[nodiscard]] inline bool is_org(const Units& u, std::size_t i) {
  return i < u.size() && u[i].mention != nullptr &&
         u[i].mention->entity->kind == EntityKind::Organisation;
}
/// Unit i is a mention of a state.
[[nodiscard]] inline bool is_state(const Units& u, std::size_t i) {
  return i < u.size() && u[i].mention != nullptr && u[i].mention->entity->kind == EntityKind::State;
}
/// Unit i is a mention of a state or an organisation.
[[nodiscard]] inline bool is_item(const Units& u, std::size_t i) {
  return is_org(u, i) || is_state(u, i);
}
/// The last organisation mentioned before unit `end` ("withdrew from it",
/// "the Agreement on its establishment"), or nullptr.
[[nodiscard]] const Mention* last_org_before(const Units& u, std::size_t end);

/// What a list reading found.
struct ListItems {
  std::vector<const Mention*> items;    ///< the members or observers, in text order
  std::vector<TextSpan> unknown_items;  ///< document bytes of items naming nothing known
  std::size_t list_begin = 0;           ///< first unit of the list
  std::size_t list_end = 0;             ///< one past its last item (and parenthetical)

  /// Empties the list but keeps the vectors' storage, for a list read again
  /// and again.
  void clear() {
    items.clear();
    unknown_items.clear();
    list_begin = list_end = 0;
  }
};

/// Reads a list forwards from unit i into `list` (list_begin = i).
void read_list_forward(const Units& u, std::size_t i, ListItems& list);
/// Reads the items that open a clause at unit m, whatever follows them ("A,
/// B and C attach great importance"): [the] ITEM, separated by ",", "and"
/// or ", and". list_begin = m.
void read_leading_items(const Units& u, std::size_t m, ListItems& list);
/// True when a forward reading stopped at an item that does not end a list
/// ("the member states, India and Pakistan joined ...": "Pakistan" is
/// followed by a verb), so the list is not the one the pattern expects.
[[nodiscard]] bool list_cut_short(const Units& u, const ListItems& list);
/// Reads a list backwards from the unit before `end` into `list` (list_end =
/// `end` when an item is found).
void read_list_backward(const Units& u, std::size_t end, ListItems& list);

}  // namespace orgkg::detail

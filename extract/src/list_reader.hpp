// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A sentence seen as units (each mention one unit, every other token one unit)
// and the reading of lists of states and organisations in it, for the
// list-membership patterns.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/extract/sentence_splitter.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

struct Unit {
  /// Byte offsets in the document, in 32 bits (kMaxUnitOffset): a unit is
  /// 40 bytes, not 48, and the extractors walk every sentence's units.
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  /// The token's norm form, "" for a mention: a view of the token's, so
  /// units are valid as long as the tokens they were made from.
  std::string_view norm;
  const Mention* mention = nullptr;  ///< set for a mention
  bool capitalized = false;
  bool joined = false;  ///< joined to the previous word by a hyphen ("non-Arctic")
  /// EntryWords::index().id(word_hash(norm), norm): which patterns can
  /// start here (entry_words.hpp); 0 for a mention or a word no pattern
  /// starts at. Beside the flags, in what would be padding.
  std::uint16_t entry = 0;
  /// The pattern families that can start here (bit f for PatternFamily f)
  /// and, in the high half, those that need this word in their sentence
  /// (EntryUnits, entry_words.hpp), read from the index when the unit is
  /// made, so the pass that finds a sentence's start units reads them here.
  std::uint32_t families = 0;
};

using Units = std::vector<Unit>;

/// Writes a unit's last eight bytes, `capitalized` to `families`, as one
/// word (make_units_into() makes a unit of nearly every token): capitalized
/// in bits 0-7 (0 or 1), joined in bits 8-15 (0 or 1), entry in bits 16-31
/// and families in bits 32-63.
inline void store_unit_tail(Unit& unit, std::uint64_t tail) {
  static_assert(std::endian::native == std::endian::little);
  static_assert(offsetof(Unit, capitalized) == 32 && offsetof(Unit, joined) == 33 &&
                offsetof(Unit, entry) == 34 && offsetof(Unit, families) == 36 &&
                sizeof(Unit) == 40);
  std::memcpy(reinterpret_cast<unsigned char*>(&unit) + offsetof(Unit, capitalized), &tail,
              sizeof tail);
}

/// The last document offset a unit holds. make_units() and make_units_into()
/// need sentences that end at or before it; DocumentAnalysis makes no units
/// of a sentence past it (of a document over 4 GiB).
inline constexpr std::size_t kMaxUnitOffset = 0xFFFFFFFF;
using Words = std::initializer_list<std::string_view>;

/// The units of a sentence starting at byte `base` of the document, given its
/// tokens (tokenize(sentence)) and its mentions (document offsets, sorted).
/// The units' words point into the tokens' spellings (tokenizer.hpp): they
/// are valid while the tokens are.
[[nodiscard]] Units make_units(const std::vector<Token>& tokens, std::size_t base,
                               const std::vector<Mention>& mentions);
/// What a sentence's mentions name that several of its readers look for:
/// the units that mention an organisation and whether one mentions a city,
/// found in one pass rather than by a scan of every unit in each reader.
struct SentenceMentions {
  std::vector<std::size_t> orgs;  ///< the units mentioning an organisation, in order
  bool city = false;              ///< some unit mentions a city
  std::size_t states = 0;         ///< how many units mention a state

  /// Reads the sentence `u`, replacing what was read before (keeping the
  /// storage, for a caller that reads sentence after sentence).
  void read(const Units& u);
};

/// The same into `units`, which it replaces (a caller making the units of
/// sentence after sentence passes vectors whose memory is reused). With
/// `named`, also what the mentions name (`named->read(units)`), noted as
/// their units are made rather than by another pass over the units.
void make_units_into(Units& units, const std::vector<Token>& tokens, std::size_t base,
                     const std::vector<Mention>& mentions, SentenceMentions* named = nullptr);

/// Unit i is a token whose norm is one of `words`, a braced list of
/// literals (`is(u, i, {"the", "both"})`) or a constant array: is_one_of()
/// (tokenizer.hpp), unrolled on constants. A mention's norm is "", which no
/// word is: it needs no test of its own.
template <std::size_t N>
[[nodiscard, gnu::always_inline]] inline bool is(const Units& u, std::size_t i,
                                                 const std::string_view (&words)[N]) {
  return i < u.size() && is_one_of(u[i].norm, words);
}
/// Length of the phrase `words` at unit i, 0 when it is not there. A
/// template for the reasons is() is.
template <std::size_t N>
[[nodiscard, gnu::always_inline]] inline std::size_t phrase(const Units& u, std::size_t i,
                                                            const std::string_view (&words)[N]) {
  if (i + N > u.size()) return 0;
  const Unit* at = u.data() + i;
  bool found = [&]<std::size_t... W>(std::index_sequence<W...>) __attribute__((always_inline)) {
    return (norm_is_word(at[W].norm, words[W]) && ...);
  }
  (std::make_index_sequence<N>{});
  return found ? N : 0;
}
/// Length of the first of `phrases` at unit i, tried in order
/// (`first_phrase(u, i, {"has", "been"}, {"was"})`), 0 when none is there.
/// Constant like phrase(): a loop over a list of Words would build every
/// phrase on the stack at each call.
template <std::size_t... N>
[[nodiscard, gnu::always_inline]] inline std::size_t first_phrase(
    const Units& u, std::size_t i, const std::string_view (&... phrases)[N]) {
  std::size_t n = 0;
  // `||` stops at the first phrase found, leaving its length in n.
  [[maybe_unused]] bool found = (((n = phrase(u, i, phrases)) != 0) || ...);
  return n;
}
/// The same as phrase() for a phrase chosen at run time.
[[nodiscard]] inline std::size_t phrase(const Units& u, std::size_t i,
                                        std::span<const std::string_view> words) {
  if (i + words.size() > u.size()) return 0;
  std::size_t n = 0;
  for (std::string_view word : words) {
    const Unit& unit = u[i + n];
    if (unit.mention != nullptr || unit.norm != word) return 0;
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
/// One past the last unit before unit `end` that mentions an organisation,
/// 0 when none does.
[[nodiscard]] std::size_t org_end_before(const Units& u, std::size_t end);
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
/// read_leading_items() where an item may carry its own date ("Brunei in
/// 1984, Viet Nam in 1995, Laos and Myanmar in 1997"): list_end is past the
/// last item's date.
void read_dated_items(const Units& u, std::size_t m, ListItems& list);
/// True when a forward reading stopped at an item that does not end a list
/// ("the member states, India and Pakistan joined ...": "Pakistan" is
/// followed by a verb), so the list is not the one the pattern expects.
[[nodiscard]] bool list_cut_short(const Units& u, const ListItems& list);
/// Reads a list backwards from the unit before `end` into `list` (list_end =
/// `end` when an item is found).
void read_list_backward(const Units& u, std::size_t end, ListItems& list);

}  // namespace orgkg::detail

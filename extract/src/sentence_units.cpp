// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A sentence's units (list_reader.hpp): each mention one unit, whatever its
// tokens, and each other token one; a name and the acronym it defines in
// parentheses one unit too. Made once per sentence by DocumentAnalysis, and
// read by every pattern of the extractors.
#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstring>
#include <limits>

#include "entry_words.hpp"
#include "list_reader.hpp"
#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg::detail {

namespace {

// "the New Development Bank (NDB)": a name and the acronym it defines for the
// same entity are one unit, so every pattern reads past the definition.
// The units before `from` define nothing (make_units_into() found the first
// unit that may). Returns whether a definition was merged: else the units
// are as they were.
bool merge_acronym_definitions(Units& units, std::size_t from) {
  std::size_t kept = from;
  for (std::size_t i = from; i < units.size(); ++i) {
    if (kept != i) units[kept] = std::move(units[i]);
    Unit& unit = units[kept++];
    bool defines = unit.mention != nullptr && i + 3 < units.size() && units[i + 1].norm == "(" &&
                   units[i + 1].mention == nullptr && units[i + 2].mention != nullptr &&
                   units[i + 2].mention->entity == unit.mention->entity &&
                   units[i + 3].norm == ")" && units[i + 3].mention == nullptr;
    if (defines) {
      unit.end = units[i + 3].end;
      i += 3;
    }
  }
  const bool merged = kept != units.size();
  units.resize(kept);
  return merged;
}

}  // namespace

Units make_units(const std::vector<Token>& tokens, std::size_t base,
                 const std::vector<Mention>& mentions) {
  Units units;
  make_units_into(units, tokens, base, mentions);
  return units;
}

void SentenceMentions::read(const Units& u) {
  orgs.clear();
  // In locals, by pointer: a store into `orgs` could alias the members, and
  // the compiler would reload them at each unit. Most units are no mention.
  bool names_city = false;
  std::size_t state_count = 0;
  const Unit* const first = u.data();
  const Unit* const end = first + u.size();
  for (const Unit* unit = first; unit != end; ++unit) {
    if (unit->mention == nullptr) continue;
    EntityKind kind = unit->mention->entity->kind;
    if (kind == EntityKind::Organisation) orgs.push_back(static_cast<std::size_t>(unit - first));
    names_city = names_city || kind == EntityKind::City;
    state_count += kind == EntityKind::State ? 1 : 0;
  }
  city = names_city;
  states = state_count;
}

// The extractors walk every sentence's units: a field added to Unit costs
// memory traffic in all of them.
static_assert(sizeof(Unit) == 40);

// A token's capitalized and hyphen_before as a unit's capitalized and
// joined in store_unit_tail()'s word: the token holds them side by side, in
// that order, so they are read in one load.
[[gnu::always_inline]] inline std::uint64_t token_flags(const Token& token) {
  static_assert(offsetof(Token, hyphen_before) == offsetof(Token, capitalized) + 1);
  std::uint16_t flags = 0;
  std::memcpy(&flags, reinterpret_cast<const unsigned char*>(&token) + offsetof(Token, capitalized),
              sizeof flags);
  return flags;
}

// word_hash(")"), which make_units_into() tests first.
constexpr std::uint64_t kCloseParenHash = constant_word_hash(")");

void make_units_into(Units& made, const std::vector<Token>& tokens, std::size_t base,
                     const std::vector<Mention>& mentions, SentenceMentions* named) {
  assert((tokens.empty() || base + tokens.back().end <= kMaxUnitOffset) &&
         "a unit's offsets have 32 bits");
  // Made in a vector of the function's own (with `made`'s storage), which
  // nothing else can see: the compiler keeps its end in a register through
  // the loop, where it stored the end of `made` at every unit.
  Units units;
  units.swap(made);
  units.clear();
  units.reserve(tokens.size());
  // Asked once, not at every token: index() checks its static's guard.
  const EntryWords::Lookup entry_words(EntryWords::index());
  // The first mention that does not end before the token, and where it
  // begins: a token before it (nearly every token) is a word of its own.
  auto mention = mentions.begin();
  auto begin_of = [&mentions](auto at) {
    return at != mentions.end() ? at->begin : std::numeric_limits<std::size_t>::max();
  };
  std::size_t mention_begin = begin_of(mention);
  // The first unit that may start an acronym's definition, "NAME ( X )",
  // found at its ")"; none when no unit may.
  constexpr std::size_t kNoDefinition = std::numeric_limits<std::size_t>::max();
  std::size_t define_from = kNoDefinition;
  // For `named`: the units of the organisations mentioned while they fit
  // here, and whether a city is. A local array, not named->orgs: a store
  // into a vector could alias `units`, and the compiler would keep the
  // units' vector in memory through the loop.
  std::array<std::uint32_t, 32> orgs;
  std::size_t org_count = 0;
  std::size_t state_count = 0;
  bool city = false;
  // A token makes one unit at most, and the units have room for every
  // token: told so, the compiler drops the growth path from the loop, and
  // the call in it that would make it keep its values on the stack.
  auto has_room = [&units] {
    if (units.size() == units.capacity()) {
      assert(false && "a token makes one unit at most");
      __builtin_unreachable();
    }
  };
  const Token* token = tokens.data();
  const Token* const tokens_end = token + tokens.size();
  while (token != tokens_end) {
    has_room();
    std::size_t begin = base + token->begin;
    if (begin < mention_begin) {  // a word of its own
      const EntryWords::Found entry = entry_words.find(token->hash, token->norm);
      // Read before the unit is made: a read of the token's bytes could be
      // one of the unit's for all the compiler knows, which would keep the
      // zeros the unit is made with.
      const std::uint64_t tail = entry.tail | token_flags(*token);
      units.push_back(Unit{.begin = static_cast<std::uint32_t>(begin),
                           .end = static_cast<std::uint32_t>(base + token->end),
                           .norm = token->norm,
                           .mention = nullptr});
      // Its flags, id and families in one store (the zeros the unit was made
      // with are not written), the last two as the lookup read them, the
      // flags in one load from the token.
      store_unit_tail(units.back(), tail);
      // ")" by its hash first: a test of the type first would be mispredicted
      // at many a comma and dot.
      if (token->hash == kCloseParenHash && token->norm.size() == 1 &&
          token->type == TokenType::Punct && units.size() >= 4) {
        if (define_from == kNoDefinition && units[units.size() - 4].mention != nullptr) {
          define_from = units.size() - 4;
        }
      }
      ++token;
      continue;
    }
    while (mention != mentions.end() && mention->end <= begin) ++mention;
    mention_begin = begin_of(mention);
    if (begin < mention_begin) continue;  // a word after all
    // Designated, so a field added to Unit keeps its default here; whole,
    // so its bytes are written once and not zeroed first.
    units.push_back(Unit{.begin = static_cast<std::uint32_t>(mention->begin),
                         .end = static_cast<std::uint32_t>(mention->end),
                         .norm = {},
                         .mention = &*mention,
                         .capitalized = true,
                         .families = entry_words.mention_families()});
    // Without a branch on the kind, which follows no pattern: a slot is
    // written whatever the kind, and kept (counted) for an organisation; past
    // the array's end the last is overwritten, and named->read() counts them.
    EntityKind kind = mention->entity->kind;
    orgs[std::min(org_count, orgs.size() - 1)] = static_cast<std::uint32_t>(units.size() - 1);
    org_count += kind == EntityKind::Organisation ? 1 : 0;
    city = city || kind == EntityKind::City;
    state_count += kind == EntityKind::State ? 1 : 0;
    // The mention's other tokens make no unit; the tokens after it are past
    // it, so the next mention is the one to wait for.
    const std::size_t mention_end = mention->end;
    do {
      ++token;
    } while (token != tokens_end && base + token->begin < mention_end);
    ++mention;
    // Without a branch on whether a mention follows (none after a sentence's
    // last, which no pattern foretells): its place read from a mention that
    // is there, the one just read when none follows.
    const bool none_after = mention == mentions.end();
    const std::size_t next_begin = (mention - (none_after ? 1 : 0))->begin;
    mention_begin = none_after ? std::numeric_limits<std::size_t>::max() : next_begin;
  }
  units.swap(made);
  const bool merged = define_from != kNoDefinition && merge_acronym_definitions(made, define_from);
  if (named == nullptr) return;
  if (merged || org_count > orgs.size()) {  // the units moved, or more than fit
    named->read(made);
    return;
  }
  named->orgs.assign(orgs.begin(), orgs.begin() + static_cast<std::ptrdiff_t>(org_count));
  named->city = city;
  named->states = state_count;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/entity.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "node_ids.hpp"

namespace orgkg {
namespace {

constexpr std::string_view kind_prefix(EntityKind kind) {
  switch (kind) {
    case EntityKind::State:
      return "state_";
    case EntityKind::Organisation:
      return "org_";
    case EntityKind::City:
      return "city_";
    case EntityKind::Other:
      return "other_";
  }
  return "other_";
}

// The kind whose prefix node_id() puts: a value outside the enumeration is
// spelt as Other.
constexpr EntityKind id_kind(EntityKind kind) {
  return static_cast<unsigned>(kind) <= static_cast<unsigned>(EntityKind::Other)
             ? kind
             : EntityKind::Other;
}

constexpr bool is_id_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == ':' || c == '-';
}

// By byte: the character node_id() puts for it in a key.
constexpr std::array<char, 256> kIdChars = [] {
  std::array<char, 256> chars{};
  for (std::size_t b = 0; b < chars.size(); ++b) {
    auto c = static_cast<char>(b);
    chars[b] = is_id_char(c) ? c : '_';
  }
  return chars;
}();

char id_char(char c) { return kIdChars[static_cast<unsigned char>(c)]; }

// FNV-1a, byte by byte, so that a hash can run over an id in pieces.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;
constexpr std::uint64_t hash_byte(std::uint64_t hash, char c) {
  return (hash ^ static_cast<unsigned char>(c)) * kFnvPrime;
}
constexpr std::uint64_t hash_prefix(EntityKind kind) {
  std::uint64_t hash = kFnvOffset;
  for (char c : kind_prefix(kind)) hash = hash_byte(hash, c);
  return hash;
}
// By kind: the hash of its prefix, where an id's hash goes on with the key.
constexpr std::array<std::uint64_t, 4> kPrefixHashes = {
    hash_prefix(EntityKind::State), hash_prefix(EntityKind::Organisation),
    hash_prefix(EntityKind::City), hash_prefix(EntityKind::Other)};

// Whether the two keys are spelt alike in node ids.
bool same_id_key(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i] && id_char(a[i]) != id_char(b[i])) return false;
  }
  return true;
}

// The copy fill_if_empty() seldom makes, kept out of line so that the test
// before it, which a Store runs twice per triple, stays a few instructions.
[[gnu::noinline]] void copy_field(std::string& mine, const std::string& theirs) { mine = theirs; }

inline void fill_if_empty(std::string& mine, const std::string& theirs) {
  if (mine.empty() && !theirs.empty()) copy_field(mine, theirs);
}

}  // namespace

std::string_view kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::State:
      return "state";
    case EntityKind::Organisation:
      return "organisation";
    case EntityKind::City:
      return "city";
    case EntityKind::Other:
      return "other";
  }
  return "other";
}

std::optional<EntityKind> kind_from_name(std::string_view name) {
  for (EntityKind kind :
       {EntityKind::State, EntityKind::Organisation, EntityKind::City, EntityKind::Other}) {
    if (kind_name(kind) == name) return kind;
  }
  return std::nullopt;
}

void Entity::merge(const Entity& other) {
  merge_fields(other);
  aliases.insert(other.aliases.begin(), other.aliases.end());
}

void Entity::merge_fields(const Entity& other) {
  fill_if_empty(label, other.label);
  fill_if_empty(name, other.name);
  fill_if_empty(acronym, other.acronym);
  fill_if_empty(iso2, other.iso2);
  fill_if_empty(iso3, other.iso3);
  fill_if_empty(wikidata, other.wikidata);
}

std::string node_id(EntityKind kind, std::string_view key) {
  // Sized once and written through a pointer: push_back() would test the
  // capacity at every character.
  const std::string_view prefix = kind_prefix(kind);
  std::string id(prefix.size() + key.size(), '\0');
  char* out = id.data();
  std::memcpy(out, prefix.data(), prefix.size());
  out += prefix.size();
  for (char c : key) *out++ = id_char(c);
  return id;
}

bool same_node_id(const Entity& a, const Entity& b) noexcept {
  if (a.kind != b.kind && id_kind(a.kind) != id_kind(b.kind)) return false;
  return same_id_key(a.key, b.key);
}

namespace detail {

std::size_t node_id_hash(std::string_view id) noexcept {
  std::uint64_t hash = kFnvOffset;
  for (char c : id) hash = hash_byte(hash, c);
  return hash;
}

std::size_t node_id_hash(EntityKind kind, std::string_view key) noexcept {
  std::uint64_t hash = kPrefixHashes[static_cast<std::size_t>(id_kind(kind))];
  for (char c : key) hash = hash_byte(hash, id_char(c));
  return hash;
}

bool is_node_id_of(std::string_view id, EntityKind kind, std::string_view key) noexcept {
  std::string_view prefix = kind_prefix(kind);
  if (id.size() != prefix.size() + key.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (id[i] != prefix[i]) return false;
  }
  // The rest of the id is a key as node_id() spells it, spelt so again.
  return same_id_key(id.substr(prefix.size()), key);
}

int compare_node_ids(const Entity& a, const Entity& b) noexcept {
  // No prefix begins another ("org_", "other_"), so ids of two kinds part
  // within their prefixes.
  if (a.kind != b.kind && id_kind(a.kind) != id_kind(b.kind)) {
    return kind_prefix(a.kind).compare(kind_prefix(b.kind));
  }
  std::size_t common = std::min(a.key.size(), b.key.size());
  for (std::size_t i = 0; i < common; ++i) {
    auto x = static_cast<unsigned char>(id_char(a.key[i]));
    auto y = static_cast<unsigned char>(id_char(b.key[i]));
    if (x != y) return x < y ? -1 : 1;
  }
  if (a.key.size() == b.key.size()) return 0;
  return a.key.size() < b.key.size() ? -1 : 1;
}

}  // namespace detail

}  // namespace orgkg

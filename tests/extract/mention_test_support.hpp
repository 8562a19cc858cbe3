// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Helpers for the tests that hand the readers units built by hand: an entity of
// a kind and key, and a mention of it found in a sentence by its surface.
#pragma once
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/graph/entity.hpp"

namespace orgkg::test {

/// An entity with only its kind and key set.
inline Entity entity_of(EntityKind kind, std::string key) {
  Entity entity;
  entity.kind = kind;
  entity.key = std::move(key);
  return entity;
}

/// The mention of `entity` at the first `surface` in `sentence` from byte `from`,
/// as the gazetteer would find it by name; fails the test if there is none.
inline Mention mention_of(std::string_view sentence, std::string_view surface,
                          const Entity& entity, std::size_t from = 0) {
  std::size_t at = sentence.find(surface, from);
  REQUIRE(at != std::string_view::npos);
  return {at, at + surface.size(), &entity, NameForm::Name, std::string(surface)};
}

}  // namespace orgkg::test

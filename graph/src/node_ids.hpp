// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Node ids without the strings: what the Store asks of node_id(kind, key)
// (its hash, whether it equals a stored id, how it orders against another)
// answered from the kind and the key, so that adding a triple of a known fact
// builds no id. Every answer agrees with the same question asked of the
// built id. Defined in entity.cpp, beside node_id().
#pragma once

#include <cstddef>
#include <string_view>

#include "orgkg/graph/entity.hpp"

namespace orgkg::detail {

/// The hash of a node id (FNV-1a over its bytes).
[[nodiscard]] std::size_t node_id_hash(std::string_view id) noexcept;
/// node_id_hash(node_id(kind, key)).
[[nodiscard]] std::size_t node_id_hash(EntityKind kind, std::string_view key) noexcept;
/// Whether id == node_id(kind, key).
[[nodiscard]] bool is_node_id_of(std::string_view id, EntityKind kind,
                                 std::string_view key) noexcept;
/// node_id(a) <=> node_id(b) as strings: negative, zero or positive.
[[nodiscard]] int compare_node_ids(const Entity& a, const Entity& b) noexcept;

}  // namespace orgkg::detail

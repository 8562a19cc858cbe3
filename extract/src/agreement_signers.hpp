// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Who signed a document the agreement patterns read (agreement_patterns.cpp).
#pragma once

#include <cstddef>

#include "org_relation_phrases.hpp"

namespace orgkg::detail {

/// The signers of the verb at unit v into `base` and the first unit of their
/// phrase into `begin`: a list (subject_list.hpp), an actor ("the Government
/// of Uzbekistan"), the organisation in context ("the Secretariat"), or,
/// for "to sign", the state an ordinal is said of ("Vietnam was the first
/// country to sign"; any other "to sign" is a plan and names none).
void signer_of(const Units& u, std::size_t v, OrgFinding& base, std::size_t& begin);

}  // namespace orgkg::detail

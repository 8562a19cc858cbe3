// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Graphviz DOT: the whole graph or a neighbourhood, coloured by entity kind
// and relation.
#pragma once

#include <iosfwd>
#include <string>

#include "orgkg/export/format.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// Writes `store` (or the neighbourhood ExportOptions::focus/depth select) as
/// a DOT digraph. Throws orgkg::Error for an unknown focus name.
void write_dot(const Store& store, std::ostream& out, const ExportOptions& options = {});

[[nodiscard]] std::string to_dot(const Store& store, const ExportOptions& options = {});

}  // namespace orgkg

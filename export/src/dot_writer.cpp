// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// PLACEHOLDER: replaced by the DOT writer.
#include "orgkg/export/dot.hpp"

#include <sstream>

#include "orgkg/graph/error.hpp"

namespace orgkg {
void write_dot(const Store&, std::ostream&, const ExportOptions&) { throw Error("DOT: not written yet"); }
std::string to_dot(const Store& s, const ExportOptions& o) { std::ostringstream out; write_dot(s, out, o); return out.str(); }
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// PLACEHOLDER: replaced by the GEXF writer.
#include "orgkg/export/gexf.hpp"

#include <sstream>

#include "orgkg/graph/error.hpp"

namespace orgkg {
void write_gexf(const Store&, std::ostream&) { throw Error("GEXF: not written yet"); }
std::string to_gexf(const Store& store) { std::ostringstream o; write_gexf(store, o); return o.str(); }
}  // namespace orgkg

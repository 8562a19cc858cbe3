// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// PLACEHOLDER: replaced by the JSON writer.
#include "orgkg/export/json.hpp"

#include <sstream>

#include "orgkg/graph/error.hpp"

namespace orgkg {
void write_facts_json(const Store&, std::ostream&) { throw Error("JSON: not written yet"); }
std::string to_facts_json(const Store& s) { std::ostringstream out; write_facts_json(s, out); return out.str(); }
}  // namespace orgkg

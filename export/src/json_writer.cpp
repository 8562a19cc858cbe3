// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// graph.json: one line per fact of the Store, in the Store's canonical
// (subject, relation, object) order, each the object json_fact.hpp writes with
// the merged fields and every evidence item (in the Fact's sorted order):
//
//   {"subject":{"id":"state_RUS","label":"Russia","kind":"state"},
//    "relation":"member_of",
//    "object":{"id":"org_SCO","label":"SCO","kind":"organisation"},
//    "valid_from":"2001-06-15","first_seen":"2001","last_seen":"2021-10-12",
//    "evidence_count":2,"conflict":false,"symmetric":false,
//    "sources":["cica-2021","sco-2019"],
//    "evidence":[{"doc":"cica-2021","date":"2021-10-12","sentence":"...",
//                 "begin":0,"end":27,"rule":"list"}, ...]}
//
// An empty Store gives an empty file (zero lines), which is valid JSON Lines.
#include <cstddef>
#include <ios>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fact_view.hpp"
#include "json_fact.hpp"
#include "orgkg/export/json.hpp"
#include "output.hpp"

namespace orgkg {
namespace {

// Lines are gathered in one buffer, reused throughout, and handed to the
// stream some 64 KiB at a time, so a line costs neither an allocation nor a
// stream call of its own.
constexpr std::size_t kFlushSize = std::size_t{1} << 16;

void flush(export_detail::OutputBuffer& buffer, std::ostream& out) {
  const std::string_view bytes = buffer.view();
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  buffer.clear();
}

void write_lines(const std::vector<export_detail::FactView>& facts, std::ostream& out) {
  export_detail::OutputBuffer buffer;
  for (const export_detail::FactView& view : facts) {
    // The Fact's ids are the node ids its entities were found under.
    const Fact& fact = *view.fact;
    const export_detail::FactJson json{.subject = view.subject,
                                       .subject_id = fact.subject,
                                       .relation = fact.relation,
                                       .object = view.object,
                                       .object_id = fact.object,
                                       .valid_from = &fact.valid_from,
                                       .valid_to = &fact.valid_to,
                                       .merged = &fact};
    export_detail::append_fact_json(buffer, json);
    buffer.put('\n');
    if (buffer.size() >= kFlushSize) {
      flush(buffer, out);
      if (!out) return;
    }
  }
  flush(buffer, out);
}

}  // namespace

void write_facts_json(const Store& store, std::ostream& out) {
  const std::vector<export_detail::FactView> facts = export_detail::resolved_facts(store);
  try {
    write_lines(facts, out);
  } catch (const std::ios_base::failure&) {
    export_detail::throw_stream_error("JSON lines");
  }
  export_detail::check_stream(out, "JSON lines");
}

std::string to_facts_json(const Store& store) {
  std::ostringstream out;
  write_facts_json(store, out);
  return out.str();
}

}  // namespace orgkg

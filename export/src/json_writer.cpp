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
#include <ios>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "fact_view.hpp"
#include "json_fact.hpp"
#include "orgkg/export/json.hpp"
#include "output.hpp"

namespace orgkg {
namespace {

void write_lines(const std::vector<export_detail::FactView>& facts, std::ostream& out) {
  for (const export_detail::FactView& view : facts) {
    const Fact& fact = *view.fact;
    const export_detail::FactJson json{.subject = view.subject,
                                       .relation = fact.relation,
                                       .object = view.object,
                                       .valid_from = &fact.valid_from,
                                       .valid_to = &fact.valid_to,
                                       .evidence = fact.evidence,
                                       .merged = &fact};
    out << export_detail::fact_json_line(json) << '\n';
    if (!out) return;
  }
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

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The JSON objects come from json_fact.hpp, which graph.json shares: a triple
// is a fact with one evidence item. The table pads by code points, so names
// such as "Türkiye" align.
#include <algorithm>
#include <array>
#include <ostream>
#include <sstream>

#include "json_fact.hpp"
#include "orgkg/export/triples.hpp"
#include "orgkg/graph/utf8.hpp"
#include "output.hpp"

namespace orgkg {
namespace {

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

using Row = std::array<std::string, 6>;

Row table_row(const Triple& t) {
  const Evidence& e = t.evidence;
  return {t.subject.label.empty() ? t.subject.key : t.subject.label,
          std::string(relation_name(t.relation)),
          t.object.label.empty() ? t.object.key : t.object.label,
          e.date.to_iso(),
          e.rule,
          e.doc_id + ":" + std::to_string(e.begin) + "-" + std::to_string(e.end)};
}

void write_row(std::ostream& out, const Row& row, const std::array<std::size_t, 6>& widths) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    out << row[i];
    if (i + 1 < row.size()) out << std::string(widths[i] - code_points(row[i]) + 2, ' ');
  }
  out << '\n';
}

}  // namespace

void write_triples_json(const std::vector<Triple>& triples, std::ostream& out) {
  export_detail::OutputBuffer line;
  for (const Triple& triple : triples) {
    const std::string subject_id = node_id(triple.subject);
    const std::string object_id = node_id(triple.object);
    const export_detail::FactJson fact{.subject = &triple.subject,
                                       .subject_id = subject_id,
                                       .relation = triple.relation,
                                       .object = &triple.object,
                                       .object_id = object_id,
                                       .valid_from = &triple.valid_from,
                                       .valid_to = &triple.valid_to,
                                       .evidence = &triple.evidence};
    line.clear();
    export_detail::append_fact_json(line, fact);
    line.put('\n');
    out << line.view();
  }
  export_detail::check_stream(out, "triples as JSON lines");
}

std::string to_triples_json(const std::vector<Triple>& triples) {
  std::ostringstream out;
  write_triples_json(triples, out);
  return out.str();
}

void write_triples_table(const std::vector<Triple>& triples, std::ostream& out) {
  const Row header = {"subject", "relation", "object", "date", "rule", "evidence"};
  std::vector<Row> rows;
  rows.reserve(triples.size());
  for (const Triple& triple : triples) rows.push_back(table_row(triple));
  std::array<std::size_t, 6> widths{};
  for (std::size_t i = 0; i < header.size(); ++i) widths[i] = code_points(header[i]);
  for (const Row& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i)
      widths[i] = std::max(widths[i], code_points(row[i]));
  }
  write_row(out, header, widths);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    write_row(out, rows[i], widths);
    out << "    \"" << repair_utf8(triples[i].evidence.sentence) << "\"\n";
  }
  export_detail::check_stream(out, "the triples table");
}

}  // namespace orgkg

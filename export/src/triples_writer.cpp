// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The JSON lines are written with RapidJSON's Writer, which escapes strings per
// RFC 8259; strings are repaired to valid UTF-8 first so the output always
// parses. The table pads by code points, so names such as "Türkiye" align.
#include "orgkg/export/triples.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <ostream>
#include <sstream>

#include "orgkg/graph/utf8.hpp"
#include "output.hpp"

namespace orgkg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void string_field(JsonWriter& json, const char* name, std::string_view value) {
  std::string text = repair_utf8(value);
  json.Key(name);
  json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void entity_field(JsonWriter& json, const char* name, const Entity& entity) {
  json.Key(name);
  json.StartObject();
  string_field(json, "id", node_id(entity));
  string_field(json, "label", entity.label.empty() ? entity.key : entity.label);
  string_field(json, "kind", kind_name(entity.kind));
  json.EndObject();
}

void evidence_field(JsonWriter& json, const Evidence& evidence) {
  json.Key("evidence");
  json.StartObject();
  string_field(json, "doc", evidence.doc_id);
  string_field(json, "sentence", evidence.sentence);
  json.Key("begin");
  json.Uint64(evidence.begin);
  json.Key("end");
  json.Uint64(evidence.end);
  string_field(json, "rule", evidence.rule);
  json.EndObject();
}

std::string triple_json(const Triple& triple) {
  rapidjson::StringBuffer buffer;
  JsonWriter json(buffer);
  json.StartObject();
  entity_field(json, "subject", triple.subject);
  string_field(json, "relation", relation_name(triple.relation));
  entity_field(json, "object", triple.object);
  if (!triple.evidence.date.empty()) string_field(json, "date", triple.evidence.date.to_iso());
  if (triple.valid_from) string_field(json, "valid_from", triple.valid_from->to_iso());
  if (triple.valid_to) string_field(json, "valid_to", triple.valid_to->to_iso());
  evidence_field(json, triple.evidence);
  json.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
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
  for (const Triple& triple : triples) out << triple_json(triple) << '\n';
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
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], code_points(row[i]));
  }
  write_row(out, header, widths);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    write_row(out, rows[i], widths);
    out << "    \"" << repair_utf8(triples[i].evidence.sentence) << "\"\n";
  }
  export_detail::check_stream(out, "the triples table");
}

}  // namespace orgkg

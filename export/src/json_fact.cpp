// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Written with RapidJSON's Writer, which escapes per RFC 8259 (quotes,
// backslashes, every C0 control as \n, \t or \u00XX) and passes other UTF-8
// through. It does not validate UTF-8 by default, so every string is repaired
// first: the output always parses, whatever bytes the texts held.
#include "json_fact.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string_view>

#include "orgkg/graph/utf8.hpp"

namespace orgkg::export_detail {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// `value` written as it is: well-formed UTF-8 (text the program spells
// itself in ASCII, node ids, kind, relation and date names, or text checked
// or repaired before).
void verbatim_value(JsonWriter& json, std::string_view value) {
  json.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// Text from the input: well-formed text, the usual case, is written as it
// is; only ill-formed text is copied to be repaired.
void string_value(JsonWriter& json, std::string_view value) {
  if (is_valid_utf8(value)) {
    verbatim_value(json, value);
    return;
  }
  std::string text = repair_utf8(value);
  verbatim_value(json, text);
}

void string_field(JsonWriter& json, const char* name, std::string_view value) {
  json.Key(name);
  string_value(json, value);
}

void ascii_field(JsonWriter& json, const char* name, std::string_view value) {
  json.Key(name);
  verbatim_value(json, value);
}

void date_field(JsonWriter& json, const char* name, const Date& date) {
  if (!date.empty()) ascii_field(json, name, date.to_iso());
}

void optional_date_field(JsonWriter& json, const char* name, const std::optional<Date>* date) {
  if (date != nullptr && date->has_value()) date_field(json, name, **date);
}

void entity_field(JsonWriter& json, const char* name, const Entity& entity) {
  json.Key(name);
  json.StartObject();
  ascii_field(json, "id", node_id(entity));
  string_field(json, "label", entity.label.empty() ? entity.key : entity.label);
  ascii_field(json, "kind", kind_name(entity.kind));
  json.EndObject();
}

void evidence_item(JsonWriter& json, const Evidence& evidence) {
  json.StartObject();
  string_field(json, "doc", evidence.doc_id);
  date_field(json, "date", evidence.date);
  string_field(json, "sentence", evidence.sentence);
  json.Key("begin");
  json.Uint64(evidence.begin);
  json.Key("end");
  json.Uint64(evidence.end);
  string_field(json, "rule", evidence.rule);
  json.EndObject();
}

void merged_fields(JsonWriter& json, const Fact& fact) {
  date_field(json, "first_seen", fact.first_seen);
  date_field(json, "last_seen", fact.last_seen);
  json.Key("evidence_count");
  json.Uint64(fact.evidence_count());
  json.Key("conflict");
  json.Bool(fact.conflict);
  json.Key("symmetric");
  json.Bool(is_symmetric(fact.relation));
  json.Key("sources");
  json.StartArray();
  for (const std::string& source : fact.sources()) string_value(json, source);
  json.EndArray();
}

}  // namespace

std::string fact_json_line(const FactJson& fact) {
  rapidjson::StringBuffer buffer;
  JsonWriter json(buffer);
  json.StartObject();
  entity_field(json, "subject", *fact.subject);
  ascii_field(json, "relation", relation_name(fact.relation));
  entity_field(json, "object", *fact.object);
  optional_date_field(json, "valid_from", fact.valid_from);
  optional_date_field(json, "valid_to", fact.valid_to);
  if (fact.merged != nullptr) merged_fields(json, *fact.merged);
  json.Key("evidence");
  json.StartArray();
  for (const Evidence& evidence : fact.evidence) evidence_item(json, evidence);
  json.EndArray();
  json.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace orgkg::export_detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The object is spelt by hand into the caller's buffer: the field names are
// fixed ASCII, every string goes through append_json_string() (RapidJSON's
// escaping rules, with ill-formed UTF-8 repaired on the way), and numbers are
// plain decimals. The output is what RapidJSON's Writer gave before, byte for
// byte, without its per-line buffer, level stack and per-byte escaping.
#include "json_fact.hpp"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "json_escape.hpp"

namespace orgkg::export_detail {
namespace {

void append_uint(OutputBuffer& out, std::uint64_t value) {
  constexpr std::size_t kMaxDigits = 20;
  out.reserve(kMaxDigits);
  out.commit(std::to_chars(out.cursor(), out.cursor() + kMaxDigits, value).ptr);
}

void append_bool(OutputBuffer& out, bool value) { out.put(value ? "true" : "false"); }

void date_field(OutputBuffer& out, std::string_view key, const Date& date) {
  if (date.empty()) return;
  out.put(key);
  append_json_string(out, date.to_iso());
}

void optional_date_field(OutputBuffer& out, std::string_view key,
                         const std::optional<Date>* date) {
  if (date != nullptr && date->has_value()) date_field(out, key, **date);
}

void append_entity(OutputBuffer& out, const Entity& entity, std::string_view id) {
  out.put(R"({"id":)");
  append_json_string(out, id);
  out.put(R"(,"label":)");
  append_json_string(out, entity.label.empty() ? entity.key : entity.label);
  out.put(R"(,"kind":)");
  append_json_string(out, kind_name(entity.kind));
  out.put('}');
}

void append_evidence(OutputBuffer& out, const EvidenceView& evidence) {
  out.put(R"({"doc":)");
  append_json_string(out, evidence.doc_id);
  date_field(out, R"(,"date":)", evidence.date);
  out.put(R"(,"sentence":)");
  append_json_string(out, evidence.sentence);
  out.put(R"(,"begin":)");
  append_uint(out, evidence.begin);
  out.put(R"(,"end":)");
  append_uint(out, evidence.end);
  out.put(R"(,"rule":)");
  append_json_string(out, evidence.rule);
  out.put('}');
}

void append_string_array(OutputBuffer& out, const std::vector<std::string>& items) {
  out.put('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) out.put(',');
    append_json_string(out, items[i]);
  }
  out.put(']');
}

// The array of Fact::sources(). A Store keeps the evidence sorted, document
// first, so each id is written when it differs from the one before, with no
// list built; a Fact whose evidence is out of order (built by hand) has what
// was written taken back and sources() written instead.
void append_sources(OutputBuffer& out, const Fact& fact) {
  const std::size_t start = out.size();
  out.put('[');
  std::optional<std::string_view> previous;
  for (const EvidenceView item : fact.evidence) {
    if (previous) {
      if (*previous == item.doc_id) continue;
      if (item.doc_id < *previous) {
        out.truncate(start);
        append_string_array(out, fact.sources());
        return;
      }
      out.put(',');
    }
    append_json_string(out, item.doc_id);
    previous = item.doc_id;
  }
  out.put(']');
}

void merged_fields(OutputBuffer& out, const Fact& fact) {
  date_field(out, R"(,"first_seen":)", fact.first_seen);
  date_field(out, R"(,"last_seen":)", fact.last_seen);
  out.put(R"(,"evidence_count":)");
  append_uint(out, fact.evidence_count());
  out.put(R"(,"conflict":)");
  append_bool(out, fact.conflict);
  out.put(R"(,"symmetric":)");
  append_bool(out, is_symmetric(fact.relation));
  out.put(R"(,"sources":)");
  append_sources(out, fact);
}

}  // namespace

void append_fact_json(OutputBuffer& out, const FactJson& fact) {
  out.put(R"({"subject":)");
  append_entity(out, *fact.subject, fact.subject_id);
  out.put(R"(,"relation":)");
  append_json_string(out, relation_name(fact.relation));
  out.put(R"(,"object":)");
  append_entity(out, *fact.object, fact.object_id);
  optional_date_field(out, R"(,"valid_from":)", fact.valid_from);
  optional_date_field(out, R"(,"valid_to":)", fact.valid_to);
  if (fact.merged != nullptr) merged_fields(out, *fact.merged);
  out.put(R"(,"evidence":[)");
  if (fact.merged != nullptr) {
    for (bool first = true; const EvidenceView item : fact.merged->evidence) {
      if (!first) out.put(',');
      first = false;
      append_evidence(out, item);
    }
  } else if (fact.evidence != nullptr) {
    append_evidence(out, view_of(*fact.evidence));
  }
  out.put("]}");
}

}  // namespace orgkg::export_detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The object is spelt by hand into the caller's buffer: the field names are
// fixed ASCII, every string goes through append_json_string() (RapidJSON's
// escaping rules, with ill-formed UTF-8 repaired on the way), and numbers are
// plain decimals. The output is what RapidJSON's Writer gave before, byte for
// byte, without its per-line buffer, level stack and per-byte escaping.
#include "json_fact.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json_escape.hpp"

namespace orgkg::export_detail {
namespace {

// "00" to "99": two digits are written at a time.
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (int i = 0; i < 100; ++i) {
    pairs[2 * i] = static_cast<char>('0' + i / 10);
    pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return pairs;
}();

// Writes `value` (below 100) as two digits at `at`.
void put_pair(char* at, unsigned value) { std::memcpy(at, &kDigitPairs[2 * value], 2); }

// append_uint() of a value of seven digits or more.
[[gnu::noinline]] void append_large_uint(OutputBuffer& out, std::uint64_t value) {
  constexpr std::size_t kMaxDigits = 20;
  out.reserve(kMaxDigits);
  out.commit(std::to_chars(out.cursor(), out.cursor() + kMaxDigits, value).ptr);
}

// Offsets in a document are mostly below a million: their digits are counted
// and written two at a time, right to left, inline; larger values go to
// std::to_chars().
inline void append_uint(OutputBuffer& out, std::uint64_t value) {
  constexpr std::uint64_t kSmall = 1000000;
  if (value >= kSmall) {
    append_large_uint(out, value);
    return;
  }
  auto rest = static_cast<unsigned>(value);
  const std::size_t digits = rest < 10       ? 1
                             : rest < 100    ? 2
                             : rest < 1000   ? 3
                             : rest < 10000  ? 4
                             : rest < 100000 ? 5
                                             : 6;
  out.reserve(digits);
  char* const end = out.cursor() + digits;
  char* to = end;
  while (rest >= 100) {
    to -= 2;
    put_pair(to, rest % 100);
    rest /= 100;
  }
  if (rest >= 10) {
    put_pair(to - 2, rest);
  } else {
    to[-1] = static_cast<char>('0' + rest);
  }
  out.commit(end);
}

void append_bool(OutputBuffer& out, bool value) { out.put(value ? "true" : "false"); }

// The date as a JSON string, as append_json_string(date.to_iso()) writes it:
// the dates of four-digit years and two-digit months and days (all a Date
// made by Date::make() or parse_iso() can hold) are spelt here, in place,
// without a string of their own; to_iso() spells any other. Inline: an
// evidence item has one.
// `room_after` is room the caller has made for what it writes next, which
// this keeps: the quoted date takes at most kQuotedIso bytes of the room made
// before, and the date to_iso() spells makes room for itself and that.
constexpr std::size_t kQuotedIso = 12;  // "YYYY-MM-DD"

inline void append_date(OutputBuffer& out, const Date& date, std::size_t room_after = 0) {
  const auto [year, month, day] = date;
  if (year <= 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
    const std::string iso = date.to_iso();
    out.reserve(json_string_room(iso.size()) + room_after);
    put_json_string(out, iso);
    return;
  }
  out.reserve(kQuotedIso);
  char* at = out.cursor();
  at[0] = '"';
  put_pair(at + 1, static_cast<unsigned>(year) / 100);
  put_pair(at + 3, static_cast<unsigned>(year) % 100);
  std::size_t size = 4;
  if (date.has_month() || date.has_day()) {
    at[5] = '-';
    put_pair(at + 6, static_cast<unsigned>(month));
    size = 7;
  }
  if (date.has_day()) {
    at[8] = '-';
    put_pair(at + 9, static_cast<unsigned>(day));
    size = 10;
  }
  at[size + 1] = '"';
  out.commit(at + size + 2);
}

// The key (a literal, so its copy is inlined) and the date, unless empty.
template <std::size_t N>
void date_field(OutputBuffer& out, const char (&key)[N], const Date& date) {
  if (date.empty()) return;
  out.put(std::string_view(key, N - 1));
  append_date(out, date);
}

template <std::size_t N>
void optional_date_field(OutputBuffer& out, const char (&key)[N], const std::optional<Date>* date) {
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
  // Room for the whole object is made at once, so its keys and strings are
  // written unchecked: the keys and braces, the quoted date, two numbers (20
  // digits at most each) and the three strings.
  constexpr std::size_t kKeysBefore = 7 + 8;              // {"doc": ,"date":
  constexpr std::size_t kKeysAfter = 12 + 9 + 7 + 8 + 1;  // ,"sentence": ... }
  const std::size_t room_after = kKeysAfter + 2 * 20 + json_string_room(evidence.sentence.size()) +
                                 json_string_room(evidence.rule.size());
  out.reserve(kKeysBefore + json_string_room(evidence.doc_id.size()) + kQuotedIso + room_after);
  out.put_unchecked(R"({"doc":)");
  put_json_string(out, evidence.doc_id);
  if (!evidence.date.empty()) {
    out.put_unchecked(R"(,"date":)");
    append_date(out, evidence.date, room_after);
  }
  out.put_unchecked(R"(,"sentence":)");
  put_json_string(out, evidence.sentence);
  out.put_unchecked(R"(,"begin":)");
  append_uint(out, evidence.begin);
  out.put_unchecked(R"(,"end":)");
  append_uint(out, evidence.end);
  out.put_unchecked(R"(,"rule":)");
  put_json_string(out, evidence.rule);
  out.put_unchecked('}');
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
      const int order = item.doc_id.compare(*previous);  // one comparison for both tests
      if (order == 0) continue;
      if (order < 0) {
        out.truncate(start);
        append_string_array(out, fact.sources());
        return;
      }
      out.reserve(1 + json_string_room(item.doc_id.size()));
      out.put_unchecked(',');
    } else {
      out.reserve(json_string_room(item.doc_id.size()));
    }
    put_json_string(out, item.doc_id);
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

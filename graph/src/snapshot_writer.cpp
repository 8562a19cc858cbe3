// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Writes the snapshot format documented in snapshot.hpp. Each item (entity,
// source, fact) is written by a RapidJSON Writer, which escapes quotes,
// backslashes and control characters, into a reused buffer, and the buffer is
// copied to the stream after a newline: compact, one item per line. RapidJSON
// does not check UTF-8 on output, so strings are repaired first (utf8.hpp).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cerrno>
#include <ios>
#include <ostream>
#include <sstream>

#include "orgkg/graph/atomic_file.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/snapshot.hpp"
#include "store_impl.hpp"
#include "orgkg/graph/utf8.hpp"

namespace orgkg {
namespace {

class ItemWriter {
 public:
  ItemWriter() : writer_(buffer_) {}

  void begin() {
    buffer_.Clear();
    writer_.Reset(buffer_);
    writer_.StartObject();
  }
  std::string_view end() {
    writer_.EndObject();
    return {buffer_.GetString(), buffer_.GetSize()};
  }

  void string(const char* key, std::string_view value, bool always = false) {
    if (value.empty() && !always) return;
    writer_.Key(key);
    text(value);
  }
  void date(const char* key, const Date& value) {
    if (!value.empty()) string(key, value.to_iso());
  }
  void date(const char* key, const std::optional<Date>& value) {
    if (value) date(key, *value);
  }
  void number(const char* key, std::size_t value) {
    writer_.Key(key);
    writer_.Uint64(value);
  }
  void flag(const char* key, bool value) {
    if (!value) return;
    writer_.Key(key);
    writer_.Bool(true);
  }
  template <typename Range>
  void strings(const char* key, const Range& values) {
    if (values.empty()) return;
    writer_.Key(key);
    writer_.StartArray();
    for (const auto& value : values) text(value);
    writer_.EndArray();
  }
  void start_array(const char* key) {
    writer_.Key(key);
    writer_.StartArray();
  }
  void end_array() { writer_.EndArray(); }
  void start_object() { writer_.StartObject(); }
  void end_object() { writer_.EndObject(); }

 private:
  void text(std::string_view value) {
    if (is_valid_utf8(value)) {
      writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    } else {
      std::string repaired = repair_utf8(value);
      writer_.String(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()));
    }
  }

  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;
};

void write_entity(ItemWriter& w, const Entity& entity) {
  w.string("id", node_id(entity), true);
  w.string("kind", kind_name(entity.kind), true);
  w.string("key", entity.key, true);
  w.string("label", entity.label);
  w.string("name", entity.name);
  w.string("acronym", entity.acronym);
  w.string("iso2", entity.iso2);
  w.string("iso3", entity.iso3);
  w.string("wikidata", entity.wikidata);
  w.strings("aliases", entity.aliases);
}

void write_source(ItemWriter& w, const Source& source) {
  w.string("id", source.id, true);
  w.string("title", source.title);
  w.date("published", source.published);
  w.string("url", source.url);
  w.string("path", source.path);
  w.string("publisher_country", source.publisher_country);
}

void write_fact(ItemWriter& w, const Fact& fact, const StoreImpl& impl,
                const detail::FactRecord& record) {
  w.string("subject", fact.subject, true);
  w.string("relation", relation_name(fact.relation), true);
  w.string("object", fact.object, true);
  w.date("first_seen", fact.first_seen);
  w.date("last_seen", fact.last_seen);
  w.date("valid_from", fact.valid_from);
  w.date("valid_to", fact.valid_to);
  w.flag("conflict", fact.conflict);
  w.start_array("evidence");
  for (const EvidenceView item : fact.evidence) {
    detail::StatedDates stated = impl.stated_for(record, item);
    w.start_object();
    w.string("doc", item.doc_id, true);
    w.date("date", item.date);
    w.string("sentence", item.sentence);
    w.number("begin", item.begin);
    w.number("end", item.end);
    w.string("rule", item.rule);
    w.date("valid_from", stated.from);
    w.date("valid_to", stated.to);
    w.end_object();
  }
  w.end_array();
}

// Writes `items` as the JSON array member `name`, one item per line.
template <typename Items, typename Write>
void write_array(std::ostream& out, ItemWriter& w, const char* name, const Items& items,
                 Write write_item) {
  out << '"' << name << "\":[";
  bool first = true;
  for (const auto& item : items) {
    w.begin();
    write_item(item);
    std::string_view json = w.end();
    out << (first ? "\n" : ",\n");
    out.write(json.data(), static_cast<std::streamsize>(json.size()));
    first = false;
  }
  out << (first ? "]" : "\n]");
}

void write_snapshot(const Store& store, std::ostream& out) {
  const StoreImpl& impl = StoreGraphAccess::impl(store);
  ItemWriter w;
  out << "{\"format\":\"orgkg-snapshot\",\"version\":" << kSnapshotVersion << ",\n";
  write_array(out, w, "entities", impl.vertex_by_id,
              [&](const auto& entry) { write_entity(w, impl.graph[entry.second]); });
  out << ",\n";
  write_array(out, w, "sources", impl.sources,
              [&](const auto& entry) { write_source(w, entry.second); });
  out << ",\n";
  write_array(out, w, "facts", impl.facts, [&](const auto& entry) {
    write_fact(w, impl.graph[entry.second.edge], impl, entry.second);
  });
  out << "}\n";
}

}  // namespace

void save_snapshot(const Store& store, std::ostream& out) {
  try {
    write_snapshot(store, out);
    out.flush();
  } catch (const std::ios_base::failure&) {
    throw IoError("<output stream>", "cannot write snapshot", EIO);
  }
  if (!out) throw IoError("<output stream>", "cannot write snapshot", EIO);
}

std::string to_snapshot(const Store& store) {
  std::ostringstream out;
  write_snapshot(store, out);
  return std::move(out).str();
}

void save_snapshot_file(const Store& store, const std::filesystem::path& path) {
  write_file_atomically(path, [&store](std::ostream& out) { save_snapshot(store, out); });
}

}  // namespace orgkg

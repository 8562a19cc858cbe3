// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reads the snapshot format documented in snapshot.hpp into a Store. A
// snapshot laid out as save_snapshot() writes it is read an item at a time
// (snapshot_walk.hpp); any other text is parsed whole into a RapidJSON DOM, and
// so is one whose walk failed, so that what is reported is what the whole
// text shows (a syntax error anywhere before a wrong value). Both parse
// iteratively, so a deeply nested file cannot exhaust the stack, and with
// UTF-8 validation; values are read with checked accessors only: RapidJSON
// asserts on a wrong type, so nothing calls GetString() and friends before
// checking. A fact's evidence goes through StoreImpl::merge_evidence(), as
// Store::merge()'s does (StoreImpl::add_observation(), as Store::add()'s, item
// by item when it is not in order), so a loaded store derives its dates
// exactly as the store that was saved did.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "orgkg/graph/error.hpp"
#include "orgkg/graph/snapshot.hpp"
#include "snapshot_walk.hpp"
#include "store_impl.hpp"

namespace orgkg {
namespace {

using Value = rapidjson::Value;

// Where in the document a value is: "facts[3].evidence[0]" (levels left empty
// are not shown). Formatted only when an error is reported.
struct Place {
  const char* array = nullptr;
  std::size_t index = 0;
  const char* inner = nullptr;
  std::size_t inner_index = 0;

  [[nodiscard]] std::string member(const char* key) const {
    std::string text;
    if (array) text += std::string(array) + "[" + std::to_string(index) + "]";
    if (inner) text += "." + std::string(inner) + "[" + std::to_string(inner_index) + "]";
    if (key) text += (text.empty() ? "" : ".") + std::string(key);
    return text;
  }
};

// Everything `in` holds, read a megabyte at a time (a character at a time,
// through istreambuf_iterator, was a sixth of loading a large snapshot);
// `expected` bytes reserved first when the size is known.
std::string read_all(std::istream& in, std::size_t expected = 0) {
  constexpr std::size_t kChunk = std::size_t{1} << 20;
  std::string text;
  text.reserve(expected + kChunk);  // the last read, which finds the end, fits too
  std::size_t used = 0;
  while (in) {
    text.resize(std::max(used + kChunk, expected));
    in.read(text.data() + used, static_cast<std::streamsize>(text.size() - used));
    used += static_cast<std::size_t>(in.gcount());
  }
  text.resize(used);
  return text;
}

class SnapshotReader {
 public:
  explicit SnapshotReader(std::string source) : source_(std::move(source)) {}

  Store read(std::string_view json) {
    auto walk = [&](const auto& header, const auto& item) {
      return detail::walk_snapshot(json, header, item);
    };
    Store store;
    if (read_by_items(store, walk)) return store;
    return read_whole(json);
  }

  // Reads the `size` bytes of `file` into `store` a block at a time; false
  // when the snapshot is to be read whole (read()) instead, `store` then
  // holding part of it.
  bool read_file_by_items(Store& store, std::FILE* file, std::size_t size) {
    auto walk = [&](const auto& header, const auto& item) {
      return detail::walk_snapshot_file(file, size, header, item);
    };
    return read_by_items(store, walk);
  }

 private:
  // Reads into `store` what `walk` (a walk_snapshot() over the snapshot)
  // hands over an item at a time; false for a text laid out otherwise, or
  // found wrong: read whole, a syntax error later in it comes first.
  template <class Walk>
  bool read_by_items(Store& store, const Walk& walk) {
    using detail::SnapshotSection;
    std::function<void(const Value&)> header = [&](const Value& members) { check_header(members); };
    std::function<void(SnapshotSection, std::size_t, const Value&)> item =
        [&](SnapshotSection section, std::size_t index, const Value& value) {
          switch (section) {
            case SnapshotSection::Entities:
              return read_entity(store, value, Place{"entities", index});
            case SnapshotSection::Sources:
              return read_source(store, value, Place{"sources", index});
            case SnapshotSection::Facts:
              return read_fact(store, value, Place{"facts", index});
          }
        };
    try {
      if (walk(header, item)) return true;
    } catch (const ParseError&) {
    }
    id_of_.clear();
    return false;
  }

  Store read_whole(std::string_view json) {
    rapidjson::Document document;
    document.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
        json.data(), json.size());
    if (document.HasParseError()) syntax_error(json, document);
    check_header(document);
    Store store;
    for (std::size_t i = 0; const Value& item : array(document, "entities").GetArray()) {
      read_entity(store, item, Place{"entities", i++});
    }
    for (std::size_t i = 0; const Value& item : array(document, "sources").GetArray()) {
      read_source(store, item, Place{"sources", i++});
    }
    for (std::size_t i = 0; const Value& item : array(document, "facts").GetArray()) {
      read_fact(store, item, Place{"facts", i++});
    }
    return store;
  }

  [[noreturn]] void fail(const Place& place, const char* key, const std::string& message) const {
    std::string where = place.member(key);
    throw ParseError(source_, 0, (where.empty() ? "" : where + ": ") + message);
  }

  [[noreturn]] void syntax_error(std::string_view text, const rapidjson::Document& document) const {
    std::size_t offset = std::min(document.GetErrorOffset(), text.size());
    auto line = static_cast<std::size_t>(
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n') + 1);
    const char* reason = rapidjson::GetParseError_En(document.GetParseError());
    std::string message = offset == text.size() && text.size() > 0 ? "truncated or malformed JSON: "
                                                                   : "malformed JSON: ";
    throw ParseError(source_, line,
                     message + reason + " (byte offset " + std::to_string(offset) + ")");
  }

  void check_header(const Value& root) const {
    if (!root.IsObject())
      fail({}, nullptr, "not an orgkg snapshot: the top level is not an object");
    auto format = root.FindMember("format");
    if (format == root.MemberEnd() || !format->value.IsString() ||
        std::string_view(format->value.GetString()) != "orgkg-snapshot") {
      fail({}, "format", "not an orgkg snapshot: \"format\" is not \"orgkg-snapshot\"");
    }
    auto version = root.FindMember("version");
    if (version == root.MemberEnd() || !version->value.IsInt64()) {
      fail({}, "version", "missing or non-integer snapshot version");
    }
    std::int64_t number = version->value.GetInt64();
    if (number > kSnapshotVersion) {
      fail({}, "version",
           "snapshot version " + std::to_string(number) + " is newer than this orgkg reads (" +
               std::to_string(kSnapshotVersion) + "): upgrade orgkg");
    }
    if (number != kSnapshotVersion) {
      fail({}, "version", "unsupported snapshot version " + std::to_string(number));
    }
  }

  const Value& array(const Value& root, const char* key) const {
    auto it = root.FindMember(key);
    if (it == root.MemberEnd() || !it->value.IsArray()) fail({}, key, "expected an array");
    return it->value;
  }

  const Value& object(const Value& item, const Place& place) const {
    if (!item.IsObject()) fail(place, nullptr, "expected an object");
    return item;
  }

  // The string member `key`, "" when absent; `required` makes absence an error.
  std::string_view text(const Value& object, const char* key, const Place& place,
                        bool required = false) const {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) {
      if (required) fail(place, key, "missing");
      return {};
    }
    if (!it->value.IsString()) fail(place, key, "expected a string");
    return {it->value.GetString(), it->value.GetStringLength()};
  }

  std::optional<Date> date(const Value& object, const char* key, const Place& place) const {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) return std::nullopt;
    if (!it->value.IsString()) fail(place, key, "expected an ISO 8601 date string");
    auto parsed = Date::parse_iso({it->value.GetString(), it->value.GetStringLength()});
    if (!parsed) fail(place, key, "not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
    return parsed;
  }

  std::size_t offset(const Value& object, const char* key, const Place& place) const {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) return 0;
    if (!it->value.IsUint64()) fail(place, key, "expected a non-negative integer");
    return static_cast<std::size_t>(it->value.GetUint64());
  }

  void read_entity(Store& store, const Value& item, const Place& place) {
    object(item, place);
    Entity entity;
    auto kind = kind_from_name(text(item, "kind", place, true));
    if (!kind) fail(place, "kind", "unknown entity kind");
    entity.kind = *kind;
    entity.key = text(item, "key", place, true);
    entity.label = text(item, "label", place);
    entity.name = text(item, "name", place);
    entity.acronym = text(item, "acronym", place);
    entity.iso2 = text(item, "iso2", place);
    entity.iso3 = text(item, "iso3", place);
    entity.wikidata = text(item, "wikidata", place);
    auto aliases = item.FindMember("aliases");
    if (aliases != item.MemberEnd()) {
      if (!aliases->value.IsArray()) fail(place, "aliases", "expected an array of strings");
      for (const Value& alias : aliases->value.GetArray()) {
        if (!alias.IsString()) fail(place, "aliases", "expected an array of strings");
        entity.aliases.emplace(alias.GetString(), alias.GetStringLength());
      }
    }
    std::string id(text(item, "id", place));
    store.add_entity(entity);
    id_of_[id.empty() ? node_id(entity) : id] = node_id(entity);
  }

  void read_source(Store& store, const Value& item, const Place& place) const {
    object(item, place);
    Source source;
    source.id = text(item, "id", place, true);
    source.title = text(item, "title", place);
    source.published = date(item, "published", place).value_or(Date{});
    source.url = text(item, "url", place);
    source.path = text(item, "path", place);
    source.publisher_country = text(item, "publisher_country", place);
    store.add_source(source);
  }

  std::string entity_id(const Value& item, const char* key, const Place& place) const {
    auto found = id_of_.find(std::string(text(item, key, place, true)));
    if (found == id_of_.end()) fail(place, key, "names no entity of the snapshot");
    return found->second;
  }

  void read_fact(Store& store, const Value& item, const Place& place) {
    object(item, place);
    auto relation = relation_from_name(text(item, "relation", place, true));
    if (!relation) fail(place, "relation", "unknown relation");
    std::string subject = entity_id(item, "subject", place);
    std::string object_id = entity_id(item, "object", place);
    if (subject == object_id) fail(place, "object", "the same entity as the subject");
    for (const char* key : {"first_seen", "last_seen", "valid_from", "valid_to"}) {
      (void)date(item, key, place);  // derived: checked, then recomputed
    }
    auto conflict = item.FindMember("conflict");
    if (conflict != item.MemberEnd() && !conflict->value.IsBool()) {
      fail(place, "conflict", "expected true or false");
    }
    auto evidence = item.FindMember("evidence");
    if (evidence == item.MemberEnd() || !evidence->value.IsArray() || evidence->value.Empty()) {
      fail(place, "evidence", "expected a non-empty array");
    }
    StoreImpl& impl = StoreGraphAccess::impl(store);
    detail::FactRecord& record =
        impl.record_for(detail::canonical_view(subject, *relation, object_id));
    incoming_.clear();
    for (std::size_t i = 0; const Value& entry : evidence->value.GetArray()) {
      Place at{place.array, place.index, "evidence", i++};
      this->object(entry, at);
      incoming_.push_back(
          {EvidenceView{text(entry, "doc", at), date(entry, "date", at).value_or(Date{}),
                        text(entry, "sentence", at), offset(entry, "begin", at),
                        offset(entry, "end", at), text(entry, "rule", at)},
           {date(entry, "valid_from", at), date(entry, "valid_to", at)}});
    }
    // As written, in order and one item per sentence: merged in one pass
    // (into a store that may hold the fact already, merge_snapshot_files()).
    if (detail::mergeable(incoming_)) {
      impl.merge_evidence(record, incoming_);
      return;
    }
    for (const detail::IncomingEvidence& item : incoming_) {
      impl.add_observation(record, item.view, item.stated);
    }
  }

  std::string source_;
  std::map<std::string, std::string, std::less<>> id_of_;  // id in the file -> node id
  std::vector<detail::IncomingEvidence> incoming_;         // the evidence of the fact read last
};

}  // namespace

Store parse_snapshot(std::string_view text, std::string source_name) {
  return SnapshotReader(std::move(source_name)).read(text);
}

Store load_snapshot(std::istream& in, std::string source_name) {
  std::string text = read_all(in);
  if (in.bad()) throw IoError(source_name, "cannot read", EIO);
  return SnapshotReader(std::move(source_name)).read(text);
}

namespace {

// read_file_by_items() of the file at `path` into `store`; false when the
// file is to be read whole instead (or cannot be read: that reading says so).
bool read_file_by_items(Store& store, const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return false;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) return false;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  return file != nullptr &&
         SnapshotReader(path.string())
             .read_file_by_items(store, file.get(), static_cast<std::size_t>(size));
}

}  // namespace

Store load_snapshot_file(const std::filesystem::path& path) {
  // A block at a time, never whole, unless the layout is not the one written
  // or the file is wrong (below, as SnapshotReader::read()).
  Store store;
  if (read_file_by_items(store, path)) return store;
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    throw IoError(path.string(), "cannot read", EISDIR);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string(), "cannot open", errno);
  const std::uintmax_t size = std::filesystem::file_size(path, ignored);
  std::string text = read_all(in, ignored ? 0 : static_cast<std::size_t>(size));
  if (in.bad()) throw IoError(path.string(), "cannot read", errno);
  return SnapshotReader(path.string()).read(text);
}

Store merge_snapshot_files(const std::vector<std::filesystem::path>& paths) {
  // Each snapshot read straight into the merged store, a block at a time, as
  // long as each is laid out as written and right: one store is held, not
  // the merged one and the one being loaded. Else each is loaded and merged
  // in (Store::merge() gives the same store), and what is wrong is reported.
  {
    Store merged;
    bool read = true;
    for (const auto& path : paths) {
      if (!(read = read_file_by_items(merged, path))) break;
    }
    if (read) return merged;
  }
  Store merged = paths.empty() ? Store() : load_snapshot_file(paths.front());
  for (std::size_t i = 1; i < paths.size(); ++i) merged.merge(load_snapshot_file(paths[i]));
  return merged;
}

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Loading order decides which entity a name shared by two keeps, since the
// first name indexed wins: curated state names (data/states.json) first, then
// organisations, then the ISO list's names, then cities, then demonyms (the
// most ambiguous forms) last.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "gazetteer_impl.hpp"
#include "json_file.hpp"
#include "orgkg/graph/error.hpp"

namespace orgkg::detail {
namespace {

namespace fs = std::filesystem;

struct IsoState {
  std::string iso2, iso3, name, official, common;
};

struct PendingNames {
  std::vector<std::pair<std::string, const Entity*>> iso_names;
  std::vector<std::pair<std::string, const Entity*>> demonyms;
};

std::string without_article(std::string_view name) {
  if (name.substr(0, 4) == "the " || name.substr(0, 4) == "The ") name.remove_prefix(4);
  return std::string(name);
}

// "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" ->
// "British Virgin Islands"; "" when the comma form does not invert cleanly.
std::string invert_iso_name(std::string_view name) {
  std::size_t comma = name.find(", ");
  if (comma == std::string_view::npos) return std::string(name);
  std::string_view head = name.substr(0, comma);
  std::string_view tail = name.substr(comma + 2);
  bool of_form =
      tail.size() > 3 && (tail.substr(tail.size() - 3) == " of" ||
                          tail.substr(tail.size() >= 7 ? tail.size() - 7 : 0) == " of the");
  bool one_word = tail.find(' ') == std::string_view::npos;
  if (!of_form && !one_word) return {};
  return without_article(std::string(tail) + " " + std::string(head));
}

std::string strip_parenthetical(std::string_view name) {
  std::size_t open = name.find(" (");
  return std::string(open == std::string_view::npos ? name : name.substr(0, open));
}

std::map<std::string, IsoState> read_iso(const fs::path& path) {
  rapidjson::Document root = parse_json_file(path);
  JsonPlace place{path.string(), ""};
  std::map<std::string, IsoState> states;
  std::size_t index = 0;
  JsonPlace at{path.string(), ""};  // the file's name copied once, not at every entry
  for (const rapidjson::Value& item : get_array(root, "3166-1", place).GetArray()) {
    at.entry = "entry " + std::to_string(++index);
    require_object(item, at);
    IsoState state;
    state.iso3 = require_string(item, "alpha_3", at);
    state.iso2 = require_string(item, "alpha_2", at);
    state.name = strip_parenthetical(require_string(item, "name", at));
    state.official = without_article(get_string(item, "official_name", at).value_or(""));
    state.common = get_string(item, "common_name", at).value_or("");
    states[state.iso3] = std::move(state);
  }
  return states;
}

void index_names(GazetteerData& impl, const Entity* entity,
                 const std::vector<std::string_view>& names, NameForm form) {
  for (std::string_view name : names) impl.names.add(name, entity, form);
}

[[noreturn]] void fail(const JsonPlace& place, const std::string& message) {
  throw ParseError(place.file, 0, place.entry + ": " + message);
}

void check_wikidata(std::string_view id, const JsonPlace& place) {
  bool ok = id.size() >= 2 && id[0] == 'Q';
  for (std::size_t i = 1; ok && i < id.size(); ++i) ok = id[i] >= '0' && id[i] <= '9';
  if (!id.empty() && !ok) fail(place, "\"wikidata\" must look like Q123");
}

void read_state(GazetteerData& impl, const rapidjson::Value& item, const JsonPlace& at,
                std::map<std::string, IsoState>& iso, PendingNames& pending) {
  Entity entity;
  entity.kind = EntityKind::State;
  if (auto iso3 = get_string(item, "iso3", at)) {
    auto it = iso.find(std::string(*iso3));
    if (it == iso.end())
      fail(at, "\"" + std::string(*iso3) + "\" is not an ISO 3166-1 alpha-3 code");
    entity.key = entity.iso3 = it->second.iso3;
    entity.iso2 = it->second.iso2;
    entity.name =
        it->second.official.empty() ? invert_iso_name(it->second.name) : it->second.official;
  } else {
    entity.key = require_string(item, "key", at);
    entity.name = require_string(item, "name", at);
  }
  entity.label = require_string(item, "label", at);
  if (auto name = get_string(item, "name", at)) entity.name = *name;
  entity.wikidata = get_string(item, "wikidata", at).value_or("");
  check_wikidata(entity.wikidata, at);
  const Entity* stored = impl.add(std::move(entity));
  if (stored == nullptr) fail(at, "duplicate state \"" + entity.key + "\"");
  impl.names.add(stored->label, stored, NameForm::Name);
  impl.names.add(stored->name, stored, NameForm::Name);
  index_names(impl, stored, get_strings(item, "aliases", at), NameForm::Name);
  index_names(impl, stored, get_strings(item, "acronyms", at), NameForm::Acronym);
  for (std::string_view demonym : get_strings(item, "demonyms", at)) {
    pending.demonyms.emplace_back(demonym, stored);
  }
}

void read_states(GazetteerData& impl, const fs::path& path, std::map<std::string, IsoState>& iso,
                 PendingNames& pending) {
  rapidjson::Document root = parse_json_file(path);
  std::size_t index = 0;
  JsonPlace at{path.string(), ""};  // the file's name copied once, not at every entry
  for (const rapidjson::Value& item : get_array(root, "states", at).GetArray()) {
    at.entry = "entry " + std::to_string(++index);
    require_object(item, at);
    read_state(impl, item, at, iso, pending);
  }
  // Every ISO entry the curated file does not describe, under its ISO names.
  for (const auto& [iso3, state] : iso) {
    Entity entity;
    entity.kind = EntityKind::State;
    entity.key = entity.iso3 = iso3;
    entity.iso2 = state.iso2;
    entity.name = state.official.empty() ? invert_iso_name(state.name) : state.official;
    if (entity.name.empty()) entity.name = state.name;
    entity.label = !state.common.empty() ? state.common : invert_iso_name(state.name);
    if (entity.label.empty()) entity.label = state.name;
    const Entity* stored = impl.add(std::move(entity));
    if (stored == nullptr) stored = impl.by_node_id.at(node_id(entity));
    for (const std::string& name :
         {state.common, state.official, state.name, invert_iso_name(state.name), stored->label}) {
      if (!name.empty() && name.find(',') == std::string::npos) {
        pending.iso_names.emplace_back(name, stored);
      }
    }
  }
}

void read_organisation(GazetteerData& impl, const rapidjson::Value& item, const JsonPlace& at) {
  Entity entity;
  entity.kind = EntityKind::Organisation;
  entity.key = require_string(item, "key", at);
  entity.name = require_string(item, "name", at);
  entity.acronym = get_string(item, "acronym", at).value_or(entity.key);
  entity.label = get_string(item, "label", at).value_or(entity.key);
  entity.wikidata = get_string(item, "wikidata", at).value_or("");
  check_wikidata(entity.wikidata, at);
  const Entity* stored = impl.add(std::move(entity));
  if (stored == nullptr) fail(at, "duplicate organisation \"" + entity.key + "\"");
  if (!stored->acronym.empty()) impl.names.add(stored->acronym, stored, NameForm::Acronym);
  impl.names.add(stored->key, stored, NameForm::Name);
  impl.names.add(stored->name, stored, NameForm::Name);
  index_names(impl, stored, get_strings(item, "aliases", at), NameForm::Name);
  index_names(impl, stored, get_strings(item, "acronyms", at), NameForm::Acronym);
  index_names(impl, stored, get_strings(item, "sub_bodies", at), NameForm::SubBody);
  for (std::string_view document : get_strings(item, "founding_documents", at)) {
    impl.founding_documents.add(document, stored, NameForm::Name);
  }
  if (get_bool(item, "members_called_partners", at)) impl.members_called_partners.insert(stored);
}

void read_organisations(GazetteerData& impl, const fs::path& path) {
  rapidjson::Document root = parse_json_file(path);
  std::size_t index = 0;
  JsonPlace at{path.string(), ""};  // the file's name copied once, not at every entry
  for (const rapidjson::Value& item : get_array(root, "organisations", at).GetArray()) {
    at.entry = "entry " + std::to_string(++index);
    require_object(item, at);
    read_organisation(impl, item, at);
  }
}

void read_cities(GazetteerData& impl, const fs::path& path) {
  rapidjson::Document root = parse_json_file(path);
  std::size_t index = 0;
  JsonPlace at{path.string(), ""};  // the file's name copied once, not at every entry
  for (const rapidjson::Value& item : get_array(root, "cities", at).GetArray()) {
    at.entry = "entry " + std::to_string(++index);
    require_object(item, at);
    Entity entity;
    entity.kind = EntityKind::City;
    entity.key = require_string(item, "key", at);
    entity.label = entity.key;
    entity.name = get_string(item, "name", at).value_or(entity.key);
    entity.wikidata = get_string(item, "wikidata", at).value_or("");
    check_wikidata(entity.wikidata, at);
    const Entity* stored = impl.add(std::move(entity));
    if (stored == nullptr) fail(at, "duplicate city \"" + entity.key + "\"");
    impl.names.add(stored->key, stored, NameForm::Name);
    impl.names.add(stored->name, stored, NameForm::Name);
    index_names(impl, stored, get_strings(item, "aliases", at), NameForm::Name);
  }
}

// About how many distinct key prefixes the names of the data files have,
// for NameIndex::reserve(): one for every four bytes of the files (the
// files' names are about a third of their bytes, and names share
// prefixes), 0 when their sizes cannot be read (loading reports that).
std::size_t expected_prefixes(const GazetteerOptions& options) {
  std::size_t bytes = 0;
  for (const char* file : {"states.json", "organisations.json", "cities.json"}) {
    std::error_code error;
    std::uintmax_t size = fs::file_size(options.data_dir / file, error);
    if (!error) bytes += static_cast<std::size_t>(size);
  }
  return bytes / 4;
}

}  // namespace

std::unique_ptr<GazetteerData> load_gazetteer(const GazetteerOptions& options) {
  auto impl = std::make_unique<GazetteerData>();
  impl->names.reserve(expected_prefixes(options));
  std::map<std::string, IsoState> iso = read_iso(options.iso_3166);
  PendingNames pending;
  read_states(*impl, options.data_dir / "states.json", iso, pending);
  read_organisations(*impl, options.data_dir / "organisations.json");
  for (const auto& [name, entity] : pending.iso_names)
    impl->names.add(name, entity, NameForm::Name);
  read_cities(*impl, options.data_dir / "cities.json");
  for (const auto& [name, entity] : pending.demonyms) {
    impl->names.add(name, entity, NameForm::Demonym);
  }
  return impl;
}

}  // namespace orgkg::detail

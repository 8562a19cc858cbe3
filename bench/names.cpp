// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "names.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace orgkg::bench {
namespace {

rapidjson::Document parse_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  rapidjson::Document json;
  json.Parse(text.c_str(), text.size());
  if (json.HasParseError() || !json.IsObject()) {
    throw std::runtime_error(path.string() + ": not a JSON object (" +
                             rapidjson::GetParseError_En(json.GetParseError()) + ")");
  }
  return json;
}

std::string string_field(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

std::vector<std::string> list_field(const rapidjson::Value& v, const char* key) {
  std::vector<std::string> out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& item : it->value.GetArray()) {
    if (item.IsString()) out.emplace_back(item.GetString());
  }
  return out;
}

const rapidjson::Value& entries(const rapidjson::Document& json, const char* key,
                                const std::filesystem::path& path) {
  auto it = json.FindMember(key);
  if (it == json.MemberEnd() || !it->value.IsArray()) {
    throw std::runtime_error(path.string() + ": no \"" + key + "\" array");
  }
  return it->value;
}

bool contains(const std::string& text, const char* part) {
  return text.find(part) != std::string::npos;
}

// A formal name a ministry writes in full ("the Russian Federation").
bool is_formal(const std::string& alias) {
  for (const char* word : {"Republic", "Kingdom", "Federation", "Sultanate", "State of",
                           "Commonwealth", "Principality", "Emirates", "Confederation"}) {
    if (contains(alias, word)) return true;
  }
  return false;
}

bool needs_the_state(const std::string& name) {
  static const std::set<std::string> kThe = {"Netherlands", "Philippines", "Maldives",
                                             "Bahamas", "Gambia", "Comoros", "Holy See"};
  return kThe.count(name) || is_formal(name) || contains(name, "Islands") ||
         contains(name, "States") || name.rfind("United", 0) == 0;
}

// Acronyms written without an article ("ASEAN", not "the ASEAN").
bool bare_acronym(const std::string& acronym) {
  static const std::set<std::string> kBare = {
      "ASEAN", "BRICS", "NATO",   "OPEC",   "UNESCO", "UNICEF", "Mercosur", "MERCOSUR",
      "CARICOM", "Interpol", "INTERPOL", "APEC", "ASEM", "GUAM", "TURKPA", "PABSEC",
      "BIMSTEC", "IORA", "ECOWAS", "SADC", "CELAC", "UNASUR", "ALBA", "UNHCR", "UNDP",
      "UNEP", "UNIDO", "UNCTAD", "UNODC", "ESCAP", "UNESCAP"};
  return kBare.count(acronym) != 0;
}

// A key that is a word ("Arctic Council", "Mercosur") rather than an acronym.
bool key_is_word(const std::string& key) {
  for (std::size_t i = 0; i + 1 < key.size(); ++i) {
    if (std::islower(static_cast<unsigned char>(key[i])) &&
        std::islower(static_cast<unsigned char>(key[i + 1])) && key != "CoE" && key != "EurAsEC") {
      return true;
    }
  }
  return false;
}

std::string with_article(const std::string& name) {
  if (bare_acronym(name) || name == "BRICS") return name;
  if (name.find(' ') == std::string::npos && key_is_word(name)) return name;  // "Mercosur"
  return "the " + name;
}

}  // namespace

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

Names Names::load(const std::filesystem::path& data_dir) {
  Names names;
  const auto states_path = data_dir / "states.json";
  rapidjson::Document states = parse_file(states_path);
  for (const auto& s : entries(states, "states", states_path).GetArray()) {
    StateNames n;
    n.key = string_field(s, "iso3");
    if (n.key.empty()) n.key = string_field(s, "key");
    n.label = string_field(s, "label");
    for (auto& alias : list_field(s, "aliases")) {
      if (is_formal(alias)) n.formal.push_back(alias);
    }
    for (auto& acronym : list_field(s, "acronyms")) {
      if (acronym.find('.') == std::string::npos && acronym.size() >= 2 && acronym != "RF") {
        n.acronyms.push_back(acronym);
      }
    }
    n.demonyms = list_field(s, "demonyms");
    if (n.key.empty() || n.label.empty()) continue;
    names.state_keys_.push_back(n.key);
    names.states_[n.key] = std::move(n);
  }
  const auto orgs_path = data_dir / "organisations.json";
  rapidjson::Document orgs = parse_file(orgs_path);
  for (const auto& o : entries(orgs, "organisations", orgs_path).GetArray()) {
    OrgNames n;
    n.key = string_field(o, "key");
    n.name = string_field(o, "name");
    for (auto& alias : list_field(o, "aliases")) {
      if (alias.rfind("La ", 0) != 0 && alias.rfind("Organisation internationale", 0) != 0 &&
          alias.find(' ') != std::string::npos) {
        n.aliases.push_back(alias);
      }
    }
    for (auto& acronym : list_field(o, "acronyms")) {
      if (acronym.find('.') == std::string::npos && acronym != n.key) n.acronyms.push_back(acronym);
    }
    for (auto& body : list_field(o, "sub_bodies")) {
      if (contains(body, "Commission") || contains(body, "Secretariat")) n.sub_bodies.push_back(body);
    }
    if (n.key.empty() || n.name.empty()) continue;
    names.orgs_[n.key] = std::move(n);
  }
  const auto cities_path = data_dir / "cities.json";
  rapidjson::Document cities = parse_file(cities_path);
  for (const auto& c : entries(cities, "cities", cities_path).GetArray()) {
    CityNames n{string_field(c, "key"), list_field(c, "aliases")};
    if (!n.key.empty()) names.cities_[n.key] = std::move(n);
  }
  return names;
}

std::string Names::state_label(const std::string& key) const {
  const StateNames& s = states_.at(key);
  return needs_the_state(s.label) ? "the " + s.label : s.label;
}

std::string Names::state(const std::string& key, Rng& rng) const {
  const StateNames& s = states_.at(key);
  std::size_t roll = rng.below(100);
  if (roll < 12 && !s.formal.empty()) {
    const std::string& formal = rng.pick(s.formal);
    return formal.rfind("the ", 0) == 0 || formal.rfind("The ", 0) == 0 ? formal : "the " + formal;
  }
  if (roll >= 97 && !s.acronyms.empty()) return "the " + rng.pick(s.acronyms);
  return state_label(key);
}

std::string Names::demonym(const std::string& key, Rng& rng) const {
  const StateNames& s = states_.at(key);
  return s.demonyms.empty() ? "" : (rng.chance(80) ? s.demonyms.front() : rng.pick(s.demonyms));
}

std::string Names::org_full(const std::string& key) const {
  const OrgNames& o = orgs_.at(key);
  if (o.name == "BRICS" || (key_is_word(o.name) && o.name.find(' ') == std::string::npos)) {
    return o.name;
  }
  return "the " + o.name;
}

std::string Names::org(const std::string& key, bool first, Rng& rng) const {
  const OrgNames& o = orgs_.at(key);
  if (key_is_word(key) || o.name == key) return key_is_word(key) ? with_article(key) : org_full(key);
  if (first) return o.name.find(key) != std::string::npos ? org_full(key) : org_full(key) + " (" + key + ")";
  std::size_t roll = rng.below(100);
  if (roll < 6 && !o.aliases.empty()) return with_article(rng.pick(o.aliases));
  if (roll < 10 && !o.acronyms.empty()) return with_article(rng.pick(o.acronyms));
  if (roll < 16) return org_full(key);
  return with_article(key);
}

std::string Names::org_body(const std::string& key, Rng& rng) const {
  const OrgNames& o = orgs_.at(key);
  if (!o.sub_bodies.empty() && rng.chance(50)) return with_article(rng.pick(o.sub_bodies));
  if (key_is_word(key) || o.name == key || rng.chance(40)) return "the Secretariat of " + org(key, false, rng);
  return "the " + key + " Secretariat";
}

std::string Names::listing(const std::string& key) const {
  const OrgNames& o = orgs_.at(key);
  return o.name.find(key) != std::string::npos || key_is_word(key) ? o.name
                                                                    : o.name + " (" + key + ")";
}

std::string Names::party(const std::string& key, bool first, Rng& rng) const {
  return is_state(key) ? state(key, rng) : org(key, first, rng);
}

std::string Names::city(const std::string& key, int year) const {
  if (key == "Astana" && year >= 2019 && year <= 2022) return "Nur-Sultan";
  return key;
}

}  // namespace orgkg::bench

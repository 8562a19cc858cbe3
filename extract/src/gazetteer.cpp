// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/gazetteer.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <system_error>

#include "gazetteer_impl.hpp"
#include "orgkg/version.hpp"

namespace orgkg {

std::filesystem::path default_data_dir() {
  if (const char* env = std::getenv("ORGKG_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code error;
  if (std::filesystem::is_directory(kSourceDataDir, error)) return kSourceDataDir;
  return kInstalledDataDir;
}

Gazetteer::Gazetteer(std::unique_ptr<detail::GazetteerData> data) : data_(std::move(data)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer Gazetteer::load(const GazetteerOptions& options) {
  return Gazetteer(detail::load_gazetteer(options));
}

const Entity* Gazetteer::find(EntityKind kind, std::string_view key) const {
  auto it = data_->by_node_id.find(node_id(kind, key));
  return it == data_->by_node_id.end() ? nullptr : it->second;
}

std::optional<NameMatch> Gazetteer::lookup(std::string_view name) const {
  return data_->names.lookup(name);
}

const Entity* Gazetteer::founded_by(std::string_view document) const {
  std::optional<NameMatch> match = data_->founding_documents.lookup(document);
  return match ? match->entity : nullptr;
}

const detail::NameIndex& gazetteer_names(const Gazetteer& gazetteer) {
  return gazetteer.data_->names;
}

std::optional<NameMatch> Gazetteer::match_at(std::string_view text, std::size_t pos) const {
  return data_->names.match_at(text, pos);
}

bool Gazetteer::members_called_partners(const Entity& organisation) const {
  const std::set<const Entity*>& called = data_->members_called_partners;
  // The few such organisations compared by their node ids, without building
  // the one of `organisation` to look it up (the extractors ask for every
  // organisation a list of members is about).
  constexpr std::size_t kFew = 16;
  if (called.size() <= kFew) {
    return std::any_of(called.begin(), called.end(), [&organisation](const Entity* entity) {
      return same_node_id(*entity, organisation);
    });
  }
  const Entity* known = find(organisation.kind, organisation.key);
  return known != nullptr && called.count(known) != 0;
}

std::vector<const Entity*> Gazetteer::entities(EntityKind kind) const {
  std::vector<const Entity*> result;
  for (const auto& [id, entity] : data_->by_node_id) {
    if (entity->kind == kind) result.push_back(entity);
  }
  std::sort(result.begin(), result.end(),
            [](const Entity* a, const Entity* b) { return a->key < b->key; });
  return result;
}

}  // namespace orgkg

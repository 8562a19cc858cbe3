// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Looking entities up by the names people type: exact (case-insensitive)
// lookup over every name field, and "did you mean" suggestions by edit
// distance. Both scan the entities: a Store holds hundreds, not millions.
#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "orgkg/graph/query.hpp"

namespace orgkg {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string folded(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

// Every name of `entity`, in the precedence order of find_entity_by_name().
std::vector<std::string_view> names_of(const Entity& entity, const std::string& id) {
  std::vector<std::string_view> names = {id, entity.key, entity.label, entity.acronym, entity.name};
  names.insert(names.end(), entity.aliases.begin(), entity.aliases.end());
  return names;
}

// Optimal string alignment distance: Levenshtein plus swaps of two neighbours.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

const Entity* find_entity_by_name(const Store& store, std::string_view name) {
  std::string wanted = folded(name);
  if (wanted.empty()) return nullptr;
  const Entity* best = nullptr;
  std::size_t best_rank = std::numeric_limits<std::size_t>::max();
  for (const Entity* entity : store.entities()) {  // sorted by node id: first wins ties
    std::string id = node_id(*entity);
    std::vector<std::string_view> names = names_of(*entity, id);
    for (std::size_t rank = 0; rank < names.size() && rank < best_rank; ++rank) {
      if (folded(names[rank]) != wanted) continue;
      best = entity;
      best_rank = std::min<std::size_t>(rank, 5);  // every alias ranks alike
      break;
    }
  }
  return best;
}

std::vector<NameSuggestion> closest_names(const Store& store, std::string_view text,
                                          std::size_t n) {
  std::string wanted = folded(text);
  std::vector<NameSuggestion> suggestions;
  for (const Entity* entity : store.entities()) {
    std::string id = node_id(*entity);
    std::vector<std::string_view> names = names_of(*entity, id);
    names.erase(names.begin());  // node ids are not names people type
    std::optional<NameSuggestion> best;
    for (std::string_view name : names) {
      if (name.empty()) continue;
      NameSuggestion candidate{std::string(name), id, edit_distance(wanted, folded(name))};
      if (!best ||
          std::tie(candidate.distance, candidate.name) < std::tie(best->distance, best->name)) {
        best = std::move(candidate);
      }
    }
    if (best) suggestions.push_back(std::move(*best));
  }
  std::sort(
      suggestions.begin(), suggestions.end(), [](const NameSuggestion& x, const NameSuggestion& y) {
        return std::tie(x.distance, x.name, x.node_id) < std::tie(y.distance, y.name, y.node_id);
      });
  if (suggestions.size() > n) suggestions.resize(n);
  return suggestions;
}

}  // namespace orgkg

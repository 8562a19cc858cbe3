// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Names: the surface forms the benchmark corpus writes for states,
// organisations and cities, read from the project's gazetteer data
// (data/states.json, organisations.json, cities.json) so the corpus uses the
// names, aliases, acronyms and demonyms orgkg is meant to know. Only the
// fields the generator needs are kept; every list is in file order, so the
// corpus depends on the data files and the seed alone. Immutable once loaded.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "rng.hpp"

namespace orgkg::bench {

struct StateNames {
  std::string key;                  ///< ISO alpha-3 ("RUS")
  std::string label;                ///< "Russia"
  std::vector<std::string> formal;  ///< formal aliases a ministry writes ("Russian Federation")
  std::vector<std::string> acronyms;
  std::vector<std::string> demonyms;
};

struct OrgNames {
  std::string key;   ///< "SCO"
  std::string name;  ///< "Shanghai Cooperation Organisation"
  std::vector<std::string> aliases;
  std::vector<std::string> acronyms;
  std::vector<std::string> sub_bodies;
};

struct CityNames {
  std::string key;
  std::vector<std::string> aliases;
};

class Names {
 public:
  /// Reads the three files of `data_dir`. Throws std::runtime_error naming
  /// the file when one is missing or malformed.
  static Names load(const std::filesystem::path& data_dir);

  [[nodiscard]] bool is_state(const std::string& key) const { return states_.count(key) != 0; }
  [[nodiscard]] bool is_org(const std::string& key) const { return orgs_.count(key) != 0; }
  [[nodiscard]] bool is_city(const std::string& key) const { return cities_.count(key) != 0; }

  /// A state as a text names it: mostly its label, sometimes its formal name
  /// or an acronym; with "the" where English needs it ("the Philippines").
  [[nodiscard]] std::string state(const std::string& key, Rng& rng) const;
  /// The state's label only, with "the" where needed.
  [[nodiscard]] std::string state_label(const std::string& key) const;
  /// The state's first demonym ("Kazakh"), or "" when it has none.
  [[nodiscard]] std::string demonym(const std::string& key, Rng& rng) const;
  /// An organisation: `first` gives the full name with the acronym in
  /// brackets; later mentions mostly the acronym, sometimes an alias.
  [[nodiscard]] std::string org(const std::string& key, bool first, Rng& rng) const;
  /// The organisation's secretariat or another sub-body standing for it.
  [[nodiscard]] std::string org_body(const std::string& key, Rng& rng) const;
  /// The full name of the organisation with "the" ("the Arctic Council").
  [[nodiscard]] std::string org_full(const std::string& key) const;
  /// The organisation as a link list names it: "Shanghai Cooperation Organisation (SCO)".
  [[nodiscard]] std::string listing(const std::string& key) const;
  /// A state or an organisation, by its key.
  [[nodiscard]] std::string party(const std::string& key, bool first, Rng& rng) const;
  /// A city: its key, or the alias in use in `year` (Nur-Sultan, 2019-2022).
  [[nodiscard]] std::string city(const std::string& key, int year) const;

  /// States with a demonym, for fillers ("the Indian side").
  [[nodiscard]] const std::vector<std::string>& state_keys() const { return state_keys_; }

 private:
  std::map<std::string, StateNames> states_;
  std::map<std::string, OrgNames> orgs_;
  std::map<std::string, CityNames> cities_;
  std::vector<std::string> state_keys_;
};

/// `text` with its first letter upper-cased ("the SCO" -> "The SCO").
[[nodiscard]] std::string capitalised(std::string text);

}  // namespace orgkg::bench

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// World: the organisations the benchmark corpus writes about and who stands
// in which relation to them (members, observers, dialogue partners, seats,
// chairs, ...). Modelled on real memberships so the statements read as
// plausible, but it is a fixture, not a reference: the corpus states these
// facts and the truth file records what it stated. Keys follow CONVENTIONS §2
// (ISO alpha-3, organisation acronyms, English city names). Immutable.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "names.hpp"

namespace orgkg::bench {

/// A party with the year something happened to it ("IND", 2017).
struct Dated {
  std::string key;
  int year = 0;
};

struct OrgProfile {
  std::string key;                     ///< "SCO"
  int founded = 0;                     ///< year of foundation
  std::string seat;                    ///< city key, "" when none is written
  std::vector<std::string> members;    ///< full members (states or organisations)
  std::vector<std::string> founders;   ///< founding members
  std::vector<std::string> initiators; ///< proposed its creation
  std::vector<std::string> observers;
  std::vector<std::string> partners;   ///< dialogue partners, partner states
  std::vector<std::string> associates; ///< associate members
  std::vector<std::string> candidates; ///< applied or invited
  std::vector<Dated> joined;           ///< accession years known
  std::vector<Dated> left;             ///< withdrew, suspended or expelled
  std::vector<Dated> chairs;           ///< chairmanship years
  std::vector<std::string> cooperates; ///< organisations it cooperates with
};

class World {
 public:
  /// The built-in profiles, checked against `names`: throws
  /// std::runtime_error for a key the gazetteer data does not know.
  static World build(const Names& names);

  [[nodiscard]] const std::vector<OrgProfile>& orgs() const { return orgs_; }
  [[nodiscard]] const OrgProfile* find(const std::string& key) const;
  /// The year `member` joined `org`: the recorded one, else the founding year
  /// for a founder, else a stable pseudo-random year after the founding.
  [[nodiscard]] int join_year(const OrgProfile& org, const std::string& member) const;

 private:
  std::vector<OrgProfile> orgs_;
};

}  // namespace orgkg::bench

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Sentences that state facts. Each writer picks the parties from the
// organisation's profile, writes one of several shapes a ministry uses, and
// plants exactly the facts CONVENTIONS §1 reads in it (founding is not
// membership, hopes are nothing, a memorandum framed as cooperation is both
// agreement_with and cooperates_with). A writer returns "" when the profile
// has nothing for its relation.
#include <algorithm>

#include "sentences.hpp"

namespace orgkg::bench {

int stable_year(Composer& c, const OrgProfile& o, const std::string& key, const char* rel) {
  int last = std::min(c.published().year, 2023);
  int first = std::min(o.founded + 1, last);
  return first + static_cast<int>(stable_hash(o.key + key + rel) % (last - first + 1));
}

namespace {

using Keys = std::vector<std::string>;

Keys some(Composer& c, const Keys& keys, std::size_t lo, std::size_t hi) {
  std::size_t n = std::min(keys.size(), lo + c.rng().below(hi - lo + 1));
  return c.rng().sample(keys, n);
}

bool all_states(Composer& c, const Keys& keys) {
  return std::all_of(keys.begin(), keys.end(), [&](const std::string& k) { return c.names().is_state(k); });
}

void plant_all(Composer& c, const Keys& keys, const char* rel, const std::string& org,
               const std::string& date, const char* shape) {
  for (const auto& k : keys) c.plant(k, rel, org, date, shape);
}

std::string member(Composer& c, const OrgProfile& o) {
  if (o.members.empty()) {
    if (o.joined.empty()) return "";
    const Dated& d = c.rng().pick(o.joined);
    if (d.year > c.published().year) return "";
    DatePhrase when = c.date(d.year);
    c.plant(d.key, "member_of", o.key, when.iso, "member_of/joined");
    return cat({capitalised(c.party(d.key)), " joined ", c.org(o.key), " ", when.text, "."});
  }
  const std::string pub = c.pub_iso();
  std::string kind = all_states(c, o.members) ? "states" : "members";
  switch (c.rng().below(9)) {
    case 0: {
      plant_all(c, o.members, "member_of", o.key, pub, "member_of/brings_together");
      return cat({capitalised(c.org(o.key)), " brings together ", c.count(o.members.size()), " ", kind, " \xE2\x80\x93 ", c.list(o.members), "."});
    }
    case 1: {
      plant_all(c, o.members, "member_of", o.key, pub, "member_of/member_states_are");
      return cat({"The member ", kind, " of ", c.org(o.key), " are ", c.list(o.members), "."});
    }
    case 2: {
      plant_all(c, o.members, "member_of", o.key, pub, "member_of/comprises");
      return cat({"Today ", c.org(o.key), " comprises ", c.count(o.members.size()),
                  kind == "states" ? " member states: " : " members: ", c.list(o.members), "."});
    }
    case 3: {
      Keys ks = some(c, o.members, 2, 4);
      plant_all(c, ks, "member_of", o.key, pub, "member_of/are_full_members");
      return cat({capitalised(c.list(ks)), " are full members of ", c.org(o.key), "."});
    }
    case 4: {
      const std::string& k = c.rng().pick(o.members);
      plant_all(c, {k}, "member_of", o.key, pub, "member_of/as_a_member");
      return cat({"As a member of ", c.org(o.key), ", ", c.party(k), " consistently contributes to strengthening its role in regional affairs."});
    }
    default: break;
  }
  Keys joiners;
  for (const auto& k : o.members) {
    if (c.world().join_year(o, k) > o.founded && c.world().join_year(o, k) <= c.published().year) {
      joiners.push_back(k);
    }
  }
  if (joiners.empty()) {
    plant_all(c, o.members, "member_of", o.key, pub, "member_of/full_members_are");
    return cat({capitalised(c.possessive(o.key)), " full members are ", c.list(o.members), "."});
  }
  const std::string& k = c.rng().pick(joiners);
  DatePhrase when = c.date(c.world().join_year(o, k));
  switch (c.rng().below(4)) {
    case 0:
      c.plant(k, "member_of", o.key, when.iso, "member_of/joined");
      return cat({capitalised(c.party(k)), " joined ", c.org(o.key), " ", when.text, "."});
    case 1:
      c.plant(k, "member_of", o.key, when.iso, "member_of/became_full_member");
      return cat({capitalised(when.text), ", ", c.party(k), " became a full member of ", c.org(o.key), "."});
    case 2:
      c.plant(k, "member_of", o.key, when.iso, "member_of/acceded");
      return cat({capitalised(c.party(k)), " acceded to ", c.org(o.key), " ", when.text, "."});
    default:
      c.plant(k, "member_of", o.key, when.iso, "member_of/welcomed_as_member");
      return cat({capitalised(when.text), ", ", c.org(o.key), " welcomed ", c.party(k), " as a new full member."});
  }
}

std::string observer(Composer& c, const OrgProfile& o) {
  if (o.observers.empty()) return "";
  const std::string pub = c.pub_iso();
  const std::string& k = c.rng().pick(o.observers);
  switch (c.rng().below(6)) {
    case 0: {
      Keys ks = some(c, o.observers, 2, 5);
      plant_all(c, ks, "observer_of", o.key, pub, "observer_of/have_observer_status");
      return cat({capitalised(c.list(ks)), " have observer status in ", c.org(o.key), "."});
    }
    case 1: {
      plant_all(c, o.observers, "observer_of", o.key, pub, "observer_of/observer_states_are");
      return cat({all_states(c, o.observers) ? "The observer states of " : "The observers of ",
                  c.org(o.key), " are ", c.list(o.observers), "."});
    }
    case 2: {
      DatePhrase when = c.date(stable_year(c, o, k, "observer"), true);
      c.plant(k, "observer_of", o.key, when.iso, "observer_of/observer_since");
      return cat({capitalised(c.party(k)), " has been an observer in ", c.org(o.key), " ", when.text, "."});
    }
    case 3: {
      DatePhrase when = c.date(stable_year(c, o, k, "observer"));
      c.plant(k, "observer_of", o.key, when.iso, "observer_of/was_granted");
      return cat({capitalised(when.text), ", ", c.party(k), " was granted observer status in ", c.org(o.key), "."});
    }
    case 4:
      c.plant(k, "observer_of", o.key, pub, "observer_of/as_an_observer");
      return cat({capitalised(c.party(k)), " takes part in the work of ", c.org(o.key), " as an observer."});
    default: {
      DatePhrase when = c.date(stable_year(c, o, k, "observer"));
      c.plant(k, "observer_of", o.key, when.iso, "observer_of/granted_to");
      return cat({capitalised(c.org(o.key)), " granted observer status to ", c.party(k), " ", when.text, "."});
    }
  }
}

std::string partner(Composer& c, const OrgProfile& o) {
  if (o.partners.empty()) return "";
  const std::string pub = c.pub_iso();
  const std::string& k = c.rng().pick(o.partners);
  const bool brics = o.key == "BRICS";
  const char* status = brics ? "partner country" : "dialogue partner";
  const char* statuses = brics ? "partner countries" : "dialogue partners";
  switch (c.rng().below(5)) {
    case 0: {
      Keys ks = some(c, o.partners, 2, 6);
      plant_all(c, ks, "partner_of", o.key, pub, "partner_of/partners_include");
      return cat({capitalised(c.possessive(o.key)), " ", statuses, " include ", c.list(ks), "."});
    }
    case 1: {
      DatePhrase when = c.date(stable_year(c, o, k, "partner"));
      c.plant(k, "partner_of", o.key, when.iso, "partner_of/became_partner");
      return cat({capitalised(c.party(k)), " became a ", status, " of ", c.org(o.key), " ", when.text, "."});
    }
    case 2: {
      DatePhrase when = c.date(stable_year(c, o, k, "partner"));
      c.plant(k, "partner_of", o.key, when.iso, "partner_of/granted_status");
      return cat({capitalised(when.text), ", ", c.org(o.key), " granted ", c.party(k), " the status of ", status, "."});
    }
    case 3: {
      DatePhrase when = c.date(stable_year(c, o, k, "partner"), true);
      c.plant(k, "partner_of", o.key, when.iso, "partner_of/status_since");
      return cat({capitalised(c.party(k)), " has held the status of ", status, " of ", c.org(o.key), " ", when.text, "."});
    }
    default: {
      Keys ks = some(c, o.partners, 2, 4);
      plant_all(c, ks, "partner_of", o.key, pub, "partner_of/are_partners");
      return cat({capitalised(c.list(ks)), " are ", statuses, " of ", c.org(o.key), "."});
    }
  }
}

std::string associate(Composer& c, const OrgProfile& o) {
  if (o.associates.empty()) return "";
  const std::string& k = c.rng().pick(o.associates);
  switch (c.rng().below(3)) {
    case 0:
      c.plant(k, "associate_member_of", o.key, c.pub_iso(), "associate_member_of/is_associate");
      return cat({capitalised(c.party(k)), " is an associate member of ", c.org(o.key), "."});
    case 1: {
      DatePhrase when = c.date(stable_year(c, o, k, "associate"));
      c.plant(k, "associate_member_of", o.key, when.iso, "associate_member_of/obtained");
      return cat({capitalised(c.party(k)), " obtained associate membership in ", c.org(o.key), " ", when.text, "."});
    }
    default: {
      Keys ks = some(c, o.associates, 2, 4);
      plant_all(c, ks, "associate_member_of", o.key, c.pub_iso(), "associate_member_of/which_are");
      return cat({capitalised(c.list(ks)),
                  ks.size() == 1 ? ", which is an associate member of " : ", which are associate members of ",
                  c.org(o.key), ", also took part in the meeting."});
    }
  }
}

}  // namespace

// Defined in fact_sentences_more.cpp.
std::string candidate_sentence(Composer& c, const OrgProfile& o);
std::string founder_sentence(Composer& c, const OrgProfile& o);
std::string chair_sentence(Composer& c, const OrgProfile& o);
std::string seat_sentence(Composer& c, const OrgProfile& o);
std::string cooperation_sentence(Composer& c, const OrgProfile& o);
std::string agreement_sentence(Composer& c, const OrgProfile& o);
std::string left_sentence(Composer& c, const OrgProfile& o);

std::string fact_sentence(Composer& c) {
  using Writer = std::string (*)(Composer&, const OrgProfile&);
  struct Weighted {
    Writer writer;
    int weight;
  };
  static const Weighted kWriters[] = {
      {member, 20},          {observer, 10},         {partner, 9},
      {associate, 6},        {candidate_sentence, 8}, {founder_sentence, 8},
      {chair_sentence, 10},  {seat_sentence, 8},      {cooperation_sentence, 8},
      {agreement_sentence, 6}, {left_sentence, 8}};
  int total = 0;
  for (const auto& w : kWriters) total += w.weight;
  for (int attempt = 0;; ++attempt) {
    const OrgProfile& o = attempt < 3 && c.rng().chance(70) ? c.focus()
                                                             : c.rng().pick(c.world().orgs());
    int roll = static_cast<int>(c.rng().below(static_cast<std::size_t>(total)));
    for (const auto& w : kWriters) {
      if ((roll -= w.weight) < 0) {
        std::string s = w.writer(c, o);
        if (!s.empty()) return s;
        break;
      }
    }
  }
}

}  // namespace orgkg::bench

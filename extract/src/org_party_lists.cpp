// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A party ends at a punctuation mark, a preposition or a verb; since verbs
// cannot be told from nouns without a lexicon, it is the nouns that are
// listed (continues_org_phrase()): a word on that list, a capitalised word
// or another name after a mention make the mention a modifier.
#include "org_party_lists.hpp"

#include <algorithm>
#include <string_view>

#include "list_phrases.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace org_party_lists_detail {

// The nouns that may follow a mention inside a phrase it modifies ("the CIS
// member states", "the SCO summit").
const WordSet kOrgPhraseNouns{"'s",           "member",
                              "members",      "states",
                              "state",        "countries",
                              "country",      "nations",
                              "leaders",      "heads",
                              "ministers",    "participants",
                              "summit",       "summits",
                              "delegation",   "delegations",
                              "experts",      "secretary",
                              "chairman",     "chair",
                              "presidency",   "chairmanship",
                              "partners",     "observers",
                              "governments",  "representatives",
                              "meeting",      "meetings",
                              "agenda",       "charter",
                              "declaration",  "framework",
                              "format",       "space",
                              "region",       "area",
                              "officials",    "agencies",
                              "bodies",       "institutions",
                              "structures",   "mechanisms",
                              "platform",     "process",
                              "law",          "standards",
                              "market",       "markets",
                              "project",      "projects",
                              "programme",    "program",
                              "programs",     "initiative",
                              "initiatives",  "mission",
                              "forces",       "troops",
                              "staff",        "office",
                              "offices",      "bank",
                              "fund",         "council",
                              "committee",    "commission",
                              "assembly",     "parliament",
                              "department",   "secretariat",
                              "secretariats", "countries'",
                              "integration",  "economies",
                              "economy",      "territory",
                              "zone",         "borders",
                              "budget",       "capital",
                              "headquarters", "website",
                              "day",          "year"};

}  // namespace org_party_lists_detail

std::vector<const Mention*> parties_at(const Units& u, std::size_t i, std::size_t& end) {
  // Read into one vector per thread, then copied at its size: one
  // allocation for a list, none for the many readings that find none, where
  // a new vector grew 1, 2, 4 as it was read.
  thread_local std::vector<const Mention*> parties;
  read_parties(u, i, end, parties);
  return {parties.begin(), parties.end()};
}

void read_parties(const Units& u, std::size_t i, std::size_t& end,
                  std::vector<const Mention*>& parties) {
  parties.clear();
  std::size_t k = i;
  end = i;
  while (k < u.size()) {
    if (is(u, k, {"the", "both"})) ++k;
    if (!is_item(u, k)) break;
    std::size_t next = k + 1;
    if (is(u, next, {"("})) {
      std::size_t close = next;
      while (close < u.size() && close < next + 12 && !is(u, close, {")"})) ++close;
      if (close < u.size() && is(u, close, {")"})) next = close + 1;
    }
    if (continues_org_phrase(u, next)) break;
    parties.push_back(u[k].mention);
    end = next;
    std::size_t sep = first_phrase(u, next, {",", "as", "well", "as"}, {"as", "well", "as"},
                                   {",", "and"}, {";", "and"}, {"and"}, {","}, {";"});
    if (sep == 0) break;
    k = next + sep;
  }
}

std::size_t anaphor_at(const Units& u, std::size_t i, int& count) {
  std::size_t k = i;
  if (phrase(u, k, {"the", "secretariats", "of"})) k += 3;  // "the secretariats of the two"
  if (is(u, k, {"these", "those"})) {
    count = 0;
    ++k;
  } else if (is(u, k, {"the"}) && count_at(u, k + 1) && *count_at(u, k + 1) >= 2) {
    count = *count_at(u, k + 1);
    k += 2;
  } else {
    return 0;
  }
  for (std::size_t n = 0; n < 3 && k < u.size(); ++n, ++k) {
    if (is(u, k,
           {"associations", "organizations", "structures", "platforms", "unions", "blocs",
            "groupings", "bodies", "institutions", "mechanisms", "formats", "alliances",
            "communities", "secretariats"})) {
      std::size_t end = k + 1;
      if (is(u, end, {"'"}) && is(u, end + 1, {"secretariats"}))
        end += 2;  // "organisations' secretariats"
      return end - i;
    }
    if (u[k].mention != nullptr || u[k].norm.empty() ||
        !(u[k].norm[0] >= 'a' && u[k].norm[0] <= 'z')) {
      return 0;
    }
  }
  return 0;
}

std::vector<OrgList> organisation_lists(const Units& u) {
  SentenceMentions mentions;
  mentions.read(u);
  return organisation_lists(u, mentions.orgs);
}

std::vector<OrgList> read_organisation_lists(const Units& u, std::span<const std::size_t> orgs) {
  std::vector<OrgList> lists;
  lists.resize(read_organisation_lists_into(u, orgs, lists));
  return lists;
}

std::size_t read_organisation_lists_into(const Units& u, std::span<const std::size_t> orgs,
                                         std::vector<OrgList>& pool) {
  std::size_t count = 0;
  // The parties read at each organisation: most readings give no list of
  // two, so one vector per thread serves them all rather than one allocated
  // per reading.
  thread_local std::vector<const Mention*> parties;
  std::size_t from = 0;  // past the last list read
  // A list is of two organisations or more: none starts at the last one.
  if (orgs.empty()) return count;
  for (std::size_t i : orgs.first(orgs.size() - 1)) {
    if (i < from || (i > 0 && is(u, i - 1, {"the"}) && i >= 2 && is_org(u, i - 2))) continue;
    std::size_t end = i;
    read_parties(u, i, end, parties);
    if (parties.empty()) {  // the last item continues ("the CIS member states")
      end = i + 1;
      parties.assign(1, u[i].mention);
    }
    bool all_orgs = parties.size() >= 2;
    for (const Mention* m : parties) {
      all_orgs = all_orgs && m->entity->kind == EntityKind::Organisation;
    }
    if (all_orgs) {
      if (count == pool.size()) pool.emplace_back();
      pool[count].orgs.assign(parties.begin(), parties.end());
      pool[count].end = end;
      ++count;
    }
    from = std::max(i, end - 1) + 1;
  }
  return count;
}

}  // namespace orgkg::detail

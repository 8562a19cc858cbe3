// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "left_phrases.hpp"

namespace orgkg::detail {

StatusFinding left_finding(const char* rule) {
  StatusFinding f;
  f.relation = Relation::Left;
  f.rule = rule;
  f.modality = Modality::Stated;
  f.ends = true;
  return f;
}

// "[all] [the] [ORG's] rights and obligations|activities|work|institutions
// [of ORG]" at unit k after "suspended from": the organisation named, else
// the one in context.
std::optional<std::size_t> rights_and_activities(const Units& u, std::size_t k, StatusFinding& f) {
  while (is(u, k, {"all", "the", "its", "their"})) ++k;
  if (is_org(u, k) && is(u, k + 1, {"'s"})) {  // "the Community's institutions"
    f.organisation = u[k].mention;
    k += 2;
  }
  if (!is(u, k,
          {"rights", "activities", "work", "bodies", "organs", "meetings", "institutions",
           "structures"})) {
    f.organisation = nullptr;
    return std::nullopt;
  }
  if (f.organisation != nullptr) return k + 1;
  std::size_t end = k + 1;
  for (std::size_t m = k + 1; m < u.size() && m < k + 14; ++m) {
    if (is(u, m, {".", ";", ","})) break;
    if (is_org(u, m)) {
      f.organisation = u[m].mention;
      end = m + 1;
      break;
    }
  }
  return end;
}

// "[its] membership|participation in|of ORG" at unit k; its end, or nullopt.
std::optional<std::size_t> membership_at(const Units& u, std::size_t k, StatusFinding& f) {
  if (!is(u, k, {"membership", "participation"})) return std::nullopt;
  // "its participation in the activities|work of ORG"
  std::size_t m = k + 1;
  if (is(u, m, {"in"}) && is(u, m + 1, {"the"}) && is(u, m + 2, {"activities", "work"}) &&
      is(u, m + 3, {"of"})) {
    m += 3;
  }
  // "in the Organization's|the CSTO's activities": the organisation named,
  // or the one in context.
  if (is(u, m, {"in"})) {
    std::size_t o = is(u, m + 1, {"the"}) ? m + 2 : m + 1;
    if ((is_org(u, o) || is_generic_org_noun(u, o)) && is(u, o + 1, {"'s"}) &&
        is(u, o + 2, {"activities", "work"})) {
      f.organisation = is_org(u, o) ? u[o].mention : nullptr;
      return o + 3;
    }
  }
  OrgPhrase org = org_phrase_after(u, m);
  if (org.length == 0 && unresolved_place(u, m)) return std::nullopt;
  f.organisation = org.org;
  return m + org.length;
}

// "[its] observer status in|of ORG" at unit k, as membership_at() reads a
// membership; its end, or nullopt.
std::optional<std::size_t> standing_at(const Units& u, std::size_t k, StatusFinding& f) {
  if (!is(u, k, {"observer"}) || !is(u, k + 1, {"status"})) return membership_at(u, k, f);
  OrgPhrase org = org_phrase_after(u, k + 2);
  if (org.length == 0 && unresolved_place(u, k + 2)) return std::nullopt;
  f.organisation = org.org;
  return k + 2 + org.length;
}

}  // namespace orgkg::detail

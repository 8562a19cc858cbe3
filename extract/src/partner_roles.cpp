// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "partner_roles.hpp"

namespace orgkg::detail {
namespace {

bool is_country_noun(const Units& u, std::size_t i) {
  return is(u, i, {"state", "states", "country", "countries", "nation", "nations"});
}

}  // namespace

std::optional<RolePhrase> role_noun_at(const Units& u, std::size_t i) {
  RolePhrase r;
  std::size_t k = i;
  while (is(u, k, {"full", "full-fledged", "sectoral", "official", "formal"})) ++k;
  if (is(u, k, {"dialogue"}) && is(u, k + 1, {"partner", "partners"})) {
    r.plural = is(u, k + 1, {"partners"});
    k += 2;
    if (is_country_noun(u, k)) r.plural = is(u, k++, {"states", "countries", "nations"});
  } else if (is(u, k, {"partner"}) && is_country_noun(u, k + 1)) {
    r.plural = is(u, k + 1, {"states", "countries", "nations"});
    k += 2;
  } else if (is(u, k, {"associate"}) && is(u, k + 1, {"member", "members", "membership"})) {
    r.relation = Relation::AssociateMemberOf;
    r.plural = is(u, k + 1, {"members"});
    r.status = is(u, k + 1, {"membership"});
    k += 2;
    if (!r.status && is_country_noun(u, k)) r.plural = is(u, k++, {"states", "countries"});
  } else if (is(u, k, {"associated", "associate"}) && is_country_noun(u, k + 1)) {
    // "an associated State of MERCOSUR" (its associate members' name)
    r.relation = Relation::AssociateMemberOf;
    r.plural = is(u, k + 1, {"states", "countries", "nations"});
    k += 2;
  } else {
    return std::nullopt;
  }
  if (is(u, k, {"status"})) {
    r.status = true;
    ++k;
  }
  r.length = k - i;
  return r;
}

std::optional<RolePhrase> role_at_unit(const Units& u, std::size_t i) {
  std::size_t k = is(u, i, {"the"}) ? i + 1 : i;
  if (is(u, k, {"status"}) && is(u, k + 1, {"of"})) {
    std::size_t a = is(u, k + 2, {"a", "an"}) ? k + 3 : k + 2;
    const Mention* org = is_org(u, a) ? u[a++].mention : nullptr;
    std::optional<RolePhrase> r = role_noun_at(u, a);
    if (!r || r->status) return std::nullopt;
    r->status = true;
    r->org = org;
    r->length = a + r->length - i;
    return r;
  }
  std::optional<RolePhrase> r = role_noun_at(u, k);
  if (r) r->length += k - i;
  return r;
}

bool org_after_role(const Units& u, std::size_t k, StatusFinding& f, std::size_t& end) {
  OrgPhrase after = org_phrase_after(u, k);
  if (after.length == 0 && unresolved_place(u, k)) return false;
  if (after.org != nullptr) f.organisation = after.org;
  f.also = after.also;
  end = k + after.length;
  return !after.pronoun;
}

}  // namespace orgkg::detail

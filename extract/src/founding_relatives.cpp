// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Founding stated in a relative clause on the organisation: "the SCO, which
// Kazakhstan co-founded in 2001", "Mercosur, the bloc that our country
// founded with Argentina", "the OIC, of which it is a founding member". An
// "it" there is the state the sentence is about: the one state that opens
// its clause ("Malaysia remains committed to the OIC, of which it is ...").
#include "founding_events.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {
namespace {

// The subject of a relative clause ending at unit j (the verb or copula),
// opened by the relative pronoun at unit `pronoun` (set): "it" (the clause's
// state), "our country", a state or a list of states.
std::vector<const Mention*> relative_subject(const Units& u, std::size_t j, std::size_t& pronoun) {
  if (j >= 2 && is(u, j - 1, {"it"})) {
    pronoun = j - 2;
    ListFinding it;
    return read_relative_it(u, j, it) ? it.items : std::vector<const Mention*>{};
  }
  ListItems list;
  read_list_backward(u, j, list);
  if (list.items.empty() || list.list_begin == 0) return {};
  for (const Mention* item : list.items) {
    if (item->entity->kind != EntityKind::State) return {};
  }
  pronoun = list.list_begin - 1;
  return list.items;
}

}  // namespace

bool companions_after(const Units& u, std::size_t k, std::vector<const Mention*>& founders,
                      std::size_t& end) {
  // "which it initiated a review of": the verb has an object of its own.
  if (k < u.size() && !is_date_word(u, k) &&
      !is(u, k, {"in",   "on",   "at",     "with",   "together", "along", "alongside", "back",
                 ",",    ".",    ";",      "and",    "through",  "under", "as",        "jointly",
                 "more", "over", "nearly", "almost", "some",     "by"})) {
    return false;
  }
  for (std::size_t m = k; m < u.size() && m < k + 8; ++m) {
    if (is(u, m, {",", ".", ";", ":", "and", "but", "which", "through", "by"})) break;
    // "in Abu Dhabi": where it was founded.
    if (u[m].mention != nullptr && u[m].mention->entity->kind != EntityKind::City) return false;
    std::size_t n = phrase(u, m, {"together", "with"}) + phrase(u, m, {"along", "with"});
    if (n == 0 && is(u, m, {"with", "alongside"})) n = 1;
    if (n == 0) continue;
    // "together with Iraq and Kuwait at the Baghdad Conference": the items,
    // whatever place or date follows them.
    ListItems with;
    read_leading_items(u, m + n, with);
    if (with.items.empty() || is(u, with.list_end, {"'s", "-"})) return false;
    for (const Mention* item : with.items) {
      if (item->entity->kind != EntityKind::State) return false;
    }
    founders.insert(founders.end(), with.items.begin(), with.items.end());
    end = with.list_end;
    return true;
  }
  end = phrase_end(u, k);
  return true;
}

std::optional<OrgFinding> relative_founding(const Units& u, std::size_t v) {
  std::size_t n = phrase(u, v, {"set", "up"});
  if (n == 0 &&
      is(u, v, {"founded", "cofounded", "established", "created", "formed", "initiated"})) {
    n = 1;
  }
  if (n == 0 || v < 3) return std::nullopt;
  std::size_t j = is(u, v - 1, {"co"}) && u[v].joined ? v - 1 : v;  // "co-founded"
  while (j > 0 && is(u, j - 1, {"jointly", "also", "together", "first"})) --j;
  j = skip_auxiliaries(u, j);
  std::size_t pronoun = 0;
  std::vector<const Mention*> founders = relative_subject(u, j, pronoun);
  if (founders.empty() || !is(u, pronoun, {"which", "that"})) return std::nullopt;
  const Mention* org = relative_antecedent(u, pronoun);
  if (org == nullptr || is(u, pronoun - 1, {"of", "in"})) return std::nullopt;
  std::size_t end = v + n;
  if (!companions_after(u, v + n, founders, end)) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.relative", pronoun, end);
  f.scope_begin = f.date_begin = pronoun;
  f.date_end = phrase_end(u, end);  // "... with A and B in 1991"
  f.subjects = std::move(founders);
  f.objects = {org};
  return f;
}

std::optional<OrgFinding> relative_founder_role(const Units& u, std::size_t i) {
  if (!is(u, i, {"is", "are", "was", "were", "remains", "remain"}) || i < 4) return std::nullopt;
  std::size_t k = i + 1;
  while (is(u, k, {"also", "a", "an", "the", "among"})) ++k;
  if (std::size_t n = phrase(u, k, {"one", "of", "the"})) k += n;
  if (is(u, k, {"co"}) && k + 1 < u.size() && u[k + 1].joined) ++k;  // "a co-founder"
  bool role = (is(u, k, {"founding"}) &&
               is(u, k + 1, {"member", "members", "state", "states", "country", "countries"})) ||
              is(u, k, {"founder", "founders", "cofounder", "cofounders"});
  if (!role) return std::nullopt;
  std::size_t end = k + (is(u, k, {"founding"}) ? 2 : 1);
  if (is(u, end, {"of", "in"})) return std::nullopt;  // the organisation is named after it
  std::size_t pronoun = 0;
  std::vector<const Mention*> founders = relative_subject(u, i, pronoun);
  if (founders.empty() || !is(u, pronoun, {"which"}) || !is(u, pronoun - 1, {"of"}))
    return std::nullopt;
  const Mention* org = relative_antecedent(u, pronoun);
  if (org == nullptr) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.relative", pronoun - 1, phrase_end(u, end));
  f.scope_begin = f.date_begin = pronoun - 1;
  f.subjects = std::move(founders);
  f.objects = {org};
  return f;
}

}  // namespace orgkg::detail

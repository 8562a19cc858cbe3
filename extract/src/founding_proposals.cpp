// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Founders named by the proposal of the organisation (founding_patterns.cpp
// tries them with the rest of its family):
//   ACTOR proposed|suggested|put forward [the idea of] creating ORG | that ORG
//   be created                                            founder.proposed
//   ORG | the creation of ORG was proposed by ACTOR        founder.proposed
//   ACTOR's initiative to create ORG; the idea of convening ORG was put
//   forward by ACTOR                                      founder.initiative
#include "founding_events.hpp"
#include "founding_patterns.hpp"
#include "list_phrases.hpp"

namespace orgkg::detail {

bool is_creation_noun(const Units& u, std::size_t i) {
  return is(u, i,
            {"creation", "establishment", "formation", "founding", "convening", "convocation"}) &&
         is(u, i + 1, {"of"});
}

namespace {

// After an optional "the", a creation noun ("creation of") or verb
// ("establishing") from unit m: the unit after it, or nullopt.
std::optional<std::size_t> after_creation_word(const Units& u, std::size_t m) {
  if (is(u, m, {"the"})) ++m;
  if (is_creation_noun(u, m)) return m + 2;
  if (std::size_t c = creation_verb_at(u, m)) return m + c;
  return std::nullopt;
}

// What a proposal proposes from unit m: "the idea of creating ORG", "the
// creation of ORG", "establishing ORG". Sets the object and `end`.
bool proposed_object_at(const Units& u, std::size_t m, OrgFinding& f, std::size_t& end) {
  if (is(u, m, {"the", "an", "a", "his", "her", "its"})) ++m;
  if (is(u, m, {"idea", "initiative", "proposal"}) && is(u, m + 1, {"of", "to", "on"})) m += 2;
  std::optional<std::size_t> object = after_creation_word(u, m);
  return object && founding_object_at(u, *object, f, end) && !f.context_object;
}

// "that ORG [should] be established|created|set up|convened" from unit k.
bool that_clause_at(const Units& u, std::size_t k, OrgFinding& f, std::size_t& end) {
  std::optional<TextSpan> made;
  const Mention* org = is(u, k, {"that"}) ? org_phrase_at(u, k + 1, end, made) : nullptr;
  if (org == nullptr || !own_body(*org, made)) return false;
  std::size_t m = end;
  if (is(u, m, {"should", "would", "could", "must"})) ++m;
  if (!is(u, m, {"be"})) return false;
  if (!is(u, m + 1, {"established", "created", "formed", "convened", "founded", "launched"}) &&
      phrase(u, m + 1, {"set", "up"}) == 0) {
    return false;
  }
  f.objects = {org};
  f.made_object = made;
  return true;
}

// ACTOR suggested|proposed that ORG be established; ACTOR proposed the
// creation of ORG; ACTOR put forward the idea of creating ORG.
// "The AIIB|The creation of the AIIB was proposed by China in 2013": the
// passive, "proposed" at unit v (n units long), its organisation before the
// auxiliary.
std::optional<OrgFinding> proposed_by(const Units& u, std::size_t v, std::size_t n) {
  if (!is(u, v + n, {"by"}) || v < 2 || !is(u, v - 1, {"was"})) return std::nullopt;
  std::size_t o = v - 2;
  if (!is_org(u, o)) return std::nullopt;
  std::size_t begin = o > 0 && is(u, o - 1, {"the"}) ? o - 1 : o;
  // "The creation|establishment of the AIIB", else the organisation opens the clause.
  if (begin >= 2 && is(u, begin - 1, {"of"}) &&
      is(u, begin - 2, {"creation", "establishment", "formation"})) {
    begin -= 2;
    if (begin > 0 && is(u, begin - 1, {"the"})) --begin;
  }
  if (begin != 0 && !is(u, begin - 1, {",", ";"})) return std::nullopt;
  std::size_t end = v + n + 1;
  std::vector<const Mention*> founders = founders_at(u, v + n + 1, end);
  if (founders.empty()) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.proposed", begin, end);
  f.objects = {u[o].mention};
  f.subjects = std::move(founders);
  f.date_end = phrase_end(u, end);
  return f;
}

}  // namespace

std::optional<OrgFinding> proposal_pattern(const Units& u, std::size_t v) {
  std::size_t n = is(u, v, {"suggested", "proposed", "initiated"}) ? 1 : 0;
  if (n == 0) n = phrase(u, v, {"put", "forward"}) + phrase(u, v, {"came", "up", "with"});
  // "presented the idea of", "announced his initiative on": only with such a noun.
  std::size_t noun = is(u, v + 1, {"the", "an", "his", "her", "its"}) ? v + 2 : v + 1;
  if (n == 0 && is(u, v, {"presented", "announced", "voiced", "advanced", "launched"}) &&
      is(u, noun, {"idea", "initiative", "proposal"})) {
    n = 1;
  }
  if (n == 0) return std::nullopt;
  if (v > 0 && is(u, v - 1, {"was", "were", "been", "be"})) return proposed_by(u, v, n);
  OrgFinding f = founding_finding(u, "founder.proposed", v, v + n);
  std::size_t end = v + n;
  if (!that_clause_at(u, v + n, f, end) && !proposed_object_at(u, v + n, f, end)) {
    return std::nullopt;
  }
  std::size_t j = skip_auxiliaries(u, v);
  std::size_t begin = j;
  f.subjects = subject_parties(u, j, begin);
  if (f.subjects.empty()) return std::nullopt;
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  f.scope_end = v + n;
  f.date_end = phrase_end(u, end);
  return f;
}

// ACTOR's initiative to create ORG; the idea of convening ORG was put
// forward by ACTOR.
std::optional<OrgFinding> idea_pattern(const Units& u, std::size_t i) {
  if (!is(u, i, {"idea", "initiative", "proposal"}) || !is(u, i + 1, {"of", "to", "on"})) {
    return std::nullopt;
  }
  std::size_t m = i + 2;
  std::optional<std::size_t> object = after_creation_word(u, m);
  if (!object) return std::nullopt;
  m = *object;
  OrgFinding f = founding_finding(u, "founder.proposed", i, m);
  std::size_t end = m;
  if (!founding_object_at(u, m, f, end) || f.context_object) return std::nullopt;
  std::size_t begin = i;
  std::size_t actor_end = end;
  if (const Mention* actor = possessive_actor_before(u, i, begin)) {
    f.subjects = {actor};
  } else {
    std::size_t k = end;
    std::size_t n = phrase(u, k, {"belongs", "to"}) + phrase(u, k, {"belonged", "to"});
    if (n == 0 && is(u, k, {"was", "were"})) {  // "was first put forward by"
      ++k;
      while (is(u, k, {"first", "originally", "initially"})) ++k;
      n = phrase(u, k, {"put", "forward"});
      if (n == 0 && is(u, k, {"proposed", "suggested", "voiced", "advanced", "made", "launched"}))
        n = 1;
      n = n != 0 && is(u, k + n, {"by"}) ? n + 1 : 0;
    }
    if (n == 0) return std::nullopt;
    f.subjects = founders_at(u, k + n, actor_end);
    if (f.subjects.empty()) return std::nullopt;
  }
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  f.scope_end = actor_end;
  f.date_end = phrase_end(u, actor_end);
  return f;
}

}  // namespace orgkg::detail

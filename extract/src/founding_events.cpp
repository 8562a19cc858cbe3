// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// "established", "created" and "set up" are common verbs, so the organisation
// must be a mention that ends its phrase ("established the SCO in 2001", not
// "established diplomatic relations with the EU"), and a founding object that
// names a secretariat ("established the SCO Secretariat") is a body of an
// organisation founded before, not a founding. A passive statement needs its
// agent ("by A and B", "at the initiative of A"): "ORG was founded in 2001"
// alone names no founder.
#include "founding_events.hpp"

#include <algorithm>

#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

bool founded_object_ends(const Units& u, std::size_t k) {
  return k >= u.size() || is_date_word(u, k) ||
         is(u, k, {".",     ",",        ";",  ":",  "in",   "on",       "at",   "as",
                   "and",   "together", "(",  ")",  "-",    "back",     "with", "jointly",
                   "which", "that",     "to", "by", "upon", "following"});
}

std::size_t laid_foundations_at(const Units& u, std::size_t k) {
  if (!is(u, k, {"laid"})) return 0;
  std::size_t n = first_phrase(u, k + 1, {"the", "foundations", "of"}, {"the", "foundation", "of"});
  return n == 0 ? 0 : 1 + n;
}

bool own_body(const Mention& org, std::optional<TextSpan>& made) {
  if (made || !is_sub_body(org)) return true;
  if (names_permanent_body(org)) return false;
  made = TextSpan{org.begin, org.end};
  return true;
}

std::size_t creation_verb_at(const Units& u, std::size_t i) {
  if (phrase(u, i, {"setting", "up"}) || phrase(u, i, {"set", "up"})) return 2;
  return is(u, i,
            {"creating", "establishing", "convening", "forming", "founding", "create", "establish",
             "convene", "form", "found"})
             ? 1
             : 0;
}

OrgFinding founding_finding(const Units& u, const char* rule, std::size_t begin, std::size_t end) {
  OrgFinding f;
  f.relation = Relation::FounderOf;
  f.rule = rule;
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  f.scope_end = f.date_end = end;
  return f;
}

bool founding_object_at(const Units& u, std::size_t k, OrgFinding& f, std::size_t& end) {
  std::optional<TextSpan> made;
  if (const Mention* org = org_phrase_at(u, k, end, made)) {
    if (!own_body(*org, made)) return false;
    f.objects = {org};
    f.made_object = made;
    return true;
  }
  OrgPhrase after = org_after(u, k, /*preposition=*/false);
  if (after.length == 0 || after.org != nullptr) return false;
  f.context_object = true;
  end = k + after.length;
  return true;
}

namespace {

// The organisation a passive founding is about, ending before unit j (a
// comma before it when `comma`): "the SCO Energy Club", "ORG (ACR)", "It",
// "the Organisation", or the organisation opening the clause before an
// appositive ("CICA, a forum for dialogue in Asia, was founded").
bool founded_subject_before(const Units& u, std::size_t j, bool comma, OrgFinding& f,
                            std::size_t& begin) {
  std::size_t k = comma ? j - 1 : j;
  if (k >= 3 && is(u, k - 1, {")"}) && is(u, k - 3, {"("})) k -= 3;  // "ORG (ACR)"
  std::optional<TextSpan> made;
  const Mention* org = org_phrase_before(u, k, begin, made);
  if (org == nullptr && comma) {
    std::size_t from = clause_begin(u, k);
    std::size_t s = from < u.size() && is(u, from, {"the"}) ? from + 1 : from;
    std::size_t after = s + 1;
    if (is(u, after, {"("}) && after + 2 < u.size() && is(u, after + 2, {")"})) after += 3;
    if (s < k && is_org(u, s) && is(u, after, {","}) && after < k) {
      org = u[s].mention;
      begin = s;
    }
  }
  // "the League, whose General Secretariat is in Cairo, was established":
  // the organisation before the relative clause.
  if (org == nullptr && comma) {
    std::size_t c = k;
    while (c > 0 && k - c < 16 && !is(u, c - 1, {",", ";", ":"})) --c;
    if (c >= 2 && is(u, c - 1, {","}) && is(u, c, {"whose", "which"})) {
      k = c - 1;
      org = org_phrase_before(u, k, begin, made);
    }
  }
  if (org != nullptr) {
    if (!own_body(*org, made)) return false;
    f.objects = {org};
    f.made_object = made;
    return true;
  }
  if (!context_subject_before(u, k, begin) || is(u, k - 1, {"parties"})) return false;
  f.context_object = true;
  return true;
}

// "Founded in Shanghai in 2001 by China, Russia and Kazakhstan, the SCO ...":
// a participle of `n` units opening the sentence, its agent, a comma, then
// the organisation it founded (or one in context: "the Organisation").
std::optional<OrgFinding> opening_participle(const Units& u, std::size_t n) {
  OrgFinding f = founding_finding(u, "founder.founded_by", 0, n);
  std::size_t end = n;
  bool initiative = false;
  f.subjects = agent_after(u, n, end, initiative);
  // "by A, B and C, ASEAN now has": the list ends at its "and" item's comma,
  // and the organisation after it is the clause's subject, not a founder.
  for (std::size_t k = n; k + 2 < end; ++k) {
    if (!is(u, k, {"and"})) continue;
    std::size_t item = is(u, k + 1, {"the"}) ? k + 2 : k + 1;
    if (item + 1 < end && is(u, item + 1, {","})) {
      std::erase_if(f.subjects, [&](const Mention* m) {
        return std::any_of(u.begin() + static_cast<std::ptrdiff_t>(item + 2),
                           u.begin() + static_cast<std::ptrdiff_t>(end),
                           [&](const Unit& unit) { return unit.mention == m; });
      });
      end = item + 1;
    }
    break;
  }
  if (f.subjects.empty() || !is(u, end, {","})) return std::nullopt;
  std::size_t object_end = end + 1;
  if (!founding_object_at(u, end + 1, f, object_end)) return std::nullopt;
  if (initiative) f.rule = "founder.initiative";
  f.scope_begin = f.date_begin = 0;
  f.date_end = end;
  f.scope_end = object_end;
  return f;
}

}  // namespace

std::optional<OrgFinding> passive_founding(const Units& u, std::size_t v) {
  std::size_t n = phrase(u, v, {"set", "up"});
  if (n == 0 &&
      is(u, v,
         {"founded", "established", "created", "formed", "launched", "initiated", "convened"})) {
    n = 1;
  }
  if (n == 0) return std::nullopt;
  if (v == 0) return opening_participle(u, n);
  std::size_t j = v;
  bool aux = j > 0 && is(u, j - 1, {"was", "were", "been"});
  if (aux && --j > 0 && is(u, j - 1, {"has", "had", "have"})) --j;
  const bool relative = j > 0 && is(u, j - 1, {"which", "that"});
  if (relative) --j;
  // "The Community in its present form was founded by"
  if (aux && j >= 5 && is(u, j - 1, {"form"}) && is(u, j - 2, {"present", "current", "modern"}) &&
      is(u, j - 3, {"its"}) && is(u, j - 4, {"in"})) {
    j -= 4;
  }
  bool comma = j > 0 && is(u, j - 1, {","});
  // "the CICA initiated by Kazakhstan": a participle right after the name
  // with its agent right after it.
  bool reduced = j > 0 && (is_org(u, j - 1) || is(u, j - 1, {")"})) &&
                 is(u, v + n, {"by", "at", "on", "upon"});
  // "the ACD, a forum established at the initiative of Thailand", "ALBA,
  // the alliance founded in 2004 by Cuba": the participle on an apposition
  // of the organisation.
  std::size_t apposition = 0;
  if (!aux && !comma && !reduced) {
    std::size_t a = j;
    while (a > 0 && j - a < 4 && u[a - 1].mention == nullptr && !u[a - 1].capitalized &&
           !is(u, a - 1, {"a", "an", "the", ","})) {
      --a;
    }
    if (a < j && a >= 2 && is(u, a - 1, {"a", "an", "the"}) && is(u, a - 2, {","})) {
      apposition = a - 2;
    }
  }
  if (!aux && !comma && !reduced && apposition == 0) return std::nullopt;
  // "The CICA process was launched": the organisation's own process.
  if (aux && j >= 2 && is(u, j - 1, {"process"}) && is_org(u, j - 2)) --j;
  OrgFinding f = founding_finding(u, "founder.founded_by", j, v + n);
  std::size_t begin = j;
  if (apposition != 0) {
    if (!founded_subject_before(u, apposition + 1, true, f, begin) || f.context_object)
      return std::nullopt;
  } else if (!founded_subject_before(u, j, comma, f, begin)) {
    return std::nullopt;
  }
  std::size_t end = v + n;
  bool initiative = false;
  f.subjects = agent_after(u, v + n, end, initiative);
  // "[In 1992,] at the initiative of Kazakhstan, the CICA was launched": the
  // initiative opening the clause.
  for (std::size_t p = 0; f.subjects.empty() && p + 4 < begin; ++p) {
    if (!is(u, p, {"at", "on", "upon"}) || !phrase(u, p + 1, {"the", "initiative", "of"})) continue;
    std::size_t c = p + 4;  // the comma closing the phrase
    while (c < begin && !is(u, c, {","})) ++c;
    std::vector<const Mention*> actors;
    for (std::size_t k = p + 4; k < c; ++k) {
      if (is_item(u, k)) actors.push_back(u[k].mention);
    }
    if (c < begin && !actors.empty()) {
      f.subjects = std::move(actors);
      initiative = true;
    }
    break;
  }
  if (f.subjects.empty()) return std::nullopt;
  if (initiative) f.rule = "founder.initiative";
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  // ", which was founded in 2001": the relative clause states its own fact,
  // with its own date.
  if (comma) f.scope_begin = f.date_begin = j;
  f.scope_end = end;
  // "... by A and B through the Treaty of Asunción, signed on 26 March 1991";
  // a relative clause ends at its agents, an aside on the subject does not
  // ("The NDB, headquartered in Shanghai, was established by A and B in 2014").
  f.date_end = comma && relative ? end : phrase_end(u, end);
  // "... by A and B, whose leaders signed its Charter on 7 October 2002":
  // the founders' act dates the founding.
  if (is(u, end, {","}) && is(u, end + 1, {"whose"})) {
    std::size_t r = end + 2;
    while (r < u.size() && !is(u, r, {",", ".", ";"})) ++r;
    f.date_end = r;
  }
  return f;
}

// LIST founded|established|created|set up ORG; LIST laid the foundations of
// ORG, stood at the origins of ORG; LIST signed the Declaration on the
// Establishment of ORG.
namespace {

// "announced|proclaimed the establishment|creation of", "took part|
// participated in the creation|founding of" at unit v: a founding act its
// subject took part in; its length, 0 when none.
std::size_t founding_act_at(const Units& u, std::size_t v) {
  std::size_t n = is(u, v, {"announced", "proclaimed"});
  if (n == 0 && is(u, v, {"took", "take", "takes", "taking"})) n = phrase(u, v + 1, {"part", "in"});
  if (n != 0 && is(u, v, {"took", "take", "takes", "taking"})) ++n;
  if (n == 0) n = phrase(u, v, {"participated", "in"});
  if (n == 0 || !is(u, v + n, {"the"}) ||
      !is(u, v + n + 1, {"establishment", "creation", "founding", "foundation"}) ||
      !is(u, v + n + 2, {"of"})) {
    return 0;
  }
  return n + 3;
}

}  // namespace

std::optional<OrgFinding> active_founding(const Units& u, std::size_t v) {
  if (is(u, v, {"founding", "establishing", "creating"})) return thereby_founding(u, v);
  std::size_t k = v + 1;
  const char* rule = "founder.founded";
  if (is(u, v, {"set"}) && is(u, v + 1, {"up"})) {
    k = v + 2;
  } else if (is(u, v, {"set"}) && is(u, v + 1, {"it"}) && is(u, v + 2, {"up"})) {
    k = v + 1;  // "set it up": the object before the particle
  } else if (is(u, v, {"signed"})) {
    rule = "founder.declaration";
    // "signed in Shanghai the Declaration on ...": a place before the object
    if (is(u, k, {"in", "at"}) && k + 1 < u.size() && u[k + 1].mention != nullptr &&
        is(u, k + 2, {"the", "a"})) {
      k += 2;
    }
    if (is(u, k, {"the", "a"})) ++k;
    bool treaty = is(u, k, {"treaty"});
    if (!is(u, k, {"declaration", "agreement", "treaty", "convention", "charter", "protocol"}))
      return std::nullopt;
    ++k;
    std::size_t n = first_phrase(u, k, {"establishing"}, {"on", "the", "establishment", "of"},
                                 {"on", "the", "creation", "of"}, {"on", "the", "foundation", "of"},
                                 {"on", "the", "formation", "of"}, {"on", "the", "founding", "of"},
                                 {"of", "the", "establishment", "of"}, {"on", "establishing"},
                                 {"on", "the", "establishment", "of", "the"});
    if (n == 0 && treaty && is(u, k, {"on"})) n = 1;  // "the Treaty on the EAEU"
    // "signed the Agreement on its establishment": the organisation the
    // sentence named before.
    if (n == 0 &&
        (phrase(u, k, {"on", "its", "establishment"}) || phrase(u, k, {"on", "its", "creation"}))) {
      const Mention* org = last_org_before(u, v);
      if (org == nullptr) return std::nullopt;
      OrgFinding f = founding_finding(u, rule, v, k + 3);
      f.objects = {org};
      std::size_t begin = v;
      f.subjects = subject_parties(u, skip_auxiliaries(u, v), begin);
      if (f.subjects.empty()) return std::nullopt;
      f.scope_begin = f.date_begin = clause_begin(u, begin);
      f.scope_end = f.date_end = phrase_end(u, k + 3);
      return f;
    }
    if (n == 0) return std::nullopt;
    k += n;
  } else if (std::size_t n = laid_foundations_at(u, v)) {  // "laid the foundation(s) of ORG"
    k = v + n;
  } else if (std::size_t m = founding_act_at(u, v)) {  // "announced the establishment of ORG"
    k = v + m;
  } else if (is(u, v, {"stood", "stand", "stands"})) {  // "stood at the origins of ORG"
    std::size_t n = first_phrase(u, k, {"at", "the", "origins", "of"},
                                 {"at", "the", "origin", "of"}, {"at", "the", "cradle", "of"});
    if (n == 0) return std::nullopt;
    k += n;
  } else if (!is(u, v, {"founded", "established", "created", "formed", "cofounded"})) {
    return std::nullopt;
  }
  ListItems companions;
  if (v > 0 && is(u, v - 1, {"was", "were", "been", "be", "being", "is", "are", ","}) &&
      participle_aside_before(u, v) == 0 && !companions_before(u, v, companions)) {
    return std::nullopt;
  }
  OrgFinding f = founding_finding(u, rule, v, v + 1);
  std::size_t end = k;
  if (!founding_object_at(u, k, f, end)) return std::nullopt;
  if (is(u, end, {"up"}) && k == v + 1 && is(u, v, {"set"})) ++end;
  if (!founded_object_ends(u, end)) return std::nullopt;
  // "a member of the ARF since ASEAN set it up in 1994": "it" is the
  // organisation named before the founders (found below), nothing else in
  // context.
  bool it = f.context_object && is(u, k, {"it"});
  if (f.context_object && !it) return std::nullopt;
  std::size_t begin = v;
  std::size_t j = v > 0 && is(u, v - 1, {"co"}) && u[v].joined ? v - 1 : v;  // "co-founded"
  // "the Agreement, signed in 2009 by A and B, which established ORG"
  if (v >= 2 && is(u, v - 1, {"which"}) && is(u, v - 2, {","})) {
    f.subjects = signatories_before(u, v - 2, begin);
    // "These three countries, which established the AES": the sentence
    // before's list of three states (OrgFinding::previous_list).
    std::size_t start = 0;
    int count = 0;
    if (f.subjects.empty() && opening_anaphor(u, v - 2, start, count)) {
      f.previous_list = count;
      begin = start;
    }
  } else {
    f.subjects = subject_parties(u, skip_auxiliaries(u, j), begin);
  }
  if (f.subjects.empty() && !f.previous_list) return std::nullopt;
  if (it) {
    const Mention* named = last_org_before(u, begin);
    if (named == nullptr) return std::nullopt;
    for (const Mention* s : f.subjects) {
      if (s->entity == named->entity) return std::nullopt;
    }
    f.objects = {named};
    f.context_object = false;
  }
  // "since ASEAN set it up in 1994": the founding's own clause.
  f.scope_begin = f.date_begin = it ? begin : clause_begin(u, begin);
  if (f.previous_list) f.date_begin = v;  // the relative clause's own date
  // "A and B, represented by X and Y, founded ALBA in 2004": past the aside
  // (a date after a comma and a participle is read as another's), unless
  // dated before it ("In 1985, the leaders of A and B, meeting in Dhaka,
  // founded").
  if (std::size_t aside = participle_aside_before(u, v);
      aside != 0 && !has_date_word(u, f.date_begin, aside)) {
    f.date_begin = v;
  }
  f.scope_end = f.date_end = phrase_end(u, end);
  return f;
}

}  // namespace orgkg::detail

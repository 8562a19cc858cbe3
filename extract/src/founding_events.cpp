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
namespace {

bool object_ends(const Units& u, std::size_t k) {
  return k >= u.size() || is_date_word(u, k) ||
         is(u, k, {".",     ",",        ";",  ":",  "in",   "on",       "at",   "as",
                   "and",   "together", "(",  ")",  "-",    "back",     "with", "jointly",
                   "which", "that",     "to", "by", "upon", "following"});
}

// A founding document's noun at unit k: "treaty", "charter", "pact", ...
bool is_founding_document(const Units& u, std::size_t k) {
  return is(u, k,
            {"treaty", "charter", "pact", "agreement", "declaration", "convention", "protocol"});
}

// The comma opening ", meeting in Dhaka," when that aside ends at unit j
// (its closing comma at j - 1), else 0.
std::size_t participle_aside_before(const Units& u, std::size_t j) {
  if (j < 4 || !is(u, j - 1, {","})) return 0;
  for (std::size_t m = j - 2; m > 0 && j - m < 16; --m) {
    if (!is(u, m, {","})) continue;
    const Unit& participle = u[m + 1];
    bool ing = participle.mention == nullptr && participle.norm.size() > 4 &&
               participle.norm.ends_with("ing");
    return ing ? m : 0;
  }
  return 0;
}

// "Kazakhstan, together with China and Russia," ending at unit j (its last
// comma at j - 1): the list reader reads it whole, into `with`; whether it
// was so.
bool companions_before(const Units& u, std::size_t j, ListItems& with) {
  if (j < 5 || !is(u, j - 1, {","})) return false;
  read_list_backward(u, j - 1, with);
  if (with.items.size() < 2) return false;
  for (std::size_t k = with.list_begin; k + 1 < j - 1; ++k) {
    if (is(u, k, {"together", "along"}) && is(u, k + 1, {"with"})) return true;
  }
  return false;
}

// "the Nakhchivan Agreement, signed on 3 October 2009 by A, B and C" ending
// at unit j (the comma before a "which" that founds): the signatories of a
// founding document. Sets `begin` to the document's unit.
std::vector<const Mention*> signatories_before(const Units& u, std::size_t j,
                                               std::size_t& begin) {
  ListItems list;
  read_list_backward(u, j, list);
  std::size_t by = list.list_begin;
  if (list.items.empty() || by == 0 || !is(u, by - 1, {"by"})) return {};
  for (std::size_t m = by - 1; m > 0 && by - m < 12; --m) {
    if (!is(u, m - 1, {"signed"})) continue;
    std::size_t d = m - 1;
    if (d > 0 && is(u, d - 1, {","})) --d;
    if (d > 0 && is_founding_document(u, d - 1)) {
      begin = d - 1;
      return list.items;
    }
    return {};
  }
  return {};
}

}  // namespace

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

std::vector<const Mention*> subject_parties(const Units& u, std::size_t j, std::size_t& begin) {
  // "A and B, meeting in Dhaka, founded": a participle set off by commas
  // between the subject and its verb.
  if (std::size_t aside = participle_aside_before(u, j); aside != 0) {
    return subject_parties(u, aside, begin);
  }
  // "Kazakhstan, together with China and Russia, stood at the origins of":
  // the companions found it too.
  if (ListItems with; companions_before(u, j, with)) {
    begin = with.list_begin;
    return with.items;
  }
  // "A and B signed the Charter and founded ORG": the subject of the
  // signing before it.
  if (j >= 4 && is(u, j - 1, {"and"})) {
    for (std::size_t m = j - 2; m > 0 && j - m < 8; --m) {
      if (!is(u, m, {"signed", "adopted"})) continue;
      std::size_t d = is(u, m + 1, {"the", "its", "a"}) ? m + 2 : m + 1;
      if (is_founding_document(u, d)) return subject_parties(u, m, begin);
      break;
    }
  }
  // A cleft: "It was Kazakhstan [and Russia] that|who put forward ...".
  if (j >= 4 && is(u, j - 1, {"that", "who"})) {
    ListItems cleft;
    read_list_backward(u, j - 1, cleft);
    std::size_t b = cleft.list_begin;
    if (!cleft.items.empty() && b >= 2 && is(u, b - 1, {"was", "is"}) && is(u, b - 2, {"it"})) {
      begin = b - 2;
      return cleft.items;
    }
  }
  // "the presidents|leaders|heads of state of A, B and C": the states.
  ListItems headed;
  read_list_backward(u, j, headed);
  if (std::size_t b = headed.list_begin;
      !headed.items.empty() && b >= 2 && is(u, b - 1, {"of"}) &&
      is(u, b - 2,
         {"presidents", "leaders", "heads", "state", "government", "ministers", "representatives",
          "plenipotentiaries"})) {
    begin = b - 2;
    return headed.items;
  }
  ListFinding subject;
  if (read_subject_list(u, j, subject)) {
    begin = subject.subject_begin;
    return subject.items;
  }
  ListItems list;
  // "the heads of state of eleven countries – A, B, ... and K – laid": a
  // list set off by dashes right before the verb is its subject.
  if (j >= 2 && is(u, j - 1, {"-"})) {
    read_list_backward(u, j - 1, list);
    if (!list.items.empty() && list.list_begin > 0 && is(u, list.list_begin - 1, {"-"})) {
      begin = clause_begin(u, list.list_begin - 1);
      return list.items;
    }
    list = ListItems();
  }
  if (const Mention* actor = actor_before(u, j, begin)) return {actor};
  return {};
}

std::vector<const Mention*> founders_at(const Units& u, std::size_t i, std::size_t& end) {
  std::size_t k = i;
  if (is(u, k, {"the"}) && (is(u, k + 1, {"presidents", "leaders", "heads", "ministers",
                                            "governments"}) ||
                            (is(u, k + 1, {"foreign"}) && is(u, k + 2, {"ministers"})))) {
    k += 2;
    while (k < u.size() && k < i + 8 && !is(u, k, {"of"})) ++k;
    while (is(u, k, {"of", "state", "and", "government"})) ++k;
  } else {
    std::optional<int> count;
    std::size_t head = head_noun_at(u, k, count);
    if (head == 0) {  // "by [the] five founding members|states – A, B"
      std::size_t m = is(u, k, {"the", "its"}) ? k + 1 : k;
      if (count_at(u, m)) ++m;
      if (is(u, m, {"founding"}) && is(u, m + 1, {"members", "states", "countries", "nations"}))
        head = m + 2 - k;
    }
    if (head != 0) {
      std::size_t opener = list_opener(u, k + head);
      if (opener == 0) return {};
      k += head + opener;
    }
  }
  std::vector<const Mention*> parties = parties_at(u, k, end);
  if (!parties.empty()) return parties;
  const Mention* actor = k == i ? actor_at(u, i, end) : nullptr;
  return actor ? std::vector<const Mention*>{actor} : std::vector<const Mention*>{};
}

const Mention* possessive_actor_before(const Units& u, std::size_t i, std::size_t& begin) {
  if (i >= 2 && is(u, i - 1, {"'s"}) && is_item(u, i - 2)) {
    begin = i - 2;
    return u[i - 2].mention;
  }
  if (i >= 2 && is(u, i - 1, {"'s"})) return actor_before(u, i - 1, begin);
  if (i >= 1 && is_state(u, i - 1)) {
    begin = i - 1;
    return u[i - 1].mention;
  }
  return nullptr;
}

namespace {

// The agent of a passive founding from unit k on: "by LIST", "at the
// initiative of ACTOR", "at ACTOR's initiative", "following a proposal by".
// Sets `initiative` unless it is a plain "by".
std::vector<const Mention*> agent_after(const Units& u, std::size_t k, std::size_t& end,
                                        bool& initiative) {
  std::size_t limit = k + 14;
  for (std::size_t m = k; m < u.size() && m < limit; ++m) {
    if (is(u, m, {".", ";", "but", "while", "which", "who"})) break;
    if (is(u, m, {"by"})) {
      std::vector<const Mention*> founders = founders_at(u, m + 1, end);
      // "by the Treaty signed in Arusha on 30 November 1999 by Kenya, ...":
      // the founding document's signatories, named after it.
      std::size_t d = is(u, m + 1, {"the", "a"}) ? m + 2 : m + 1;
      if (!founders.empty() || !is_founding_document(u, d)) return founders;
      limit = std::max(limit, d + 14);
      continue;
    }
    // "..., when Egypt, Iraq and Syria signed its Pact": its signatories.
    if (is(u, m, {"when"})) {
      std::size_t signed_at = m + 1;
      std::vector<const Mention*> founders = founders_at(u, m + 1, signed_at);
      if (founders.empty() || !is(u, signed_at, {"signed"})) break;
      std::size_t d = is(u, signed_at + 1, {"its", "the", "a"}) ? signed_at + 2 : signed_at + 1;
      if (!is_founding_document(u, d)) break;
      end = d + 1;
      return founders;
    }
    if (!is(u, m, {"initiative", "suggestion", "proposal", "proposals", "initiatives"})) continue;
    initiative = true;
    if (is(u, m + 1, {"of", "by"})) {
      std::vector<const Mention*> founders = founders_at(u, m + 2, end);
      // "at the initiative of Türkiye, by Bangladesh, Egypt and Iran": the
      // agents after the initiator founded it too.
      std::size_t by = end < u.size() && is(u, end, {","}) ? end + 1 : end;
      if (!founders.empty() && is(u, by, {"by"})) {
        std::size_t more_end = by + 1;
        for (const Mention* m2 : founders_at(u, by + 1, more_end)) {
          if (std::find(founders.begin(), founders.end(), m2) == founders.end())
            founders.push_back(m2);
        }
        end = more_end;
      }
      return founders;
    }
    std::size_t begin = 0;
    if (const Mention* actor = possessive_actor_before(u, m, begin)) {
      end = m + 1;
      return {actor};
    }
    break;
  }
  return {};
}

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
  if (j > 0 && is(u, j - 1, {"which", "that"})) --j;
  bool comma = j > 0 && is(u, j - 1, {","});
  // "the CICA initiated by Kazakhstan": a participle right after the name
  // with its agent right after it.
  bool reduced = j > 0 && (is_org(u, j - 1) || is(u, j - 1, {")"})) &&
                 is(u, v + n, {"by", "at", "on", "upon"});
  if (!aux && !comma && !reduced) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.founded_by", j, v + n);
  std::size_t begin = j;
  if (!founded_subject_before(u, j, comma, f, begin)) return std::nullopt;
  std::size_t end = v + n;
  bool initiative = false;
  f.subjects = agent_after(u, v + n, end, initiative);
  if (f.subjects.empty()) return std::nullopt;
  if (initiative) f.rule = "founder.initiative";
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  // ", which was founded in 2001": the relative clause states its own fact,
  // with its own date.
  if (comma) f.scope_begin = f.date_begin = j;
  f.scope_end = end;
  // "... by A and B through the Treaty of Asunción, signed on 26 March 1991"
  f.date_end = comma ? end : phrase_end(u, end);
  // "... by A and B, whose leaders signed its Charter on 7 October 2002":
  // the founders' act dates the founding.
  if (is(u, end, {","}) && is(u, end + 1, {"whose"})) {
    std::size_t r = end + 2;
    while (r < u.size() && !is(u, r, {",", ".", ";"})) ++r;
    f.date_end = r;
  }
  return f;
}

namespace {

// "The Collective Security Treaty, which laid the foundation of the
// Organisation, was signed in Tashkent in 1992 by A, B and C": "signed" at
// unit v, the relative clause founding the organisation before its comma.
std::optional<OrgFinding> founding_document_signed(const Units& u, std::size_t v,
                                                   std::size_t aux) {
  std::size_t comma = aux - 1;
  std::size_t which = comma;
  while (which > 0 && comma - which < 10 && !is(u, which, {"which"})) --which;
  if (!is(u, which, {"which"}) || which < 2 || !is(u, which - 1, {","}) ||
      !is_founding_document(u, which - 2)) {
    return std::nullopt;
  }
  std::size_t k = which + 1;
  if (is(u, k, {"laid"})) {
    std::size_t n = first_phrase(u, k + 1, {"the", "foundations", "of"}, {"the", "foundation", "of"});
    if (n == 0) return std::nullopt;
    k += 1 + n;
  } else if (is(u, k, {"established", "created", "founded"})) {
    ++k;
  } else {
    return std::nullopt;
  }
  OrgFinding f = founding_finding(u, "founder.declaration", which - 2, v + 1);
  std::size_t end = k;
  if (!founding_object_at(u, k, f, end) || end != comma) return std::nullopt;
  bool initiative = false;
  end = v + 1;
  f.subjects = agent_after(u, v + 1, end, initiative);
  if (f.subjects.empty()) return std::nullopt;
  f.scope_begin = f.date_begin = clause_begin(u, which - 2);
  f.scope_end = f.date_end = end;
  return f;
}

// "the leaders of A, B and C signed the SAARC Charter in Dhaka, thereby
// founding the Association": the participle at unit v, its subject that of
// the clause's verb of signing or meeting before it.
std::optional<OrgFinding> thereby_founding(const Units& u, std::size_t v) {
  if (v < 4 || !is(u, v - 1, {"thereby"}) || !is(u, v - 2, {","})) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.founded", v, v + 1);
  std::size_t end = v + 1;
  if (!founding_object_at(u, v + 1, f, end) || !object_ends(u, end)) return std::nullopt;
  for (std::size_t m = v - 2; m > 0 && v - m < 20; --m) {
    if (!is(u, m - 1, {"signed", "adopted", "met", "gathered", "convened"})) continue;
    std::size_t begin = m - 1;
    f.subjects = subject_parties(u, m - 1, begin);
    if (f.subjects.empty()) return std::nullopt;
    f.scope_begin = f.date_begin = clause_begin(u, begin);
    f.scope_end = f.date_end = phrase_end(u, end);
    return f;
  }
  return std::nullopt;
}

}  // namespace

// "The Treaty on the EAEU was signed in Astana on 29 May 2014 by the
// presidents of Belarus, Kazakhstan and Russia": a founding treaty or
// declaration signed by its founders, the verb at unit v.
std::optional<OrgFinding> signed_by_founders(const Units& u, std::size_t v) {
  if (!is(u, v, {"signed"}) || v < 4 || !is(u, v - 1, {"was", "were", "been"})) {
    return std::nullopt;
  }
  std::size_t aux = v - 1;  // "was signed", "had been signed"
  if (is(u, aux, {"been"}) && is(u, aux - 1, {"had", "has", "have"})) --aux;
  if (!is(u, aux, {"was", "were", "had", "has", "have"})) return std::nullopt;
  if (is(u, aux - 1, {","})) return founding_document_signed(u, v, aux);
  // The subject: [the] DOC (on [the establishment of] | establishing) [the] ORG
  std::size_t o = aux - 1;
  if (!is_org(u, o)) return std::nullopt;
  std::size_t d = o;
  if (d > 0 && is(u, d - 1, {"the"})) --d;
  bool establishing = false;  // "on the establishment of", "establishing"
  for (Words w : {Words{"establishment", "of"}, Words{"creation", "of"}}) {
    std::size_t n = w.size();
    if (d >= n && phrase(u, d - n, w) == n) {
      d -= n;
      establishing = true;
    }
    if (d > 0 && is(u, d - 1, {"the"})) --d;
  }
  if (d == 0 || !is(u, d - 1, {"on", "establishing"})) return std::nullopt;
  establishing = establishing || is(u, d - 1, {"establishing"});
  std::size_t doc = d - 2;
  // "the Treaty|Charter on ORG" founds it; an agreement or declaration "on
  // ORG" may be about it, so those need "establishment".
  if (d < 2 || !(is(u, doc, {"treaty", "charter"}) ||
                 (establishing && is(u, doc, {"agreement", "declaration", "convention"})))) {
    return std::nullopt;
  }
  OrgFinding f = founding_finding(u, "founder.declaration", doc, v + 1);
  f.objects = {u[o].mention};
  std::size_t end = v + 1;
  bool initiative = false;
  f.subjects = agent_after(u, v + 1, end, initiative);
  if (f.subjects.empty()) return std::nullopt;
  f.scope_end = f.date_end = end;
  return f;
}

// LIST founded|established|created|set up ORG; LIST laid the foundations of
// ORG, stood at the origins of ORG; LIST signed the Declaration on the
// Establishment of ORG.
std::optional<OrgFinding> active_founding(const Units& u, std::size_t v) {
  if (is(u, v, {"founding", "establishing", "creating"})) return thereby_founding(u, v);
  std::size_t k = v + 1;
  const char* rule = "founder.founded";
  if (is(u, v, {"set"}) && is(u, v + 1, {"up"})) {
    k = v + 2;
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
    std::size_t n = first_phrase(
        u, k, {"establishing"}, {"on", "the", "establishment", "of"},
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
  } else if (is(u, v, {"laid"})) {  // "laid the foundation(s) of ORG"
    std::size_t n = first_phrase(u, k, {"the", "foundations", "of"}, {"the", "foundation", "of"});
    if (n == 0) return std::nullopt;
    k += n;
  } else if (is(u, v, {"stood", "stand", "stands"})) {  // "stood at the origins of ORG"
    std::size_t n = first_phrase(u, k, {"at", "the", "origins", "of"}, {"at", "the", "origin", "of"},
                                 {"at", "the", "cradle", "of"});
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
  if (!founding_object_at(u, k, f, end) || f.context_object || !object_ends(u, end))
    return std::nullopt;
  std::size_t begin = v;
  std::size_t j = v > 0 && is(u, v - 1, {"co"}) && u[v].joined ? v - 1 : v;  // "co-founded"
  // "the Agreement, signed in 2009 by A and B, which established ORG"
  if (v >= 2 && is(u, v - 1, {"which"}) && is(u, v - 2, {","})) {
    f.subjects = signatories_before(u, v - 2, begin);
  } else {
    f.subjects = subject_parties(u, skip_auxiliaries(u, j), begin);
  }
  if (f.subjects.empty()) return std::nullopt;
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  f.scope_end = f.date_end = phrase_end(u, end);
  return f;
}

}  // namespace orgkg::detail

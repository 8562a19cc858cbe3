// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Founders named by the founding document they signed: "the Treaty on the
// EAEU was signed ... by the presidents of A, B and C", "the Treaty, which
// established ORG, was signed ... by", "the Agreement, signed ... by A and
// B, which established ORG", "A and B signed the Charter, thereby founding
// ORG". The document must be a founding one (a treaty, charter, pact,
// agreement ...) and found the organisation in the same sentence.
#include <optional>
#include <vector>

#include "founding_events.hpp"
#include "list_phrases.hpp"

namespace orgkg::detail {

// A founding document's noun at unit k: "treaty", "charter", "pact", ...
bool is_founding_document(const Units& u, std::size_t k) {
  return is(u, k,
            {"treaty", "charter", "pact", "agreement", "declaration", "convention", "protocol"});
}

// "the Nakhchivan Agreement, signed on 3 October 2009 by A, B and C" ending
// at unit j (the comma before a "which" that founds): the signatories of a
// founding document. Sets `begin` to the document's unit.
std::vector<const Mention*> signatories_before(const Units& u, std::size_t j, std::size_t& begin) {
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

namespace {

// "The Collective Security Treaty, which laid the foundation of the
// Organisation, was signed in Tashkent in 1992 by A, B and C": "signed" at
// unit v, the relative clause founding the organisation before its comma.
std::optional<OrgFinding> founding_document_signed(const Units& u, std::size_t v, std::size_t aux) {
  std::size_t comma = aux - 1;
  std::size_t which = comma;
  while (which > 0 && comma - which < 10 && !is(u, which, {"which"})) --which;
  if (!is(u, which, {"which"}) || which < 2 || !is(u, which - 1, {","}) ||
      !is_founding_document(u, which - 2)) {
    return std::nullopt;
  }
  std::size_t k = which + 1;
  if (std::size_t n = laid_foundations_at(u, k)) {
    k += n;
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

}  // namespace

// "the leaders of A, B and C signed the SAARC Charter in Dhaka, thereby
// founding the Association": the participle at unit v, its subject that of
// the clause's verb of signing or meeting before it.
std::optional<OrgFinding> thereby_founding(const Units& u, std::size_t v) {
  if (v < 4 || !is(u, v - 1, {"thereby"}) || !is(u, v - 2, {","})) return std::nullopt;
  OrgFinding f = founding_finding(u, "founder.founded", v, v + 1);
  std::size_t end = v + 1;
  if (!founding_object_at(u, v + 1, f, end) || !founded_object_ends(u, end)) return std::nullopt;
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

namespace {

// The founding `f` with the signatories after "signed" (unit v) as its
// founders, its scope and dates up to them; nullopt when none is named.
std::optional<OrgFinding> with_signatories(const Units& u, std::size_t v, OrgFinding f) {
  std::size_t end = v + 1;
  bool initiative = false;
  f.subjects = agent_after(u, v + 1, end, initiative);
  if (f.subjects.empty()) return std::nullopt;
  f.scope_end = f.date_end = end;
  return f;
}

}  // namespace

namespace {

// "Kenya, Uganda and Tanzania signed [in Arusha] [on 30 November 1999] the
// Treaty for the Establishment of the EAC": the active voice, "signed" at
// unit v; the document must say it establishes the organisation.
std::optional<OrgFinding> signed_establishing_treaty(const Units& u, std::size_t v) {
  std::size_t k = v + 1;
  for (int n = 0; n < 3; ++n) {  // past "in CITY" and dates, in any order
    if (std::size_t d = dates_end(u, k); d > k) {
      k = d;
    } else if (is(u, k, {"in"}) && k + 1 < u.size() && u[k + 1].mention != nullptr &&
               u[k + 1].mention->entity->kind == EntityKind::City) {
      k += 2;
    } else if (is(u, k, {"in"}) && k + 2 < u.size() && u[k + 1].capitalized &&
               u[k + 1].mention == nullptr && is(u, k + 2, {"the"})) {
      k += 2;  // "signed in Nakhchivan the agreement": a place the gazetteer lacks
    } else {
      break;
    }
  }
  if (!is(u, k, {"the"}) || !is(u, k + 1, {"treaty", "charter", "agreement", "convention"})) {
    return std::nullopt;
  }
  std::size_t o = k + 2;
  std::size_t n = first_phrase(u, o, {"for", "the", "establishment", "of"},
                               {"on", "the", "establishment", "of"}, {"establishing"},
                               {"on", "the", "creation", "of"});
  if (n == 0) return std::nullopt;
  o += n;
  OrgFinding f = founding_finding(u, "founder.declaration", v, o);
  std::size_t end = o;
  if (!founding_object_at(u, o, f, end)) return std::nullopt;
  std::size_t begin = v;
  f.subjects = subject_parties(u, v, begin);
  if (f.subjects.empty()) return std::nullopt;
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  f.scope_end = f.date_end = phrase_end(u, end);
  return f;
}

}  // namespace

// "The Treaty on the EAEU was signed in Astana on 29 May 2014 by the
// presidents of Belarus, Kazakhstan and Russia": a founding treaty or
// declaration signed by its founders, the verb at unit v.
namespace {

// signed_by_founders() of a document that names its organisation, or whose
// clause says it founded one.
std::optional<OrgFinding> signed_naming_organisation(const Units& u, std::size_t v) {
  if (!is(u, v, {"signed"}) || v < 4) return std::nullopt;
  if (!is(u, v - 1, {"was", "were", "been"})) return signed_establishing_treaty(u, v);
  std::size_t aux = v - 1;  // "was signed", "had been signed"
  if (is(u, aux, {"been"}) && is(u, aux - 1, {"had", "has", "have"})) --aux;
  if (!is(u, aux, {"was", "were", "had", "has", "have"})) return std::nullopt;
  if (is(u, aux - 1, {","})) return founding_document_signed(u, v, aux);
  // "the League, whose Pact|Charter was signed in Cairo in 1945 by A and B",
  // "the Andean Community, whose Cartagena Agreement was signed on 26 May
  // 1969 by A and B": its founding document, named or said to be founding.
  std::size_t w = aux >= 2 ? aux - 2 : 0;
  bool named_document =
      w >= 2 && is(u, aux - 1, {"agreement", "treaty", "convention"}) &&
      ((is(u, w, {"founding"})) ||
       (u[w].capitalized &&
        (u[w].mention == nullptr || u[w].mention->entity->kind == EntityKind::City) &&
        !is(u, w, {"association", "trade", "partnership", "cooperation", "free"})));
  if (named_document) --w;
  if (w >= 2 && (named_document || is(u, aux - 1, {"pact", "charter", "statute"})) &&
      is(u, w, {"whose"}) && is(u, w - 1, {","})) {
    OrgFinding f = founding_finding(u, "founder.declaration", w, v + 1);
    f.scope_begin = f.date_begin = w;
    std::size_t begin = w - 1;
    std::optional<TextSpan> made;
    if (const Mention* org = org_phrase_before(u, w - 1, begin, made); org != nullptr) {
      f.objects = {org};
    } else if (context_subject_before(u, w - 1, begin)) {
      f.context_object = true;
    } else {
      return std::nullopt;
    }
    return with_signatories(u, v, std::move(f));
  }
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
  return with_signatories(u, v, std::move(f));
}

}  // namespace

std::optional<OrgFinding> signed_by_founders(const Units& u, std::size_t v) {
  if (std::optional<OrgFinding> f = signed_naming_organisation(u, v)) return f;
  return signed_named_document(u, v);
}

}  // namespace orgkg::detail

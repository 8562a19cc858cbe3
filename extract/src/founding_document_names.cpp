// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Founders named by signing a founding document the text calls by its own
// name, which names no organisation: "the Treaty of Basseterre, signed on 18
// June 1981 by A, B and C", "The Treaty of Chaguaramas was signed in 1973
// by", "A, B and C signed the Treaty of Asuncion in March 1991", "the
// Treaty of Asuncion, which A and B signed in 1991,". The
// finding carries the document's bytes; which organisation it founded is
// the gazetteer's knowledge (organisations.json, "founding_documents"), so
// an unknown treaty gives nothing (org_relations_extractor.cpp).
#include <optional>

#include "founding_events.hpp"
#include "list_phrases.hpp"

namespace orgkg::detail {
namespace {

constexpr std::size_t kMaxDocumentUnits = 8;

// A document's noun, capitalised: the head of its name.
bool document_noun(const Units& u, std::size_t k) {
  return k < u.size() && u[k].capitalized &&
         (is_founding_document(u, k) || is(u, k, {"accords", "accord", "act", "statute"}));
}

// A word of a document's name: a capitalised word or a name ("Cartagena",
// "Treaty of Asuncion" with the city a mention).
bool name_word(const Units& u, std::size_t k) {
  return k < u.size() && (u[k].capitalized || u[k].mention != nullptr) &&
         !is(u, k, {",", ".", ";", ":", "(", ")", "-"});
}

// A document's name [first, end): capitalised words, "of", "the" and "and"
// between them, a document noun among them. True when it is one.
bool document_name(const Units& u, std::size_t first, std::size_t end) {
  if (first >= end || end - first > kMaxDocumentUnits || !name_word(u, first) ||
      !name_word(u, end - 1)) {
    return false;
  }
  bool noun = false;
  for (std::size_t k = first; k < end; ++k) {
    noun = noun || document_noun(u, k);
    if (!name_word(u, k) && !is(u, k, {"of", "the", "and"})) return false;
  }
  return noun;
}

// The first unit of a document's name ending at unit end - 1 ("the Treaty
// of Basseterre" -> "Treaty"); nullopt when none ends there.
std::optional<std::size_t> document_name_before(const Units& u, std::size_t end) {
  std::size_t first = end;
  while (first > 0 && end - first < kMaxDocumentUnits &&
         (name_word(u, first - 1) ||
          (is(u, first - 1, {"of", "and"}) && first >= 2 && name_word(u, first - 2)))) {
    --first;
  }
  // A name opening the sentence takes "The" as its first word.
  if (first < end && is(u, first, {"the"})) ++first;
  if (!document_name(u, first, end)) return std::nullopt;
  return first;
}

// The end of a document's name starting at unit first; first when none.
std::size_t document_name_after(const Units& u, std::size_t first) {
  std::size_t end = first;
  while (end < u.size() && end - first < kMaxDocumentUnits &&
         (name_word(u, end) || (is(u, end, {"of", "and"}) && name_word(u, end + 1)))) {
    ++end;
  }
  return document_name(u, first, end) ? end : first;
}

OrgFinding document_finding(const Units& u, std::size_t first, std::size_t end, std::size_t begin,
                            std::size_t v) {
  OrgFinding f = founding_finding(u, "founder.named_document", begin, v + 1);
  f.founding_document = TextSpan{u[first].begin, u[end - 1].end};
  return f;
}

}  // namespace

std::optional<OrgFinding> signed_named_document(const Units& u, std::size_t v) {
  if (!is(u, v, {"signed"}) || v < 1) return std::nullopt;
  // "DOC, signed ... by LIST", "DOC signed ... by", "DOC was signed ... by"
  std::size_t j = v;
  if (is(u, j - 1, {"was"})) --j;
  if (j >= 1 && is(u, j - 1, {","})) --j;
  if (std::optional<std::size_t> first = document_name_before(u, j)) {
    std::size_t begin = *first > 0 && is(u, *first - 1, {"the"}) ? *first - 1 : *first;
    OrgFinding f = document_finding(u, *first, j, begin, v);
    std::size_t end = v + 1;
    bool initiative = false;
    f.subjects = agent_after(u, v + 1, end, initiative);
    if (f.subjects.empty() || initiative) return std::nullopt;
    f.scope_begin = f.date_begin = begin;
    f.scope_end = f.date_end = end;
    return f;
  }
  std::size_t begin = v;
  std::vector<const Mention*> signatories = subject_parties(u, v, begin);
  if (signatories.empty()) return std::nullopt;
  // "DOC, which LIST signed in 1991,"
  if (begin >= 3 && is(u, begin - 1, {"which"}) && is(u, begin - 2, {","})) {
    std::optional<std::size_t> first = document_name_before(u, begin - 2);
    if (!first) return std::nullopt;
    OrgFinding f = document_finding(u, *first, begin - 2, *first, v);
    f.subjects = std::move(signatories);
    f.scope_begin = f.date_begin = begin - 1;
    f.scope_end = f.date_end = phrase_end(u, v + 1);
    return f;
  }
  // "LIST signed [in CITY] [on DATE] the DOC [in DATE]"
  std::size_t k = v + 1;
  for (int n = 0; n < 2; ++n) {
    if (std::size_t d = dates_end(u, k); d > k) {
      k = d;
    } else if (is(u, k, {"in"}) && k + 1 < u.size() && u[k + 1].mention != nullptr &&
               u[k + 1].mention->entity->kind == EntityKind::City) {
      k += 2;
    }
  }
  if (!is(u, k, {"the"})) return std::nullopt;
  std::size_t end = document_name_after(u, k + 1);
  if (end == k + 1) return std::nullopt;
  OrgFinding f = document_finding(u, k + 1, end, begin, v);
  f.subjects = std::move(signatories);
  f.scope_begin = f.date_begin = clause_begin(u, begin);
  f.scope_end = f.date_end = phrase_end(u, end);
  return f;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The driver: sentence by sentence, find mentions, find list patterns, then
// decide. A finding is dropped when a negation or modality cue stands between
// the sentence start and the end of its verb phrase ("not", "could", "hope",
// "will", "applied", ...): lists of what might be are not facts. The topic
// carried to the next sentence is the organisation this sentence's facts were
// about, or the only organisation it names.
#include "orgkg/extract/list_membership_extractor.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "dates.hpp"
#include "list_patterns.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/extract/sentence_splitter.hpp"

namespace orgkg {
namespace {

using detail::ListFinding;
using detail::Unit;

constexpr std::array<std::string_view, 52> kCues{
    "not",        "never",       "no",        "neither",  "nor",         "without",     "could",
    "would",      "might",       "may",       "should",   "must",        "can",         "cannot",
    "will",       "shall",       "hope",      "hopes",    "hoped",       "hoping",      "wish",
    "wishes",     "want",        "wants",     "wanted",   "intend",      "intends",     "intention",
    "plan",       "plans",       "planned",   "expect",   "expects",     "expected",    "seek",
    "seeks",      "aspire",      "aspires",   "apply",    "applied",     "application", "candidate",
    "candidates", "prospective", "potential", "possible", "possibility", "if",          "unless",
    "whether",    "invited",     "ready"};

bool is_cue(const Unit& unit) {
  if (unit.mention != nullptr) return false;
  const std::string& w = unit.norm;
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) return true;
  for (std::string_view cue : kCues) {
    if (w == cue) return true;
  }
  return false;
}

bool is_clause_boundary(const Unit& unit) {
  return unit.mention == nullptr &&
         (unit.norm == ";" || unit.norm == "but" || unit.norm == "while" ||
          unit.norm == "whereas" || unit.norm == "although" || unit.norm == "however");
}

// A cue in the finding's clause, from the last clause boundary before its list
// or verb to the end of its verb phrase.
bool negated(const std::vector<Unit>& units, const ListFinding& finding) {
  std::size_t end = std::min(finding.predicate_end, units.size());
  std::size_t start = 0;
  for (std::size_t i = 0; i < std::min(finding.list_begin, end); ++i) {
    if (is_clause_boundary(units[i])) start = i + 1;
  }
  for (std::size_t i = start; i < end; ++i) {
    if (is_cue(units[i])) return true;
  }
  return false;
}

// The organisations a sentence names outside every list, each entity once.
std::vector<const Mention*> free_organisations(const std::vector<Unit>& units,
                                               const std::vector<ListFinding>& findings) {
  std::set<const Mention*> listed;
  for (const ListFinding& finding : findings)
    listed.insert(finding.items.begin(), finding.items.end());
  std::vector<const Mention*> orgs;
  for (const Unit& unit : units) {
    if (unit.mention == nullptr || unit.mention->entity->kind != EntityKind::Organisation ||
        listed.count(unit.mention) != 0) {
      continue;
    }
    bool seen = false;
    for (const Mention* org : orgs) seen = seen || org->entity == unit.mention->entity;
    if (!seen) orgs.push_back(unit.mention);
  }
  return orgs;
}

Entity seen_as(const Entity& entity, const std::string& surface) {
  Entity copy = entity;
  copy.aliases.insert(surface);
  return copy;
}

struct Topic {
  const Entity* entity = nullptr;
  std::string surface;
};

class Run {
 public:
  Run(const Gazetteer& gazetteer, const Document& document, TripleSink& sink,
      Diagnostics& diagnostics)
      : gazetteer_(gazetteer),
        finder_(gazetteer),
        document_(document),
        sink_(sink),
        diagnostics_(diagnostics) {}

  void sentence(TextSpan span);

 private:
  void emit(const ListFinding& finding, const Topic& org, TextSpan span);
  void check(const ListFinding& finding, std::string_view sentence);

  const Gazetteer& gazetteer_;
  MentionFinder finder_;
  const Document& document_;
  TripleSink& sink_;
  Diagnostics& diagnostics_;
  Topic topic_;
  std::set<std::tuple<std::string, Relation, std::string>> emitted_;
};

void Run::sentence(TextSpan span) {
  std::string_view text = std::string_view(document_.text).substr(span.begin, span.size());
  std::vector<Mention> mentions = finder_.find(text, span.begin);
  std::vector<Unit> units = detail::make_units(text, span.begin, mentions);
  auto partners = [&](const Entity& org) { return gazetteer_.members_called_partners(org); };
  std::vector<ListFinding> findings = detail::find_list_patterns(units, partners);
  std::vector<const Mention*> free = free_organisations(units, findings);

  Topic next;
  if (free.size() == 1) next = {free.front()->entity, free.front()->surface};
  emitted_.clear();
  for (const ListFinding& finding : findings) {
    if (negated(units, finding)) continue;
    Topic org = topic_;
    if (finding.organisation != nullptr) {
      org = {finding.organisation->entity, finding.organisation->surface};
    } else if (free.size() == 1) {
      org = next;
    }
    if (org.entity == nullptr) continue;
    check(finding, text);
    emit(finding, org, span);
    for (const Mention* more : finding.also) emit(finding, {more->entity, more->surface}, span);
    next = org;
  }
  topic_ = next;
}

void Run::check(const ListFinding& finding, std::string_view sentence) {
  std::string opening(sentence.substr(0, 60));
  if (finding.stated_count && static_cast<std::size_t>(*finding.stated_count) !=
                                  finding.items.size() + finding.unknown_items.size()) {
    diagnostics_.report(Severity::Note, document_.source.id, 0,
                        "the sentence states " + std::to_string(*finding.stated_count) +
                            " but lists " + std::to_string(finding.items.size()) + ": \"" +
                            opening + "...\"");
  }
  for (TextSpan item : finding.unknown_items) {
    diagnostics_.report(Severity::Note, document_.source.id, 0,
                        "unknown list item \"" + document_.text.substr(item.begin, item.size()) +
                            "\" in \"" + opening + "...\"");
  }
}

void Run::emit(const ListFinding& finding, const Topic& org, TextSpan span) {
  std::string sentence = document_.text.substr(span.begin, span.size());
  std::optional<detail::SentenceDate> stated = detail::find_sentence_date(sentence);
  Evidence evidence{document_.source.id,
                    stated ? stated->date : document_.source.published,
                    sentence,
                    span.begin,
                    span.end,
                    finding.rule};
  std::optional<Date> valid_from;
  if (stated && (stated->since || finding.starts)) valid_from = stated->date;
  Entity object = seen_as(*org.entity, org.surface);
  for (const Mention* item : finding.items) {
    if (item->entity == org.entity) continue;
    auto key = std::make_tuple(node_id(*item->entity), finding.relation, node_id(object));
    if (!emitted_.insert(key).second) continue;
    Triple triple{seen_as(*item->entity, item->surface),
                  finding.relation,
                  object,
                  valid_from,
                  std::nullopt,
                  evidence};
    sink_.accept(std::move(triple));
  }
}

}  // namespace

void ListMembershipExtractor::extract(const Document& document, TripleSink& sink,
                                      Diagnostics& diagnostics) const {
  Run run(*gazetteer_, document, sink, diagnostics);
  for (TextSpan span : split_sentences(document.text)) run.sentence(span);
}

}  // namespace orgkg

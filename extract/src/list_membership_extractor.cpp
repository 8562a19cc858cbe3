// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The driver: sentence by sentence, find mentions, find list patterns, then
// decide. A finding is dropped when a negation or modality cue stands in its
// clause (clause_scope.hpp): lists of what might be are not facts. Its
// organisation is the one it names, else what its "it" stands for, else the
// only organisation its sentence names, else the topic carried from the
// sentence before (the organisation that sentence's facts were about, or the
// only one it names), else, for a list in apposition to a bare "observer
// states" or "member countries", the document's main organisation (the only
// one its title names). Its date is the first explicit date of its clause.
#include "orgkg/extract/list_membership_extractor.hpp"

#include <algorithm>
#include <span>

#include "clause_dates.hpp"
#include "clause_scope.hpp"
#include "dates.hpp"
#include "document_analysis.hpp"
#include "emitted_keys.hpp"
#include "list_item_dates.hpp"
#include "list_patterns.hpp"
#include "list_phrases.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/extract/sentence_splitter.hpp"
#include "pattern_screens.hpp"

namespace orgkg {
namespace {

using detail::ListFinding;
using detail::Unit;

// Whether the sentence before spoke of members ("comprises 23 Member
// States"), so that "The other eight are A, B" lists members too.
bool spoke_of_members(const detail::Units* units) {
  if (units == nullptr) return false;
  return std::any_of(units->begin(), units->end(), [](const Unit& unit) {
    return unit.mention == nullptr && (unit.norm == "members" || unit.norm == "member");
  });
}

// Whether `mention` is an item of one of the findings' lists.
bool listed(const Mention* mention, const std::vector<ListFinding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [&](const ListFinding& finding) {
    return std::find(finding.items.begin(), finding.items.end(), mention) != finding.items.end();
  });
}

// The organisations a sentence names outside every list, each entity once,
// into `orgs`. `org_units` are the units naming an organisation, in order
// (SentenceMentions::orgs): most units name none, so walking all of them
// cost more than the lists.
void free_organisations(const std::vector<Unit>& units, std::span<const std::size_t> org_units,
                        const std::vector<ListFinding>& findings,
                        std::vector<const Mention*>& orgs) {
  orgs.clear();
  for (std::size_t u : org_units) {
    const Mention* mention = units[u].mention;
    if (listed(mention, findings)) continue;
    bool seen = false;
    for (const Mention* org : orgs) seen = seen || org->entity == mention->entity;
    if (!seen) orgs.push_back(mention);
  }
}

// An organisation and the words that named it: a mention's surface (the
// analysis keeps the mentions for the whole document) or the entity's label.
struct Topic {
  const Entity* entity = nullptr;
  std::string_view surface;
};

Topic topic_of(const Mention* mention) {
  return mention == nullptr ? Topic{} : Topic{mention->entity, mention->surface};
}

// The containers a run refills for each sentence or finding. One set per
// thread serves every document (extract() below), so that they allocate only
// while they grow, not again for each document.
struct Buffers {
  std::vector<ListFinding> findings;  // the sentence's list statements
  std::vector<const Mention*> free;   // the sentence's free organisations
  std::vector<std::size_t> emitting;  // the items of a finding that make new facts
  detail::EmittedKeys emitted;        // the facts the sentence has emitted
  detail::ClauseDates clause_dates;   // restarted for each document
};

class Run {
 public:
  Run(const Gazetteer& gazetteer, const Document& document, TripleSink& sink,
      Diagnostics& diagnostics, Buffers& buffers)
      : findings_(buffers.findings),
        free_(buffers.free),
        emitting_(buffers.emitting),
        emitted_(buffers.emitted),
        gazetteer_(gazetteer),
        partners_(
            [&gazetteer](const Entity& org) { return gazetteer.members_called_partners(org); }),
        document_(document),
        clause_dates_(buffers.clause_dates),
        sink_(sink),
        diagnostics_(diagnostics),
        title_end_(document.text.find('\n')) {
    clause_dates_.restart(document.source.published);
  }

  // Reads the document's next sentence; `analysed` must live until the next
  // call (the analysis keeps every sentence of the document).
  void sentence(const detail::AnalysedSentence& analysed);

 private:
  [[nodiscard]] Topic organisation_for(const ListFinding& finding, const detail::Units& units,
                                       const std::vector<const Mention*>& free,
                                       const Topic& next) const;
  [[nodiscard]] Topic pronoun_referent(const detail::Units& units, std::size_t pronoun) const;
  [[nodiscard]] Topic previous_antecedent() const;
  // The topic tracker's organisation after this sentence (none: empty).
  [[nodiscard]] Topic paragraph_topic() const {
    return current_topic_ == nullptr ? Topic{} : Topic{current_topic_, current_topic_->label};
  }
  void note_document_organisation(TextSpan span, const std::vector<const Mention*>& free);
  void emit(const ListFinding& finding, const Topic& org, const detail::Units& units,
            TextSpan span);
  void check(const ListFinding& finding, std::string_view sentence);
  // The items of the findings whose subject is a counted anaphor of the
  // sentence before's list ("The four countries remain ..."); left empty
  // when that sentence named no list of that many states.
  void fill_previous_lists(std::vector<ListFinding>& findings) const;

  std::vector<ListFinding>& findings_;
  std::vector<const Mention*>& free_;
  std::vector<std::size_t>& emitting_;
  detail::EmittedKeys& emitted_;

  const Gazetteer& gazetteer_;
  // The gazetteer's members_called_partners(), as the list patterns take it:
  // a std::function, made once for the document rather than for each sentence.
  const detail::PartnerPolicy partners_;
  const Document& document_;
  const Entity* current_topic_ = nullptr;  // the topic tracker's, after this sentence
  const Entity* topic_before_ = nullptr;   // the topic tracker's, before it
  detail::ClauseDates& clause_dates_;      // this sentence's
  TripleSink& sink_;
  Diagnostics& diagnostics_;
  std::size_t title_end_;
  Topic topic_;  // the organisation the previous sentence was about
  // The units of the sentence before, whose last organisation an "it" in this
  // sentence may stand for (previous_antecedent()); they live as long as the
  // document's analysis. Few sentences have an "it" to resolve, so the
  // antecedent is looked for only when one does.
  const detail::Units* previous_units_ = nullptr;
  // The sentence before, whose lists of states a counted anaphor may stand
  // for (fill_previous_lists()); none at the document's first.
  const detail::AnalysedSentence* previous_ = nullptr;
  bool partitive_before_ = false;  // the sentence before listed a part of the members
  // The organisations the title names, in place of a set of them: the first,
  // and whether it names another.
  const Entity* title_org_ = nullptr;
  bool title_orgs_several_ = false;
  bool document_org_known_ = false;
  Topic document_org_;
};

void Run::sentence(const detail::AnalysedSentence& analysed) {
  TextSpan span = analysed.span;
  std::string_view text = std::string_view(document_.text).substr(span.begin, span.size());
  const detail::Units& units = analysed.units;
  topic_before_ = current_topic_;
  current_topic_ = analysed.topic;
  clause_dates_.start(analysed);
  const detail::EntryUnits& starts = analysed.entry_units.of(units);
  std::vector<ListFinding>& findings = findings_;
  if (detail::may_start(starts, detail::PatternFamily::List)) {
    detail::find_list_patterns(starts, partners_, findings);
  } else {
    findings.clear();
  }
  fill_previous_lists(findings);
  free_organisations(units, analysed.named.orgs, findings, free_);
  const std::vector<const Mention*>& free = free_;
  note_document_organisation(span, free);

  Topic next;
  if (free.size() == 1) next = topic_of(free.front());
  emitted_.clear();
  bool partitive_here = false;  // "Nine of them are ...": the next may go on
  for (const ListFinding& finding : findings) {
    if (detail::negated(units, finding)) continue;
    if (finding.partitive && !partitive_before_ && !spoke_of_members(previous_units_)) continue;
    partitive_here = partitive_here || finding.partitive;
    Topic org = organisation_for(finding, units, free, next);
    if (org.entity == nullptr) continue;
    check(finding, text);
    emit(finding, org, units, span);
    for (const Mention* more : finding.also) emit(finding, topic_of(more), units, span);
    next = org;
  }
  previous_units_ = &units;
  previous_ = &analysed;
  partitive_before_ = partitive_here;
  topic_ = next;
}

void Run::fill_previous_lists(std::vector<ListFinding>& findings) const {
  for (ListFinding& finding : findings) {
    if (finding.previous_list) {
      finding.items.clear();
      if (previous_ != nullptr) {
        finding.items = previous_->state_list_of(static_cast<std::size_t>(*finding.previous_list));
      }
    }
  }
}

Topic Run::organisation_for(const ListFinding& finding, const detail::Units& units,
                            const std::vector<const Mention*>& free, const Topic& next) const {
  if (finding.organisation != nullptr) return topic_of(finding.organisation);
  if (finding.earlier_topic) {
    return topic_before_ == nullptr ? Topic{} : Topic{topic_before_, topic_before_->label};
  }
  if (finding.topic_object || (finding.starts && topic_.entity == nullptr && free.empty())) {
    return paragraph_topic();
  }
  if (finding.pronoun) return pronoun_referent(units, *finding.pronoun);
  if (free.size() == 1) return next;
  if (topic_.entity != nullptr) return topic_;
  // The sentence before named none: the organisation the paragraph is about.
  if (current_topic_ != nullptr) return paragraph_topic();
  return finding.context_head ? document_org_ : Topic{};
}

// "it": an organisation named before it in the sentence, else (when the
// sentence names none before it) the one the previous sentence ended on.
Topic Run::pronoun_referent(const detail::Units& units, std::size_t pronoun) const {
  if (std::optional<std::size_t> org = detail::antecedent_before(units, pronoun)) {
    return topic_of(units[*org].mention);
  }
  // "The ECO was founded in 1985, and in 1992 Azerbaijan joined it": the
  // one organisation named before it, when it is the sentence's subject.
  std::size_t named = 0;
  std::size_t last = 0;
  for (std::size_t i = 0; i < pronoun; ++i) {
    if (detail::is_org(units, i)) {
      ++named;
      last = i;
    }
  }
  if (named != 0) {
    bool subject = named == 1 && last == (detail::is(units, 0, {"the"}) ? 1U : 0U) &&
                   !detail::is(units, last + 1, {"'s", "of", "and", ","}) &&
                   !detail::names_joinable_thing(units, 0, pronoun);
    return subject ? topic_of(units[last].mention) : Topic{};
  }
  Topic antecedent = detail::connective_only(units, 0, pronoun) ? previous_antecedent() : Topic{};
  // "The OIC met in Baku. Kazakhstan joined it in 1995.": no membership
  // phrase before names it, but the organisation the text is about is what
  // one joins, unless the sentence before or this one names something
  // else one joins ("adopted the Convention ... India joined it").
  if (antecedent.entity == nullptr && current_topic_ != nullptr &&
      !detail::names_joinable_thing(units, 0, pronoun) &&
      (previous_units_ == nullptr ||
       !detail::names_joinable_thing(*previous_units_, 0, previous_units_->size()))) {
    antecedent = paragraph_topic();
  }
  return antecedent;
}

// What an "it" opening this sentence stands for: the organisation the
// sentence before ended on (antecedent_before() its end).
Topic Run::previous_antecedent() const {
  if (previous_units_ == nullptr) return {};
  const detail::Units& units = *previous_units_;
  std::optional<std::size_t> antecedent = detail::antecedent_before(units, units.size());
  return antecedent ? topic_of(units[*antecedent].mention) : Topic{};
}

// The document's main organisation: the only one its title (first line)
// names, or, when the title names none, the only one its first sentence names.
void Run::note_document_organisation(TextSpan span, const std::vector<const Mention*>& free) {
  if (document_org_known_) return;
  bool in_title = title_end_ != std::string::npos && span.end <= title_end_;
  if (!in_title && title_org_ != nullptr) {
    document_org_known_ = true;
    return;
  }
  for (const Mention* org : free) {
    if (title_org_ == nullptr) {
      title_org_ = org->entity;
      document_org_ = topic_of(org);
    } else if (org->entity != title_org_) {
      title_orgs_several_ = true;
    }
  }
  if (title_org_ == nullptr || title_orgs_several_) document_org_ = {};
  document_org_known_ = !in_title;
}

void Run::check(const ListFinding& finding, std::string_view sentence) {
  std::string_view opening = sentence.substr(0, 60);  // copied only into a note
  if (finding.stated_count && static_cast<std::size_t>(*finding.stated_count) !=
                                  finding.items.size() + finding.unknown_items.size()) {
    diagnostics_.report(Severity::Note, document_.source.id, 0,
                        "the sentence states " + std::to_string(*finding.stated_count) +
                            " but lists " + std::to_string(finding.items.size()) + ": \"" +
                            std::string(opening) + "...\"");
  }
  for (TextSpan item : finding.unknown_items) {
    diagnostics_.report(Severity::Note, document_.source.id, 0,
                        "unknown list item \"" + document_.text.substr(item.begin, item.size()) +
                            "\" in \"" + std::string(opening) + "...\"");
  }
}

void Run::emit(const ListFinding& finding, const Topic& org, const detail::Units& units,
               TextSpan span) {
  // Where an organisation calls its members partners (ASEM), they are members.
  Relation relation = finding.relation;
  if (relation == Relation::PartnerOf && gazetteer_.members_called_partners(*org.entity)) {
    relation = Relation::MemberOf;
  }
  emitting_.clear();
  const detail::EmittedKeys::Target target = detail::EmittedKeys::target(relation, *org.entity);
  for (std::size_t k = 0; k < finding.items.size(); ++k) {
    const Mention* item = finding.items[k];
    if (item->entity == org.entity) continue;
    if (emitted_.insert(*item->entity, target)) emitting_.push_back(k);
  }
  if (emitting_.empty()) return;

  std::string_view sentence = std::string_view(document_.text).substr(span.begin, span.size());
  std::optional<detail::SentenceDate> stated;
  // A sentence without a number, a month or a unit word has no date: its
  // clause is not looked for.
  if (clause_dates_.words().may_hold()) {
    auto [first, last] =
        finding.date_units ? *finding.date_units : detail::clause_of(units, finding);
    if (first < last) {
      stated =
          clause_dates_.find(units[first].begin - span.begin, units[last - 1].end - span.begin);
    }
  }
  const Date date = stated ? stated->date : document_.source.published;
  std::optional<Date> valid_from;
  if (stated && (stated->since || finding.starts)) valid_from = stated->date;
  detail::ItemDates dates = detail::item_dates(units, finding, span.begin, clause_dates_);
  // One view for every item, only its subject and dates set anew: building
  // a TripleView per item zeroed and copied all of it (and measured the
  // rule's length) for each.
  TripleView triple{
      {},
      relation,
      SeenEntity{org.entity, org.surface},
      valid_from,
      std::nullopt,
      EvidenceView{document_.source.id, date, sentence, span.begin, span.end, finding.rule}};
  for (std::size_t k : emitting_) {
    const Mention* item = finding.items[k];
    triple.subject = SeenEntity{item->entity, item->surface};
    triple.evidence.date = date;
    triple.valid_from = valid_from;
    if (!dates.empty() && dates[k]) {
      triple.evidence.date = dates[k]->date;
      triple.valid_from =
          dates[k]->since || finding.starts ? std::optional<Date>(dates[k]->date) : std::nullopt;
    }
    sink_.accept_view(triple);
  }
}

}  // namespace

void ListMembershipExtractor::extract(const Document& document, TripleSink& sink,
                                      Diagnostics& diagnostics) const {
  extract(document, detail::DocumentAnalysis(document), sink, diagnostics);
}

void ListMembershipExtractor::extract(const Document& document,
                                      const detail::DocumentAnalysis& analysis, TripleSink& sink,
                                      Diagnostics& diagnostics) const {
  thread_local Buffers buffers;
  Run run(*gazetteer_, document, sink, diagnostics, buffers);
  for (const detail::AnalysedSentence& sentence : analysis.sentences(*gazetteer_)) {
    run.sentence(sentence);
  }
}

}  // namespace orgkg

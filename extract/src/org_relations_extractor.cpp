// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The driver: sentence by sentence, find mentions, run the four pattern
// families, drop findings with a cue in their scope, resolve the
// organisation in context and anaphors, date, filter by entity kinds, emit.
// The topic (the organisation a paragraph is about) is carried only within a
// paragraph: a new paragraph falls back on the document's organisation, since
// a stale topic from another paragraph is the likeliest wrong antecedent.
#include "orgkg/extract/org_relations_extractor.hpp"

#include <algorithm>
#include <forward_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "agreement_patterns.hpp"
#include "clause_dates.hpp"
#include "cooperation_patterns.hpp"
#include "dates.hpp"
#include "document_analysis.hpp"
#include "emitted_keys.hpp"
#include "founding_date_clause.hpp"
#include "founding_patterns.hpp"
#include "org_parties.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/extract/sentence_splitter.hpp"
#include "pattern_screens.hpp"
#include "seat_patterns.hpp"

namespace orgkg {
namespace {

using detail::may_start;
using detail::OrgFinding;
using detail::Party;
using detail::party_of;
using detail::PatternFamily;
using detail::seen_as;
using detail::Units;

// The containers a run refills sentence by sentence or finding by finding.
// One set per thread serves every document (extract() below), so that they
// allocate only while they grow, not again for each document.
struct Buffers {
  // This sentence's lists of organisations, the first of the pool's (lists
  // past them keep their storage for later sentences).
  std::vector<detail::OrgList> lists_pool;
  std::vector<Party> recent_list;  // the last such list of the document
  detail::EmittedKeys emitted;     // the facts the sentence has emitted
  // The parties of the finding handle() is at.
  std::vector<Party> subjects;
  std::vector<Party> objects;
  detail::CooperationReading cooperation;  // the sentence's cooperation statements
  std::vector<OrgFinding> findings;        // those of the other families, one at a time
  detail::ClauseDates clause_dates;        // restarted for each document
};

class Run {
 public:
  Run(const Gazetteer& gazetteer, const Document& document, TripleSink& sink, Buffers& buffers)
      : gazetteer_(gazetteer),
        document_(document),
        sink_(sink),
        clause_dates_(buffers.clause_dates),
        lists_pool_(buffers.lists_pool),
        recent_list_(buffers.recent_list),
        emitted_(buffers.emitted),
        subjects_(buffers.subjects),
        objects_(buffers.objects),
        cooperation_(buffers.cooperation),
        findings_(buffers.findings) {
    recent_list_.clear();  // read before this document's first list is
    clause_dates_.restart(document.source.published);
  }

  void sentence(const detail::AnalysedSentence& analysed);

 private:
  [[nodiscard]] std::optional<Party> context_org(const Units& u, std::size_t before) const;
  // The document's organisation: the only one its title names, else null.
  // Read when first asked: most documents never ask.
  [[nodiscard]] const Entity* document_org() const;
  void anaphor_orgs(const OrgFinding& f, std::vector<Party>& orgs) const;
  [[nodiscard]] std::optional<Party> made_org(TextSpan bytes) const;
  // Out of line: inlined into sentence()'s loops over the findings, its
  // frame made each of them save registers and reserve stack even for the
  // empty vectors most sentences give.
  [[gnu::noinline]] void handle(const OrgFinding& f, const Units& u, TextSpan span,
                                bool cooperation_near);
  void emit(const Party& s, Relation relation, const Party& o, const OrgFinding& f, const Units& u,
            TextSpan span, std::string_view rule);
  void update_topic(const Units& u);
  void note_founding_date(const Units& u, TextSpan span);

  // When each organisation was founded, as the document states it ("The
  // Council of Europe was founded in London on 5 May 1949"): the date of a
  // founder_of fact whose own sentence gives none ("Its ten founding states
  // – A, B – set out to ...").
  std::map<const Entity*, Date> founded_on_;
  // The sentence before, whose lists of states a counted anaphor may stand
  // for; none at the document's first.
  const detail::AnalysedSentence* previous_ = nullptr;
  const Gazetteer& gazetteer_;
  const Document& document_;
  TripleSink& sink_;
  // Reads the title for document_org(), made then, and owns an organisation
  // the title defines ("Eurasian Water Council (EWC)"), which document_org_
  // may be: it lives as long as the run.
  mutable std::optional<MentionFinder> title_finder_;
  mutable std::optional<const Entity*> document_org_;  // once read
  const Entity* topic_ = nullptr;                      // what this paragraph's sentences were about
  detail::ClauseDates& clause_dates_;                  // this sentence's
  std::size_t index_ = 0;                              // sentence number
  std::size_t last_end_ = 0;                           // where the previous sentence ended
  bool cooperation_before_ = false;
  std::vector<detail::OrgList>& lists_pool_;
  std::span<const detail::OrgList> lists_here_;  // this sentence's, in lists_pool_
  std::vector<Party>& recent_list_;
  std::size_t recent_list_index_ = 0;
  detail::EmittedKeys& emitted_;
  // Sub-bodies named in the text, at addresses that stay put. A list, not a
  // deque: most documents make none, and a deque allocates as it is made.
  mutable std::forward_list<Entity> made_;
  // The parties of the finding handle() is at, kept across findings so that
  // their storage is reused rather than allocated for each.
  std::vector<Party>& subjects_;
  std::vector<Party>& objects_;
  detail::CooperationReading& cooperation_;
  std::vector<OrgFinding>& findings_;
  const detail::SentenceMentions* mentions_ = nullptr;  // this sentence's
};

void Run::sentence(const detail::AnalysedSentence& analysed) {
  TextSpan span = analysed.span;
  clause_dates_.start(analysed);
  std::string_view gap = std::string_view(document_.text).substr(last_end_, span.begin - last_end_);
  if (std::count(gap.begin(), gap.end(), '\n') >= 2) {
    topic_ = nullptr;
    cooperation_before_ = false;
  }
  const Units& units = analysed.units;
  mentions_ = &analysed.named;
  // A list is of two organisations or more: most sentences name fewer, and
  // are not read for one.
  std::size_t lists = mentions_->orgs.size() >= 2 ? detail::read_organisation_lists_into(
                                                        units, mentions_->orgs, lists_pool_)
                                                  : 0;
  lists_here_ = std::span<const detail::OrgList>(lists_pool_.data(), lists);
  emitted_.clear();
  const detail::EntryUnits& starts = analysed.entry_units.of(units);
  detail::CooperationReading& cooperation = cooperation_;
  if (may_start(starts, PatternFamily::Cooperation)) {
    detail::read_cooperation(starts, cooperation);
  } else {
    cooperation.findings.clear();
    cooperation.speaks = false;
  }
  bool cooperation_here = cooperation.speaks;
  auto handle_all = [&](const std::vector<OrgFinding>& findings) {
    for (const OrgFinding& f : findings) {
      bool founding = f.relation == Relation::FounderOf;
      if (detail::has_cue(units, f.scope_begin, f.scope_end, founding)) continue;
      if (f.previous_list) {
        OrgFinding filled = f;
        if (previous_ == nullptr) continue;
        filled.subjects = previous_->state_list_of(static_cast<std::size_t>(*f.previous_list));
        if (!filled.subjects.empty()) handle(filled, units, span, cooperation_here);
        continue;
      }
      handle(f, units, span, cooperation_here || cooperation_before_);
    }
  };
  // A founding date the sentence states ("the OIC, established in 1969")
  // dates its founders named without one.
  note_founding_date(units, span);
  handle_all(cooperation.findings);
  std::vector<OrgFinding>& findings = findings_;
  if (may_start(starts, PatternFamily::Agreement)) {
    detail::find_agreements(starts, findings);
    handle_all(findings);
  }
  if (may_start(starts, PatternFamily::Seat)) {
    detail::find_seats(starts, mentions_->city, findings);
    handle_all(findings);
  }
  if (may_start(starts, detail::founding_family(starts))) {
    detail::find_founders(starts, findings);
    handle_all(findings);
  }
  if (!lists_here_.empty()) {
    recent_list_.clear();
    for (const Mention* m : lists_here_.back().orgs) recent_list_.push_back(party_of(m));
    recent_list_index_ = index_;
  }
  update_topic(units);
  previous_ = &analysed;
  cooperation_before_ = cooperation_here;
  last_end_ = span.end;
  ++index_;
}

// The last organisation named in the sentence before unit `before`, else
// the paragraph's topic, else the document's organisation.
std::optional<Party> Run::context_org(const Units& u, std::size_t before) const {
  for (std::size_t i = std::min(before, u.size()); i > 0; --i) {
    if (detail::is_org(u, i - 1)) return party_of(u[i - 1].mention);
  }
  if (topic_ != nullptr) return Party{topic_, {}};
  if (const Entity* org = document_org()) return Party{org, {}};
  return std::nullopt;
}

const Entity* Run::document_org() const {
  if (document_org_) return *document_org_;
  std::string_view text = document_.text;
  // The only organisation the title names: the first, unless another is.
  const Entity* first = nullptr;
  bool several = false;
  // The title line; a first line longer than any sentence is no title.
  for (const Mention& m : title_finder_.emplace(gazetteer_)
                              .find(text.substr(0, std::min(text.find('\n'), kMaxSentenceBytes)))) {
    if (m.entity->kind != EntityKind::Organisation) continue;
    if (first == nullptr) first = m.entity;
    several = several || m.entity != first;
  }
  document_org_ = first != nullptr && !several ? first : nullptr;
  return *document_org_;
}

// The organisations "these associations" stands for, into `orgs`: the last
// list of them in this sentence before it, else in the three sentences
// before.
void Run::anaphor_orgs(const OrgFinding& f, std::vector<Party>& orgs) const {
  orgs.clear();
  for (const detail::OrgList& list : lists_here_) {
    if (list.end > f.scope_end) break;
    orgs.clear();
    for (const Mention* m : list.orgs) orgs.push_back(party_of(m));
  }
  if (orgs.empty() && index_ - recent_list_index_ <= 3) orgs = recent_list_;
  if (*f.anaphor != 0 && orgs.size() != static_cast<std::size_t>(*f.anaphor)) orgs.clear();
}

std::optional<Party> Run::made_org(TextSpan bytes) const {
  // A name the gazetteer knew would have been a mention of its own, so this
  // is a body no data file describes (or one filed under its parent).
  std::string name = document_.text.substr(bytes.begin, bytes.size());
  if (name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0) name.erase(0, 4);
  Entity entity;
  entity.kind = EntityKind::Organisation;
  entity.key = entity.label = entity.name = name;
  const Entity& made = made_.emplace_front(std::move(entity));
  return Party{&made, made.name};
}

void Run::handle(const OrgFinding& f, const Units& u, TextSpan span, bool cooperation_near) {
  std::vector<Party>& subjects = subjects_;
  std::vector<Party>& objects = objects_;
  subjects.clear();
  for (const Mention* m : f.subjects) subjects.push_back(party_of(m));
  objects.clear();
  for (const Mention* m : f.objects) objects.push_back(party_of(m));
  if (f.made_object) objects.assign(1, *made_org(*f.made_object));
  if (f.founding_document) {
    std::string_view name = std::string_view(document_.text)
                                .substr(f.founding_document->begin, f.founding_document->size());
    const Entity* founded = gazetteer_.founded_by(name);
    if (founded == nullptr) return;
    objects.assign(1, Party{founded, {}});
  }
  if (f.anaphor) anaphor_orgs(f, subjects);
  if (f.context_subject || f.context_object) {
    std::optional<Party> context = context_org(u, f.context_before.value_or(f.scope_begin));
    if (!context) return;
    (f.context_subject ? subjects : objects).push_back(*context);
  }
  bool framed = f.cooperation_frame || cooperation_near;
  auto pair = [&](const Party& s, const Party& o) {
    if (!fits(f.relation, s, o)) return;
    emit(s, f.relation, o, f, u, span, f.rule);
    if (f.relation == Relation::AgreementWith && framed && is_org(s) && is_org(o)) {
      emit(s, Relation::CooperatesWith, o, f, u, span, "coop.memorandum");
    }
  };
  if (f.all_pairs) {
    for (std::size_t i = 0; i < subjects.size(); ++i) {
      for (std::size_t j = i + 1; j < subjects.size(); ++j) pair(subjects[i], subjects[j]);
    }
  } else {
    for (const Party& s : subjects) {
      for (const Party& o : objects) pair(s, o);
    }
  }
}

void Run::emit(const Party& s, Relation relation, const Party& o, const OrgFinding& f,
               const Units& u, TextSpan span, std::string_view rule) {
  if (!emitted_.insert(*s.entity, relation, *o.entity)) return;
  std::string_view sentence = std::string_view(document_.text).substr(span.begin, span.size());
  std::optional<detail::SentenceDate> stated;
  std::size_t end = std::min(f.date_end, u.size());
  if (f.date_begin < end) {
    // An explicit date ("on 29 May 2014") beats a relative one ("Ten years ago").
    std::size_t b = u[f.date_begin].begin - span.begin;
    std::size_t e = u[end - 1].end - span.begin;
    stated = clause_dates_.find(b, e);
  }
  if (!stated && relation == Relation::FounderOf) {
    auto known = founded_on_.find(o.entity);
    if (known != founded_on_.end()) stated = detail::SentenceDate{known->second, false};
  }
  if (stated && relation == Relation::FounderOf) founded_on_.try_emplace(o.entity, stated->date);
  EvidenceView evidence{document_.source.id,
                        stated ? stated->date : document_.source.published,
                        sentence,
                        span.begin,
                        span.end,
                        rule};
  std::optional<Date> valid_from;
  if (stated && f.starts) valid_from = stated->date;
  sink_.accept_view(
      TripleView{seen_as(s), relation, seen_as(o), valid_from, std::nullopt, evidence});
}

// Remembers the founding date the sentence states of each organisation it
// names (founding_date_clause()) for the founders the document lists later.
void Run::note_founding_date(const Units& u, TextSpan span) {
  for (std::size_t i : mentions_->orgs) {
    auto clause = detail::founding_date_clause(u, i, span.begin);
    if (!clause) continue;
    std::optional<detail::SentenceDate> date = clause_dates_.find(clause->first, clause->second);
    if (date && !date->since) founded_on_.try_emplace(u[i].mention->entity, date->date);
  }
}

// The organisation this sentence is about: the only one it names, else the
// one that opens it as its subject; a sentence naming none keeps the topic.
void Run::update_topic(const Units& u) {
  const Entity* first = nullptr;  // the first organisation named
  bool several = false;           // another one is named
  const Entity* subject = nullptr;
  for (std::size_t i : mentions_->orgs) {
    const Entity* org = u[i].mention->entity;
    if (first == nullptr) first = org;
    several = several || org != first;
    bool opens = i == 0 || (i == 1 && detail::is(u, 0, {"the"})) || detail::is(u, i - 1, {","});
    if (!several && opens) subject = org;
  }
  if (first != nullptr) topic_ = several ? subject : first;
}

}  // namespace

void OrgRelationsExtractor::extract(const Document& document, TripleSink& sink,
                                    Diagnostics& diagnostics) const {
  extract(document, detail::DocumentAnalysis(document), sink, diagnostics);
}

void OrgRelationsExtractor::extract(const Document& document,
                                    const detail::DocumentAnalysis& analysis, TripleSink& sink,
                                    Diagnostics& /*diagnostics*/) const {
  thread_local Buffers buffers;
  Run run(*gazetteer_, document, sink, buffers);
  for (const detail::AnalysedSentence& sentence : analysis.sentences(*gazetteer_)) {
    run.sentence(sentence);
  }
}

}  // namespace orgkg

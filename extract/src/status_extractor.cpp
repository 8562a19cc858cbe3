// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The driver: sentence by sentence, find mentions and the status patterns,
// drop what cues qualify away, find each finding's organisation, date it and
// emit one triple per subject. An organisation governed by "with",
// "between", "to" ... ("cooperation with the UN") is what the sentence is
// about less than the one it names plainly, so only plain ones count as the
// sentence's organisation.
#include "orgkg/extract/status_extractor.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "clause_dates.hpp"
#include "dates.hpp"
#include "document_analysis.hpp"
#include "emitted_keys.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/extract/mention_finder.hpp"
#include "orgkg/extract/sentence_splitter.hpp"
#include "status_phrases.hpp"
#include "word_set.hpp"

namespace orgkg {
namespace {

using detail::StatusFinding;
using detail::Units;

// An organisation mention governed by a preposition that makes it a partner
// of the statement rather than its topic: "cooperation with the UN", "ties
// between the SCO and ASEAN", "a contribution to the UN effort".
// Asked of every organisation every sentence names: the words by WordSet
// bits (word_set.hpp), not a comparison per word.
const detail::WordSet kListGlue{"the", ",", "and", "as", "well"};
const detail::WordSet kGoverning{"with",    "between", "among",   "amongst", "to",
                                 "towards", "from",    "than",    "like",    "versus",
                                 "outside", "beyond",  "against", "into"};

bool governed(const Units& u, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && (kListGlue.has(u[j - 1]) || detail::is_org(u, j - 1))) --j;
  return j > 0 && kGoverning.has(u[j - 1]);
}

// An organisation and the words that named it: a view of its mention's
// surface (the analysis keeps the mentions for the whole document).
struct Org {
  const Entity* entity = nullptr;
  std::string_view surface;
};

Org org_of(const Mention* m) { return m == nullptr ? Org{} : Org{m->entity, m->surface}; }

// A future is a fact only with its date: a date, a year range or "for 2025"
// in its clause.
bool dated(const StatusFinding& f, const Units& u, std::size_t base,
           detail::ClauseDates& clause_dates) {
  if (f.date_begin >= f.date_end || f.date_end > u.size()) return false;
  // Year ranges and terms are numbers ("2019–2020", "for 2025"), four digits
  // each: a number token.
  if (clause_dates.words().number) {
    if (detail::find_year_span(u, f.date_begin, f.date_end)) return true;
    if (detail::find_term_year(u, f.date_begin, f.date_end)) return true;
  }
  return clause_dates.find(u[f.date_begin].begin - base, u[f.date_end - 1].end - base).has_value();
}

// The containers a run refills for each sentence. One set per thread serves
// every document (extract() below), so that they allocate only while they
// grow, not again for each document.
struct Buffers {
  detail::StatusFindings findings;   // the sentence's status statements
  detail::EmittedKeys emitted;       // the facts the sentence has emitted
  std::vector<std::size_t> plain;    // the units of the organisations it names plainly
  detail::ClauseDates clause_dates;  // restarted for each document
};

class Run {
 public:
  Run(const Gazetteer& gazetteer, const Document& document, TripleSink& sink, Buffers& buffers)
      : gazetteer_(gazetteer),
        document_(document),
        sink_(sink),
        title_end_(document.text.find('\n')),
        clause_dates_(buffers.clause_dates),
        findings_(buffers.findings),
        emitted_(buffers.emitted),
        plain_(buffers.plain) {
    clause_dates_.restart(document.source.published);
    if (!document.source.publisher_country.empty()) {
      publisher_ = gazetteer.find(EntityKind::State, document.source.publisher_country);
    }
  }

  void sentence(const detail::AnalysedSentence& analysed);

 private:
  [[nodiscard]] Org resolve(const StatusFinding& f, const Units& u,
                            const std::vector<std::size_t>& plain) const;
  [[nodiscard]] Org context() const;
  void emit(const StatusFinding& f, const Org& org, const Units& u, TextSpan span);

  const Gazetteer& gazetteer_;
  const Document& document_;
  TripleSink& sink_;
  std::size_t title_end_;
  const Entity* publisher_ = nullptr;
  detail::ClauseDates& clause_dates_;        // this sentence's
  Org topic_;                                // the organisation of the sentence before
  const Entity* paragraph_topic_ = nullptr;  // the topic tracker's, for this sentence
  // The organisations the title names, in place of a set of them: the first,
  // and whether it names another.
  const Entity* title_first_ = nullptr;
  bool title_several_ = false;
  Org title_org_;
  detail::StatusFindings& findings_;
  detail::EmittedKeys& emitted_;
  // The units of the organisations the sentence names plainly, kept across
  // sentences so that their storage is reused rather than allocated for each.
  std::vector<std::size_t>& plain_;
};

void Run::sentence(const detail::AnalysedSentence& analysed) {
  TextSpan span = analysed.span;
  const Units& u = analysed.units;
  clause_dates_.start(analysed);
  paragraph_topic_ = analysed.topic;
  std::vector<std::size_t>& plain = plain_;
  plain.clear();
  for (std::size_t i : analysed.named.orgs) {
    if (!governed(u, i)) plain.push_back(i);
  }
  bool in_title = title_end_ != std::string::npos && span.end <= title_end_;
  Org next;
  emitted_.clear();
  const detail::EntryUnits& starts = analysed.entry_units.of(u);
  if (detail::may_find_status(starts)) {
    detail::find_status_patterns(starts, publisher_ != nullptr, findings_);
    for (const StatusFinding& f : findings_) {
      detail::CueCheck cues = detail::check_cues(u, f);
      if (cues.blocked) continue;
      Org org = resolve(f, u, plain);
      if (org.entity == nullptr) continue;
      if (cues.future && f.needs_date && !dated(f, u, span.begin, clause_dates_)) continue;
      emit(f, org, u, span);
      for (const Mention* more : f.also) emit(f, org_of(more), u, span);
      next = org;
    }
  }
  bool one = !plain.empty() && std::all_of(plain.begin(), plain.end(), [&](std::size_t i) {
    return u[i].mention->entity == u[plain.front()].mention->entity;
  });
  if (next.entity == nullptr && one) next = org_of(u[plain.front()].mention);
  if (in_title) {
    for (std::size_t i : plain) {
      const Entity* org = u[i].mention->entity;
      if (title_first_ == nullptr) {
        title_first_ = org;
        title_org_ = org_of(u[i].mention);
      } else if (org != title_first_) {
        title_several_ = true;
      }
    }
    if (title_first_ == nullptr || title_several_) title_org_ = {};
  }
  topic_ = next;
}

Org Run::resolve(const StatusFinding& f, const Units& u,
                 const std::vector<std::size_t>& plain) const {
  if (f.organisation != nullptr) return org_of(f.organisation);
  if (f.context_only) return context();
  // The candidates are the plain organisations that are no subject.
  const Mention* first = nullptr;  // the first candidate
  bool several = false;            // the candidates name more than one entity
  Org found;
  for (std::size_t i : plain) {
    const Mention* m = u[i].mention;
    if (std::find(f.subjects.begin(), f.subjects.end(), m) != f.subjects.end()) continue;
    if (first == nullptr) first = m;
    several = several || m->entity != first->entity;
    if (f.prefer_before && i < f.anchor) found = org_of(m);
  }
  if (found.entity == nullptr && first != nullptr && !several) found = org_of(first);
  if (found.entity != nullptr) {
    // The sentence does not tie it to the chairmanship ("The Brazilian
    // presidency invited the African Union"): the title's, when it names one,
    // must agree.
    bool conflict = f.relation == Relation::ChairOf && title_org_.entity != nullptr &&
                    title_org_.entity != found.entity;
    return conflict ? Org{} : found;
  }
  if (first != nullptr || !f.context_allowed) return {};
  return context();
}

// The organisation of the sentence before and the title's agree, or only
// one of them is known.
Org Run::context() const {
  if (topic_.entity == nullptr) {
    // The sentence before named none: the organisation the paragraph is about.
    return paragraph_topic_ != nullptr ? Org{paragraph_topic_, paragraph_topic_->label}
                                       : title_org_;
  }
  if (title_org_.entity == nullptr || title_org_.entity == topic_.entity) return topic_;
  return {};
}

// An entity seen under `surface`: an empty one (the publisher) adds no alias.
SeenEntity seen_as(const Entity& entity, std::string_view surface) {
  return {&entity, surface.empty() ? std::nullopt : std::optional<std::string_view>(surface)};
}

void Run::emit(const StatusFinding& f, const Org& org, const Units& u, TextSpan span) {
  if (org.entity == nullptr || org.entity->kind != EntityKind::Organisation) return;
  if (f.relation == Relation::ChairOf && org.entity->key == "UN") return;
  if (f.relation == Relation::PartnerOf && gazetteer_.members_called_partners(*org.entity)) return;
  std::string_view sentence = std::string_view(document_.text).substr(span.begin, span.size());
  std::optional<detail::SentenceDate> stated;
  std::optional<detail::YearSpan> years;
  std::size_t date_end = std::min(f.date_end, f.date_cut);
  if (f.date_begin < date_end && date_end <= u.size()) {
    stated =
        clause_dates_.find(u[f.date_begin].begin - span.begin, u[date_end - 1].end - span.begin);
    // A year range is two numbers: a sentence without one has none.
    if (f.use_period && clause_dates_.words().number) {
      years = detail::find_year_span(u, f.date_begin, date_end);
    }
  }
  Date date = document_.source.published;
  std::optional<Date> valid_from;
  std::optional<Date> valid_to;
  if (years) {
    date = *Date::make(years->from);
    valid_from = date;
    valid_to = *Date::make(years->to);
  }
  std::optional<int> term;  // "Singapore's chairmanship for 2018"
  if (!stated && !years && f.relation == Relation::ChairOf && clause_dates_.words().number) {
    term = detail::find_term_year(u, f.date_begin, date_end);
    if (term) date = *Date::make(*term);
  }
  if (stated) {
    date = stated->date;
    if (stated->since || f.starts) valid_from = stated->date;
    if (f.ends && !years) valid_to = stated->date;
  }
  const SeenEntity object = seen_as(*org.entity, org.surface);
  auto emit_for = [&](const Entity& entity, std::string_view surface) {
    if (entity.kind == EntityKind::City) return;
    if (same_node_id(entity, *org.entity) || !emitted_.insert(entity, f.relation, *org.entity)) {
      return;
    }
    sink_.accept_view(TripleView{
        seen_as(entity, surface), f.relation, object, valid_from, valid_to,
        EvidenceView{document_.source.id, date, sentence, span.begin, span.end, f.rule}});
  };
  if (f.publisher && publisher_ != nullptr) emit_for(*publisher_, {});
  for (const Mention* m : f.subjects) emit_for(*m->entity, m->surface);
}

}  // namespace

void StatusExtractor::extract(const Document& document, TripleSink& sink,
                              Diagnostics& diagnostics) const {
  extract(document, detail::DocumentAnalysis(document), sink, diagnostics);
}

void StatusExtractor::extract(const Document& document, const detail::DocumentAnalysis& analysis,
                              TripleSink& sink, Diagnostics& /*diagnostics*/) const {
  thread_local Buffers buffers;
  Run run(*gazetteer_, document, sink, buffers);
  for (const detail::AnalysedSentence& sentence : analysis.sentences(*gazetteer_)) {
    run.sentence(sentence);
  }
}

namespace detail {

void find_status_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& findings) {
  findings.clear();
  // Each family's reader asks whether the sentence may start one of its
  // patterns and has what the family needs (find_status_family()); asked
  // here too, inline, most sentences pass most families without a call,
  // and most pass all five by one test of what EntryUnits noted.
  const EntryWords& index = EntryWords::index();
  constexpr auto bit = [](PatternFamily family) {
    return static_cast<std::uint16_t>(1U << static_cast<unsigned>(family));
  };
  const std::uint16_t ready =
      kCheckEntryWords ? kStatusFamilies : index.may_find_families(sentence);
  if ((ready & kStatusFamilies) == 0) return;
  auto may = [&](PatternFamily family) {
    return (ready & bit(family)) != 0 && index.may_find(family, sentence);
  };
  if (may(PatternFamily::Chair)) find_chair_patterns(sentence, publisher, findings);
  if (may(PatternFamily::ChairRole)) find_chair_role_patterns(sentence, publisher, findings);
  if (may(PatternFamily::Partner)) find_partner_patterns(sentence, publisher, findings);
  if (may(PatternFamily::Candidacy)) find_candidacy_patterns(sentence, publisher, findings);
  if (may(PatternFamily::Left)) find_left_patterns(sentence, publisher, findings);
}

}  // namespace detail
}  // namespace orgkg

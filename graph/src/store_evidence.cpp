// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The Store's evidence handling (store_impl.hpp): recording one observation
// of a fact, one evidence item per sentence, and the dates the evidence gives
// the fact (first/last seen, the stated start and end). What the dates then
// mean for the other facts of the pair is Store::Impl::settle()'s
// (store.cpp, temporal.hpp).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "store_impl.hpp"

namespace orgkg {
namespace detail {

SentenceKey sentence_key(const Evidence& evidence) {
  return {evidence.doc_id, evidence.begin, evidence.end};
}

EvidenceView view_of(const Evidence& evidence) noexcept {
  return {evidence.doc_id, evidence.date, evidence.sentence,
          evidence.begin,  evidence.end,  evidence.rule};
}

}  // namespace detail

namespace {

using detail::FactRecord;
using detail::StatedDates;

// These three say whether they changed anything.
bool widen(Date& first, Date& last, const Date& date) {
  if (date.empty()) return false;
  bool changed = false;
  if (first.empty() || date < first) {
    first = date;
    changed = true;
  }
  if (last.empty() || last < date) {
    last = date;
    changed = true;
  }
  return changed;
}

bool take_earliest(std::optional<Date>& mine, const std::optional<Date>& theirs) {
  if (!theirs || (mine && !(*theirs < *mine))) return false;
  mine = theirs;
  return true;
}

bool take_latest(std::optional<Date>& mine, const std::optional<Date>& theirs) {
  if (!theirs || (mine && !(*mine < *theirs))) return false;
  mine = theirs;
  return true;
}

std::optional<Date> non_empty(const std::optional<Date>& date) {
  return date && !date->empty() ? date : std::nullopt;
}

using EvidenceIt = std::vector<Evidence>::iterator;

std::string_view doc_of(const Evidence& item) { return item.doc_id; }
std::string_view doc_of(std::string_view doc_id) { return doc_id; }

// The items of document `doc_id` in `list` (sorted, document first), an empty
// range where its items would go if there are none. Documents mostly come in
// order, so the document is usually the last one listed, or after it: then the
// tail is all there is to look at, and the list (long, and cold in the cache)
// is not searched.
std::pair<EvidenceIt, EvidenceIt> document_items(std::vector<Evidence>& list,
                                                 std::string_view doc_id) {
  int order = list.empty() ? -1 : list.back().doc_id.compare(doc_id);
  if (order < 0) return {list.end(), list.end()};
  if (order == 0) {
    auto first = list.end() - 1;
    while (first != list.begin() && (first - 1)->doc_id == doc_id) --first;
    return {first, list.end()};
  }
  auto by_document = [](const auto& a, const auto& b) { return doc_of(a) < doc_of(b); };
  return std::equal_range(list.begin(), list.end(), doc_id, by_document);
}

// `a` <=> `b` as Evidence orders them, for two items of the same document:
// negative, zero or positive.
int compare_in_document(const EvidenceView& a, const Evidence& b) {
  if (a.date != b.date) return a.date < b.date ? -1 : 1;
  if (int order = a.sentence.compare(b.sentence)) return order;
  if (a.begin != b.begin) return a.begin < b.begin ? -1 : 1;
  if (a.end != b.end) return a.end < b.end ? -1 : 1;
  return a.rule.compare(b.rule);
}

// A string made from a view where it is needed: handed to Evidence's
// (parenthesised aggregate) initialisation, it builds the member in place.
struct CopyOf {
  std::string_view text;
  operator std::string() const { return std::string(text); }  // NOLINT: implicit on purpose
};

// The Evidence `item` views: moved from `*owned` (the Evidence `item` views)
// when given, else copied from the views.
Evidence make_evidence(const EvidenceView& item, Evidence* owned) {
  if (owned != nullptr) return std::move(*owned);
  return Evidence{
      std::string(item.doc_id), item.date, std::string(item.sentence), item.begin, item.end,
      std::string(item.rule)};
}

// Inserts at `place` in `list` the Evidence `item` views, as make_evidence()
// makes it, but built where it is stored: copied from the views straight
// into the list's element, not into a temporary moved there.
const Evidence& insert_evidence(std::vector<Evidence>& list, EvidenceIt place,
                                const EvidenceView& item, Evidence* owned) {
  if (owned != nullptr) return *list.insert(place, std::move(*owned));
#if defined(__cpp_aggregate_paren_init)
  return *list.emplace(place, CopyOf{item.doc_id}, item.date, CopyOf{item.sentence}, item.begin,
                       item.end, CopyOf{item.rule});
#else  // a compiler without C++20's parenthesised aggregates (Clang before 16): one move more
  return *list.insert(place, make_evidence(item, nullptr));
#endif
}

using StatedList = decltype(FactRecord::stated);

// (doc_id, begin, end) of an evidence item, by view.
using SentenceView = std::tuple<std::string_view, std::size_t, std::size_t>;
SentenceView sentence_view(const Evidence& evidence) {
  return {evidence.doc_id, evidence.begin, evidence.end};
}
SentenceView sentence_view(const StatedList::value_type& entry) {
  const auto& [doc_id, begin, end] = entry.first;
  return {doc_id, begin, end};
}

// The first entry of `list` (a StatedList, const or not) whose sentence is
// not before `sentence`.
template <class List>
auto stated_lower_bound(List& list, const SentenceView& sentence) {
  return std::lower_bound(list.begin(), list.end(), sentence,
                          [](const auto& entry, const SentenceView& key) {
                            return sentence_view(entry) < key;
                          });
}

// The entry of `sentence` in `list`, or list.end().
template <class List>
auto find_stated(List& list, const SentenceView& sentence) {
  auto found = stated_lower_bound(list, sentence);
  return found != list.end() && sentence_view(*found) == sentence ? found : list.end();
}

// remember_stated() of an item that states a date: out of line, as most
// items state none, and for those remember_stated() is one test.
[[gnu::noinline]] void enter_stated(FactRecord& record, const Evidence& evidence,
                                    const StatedDates& stated) {
  const SentenceView sentence = sentence_view(evidence);
  // Documents mostly come in order, so a new sentence usually sorts last.
  StatedList& list = record.stated;
  auto place = list.empty() || sentence_view(list.back()) < sentence
                   ? list.end()
                   : stated_lower_bound(list, sentence);
  if (place != list.end() && sentence_view(*place) == sentence) return;
  list.emplace(place, detail::sentence_key(evidence), stated);
}

// Forgets the dates the item of `evidence`'s sentence stated.
void forget_stated(FactRecord& record, const Evidence& evidence) {
  auto found = find_stated(record.stated, sentence_view(evidence));
  if (found != record.stated.end()) record.stated.erase(found);
}

inline void remember_stated(FactRecord& record, const Evidence& evidence,
                            const StatedDates& stated) {
  if (!stated.empty()) enter_stated(record, evidence, stated);
}

}  // namespace

StatedDates Store::Impl::stated_for(const FactRecord& record, const Evidence& evidence) const {
  auto found = find_stated(record.stated, sentence_view(evidence));
  return found == record.stated.end() ? StatedDates{} : found->second;
}

inline detail::EvidenceDates Store::Impl::evidence_dates(const FactRecord& record) const {
  const Fact& fact = graph[record.edge];
  return {fact.first_seen, fact.last_seen, fact.valid_from, record.stated_to};
}

void Store::Impl::add_observation(FactRecord& record, Evidence&& evidence, StatedDates stated) {
  add_observation(record, detail::view_of(evidence), &evidence, stated);
}

void Store::Impl::add_observation(FactRecord& record, const EvidenceView& evidence, Evidence* owned,
                                  StatedDates stated) {
  stated = {non_empty(stated.from), non_empty(stated.to)};
  Fact& fact = graph[record.edge];
  bool changed = fact.evidence.empty();  // a fresh fact's pair is settled anew
  // The list is sorted, document first: only this document's items can be
  // the same sentence (a linear scan made large builds quadratic).
  auto [first, last] = document_items(fact.evidence, evidence.doc_id);
  auto same = std::find_if(first, last, [&](const Evidence& e) {
    return e.begin == evidence.begin && e.end == evidence.end;
  });
  if (same != last) {
    // One item per sentence: keep the smaller of the two, whichever came first.
    StatedDates old = stated_for(record, *same);
    int order = compare_in_document(evidence, *same);
    if (!(order < 0 || (order == 0 && stated < old))) return;
    const detail::EvidenceDates before = evidence_dates(record);
    forget_stated(record, *same);
    // Smaller, but still of this document: sorting [first, last) keeps the list sorted.
    *same = make_evidence(evidence, owned);
    remember_stated(record, *same, stated);
    std::sort(first, last);
    recount(record);
    changed = evidence_dates(record) != before;
  } else {
    auto place = std::upper_bound(
        first, last, evidence,
        [](const EvidenceView& a, const Evidence& b) { return compare_in_document(a, b) < 0; });
    const Evidence& stored = insert_evidence(fact.evidence, place, evidence, owned);
    ++evidence_total;
    remember_stated(record, stored, stated);
    // Three tests, not one ||: each update must be applied.
    if (widen(fact.first_seen, fact.last_seen, stored.date)) changed = true;
    if (take_earliest(fact.valid_from, stated.from)) changed = true;
    if (take_latest(record.stated_to, stated.to)) changed = true;
  }
  // The rules read nothing else of a fact (evidence_dates()): if its dates
  // stayed, so did its pair's.
  if (changed) settle(record);
}

void Store::Impl::recount(FactRecord& record) {
  Fact& fact = graph[record.edge];
  fact.first_seen = {};
  fact.last_seen = {};
  fact.valid_from.reset();
  record.stated_to.reset();
  for (const Evidence& item : fact.evidence) widen(fact.first_seen, fact.last_seen, item.date);
  for (const auto& [sentence, stated] : record.stated) {
    take_earliest(fact.valid_from, stated.from);
    take_latest(record.stated_to, stated.to);
  }
}

}  // namespace orgkg

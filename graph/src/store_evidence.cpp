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
#include <tuple>
#include <utility>
#include <vector>

#include "store_impl.hpp"

namespace orgkg {
namespace detail {

SentenceKey sentence_key(const Evidence& evidence) {
  return {evidence.doc_id, evidence.begin, evidence.end};
}

}  // namespace detail

namespace {

using detail::FactRecord;
using detail::StatedDates;

void widen(Date& first, Date& last, const Date& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || last < date) last = date;
}

void take_earliest(std::optional<Date>& mine, const std::optional<Date>& theirs) {
  if (theirs && (!mine || *theirs < *mine)) mine = theirs;
}

void take_latest(std::optional<Date>& mine, const std::optional<Date>& theirs) {
  if (theirs && (!mine || *mine < *theirs)) mine = theirs;
}

std::optional<Date> non_empty(const std::optional<Date>& date) {
  return date && !date->empty() ? date : std::nullopt;
}

bool same_sentence(const Evidence& a, const Evidence& b) {
  return a.doc_id == b.doc_id && a.begin == b.begin && a.end == b.end;
}

using EvidenceIt = std::vector<Evidence>::iterator;

// The items of `item`'s document in `list` (sorted, document first), an empty
// range where `item` would go if there are none. Documents mostly come in
// order, so the document is usually the last one listed, or after it: then the
// tail is all there is to look at, and the list (long, and cold in the cache)
// is not searched.
std::pair<EvidenceIt, EvidenceIt> document_items(std::vector<Evidence>& list,
                                                 const Evidence& item) {
  int order = list.empty() ? -1 : list.back().doc_id.compare(item.doc_id);
  if (order < 0) return {list.end(), list.end()};
  if (order == 0) {
    auto first = list.end() - 1;
    while (first != list.begin() && (first - 1)->doc_id == item.doc_id) --first;
    return {first, list.end()};
  }
  return std::equal_range(list.begin(), list.end(), item,
                          [](const Evidence& a, const Evidence& b) { return a.doc_id < b.doc_id; });
}

// remember_stated() of an item that states a date: out of line, as most
// items state none, and for those remember_stated() is one test.
[[gnu::noinline]] void enter_stated(FactRecord& record, const Evidence& evidence,
                                    const StatedDates& stated) {
  // Documents mostly come in order, so a new sentence usually sorts last: the
  // hint makes that one comparison (a wrong hint only costs the usual search).
  record.stated.emplace_hint(record.stated.end(), detail::sentence_key(evidence), stated);
}

inline void remember_stated(FactRecord& record, const Evidence& evidence,
                            const StatedDates& stated) {
  if (!stated.empty()) enter_stated(record, evidence, stated);
}

}  // namespace

StatedDates Store::Impl::stated_for(const FactRecord& record, const Evidence& evidence) const {
  auto found = record.stated.find(detail::sentence_key(evidence));
  return found == record.stated.end() ? StatedDates{} : found->second;
}

// Inline: add_observation() asks it twice per item, and nothing else does.
inline detail::EvidenceDates Store::Impl::evidence_dates(const FactRecord& record) const {
  const Fact& fact = graph[record.edge];
  return {fact.first_seen, fact.last_seen, fact.valid_from, record.stated_to};
}

void Store::Impl::add_observation(FactRecord& record, Evidence&& evidence, StatedDates stated) {
  stated = {non_empty(stated.from), non_empty(stated.to)};
  Fact& fact = graph[record.edge];
  const bool fresh = fact.evidence.empty();
  const detail::EvidenceDates before = evidence_dates(record);
  // The list is sorted, document first: only this document's items can be
  // the same sentence (a linear scan made large builds quadratic).
  auto [first, last] = document_items(fact.evidence, evidence);
  auto same =
      std::find_if(first, last, [&](const Evidence& e) { return same_sentence(e, evidence); });
  if (same != last) {
    // One item per sentence: keep the smaller of the two, whichever came first.
    StatedDates old = stated_for(record, *same);
    if (!(std::tie(evidence, stated) < std::tie(*same, old))) return;
    record.stated.erase(detail::sentence_key(*same));
    remember_stated(record, evidence, stated);
    *same = std::move(evidence);  // smaller, but still of this document: [first, last) stays sorted
    std::sort(first, last);
    recount(record);
  } else {
    auto place = std::upper_bound(first, last, evidence);
    const Evidence& stored = *fact.evidence.insert(place, std::move(evidence));
    ++evidence_total;
    remember_stated(record, stored, stated);
    widen(fact.first_seen, fact.last_seen, stored.date);
    take_earliest(fact.valid_from, stated.from);
    take_latest(record.stated_to, stated.to);
  }
  // The rules read nothing else of a fact: if its dates stayed, so did its pair's.
  if (fresh || evidence_dates(record) != before) settle(record);
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

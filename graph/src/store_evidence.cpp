// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The Store's evidence handling (store_impl.hpp): recording one observation
// of a fact, one evidence item per sentence, and the dates the evidence gives
// the fact (first/last seen, the stated start and end). What the dates then
// mean for the other facts of the pair is Store::Impl::settle()'s
// (store.cpp, temporal.hpp).
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "store_impl.hpp"

namespace orgkg {
namespace detail {

SentenceKey sentence_key(const StoredEvidence& evidence) {
  return {evidence.doc_id, evidence.begin, evidence.end};
}

}  // namespace detail

namespace {

using detail::FactRecord;
using detail::StatedDates;
using detail::StoredEvidence;

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

// `stated` without empty dates, as the Store keeps it.
// kept_form() in place, copying nothing.
void make_kept_form(StatedDates& stated) {
  if (stated.from && stated.from->empty()) stated.from.reset();
  if (stated.to && stated.to->empty()) stated.to.reset();
}

StatedDates kept_form(const StatedDates& stated) {
  return {non_empty(stated.from), non_empty(stated.to)};
}

using Items = std::vector<StoredEvidence>;
using ItemIt = Items::iterator;

const std::string* doc_of(const StoredEvidence& item) { return item.doc_id; }
const std::string* doc_of(const std::string* doc_id) { return doc_id; }

// The items of document `doc_id` (kept by the Store's pool, so one document
// is one address) in `list` (sorted, document first), an empty range where
// its items would go if there are none. Documents mostly come in order, so
// the document is usually the last one listed, or after it: then the tail is
// all there is to look at, and the list (long, and cold in the cache) is not
// searched. `sorts_last` says that `doc_id` sorts after every other document
// (EvidenceTexts::sorts_last()), so after the last one listed.
std::pair<ItemIt, ItemIt> document_items(Items& list, const std::string* doc_id, bool sorts_last) {
  if (list.empty()) return {list.end(), list.end()};
  if (list.back().doc_id == doc_id) {
    auto first = list.end() - 1;
    while (first != list.begin() && (first - 1)->doc_id == doc_id) --first;
    return {first, list.end()};
  }
  if (sorts_last || *list.back().doc_id < *doc_id) return {list.end(), list.end()};
  return std::equal_range(list.begin(), list.end(), doc_id,
                          [](const auto& a, const auto& b) { return *doc_of(a) < *doc_of(b); });
}

// `a` <=> `b` as Evidence orders them, for two items of the same document:
// negative, zero or positive.
int compare_in_document(const EvidenceView& a, const StoredEvidence& b) {
  if (const Date date = b.date(); a.date != date) return a.date < date ? -1 : 1;
  if (int order = a.sentence.compare(std::string_view(b.sentence, b.sentence_size))) return order;
  if (a.begin != b.begin) return a.begin < b.begin ? -1 : 1;
  if (a.end != b.end) return a.end < b.end ? -1 : 1;
  return a.rule.compare(*b.rule);
}

// The item among [first, last), items of one document, of the sentence of
// `item` (the same begin and end), or `last`.
template <class It>
It same_sentence(It first, It last, const EvidenceView& item) {
  return std::find_if(first, last, [&](const StoredEvidence& e) {
    return e.begin == item.begin && e.end == item.end;
  });
}

// One item per sentence: whether `item`, stating `stated`, takes the place of
// `kept`, the item of its sentence already kept, which stated `kept_stated`:
// the smaller of the two is kept, and of two equal ones the one stating less,
// whichever came first.
bool replaces(const EvidenceView& item, const StatedDates& stated, const StoredEvidence& kept,
              const StatedDates& kept_stated) {
  const int order = compare_in_document(item, kept);
  return order < 0 || (order == 0 && stated < kept_stated);
}

// Sorts the items [first, last) of one document, in Evidence's order.
template <class It>
void sort_items(It first, It last) {
  std::sort(first, last,
            [](const StoredEvidence& a, const StoredEvidence& b) { return a.view() < b.view(); });
}

// Makes room in a full `items` for more, `place` kept pointing at the same
// position. A fact's list grows by one item at a time to hundreds in a large
// build, and each growth copies every item kept (cold in the cache by then):
// eight times the room, not the vector's two, copies each item a seventh of
// a time on average, not once; the room is not touched until it is used.
// A fresh list starts with room for eight (320 bytes): most facts get more
// than four items, and a second growth at the fifth cost more than the
// room a fact of few items leaves unused.
[[gnu::noinline]] void grow(Items& items, ItemIt& place) {
  const std::size_t at = static_cast<std::size_t>(place - items.begin());
  items.reserve(items.empty() ? 8 : items.size() * 8);
  place = items.begin() + static_cast<std::ptrdiff_t>(at);
}

using StatedList = decltype(FactRecord::stated);

// (doc_id, begin, end) of an evidence item, by view.
using SentenceView = std::tuple<std::string_view, std::size_t, std::size_t>;
SentenceView sentence_view(const EvidenceView& evidence) {
  return {evidence.doc_id, evidence.begin, evidence.end};
}
SentenceView sentence_view(const StoredEvidence& evidence) {
  return {*evidence.doc_id, evidence.begin, evidence.end};
}
SentenceView sentence_view(const StatedList::value_type& entry) {
  return {*entry.first.doc_id, entry.first.begin, entry.first.end};
}

// The first entry of `list` (a StatedList, const or not) whose sentence is
// not before `sentence`.
template <class List>
auto stated_lower_bound(List& list, const SentenceView& sentence) {
  return std::lower_bound(
      list.begin(), list.end(), sentence,
      [](const auto& entry, const SentenceView& key) { return sentence_view(entry) < key; });
}

// The entry of `sentence` in `list`, or list.end().
template <class List>
auto find_stated(List& list, const SentenceView& sentence) {
  auto found = stated_lower_bound(list, sentence);
  return found != list.end() && sentence_view(*found) == sentence ? found : list.end();
}

// remember_stated() of an item that states a date: out of line, as most
// items state none, and for those remember_stated() is one test.
[[gnu::noinline]] void enter_stated(FactRecord& record, const StoredEvidence& evidence,
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
void forget_stated(FactRecord& record, const StoredEvidence& evidence) {
  auto found = find_stated(record.stated, sentence_view(evidence));
  if (found != record.stated.end()) record.stated.erase(found);
}

inline void remember_stated(FactRecord& record, const StoredEvidence& evidence,
                            const StatedDates& stated) {
  if (!stated.empty()) enter_stated(record, evidence, stated);
}

}  // namespace

StatedDates Store::Impl::stated_for(const FactRecord& record, const EvidenceView& evidence) const {
  auto found = find_stated(record.stated, sentence_view(evidence));
  return found == record.stated.end() ? StatedDates{} : found->second;
}

inline detail::EvidenceDates Store::Impl::evidence_dates(const FactRecord& record) const {
  const Fact& fact = graph[record.edge];
  return {fact.first_seen, fact.last_seen, fact.valid_from, record.stated_to};
}

void Store::Impl::add_observation(FactRecord& record, const EvidenceView& evidence,
                                  StatedDates stated) {
  make_kept_form(stated);
  Fact& fact = graph[record.edge];
  Items& items = detail::EvidenceListAccess::items(fact.evidence);
  bool changed = items.empty();  // a fresh fact's pair is settled anew
  const std::string* doc_id = texts.doc_id(evidence.doc_id);
  // The list is sorted, document first: only this document's items can be
  // the same sentence (a linear scan made large builds quadratic).
  auto [first, last] = document_items(items, doc_id, texts.sorts_last(doc_id));
  auto same = same_sentence(first, last, evidence);
  if (same != last) {
    if (!replaces(evidence, stated, *same, stated_for(record, same->view()))) return;
    const detail::EvidenceDates before = evidence_dates(record);
    forget_stated(record, *same);
    // Smaller, but still of this document: sorting [first, last) keeps the list sorted.
    *same = texts.keep(evidence, doc_id);
    remember_stated(record, *same, stated);
    sort_items(first, last);
    recount(record);
    changed = evidence_dates(record) != before;
  } else {
    auto place =
        std::upper_bound(first, last, evidence, [](const EvidenceView& a, const StoredEvidence& b) {
          return compare_in_document(a, b) < 0;
        });
    if (items.size() == items.capacity()) grow(items, place);
    // Documents mostly come in order: the item mostly goes last.
    const StoredEvidence& stored = place == items.end()
                                       ? items.emplace_back(texts.keep(evidence, doc_id))
                                       : *items.insert(place, texts.keep(evidence, doc_id));
    ++evidence_total;
    remember_stated(record, stored, stated);
    // Three tests, not one ||: each update must be applied.
    if (widen(fact.first_seen, fact.last_seen, evidence.date)) changed = true;
    if (take_earliest(fact.valid_from, stated.from)) changed = true;
    if (take_latest(record.stated_to, stated.to)) changed = true;
  }
  // The rules read nothing else of a fact (evidence_dates()): if its dates
  // stayed, so did its pair's.
  if (changed) settle(record);
}

bool detail::mergeable(std::span<const IncomingEvidence> items) {
  for (std::size_t i = 1; i < items.size(); ++i) {
    const EvidenceView& before = items[i - 1].view;
    const EvidenceView& item = items[i].view;
    if (!(before < item)) return false;
    // Another item of the same sentence of the document, among those before.
    for (std::size_t j = i; j > 0 && items[j - 1].view.doc_id == item.doc_id; --j) {
      if (items[j - 1].view.begin == item.begin && items[j - 1].view.end == item.end) return false;
    }
  }
  return true;
}

void Store::Impl::merge_evidence(FactRecord& record,
                                 std::span<const detail::IncomingEvidence> incoming) {
  using detail::IncomingEvidence;
  Items& mine = detail::EvidenceListAccess::items(graph[record.edge].evidence);
  if (incoming.empty()) return;
  // All after the last of mine (a fresh fact, or shards of consecutive
  // files): each is appended, which add_observation() does at once.
  if (mine.empty() || *mine.back().doc_id < incoming.front().view.doc_id) {
    for (const IncomingEvidence& item : incoming) add_observation(record, item.view, item.stated);
    return;
  }
  // Interleaved documents (shards of every N-th file): inserting each item
  // where it sorts moved the items after it, the merge of two such halves
  // growing with the square of a fact's items. So the two sorted lists are
  // merged into a new one, a document at a time, and a document on both sides
  // gets what add_observation() would make of it item by item: one item per
  // sentence, the smaller kept (its stated dates breaking a tie).
  const detail::EvidenceDates before = evidence_dates(record);
  Items merged;
  merged.reserve(mine.size() + incoming.size());
  StatedList stated_in;                // the stated dates of the items taken in
  std::vector<SentenceView> replaced;  // mine given up for one taken in
  auto my_document_end = [](Items::const_iterator at, Items::const_iterator end) {
    const std::string* doc_id = at->doc_id;
    while (at != end && at->doc_id == doc_id) ++at;
    return at;
  };
  auto their_document_end = [&](const IncomingEvidence* at) {
    const std::string_view doc_id = at->view.doc_id;
    while (at != incoming.data() + incoming.size() && at->view.doc_id == doc_id) ++at;
    return at;
  };
  auto take = [&](const EvidenceView& item, const StatedDates& stated, const std::string* doc_id) {
    const StoredEvidence kept = texts.keep(item, doc_id);
    if (!stated.empty()) stated_in.emplace_back(detail::sentence_key(kept), stated);
    return kept;
  };
  auto my_at = std::as_const(mine).begin();
  const IncomingEvidence* their_at = incoming.data();
  const IncomingEvidence* const their_last = incoming.data() + incoming.size();
  std::size_t added = 0;
  while (my_at != mine.cend() || their_at != their_last) {
    int order = 1;  // by document: mine first (< 0), theirs first (> 0), or both
    if (my_at != mine.cend()) {
      order = their_at == their_last ? -1 : my_at->doc_id->compare(their_at->view.doc_id);
    }
    if (order < 0) {
      auto my_end = my_document_end(my_at, mine.cend());
      merged.insert(merged.end(), my_at, my_end);
      my_at = my_end;
      continue;
    }
    const IncomingEvidence* const their_end = their_document_end(their_at);
    const std::string* doc_id = texts.doc_id(their_at->view.doc_id);
    const std::size_t first = merged.size();
    if (order == 0) {
      auto my_end = my_document_end(my_at, mine.cend());
      merged.insert(merged.end(), my_at, my_end);
      my_at = my_end;
    }
    const std::size_t mine_end = merged.size();  // [first, mine_end): mine of this document
    // Valid while items are appended: `merged` has room for them all.
    const auto mine_first = merged.begin() + static_cast<std::ptrdiff_t>(first);
    const auto mine_last = merged.begin() + static_cast<std::ptrdiff_t>(mine_end);
    for (; their_at != their_end; ++their_at) {
      const EvidenceView& item = their_at->view;
      const StatedDates stated = kept_form(their_at->stated);
      auto same = same_sentence(mine_first, mine_last, item);
      if (same == mine_last) {
        merged.push_back(take(item, stated, doc_id));
        ++added;
      } else if (replaces(item, stated, *same, stated_for(record, same->view()))) {
        replaced.push_back(sentence_view(*same));
        *same = take(item, stated, doc_id);
      }
    }
    sort_items(merged.begin() + static_cast<std::ptrdiff_t>(first), merged.end());
  }
  // The stated dates: mine but those replaced, and theirs taken, in sentence order.
  std::sort(replaced.begin(), replaced.end());
  std::sort(stated_in.begin(), stated_in.end(),
            [](const auto& a, const auto& b) { return sentence_view(a) < sentence_view(b); });
  StatedList stated;
  stated.reserve(record.stated.size() + stated_in.size());
  auto in_at = stated_in.begin();
  for (auto& entry : record.stated) {
    for (; in_at != stated_in.end() && sentence_view(*in_at) < sentence_view(entry); ++in_at) {
      stated.push_back(std::move(*in_at));
    }
    if (!std::binary_search(replaced.begin(), replaced.end(), sentence_view(entry))) {
      stated.push_back(std::move(entry));
    }
  }
  std::move(in_at, stated_in.end(), std::back_inserter(stated));
  mine = std::move(merged);
  record.stated = std::move(stated);
  evidence_total += added;
  recount(record);
  if (evidence_dates(record) != before) settle(record);
}

void Store::Impl::recount(FactRecord& record) {
  Fact& fact = graph[record.edge];
  fact.first_seen = {};
  fact.last_seen = {};
  fact.valid_from.reset();
  record.stated_to.reset();
  for (const StoredEvidence& item : detail::EvidenceListAccess::items(fact.evidence)) {
    widen(fact.first_seen, fact.last_seen, item.date());
  }
  for (const auto& [sentence, stated] : record.stated) {
    take_earliest(fact.valid_from, stated.from);
    take_latest(record.stated_to, stated.to);
  }
}

}  // namespace orgkg

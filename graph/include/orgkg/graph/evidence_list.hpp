// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// EvidenceList: a fact's evidence items as a Store keeps them. A build sees
// the same few thousand facts in hundreds of thousands of sentences, so the
// evidence is most of a graph's memory. An item here holds no string of its
// own: its document id and rule are kept once per Store, and its sentence
// once per document and sentence, however many facts it gives evidence for
// (store.hpp). An item is read as an EvidenceView (triple_view.hpp), whose
// views point into the Store: valid as long as the Store lives, like the
// Fact itself, and across copies of the Fact while the Store lives. A list
// built by hand (push_back()) keeps its own copies of the strings instead.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/triple.hpp"
#include "orgkg/graph/triple_view.hpp"

namespace orgkg {
namespace detail {

class TextPool;
struct EvidenceListAccess;

/// One evidence item as an EvidenceList keeps it: the strings live in a
/// TextPool, the document id and rule once per pool. 40 bytes, not 56: a
/// large build keeps hundreds of thousands of items, in lists that grow by
/// copying, so the offsets and the sentence's size are 32-bit and the date
/// is packed in 32 bits (an item of a sentence of 4 GiB or more, at offsets
/// beyond, or dated outside years -32768 to 32767 or with a month or day
/// beyond 255 is refused; Date::make() makes none such).
struct StoredEvidence {
  const std::string* doc_id = nullptr;
  const std::string* rule = nullptr;
  const char* sentence = nullptr;
  std::int16_t year = 0;
  std::uint8_t month = 0;
  std::uint8_t day = 0;
  std::uint32_t sentence_size = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  [[nodiscard]] Date date() const noexcept { return {year, month, day}; }
  [[nodiscard]] EvidenceView view() const noexcept {
    return {*doc_id, date(), {sentence, sentence_size}, begin, end, *rule};
  }
};

}  // namespace detail

class EvidenceList {
 public:
  /// Random access over the items, each read as an EvidenceView (a value).
  class const_iterator {
   public:
    using iterator_concept = std::random_access_iterator_tag;
    using iterator_category = std::input_iterator_tag;  // `reference` is a value
    using value_type = EvidenceView;
    using reference = EvidenceView;
    using difference_type = std::ptrdiff_t;

    const_iterator() = default;
    reference operator*() const noexcept { return item_->view(); }
    reference operator[](difference_type n) const noexcept { return item_[n].view(); }
    // clang-format off
    const_iterator& operator++() noexcept { ++item_; return *this; }
    const_iterator operator++(int) noexcept { const_iterator was = *this; ++item_; return was; }
    const_iterator& operator--() noexcept { --item_; return *this; }
    const_iterator operator--(int) noexcept { const_iterator was = *this; --item_; return was; }
    const_iterator& operator+=(difference_type n) noexcept { item_ += n; return *this; }
    const_iterator& operator-=(difference_type n) noexcept { item_ -= n; return *this; }
    friend const_iterator operator+(const_iterator it, difference_type n) noexcept { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) noexcept { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) noexcept { return it -= n; }
    // clang-format on
    friend difference_type operator-(const_iterator a, const_iterator b) noexcept {
      return a.item_ - b.item_;
    }
    friend bool operator==(const_iterator a, const_iterator b) noexcept = default;
    friend auto operator<=>(const_iterator a, const_iterator b) noexcept = default;

   private:
    friend class EvidenceList;
    explicit const_iterator(const detail::StoredEvidence* item) noexcept : item_(item) {}
    const detail::StoredEvidence* item_ = nullptr;
  };
  using iterator = const_iterator;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;
  using value_type = EvidenceView;
  using size_type = std::size_t;

  [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
  [[nodiscard]] bool empty() const noexcept { return items_.empty(); }
  [[nodiscard]] EvidenceView operator[](std::size_t i) const noexcept { return items_[i].view(); }
  [[nodiscard]] EvidenceView front() const noexcept { return items_.front().view(); }
  [[nodiscard]] EvidenceView back() const noexcept { return items_.back().view(); }
  [[nodiscard]] const_iterator begin() const noexcept { return const_iterator(items_.data()); }
  [[nodiscard]] const_iterator end() const noexcept {
    return const_iterator(items_.data() + items_.size());
  }
  [[nodiscard]] const_reverse_iterator rbegin() const noexcept {
    return const_reverse_iterator(end());
  }
  [[nodiscard]] const_reverse_iterator rend() const noexcept {
    return const_reverse_iterator(begin());
  }

  /// Appends a copy of `item`, its strings kept by this list (and its
  /// copies): for a Fact built by hand. A Store keeps its facts' lists sorted
  /// (fact.hpp); this does not sort.
  void push_back(const Evidence& item);
  /// Removes every item.
  void clear() noexcept { items_.clear(); }
  /// Every item as an owning Evidence, in order.
  [[nodiscard]] std::vector<Evidence> to_vector() const;

  /// Item by item, by content (where the strings are kept does not matter).
  friend bool operator==(const EvidenceList& a, const EvidenceList& b) noexcept;

 private:
  friend struct detail::EvidenceListAccess;
  std::vector<detail::StoredEvidence> items_;
  std::shared_ptr<detail::TextPool> own_texts_;  ///< push_back()'s strings
};

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// KeptTriples: a document's triples kept by views, for the threaded build
// (build_pipeline.cpp), where a worker extracts and the calling thread adds
// to the Store later. Building a Triple for each observation (two entities
// and three strings copied) cost the workers, and adding it with
// Store::add() cost the calling thread, more than the single-thread path
// pays, where each view goes straight into a Store::Batch (on 100 MB with
// two threads, a fifth of the wall time). Kept here, the views go into a
// Batch on the calling thread the same way, in the same order, restarted
// where the single-thread path restarts it, so the Store comes out the same.
//
// A view is kept as it is where it points at what outlives the record: the
// document (which must stay where it is, e.g. behind a unique_ptr, while
// the record lives) and the entities of `lasting` (the gazetteer's). Anything
// else (an entity an extractor made for the document, a surface form in an
// analysis, a rule name) is copied into the record when it is accepted.
//
// A record is made on a worker and dropped on the calling thread, so what it
// allocated would be freed on another thread than the one that allocated it
// (a slower free), after growing its lists from nothing for each document.
// Its memory is handed on instead (Room): emptied by the calling thread and
// filled again by a worker, a build's records stop allocating once they
// have grown to its documents.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "orgkg/extract/document.hpp"
#include "orgkg/extract/extractor.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "orgkg/graph/store.hpp"
#include "orgkg/graph/triple_view.hpp"
#include "tokenizer.hpp"

namespace orgkg::detail {

/// Entities that outlive every record: their addresses are kept as they are.
using LastingEntities = std::unordered_set<const Entity*>;

/// The gazetteer's entities, which outlive a build.
[[nodiscard]] LastingEntities lasting_entities(const Gazetteer& gazetteer);

class KeptTriples final : public TripleSink {
 public:
  /// The memory of a KeptTriples, emptied: its lists and the arena of its
  /// copies, with the room each has grown, for another KeptTriples to fill.
  class Room {
   public:
    Room() = default;
    /// Whether it has grown past what is worth keeping for the next
    /// document: a record of an unusually large document is let go.
    [[nodiscard]] bool oversized() const noexcept;

   private:
    friend class KeptTriples;
    std::vector<TripleView> views_;
    std::vector<std::size_t> extractor_ends_;
    TokenArena strings_;
  };

  /// Lasting entities met before, for the KeptTriples of one set of lasting
  /// entities made one after another (a worker's): a build names the same
  /// few hundred over and over, and those met before are known by their
  /// slot here without a lookup in the set. A direct-mapped cache: an
  /// entity is in its slot, or another took it.
  class SeenLasting {
   public:
    SeenLasting() = default;

   private:
    friend class KeptTriples;
    static constexpr int kBits = 8;
    // The slot of `entity` (Fibonacci hashing).
    [[nodiscard]] const Entity*& slot(const Entity* entity) noexcept {
      const auto address = reinterpret_cast<std::uintptr_t>(entity);
      return slots_[static_cast<std::size_t>((address * 0x9E3779B97F4A7C15ULL) >> (64 - kBits))];
    }
    std::array<const Entity*, std::size_t{1} << kBits> slots_{};
  };

  /// Triples of `document`, which must not move or change while this lives,
  /// kept in `room` (its contents dropped, its memory reused; an empty
  /// Room{} for new memory), knowing the entities of `lasting` that `seen`
  /// holds, and adding those it meets (`seen` must be used with no other
  /// set, and outlive this).
  KeptTriples(const Document& document, const LastingEntities& lasting, Room room,
              SeenLasting& seen);
  KeptTriples(KeptTriples&&) noexcept = default;
  KeptTriples& operator=(KeptTriples&&) noexcept = default;
  KeptTriples(const KeptTriples&) = delete;
  KeptTriples& operator=(const KeptTriples&) = delete;
  ~KeptTriples() override = default;

  void accept(Triple triple) override;
  void accept_view(const TripleView& triple) override;
  /// An extractor is done: the entities it named may be gone, and another
  /// may take their addresses.
  void end_extractor();

  /// The triples kept.
  [[nodiscard]] std::size_t size() const noexcept { return room_.views_.size(); }
  /// Adds the triples in the order accepted through `batch`, restarted
  /// after each extractor's triples, the last one's too.
  void add_to(Store::Batch& batch) const;
  /// Drops the triples kept (their views dangle) and gives up the memory
  /// they were kept in, for another KeptTriples.
  [[nodiscard]] Room release() &&;

 private:
  // Whether `view` lies within `text`'s bytes.
  static bool points_into(std::string_view view, const std::string& text) noexcept {
    const std::less_equal<const char*> not_after;
    return not_after(text.data(), view.data()) &&
           not_after(view.data() + view.size(), text.data() + text.size());
  }
  // Whether `text` lies in the document's text or id, which outlive the
  // views kept.
  [[nodiscard]] bool in_document(std::string_view text) const noexcept {
    return points_into(text, document_->text) || points_into(text, document_->source.id);
  }
  // `text` where it lives if that is in the document, else a copy. Inline:
  // a triple's document id and sentence mostly point into the document.
  [[nodiscard]] std::string_view keep(std::string_view text) {
    return in_document(text) ? text : copy(text);
  }
  // keep() of a field whose text mostly repeats from one triple to the next
  // (a rule, the organisation's alias in a list of members): `last` is the
  // copy made for the field last, reused while the text is the same.
  [[nodiscard]] std::string_view keep_repeated(std::string_view text, std::string_view& last) {
    if (in_document(text)) return text;
    if (text == last) return last;
    return last = copy(text);
  }
  [[nodiscard]] std::string_view copy(std::string_view text);
  // `entity` if it is lasting, else its copy. A build names the same few
  // hundred lasting entities over and over: those met before are known by
  // their slot in `seen_`, without a lookup.
  [[nodiscard]] const Entity* keep(const Entity* entity) {
    const Entity*& seen = seen_->slot(entity);
    if (seen == entity) return entity;
    return keep_other(entity, seen);
  }
  // keep() of an entity not in its slot `seen`, where it goes if lasting.
  [[nodiscard]] const Entity* keep_other(const Entity* entity, const Entity*& seen);

  const Document* document_;
  const LastingEntities* lasting_;
  // views_, extractor_ends_ (views_.size() at each end_extractor()), and
  // strings_, the copies of the views that do not point into the document.
  Room room_;
  SeenLasting* seen_;
  std::vector<std::unique_ptr<Triple>> owned_;     // the triples accept() was given
  std::vector<std::unique_ptr<Entity>> entities_;  // copies of the entities not lasting
  // The entities of the current extractor copied so far: (original, copy).
  std::vector<std::pair<const Entity*, const Entity*>> copied_;
  // The copies keep_repeated() made last of the subject's alias, the
  // object's, and the rule.
  std::array<std::string_view, 3> last_copies_{};
};

}  // namespace orgkg::detail

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
#pragma once

#include <cstddef>
#include <deque>
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
  /// Triples of `document`, which must not move or change while this lives.
  KeptTriples(const Document& document, const LastingEntities& lasting)
      : document_(&document), lasting_(&lasting) {}
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
  [[nodiscard]] std::size_t size() const noexcept { return views_.size(); }
  /// Adds the triples in the order accepted through `batch`, restarted
  /// after each extractor's triples, the last one's too.
  void add_to(Store::Batch& batch) const;

 private:
  [[nodiscard]] std::string_view keep(std::string_view text);
  [[nodiscard]] const Entity* keep(const Entity* entity);

  const Document* document_;
  const LastingEntities* lasting_;
  std::vector<TripleView> views_;
  std::vector<std::size_t> extractor_ends_;  // views_.size() at each end_extractor()
  std::deque<Triple> owned_;                 // the triples accept() was given
  std::deque<Entity> entities_;              // copies of the entities not lasting
  // The entities of the current extractor copied so far: (original, copy).
  std::vector<std::pair<const Entity*, const Entity*>> copied_;
  TokenArena strings_;  // copies of the views that do not point into the document
};

}  // namespace orgkg::detail

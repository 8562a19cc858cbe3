// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "kept_triples.hpp"

#include <algorithm>
#include <cstring>
#include <functional>

namespace orgkg::detail {

namespace {

// Whether `view` lies within `text`'s bytes.
bool points_into(std::string_view view, const std::string& text) {
  std::less_equal<const char*> not_after;
  return not_after(text.data(), view.data()) &&
         not_after(view.data() + view.size(), text.data() + text.size());
}

}  // namespace

LastingEntities lasting_entities(const Gazetteer& gazetteer) {
  LastingEntities lasting;
  for (EntityKind kind :
       {EntityKind::State, EntityKind::Organisation, EntityKind::City, EntityKind::Other}) {
    for (const Entity* entity : gazetteer.entities(kind)) lasting.insert(entity);
  }
  return lasting;
}

std::string_view KeptTriples::keep(std::string_view text) {
  if (text.empty()) return {};
  if (points_into(text, document_->text) || points_into(text, document_->source.id)) return text;
  char* copy = strings_.allocate(text.size());
  std::memcpy(copy, text.data(), text.size());
  return {copy, text.size()};
}

const Entity* KeptTriples::keep(const Entity* entity) {
  if (lasting_->contains(entity)) return entity;
  auto copied = std::find_if(copied_.begin(), copied_.end(),
                             [&](const auto& pair) { return pair.first == entity; });
  if (copied != copied_.end()) return copied->second;
  const Entity* copy = &entities_.emplace_back(*entity);
  copied_.emplace_back(entity, copy);
  return copy;
}

void KeptTriples::accept_view(const TripleView& triple) {
  TripleView& kept = views_.emplace_back(triple);
  kept.subject.entity = keep(triple.subject.entity);
  kept.object.entity = keep(triple.object.entity);
  if (kept.subject.alias) kept.subject.alias = keep(*kept.subject.alias);
  if (kept.object.alias) kept.object.alias = keep(*kept.object.alias);
  EvidenceView& evidence = kept.evidence;
  evidence.doc_id = keep(evidence.doc_id);
  evidence.sentence = keep(evidence.sentence);
  evidence.rule = keep(evidence.rule);
}

void KeptTriples::accept(Triple triple) {
  // Kept whole, and viewed: Store::add() of the Triple and Batch::add() of
  // a view of it with no alias of its own give the same store.
  const Triple& owned = owned_.emplace_back(std::move(triple));
  const Evidence& evidence = owned.evidence;
  views_.push_back(TripleView{{&owned.subject, std::nullopt},
                              owned.relation,
                              {&owned.object, std::nullopt},
                              owned.valid_from,
                              owned.valid_to,
                              {evidence.doc_id, evidence.date, evidence.sentence, evidence.begin,
                               evidence.end, evidence.rule}});
}

void KeptTriples::end_extractor() {
  extractor_ends_.push_back(views_.size());
  copied_.clear();
}

void KeptTriples::add_to(Store::Batch& batch) const {
  auto end = extractor_ends_.begin();
  for (std::size_t i = 0; i < views_.size(); ++i) {
    for (; end != extractor_ends_.end() && *end == i; ++end) batch.restart();
    batch.add(views_[i]);
  }
  for (; end != extractor_ends_.end(); ++end) batch.restart();
}

}  // namespace orgkg::detail

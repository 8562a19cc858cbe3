// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "kept_triples.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <utility>

namespace orgkg::detail {

namespace {

// A Room whose list of views has grown past this many is not kept: the
// rooms in flight then stay near the size of an ordinary document's triples.
constexpr std::size_t kMostViewsKept = 4096;

}  // namespace

bool KeptTriples::Room::oversized() const noexcept { return views_.capacity() > kMostViewsKept; }

LastingEntities lasting_entities(const Gazetteer& gazetteer) {
  LastingEntities lasting;
  for (EntityKind kind :
       {EntityKind::State, EntityKind::Organisation, EntityKind::City, EntityKind::Other}) {
    for (const Entity* entity : gazetteer.entities(kind)) lasting.insert(entity);
  }
  return lasting;
}

KeptTriples::KeptTriples(const Document& document, const LastingEntities& lasting, Room room,
                         SeenLasting& seen)
    : document_(&document), lasting_(&lasting), room_(std::move(room)), seen_(&seen) {}

std::string_view KeptTriples::copy(std::string_view text) {
  if (text.empty()) return {};
  char* copy = room_.strings_.allocate(text.size());
  std::memcpy(copy, text.data(), text.size());
  return {copy, text.size()};
}

const Entity* KeptTriples::keep_other(const Entity* entity, const Entity*& seen) {
  if (lasting_->contains(entity)) {
    seen = entity;
    return entity;
  }
  auto copied = std::find_if(copied_.begin(), copied_.end(),
                             [&](const auto& pair) { return pair.first == entity; });
  if (copied != copied_.end()) return copied->second;
  const Entity* copy = entities_.emplace_back(std::make_unique<Entity>(*entity)).get();
  copied_.emplace_back(entity, copy);
  return copy;
}

void KeptTriples::accept_view(const TripleView& triple) {
  TripleView& kept = room_.views_.emplace_back(triple);
  kept.subject.entity = keep(triple.subject.entity);
  kept.object.entity = keep(triple.object.entity);
  if (kept.subject.alias) {
    kept.subject.alias = keep_repeated(*kept.subject.alias, last_copies_[0]);
  }
  if (kept.object.alias) kept.object.alias = keep_repeated(*kept.object.alias, last_copies_[1]);
  EvidenceView& evidence = kept.evidence;
  evidence.doc_id = keep(evidence.doc_id);
  evidence.sentence = keep(evidence.sentence);
  evidence.rule = keep_repeated(evidence.rule, last_copies_[2]);
}

void KeptTriples::accept(Triple triple) {
  // Kept whole, and viewed: Store::add() of the Triple and Batch::add() of
  // a view of it with no alias of its own give the same store.
  const Triple& owned = *owned_.emplace_back(std::make_unique<Triple>(std::move(triple)));
  const Evidence& evidence = owned.evidence;
  room_.views_.push_back(TripleView{{&owned.subject, std::nullopt},
                                    owned.relation,
                                    {&owned.object, std::nullopt},
                                    owned.valid_from,
                                    owned.valid_to,
                                    {evidence.doc_id, evidence.date, evidence.sentence,
                                     evidence.begin, evidence.end, evidence.rule}});
}

void KeptTriples::end_extractor() {
  room_.extractor_ends_.push_back(room_.views_.size());
  copied_.clear();
}

void KeptTriples::add_to(Store::Batch& batch) const {
  const std::vector<TripleView>& views = room_.views_;
  const std::vector<std::size_t>& ends = room_.extractor_ends_;
  auto end = ends.begin();
  for (std::size_t i = 0; i < views.size(); ++i) {
    for (; end != ends.end() && *end == i; ++end) batch.restart();
    batch.add(views[i]);
  }
  for (; end != ends.end(); ++end) batch.restart();
}

KeptTriples::Room KeptTriples::release() && {
  last_copies_ = {};
  Room room = std::move(room_);
  room.views_.clear();
  room.extractor_ends_.clear();
  room.strings_.clear();
  return room;
}

}  // namespace orgkg::detail

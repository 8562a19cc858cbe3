// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A dialogue partnership named as such: "its|our|STATE's dialogue partnership
// with ORG", "the Russia–ASEAN dialogue partnership", "Japan established a
// dialogue partnership with ASEAN", "the dialogue relations between China and
// ASEAN", "ASEAN and Russia established dialogue relations", and ASEAN's
// "dialogue relations"; and
// NATO's Partnership for Peace, whose participants are NATO's partners.
#include <utility>

#include "partner_roles.hpp"

namespace orgkg::detail {
namespace {

// The subject that an "its" at unit i stands for: the state or organisation
// opening its clause ("Russia has been promoting ... as part of its ...").
const Mention* clause_subject(const Units& u, std::size_t i) {
  std::size_t b = i;
  while (b > 0 && !is(u, b - 1, {";", "but", "while", "whereas"})) --b;
  for (std::size_t k = b; k < i && k < b + 8; ++k) {  // past "In 2016, ..."
    if (is(u, k, {","}) && is_item(u, k + 1)) return u[k + 1].mention;
  }
  std::size_t k = is(u, b, {"the"}) ? b + 1 : b;
  return is_item(u, k) && u[k].mention->form != NameForm::Demonym ? u[k].mention : nullptr;
}

}  // namespace

// its|our|STATE's dialogue partnership with ORG; the STATE–ORG dialogue partnership.
void partnership_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  std::size_t k = i;
  while (is(u, k, {"full", "full-fledged", "sectoral"})) ++k;
  // ASEAN's "dialogue relations" are its dialogue partnerships.
  if (!phrase(u, k, {"dialogue", "partnership"}) && !phrase(u, k, {"dialogue", "relations"}))
    return;
  StatusFinding f;
  f.relation = Relation::PartnerOf;
  f.rule = "partner.dialogue_partnership";
  f.modality = Modality::Presupposed;
  const Mention* owner = nullptr;
  const Mention* other = nullptr;
  std::size_t begin = i;
  if (i >= 1 && is(u, i - 1, {"its", "their"})) {
    owner = clause_subject(u, i - 1);
    begin = i - 1;
  } else if (i >= 1 && publisher && is(u, i - 1, {"our"})) {
    f.publisher = true;
    begin = i - 1;
  } else if (i >= 2 && is(u, i - 1, {"'s"}) && is_item(u, i - 2)) {
    owner = u[i - 2].mention;
    begin = i - 2;
  } else if (i >= 3 && is(u, i - 2, {"-"}) && is_item(u, i - 1) && is_item(u, i - 3)) {
    owner = u[i - 3].mention;  // "the Russia–ASEAN dialogue partnership"
    other = u[i - 1].mention;
    begin = i - 3;
  } else if (i >= 2 && is_item(u, i - 1) && u[i - 1].joined && is_item(u, i - 2)) {
    owner = u[i - 2].mention;  // "the ASEAN-Japan dialogue relations"
    other = u[i - 1].mention;
    begin = i - 2;
  } else if (i >= 2 && is(u, i - 1, {"a", "the"}) &&
             is(u, i - 2,
                {"established", "launched", "began", "started", "built", "enjoys", "enjoyed", "has",
                 "have", "had", "maintains", "maintained"})) {
    owner = clause_subject(u, i - 2);  // "Japan established a dialogue partnership with"
    begin = i - 1;
  } else if (i >= 1 && is(u, i - 1,
                          {"established", "launched", "began", "started", "built", "maintains",
                           "maintained"})) {
    owner = clause_subject(u, i - 1);  // "ASEAN established dialogue relations with Japan"
    begin = i - 1;
  }
  std::size_t phrase_end = k + 2;
  if (other == nullptr && is(u, k + 2, {"with"})) {
    std::size_t w = is(u, k + 3, {"the"}) ? k + 4 : k + 3;
    other = is_item(u, w) ? u[w].mention : nullptr;
  }
  // "the dialogue relations between China and ASEAN[, which were
  // established in 1991]"
  if (owner == nullptr && other == nullptr && !f.publisher && is(u, k + 2, {"between"})) {
    std::size_t a = is(u, k + 3, {"the"}) ? k + 4 : k + 3;
    std::size_t b = is(u, a + 2, {"the"}) ? a + 3 : a + 2;
    if (is_item(u, a) && is(u, a + 1, {"and"}) && is_item(u, b)) {
      owner = u[a].mention;
      other = u[b].mention;
      phrase_end = b + 1;
    }
  }
  // "ASEAN and Russia established dialogue relations": the subject's pair.
  if (owner != nullptr && other == nullptr && begin >= 1) {
    for (std::size_t m = 0; m + 2 < begin; ++m) {
      if (u[m].mention == owner && is(u, m + 1, {"and"}) && is_item(u, m + 2) &&
          (m + 3 == begin - 1 || m + 3 == begin)) {
        other = u[m + 2].mention;
      }
    }
  }
  if ((owner == nullptr && !f.publisher) || other == nullptr) return;
  bool other_org = other->entity->kind == EntityKind::Organisation;
  if (f.publisher && !other_org) return;
  if (!f.publisher && owner->entity->kind == EntityKind::Organisation && !other_org) {
    std::swap(owner, other);  // "ASEAN's dialogue partnership with Russia"
  }
  if (other->entity->kind != EntityKind::Organisation || owner == other) return;
  if (owner != nullptr) f.subjects = {owner};
  f.organisation = other;
  f.anchor = k;
  f.phrase_begin = begin;
  set_scopes(u, k, begin, k + 2, f);
  // The clause's date is its verb's ("has been promoting ... since 2016 and
  // discussing them as part of its dialogue partnership"): only a date right
  // after the phrase ("with ASEAN since 1996") is the partnership's.
  f.date_begin = begin;
  f.date_end = std::min(u.size(), phrase_end + 6);
  // "..., which were established in 1991": the relative clause dates them
  // (a date after ", which" is skipped as another's when read from before).
  if (is(u, phrase_end, {","}) && is(u, phrase_end + 1, {"which"})) {
    f.date_begin = phrase_end + 2;
    f.date_end = std::min(u.size(), phrase_end + 8);
  }
  out.push_back(std::move(f));
}

// LIST joined|took part in|participates in [NATO's|the Alliance's|the]
// Partnership for Peace [programme]: partner_of NATO, named in the sentence.
void peace_partnership_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  std::size_t k = is(u, i, {"joined"}) ? i + 1 : 0;
  if (k == 0 && is(u, i, {"participate", "participates", "participated"}) && is(u, i + 1, {"in"}))
    k = i + 2;
  if (k == 0 && is(u, i, {"take", "takes", "took", "taken"}) && phrase(u, i + 1, {"part", "in"}))
    k = i + 3;
  if (k == 0) return;
  const Mention* nato = nullptr;
  if (is_org(u, k) && u[k].mention->entity->key == "NATO" && is(u, k + 1, {"'s"})) {
    nato = u[k].mention;
    k += 2;
  } else if (phrase(u, k, {"the", "alliance", "'s"})) {
    k += 3;
  } else if (is(u, k, {"the"})) {
    ++k;
  }
  if (!phrase(u, k, {"partnership", "for", "peace"}) || !u[k].capitalized) return;
  for (std::size_t m = 0; nato == nullptr && m < u.size(); ++m) {
    if (is_org(u, m) && u[m].mention->entity->key == "NATO") nato = u[m].mention;
  }
  if (nato == nullptr) return;
  StatusFinding f;
  f.relation = Relation::PartnerOf;
  f.rule = "partner.peace_partnership";
  f.modality = Modality::Stated;
  f.organisation = nato;
  if (!read_subjects(u, i, publisher, false, f)) return;
  f.anchor = i;
  f.starts = is(u, i, {"joined"});
  set_scopes(u, i, f.phrase_begin, k + 3, f);
  out.push_back(std::move(f));
}

}  // namespace orgkg::detail

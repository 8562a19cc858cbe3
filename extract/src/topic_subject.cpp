// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "topic_subject.hpp"

#include <algorithm>

namespace orgkg::detail {
namespace {

// Whether the text between mentions k - 1 and k separates two list items
// (", ", " and the ", ", as well as ", ...).
bool list_separated(const std::vector<Mention>& mentions, std::size_t k, std::string_view text) {
  const Mention& before = mentions[k - 1];
  if (before.end > mentions[k].begin) return false;
  std::string_view gap = text.substr(before.end, mentions[k].begin - before.end);
  for (std::string_view separator :
       {", ", " and ", ", and ", " and the ", ", the ", ", and the ", " as well as ",
        " as well as the ", ", as well as ", ", as well as the "}) {
    if (gap == separator) return true;
  }
  return false;
}

// Whether the organisation `m` names is only part of a person's title: "UN
// Secretary-General António Guterres", "the NATO Secretary General".
bool names_a_title(const Mention& m, std::string_view text) {
  std::string_view after = text.substr(std::min(m.end, text.size()));
  if (after.size() < 2 || after[0] != ' ' ||
      (after[1] != 'S' && after[1] != 'D' && after[1] != 'H' && after[1] != 'E')) {
    return false;
  }
  after.remove_prefix(1);
  for (std::string_view title :
       {"Secretary-General", "Secretary General", "Director-General", "Director General",
        "Special Envoy", "Special Representative", "High Representative", "Executive Secretary"}) {
    if (after.substr(0, title.size()) == title) return true;
  }
  return false;
}

}  // namespace

// The first organisation `mentions` name that is no item of a list of states
// ("India, Pakistan and the ASEAN Secretariat took their seats", "Japan and
// the US, as well as the UN and the OSCE, take part"): such an organisation
// is what the sentence is about no more than the states are. With
// `skip_titles`, an organisation named only in a person's title ("UN
// Secretary-General António Guterres took part") is passed over too.
const Entity* first_org(const std::vector<Mention>& mentions, std::string_view text,
                        bool skip_titles) {
  bool listed = false;  // mention k - 1 is a state, or an organisation listed after one
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.entity == nullptr) {
      listed = false;
      continue;
    }
    bool item = listed && list_separated(mentions, k, text);
    if (m.entity->kind == EntityKind::Organisation && !item &&
        !(skip_titles && names_a_title(m, text))) {
      return m.entity;
    }
    listed = m.entity->kind == EntityKind::State || item;
  }
  return nullptr;
}

}  // namespace orgkg::detail

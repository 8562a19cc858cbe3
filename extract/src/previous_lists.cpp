// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "previous_lists.hpp"

namespace orgkg::detail {

void SentenceStateLists::read(const Units& u) const {
  read_ = true;
  items_.clear();
  std::size_t last = u.size();  // the unit of the state before, none yet
  for (std::size_t k = 0; k < u.size(); ++k) {
    if (!is_state(u, k) || u[k].mention->form == NameForm::Demonym) continue;
    bool continues = last < k;
    bool separated = false;
    for (std::size_t m = last + 1; continues && m < k; ++m) {
      if (is(u, m, {",", "and"})) {
        separated = true;
      } else if (!is(u, m, {"the"})) {
        continues = false;
      }
    }
    items_.push_back({u[k].mention, continues && separated});
    last = k;
  }
}

std::vector<const Mention*> SentenceStateLists::last_list_of(const Units& u, std::size_t states,
                                                             std::size_t count) const {
  std::vector<const Mention*> found;
  if (states < 2) return found;  // no list: most sentences
  if (!read_) read(u);
  for (std::size_t k = 0; k < items_.size();) {
    std::size_t end = k + 1;
    while (end < items_.size() && items_[end].continues) ++end;
    if (end - k == count) {
      found.clear();
      for (std::size_t m = k; m < end; ++m) found.push_back(items_[m].mention);
    }
    k = end;
  }
  return found;
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "previous_lists.hpp"

namespace orgkg::detail {

namespace {

// A state of the sentence, in order.
struct Item {
  const Mention* mention = nullptr;
  bool continues = false;  // the next item of the list of the one before
};

// The states of units `u` that may be items of a list, into `items`.
void read_items(const Units& u, std::vector<Item>& items) {
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
    items.push_back({u[k].mention, continues && separated});
    last = k;
  }
}

}  // namespace

std::vector<const Mention*> last_state_list(const Units& u, std::size_t states, std::size_t count) {
  std::vector<const Mention*> found;
  if (states < 2) return found;  // no list: most sentences
  std::vector<Item> items;
  read_items(u, items);
  for (std::size_t k = 0; k < items.size();) {
    std::size_t end = k + 1;
    while (end < items.size() && items[end].continues) ++end;
    if (end - k == count) {
      found.clear();
      for (std::size_t m = k; m < end; ++m) found.push_back(items[m].mention);
    }
    k = end;
  }
  return found;
}

}  // namespace orgkg::detail

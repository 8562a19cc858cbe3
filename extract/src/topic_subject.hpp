// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Which organisation a sentence is about, for the topic tracker
// (topic_tracker.hpp): the first it names that is neither an item of a list
// of states nor, when asked, only part of a person's title. Pure.
#pragma once

#include <string_view>
#include <vector>

#include "orgkg/extract/mention_finder.hpp"

namespace orgkg::detail {

/// The first organisation `mentions` (sorted, offsets in `text`) name that is
/// no item of a list of states ("India, Pakistan and the ASEAN Secretariat
/// took their seats", "Japan and the US, as well as the UN and the OSCE, take
/// part"). With `skip_titles`, an organisation named only in a person's title
/// ("UN Secretary-General António Guterres took part") is passed over too.
/// nullptr when there is none.
[[nodiscard]] const Entity* first_org(const std::vector<Mention>& mentions, std::string_view text,
                                      bool skip_titles);

}  // namespace orgkg::detail

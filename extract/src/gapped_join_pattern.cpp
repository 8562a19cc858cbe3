// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The gapped join: a series of joins sharing one verb, each group of states
// with its own date ("A joined in 2010, B in 2012 and C in 2015", "Mexico was
// admitted in 1993, Chile in 1994", "the bloc absorbed Montenegro in 2017
// and North Macedonia in 2020"). The pattern starts at a later group's "in"
// or "on" and reads back over the groups before it to the clause that
// states the verb (event_patterns.hpp).
#include <algorithm>
#include <string_view>

#include "event_patterns.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

std::optional<ListFinding> gapped_join_pattern(const Units& u, std::size_t i,
                                               const PartnerPolicy& partners) {
  if (!is(u, i, {"in", "on"}) || !is_date_word(u, i + 1)) return std::nullopt;
  ListItems group;
  read_list_backward(u, i, group);
  if (group.items.empty()) return std::nullopt;
  // "joined the ARF in 1998 and the ASEM in 2008": a second object, not a
  // member of the first.
  const bool orgs_listed =
      std::any_of(group.items.begin(), group.items.end(),
                  [](const Mention* m) { return m->entity->kind == EntityKind::Organisation; });
  // Back over the groups before it ("C in 2012,"), each a list, its date
  // and a separator, to the clause that states the verb:
  // "A joined ORG|it in 2010", "A joined in 1984".
  std::size_t k = group.list_begin;  // where the group after the separator starts
  for (int groups = 0; groups < 8; ++groups) {
    std::size_t sep = k;
    if (sep > 0 && is(u, sep - 1, {"and"})) --sep;
    if (sep > 0 && is(u, sep - 1, {",", ";"})) --sep;
    if (sep == k) return std::nullopt;
    std::size_t d = sep;
    while (d > 0 && is_date_word(u, d - 1)) --d;
    if (d == sep || d < 2 || !is(u, d - 1, {"in", "on"})) return std::nullopt;
    std::size_t p = d - 1;  // the earlier group's "in"
    ListFinding finding;
    // The verb before the earlier group's object: "joined [the] ORG", "joined it".
    std::size_t verb = p >= 3 && is(u, p - 2, {"the"}) ? p - 3 : p - 2;
    bool joined_object = p >= 2 && is(u, verb, {"joined", "rejoined"});
    if (joined_object && orgs_listed) return std::nullopt;
    // "Mexico was|were admitted [to|into ORG] in 1993, Chile in 1994".
    std::size_t passive = is(u, p - 1, {"admitted", "accepted"})                       ? p - 1
                          : p >= 3 && is(u, p - 2, {"to", "into"}) && is_org(u, p - 1) ? p - 3
                                                                                       : 0;
    bool admitted = passive >= 1 && is(u, passive, {"admitted", "accepted"}) &&
                    is(u, passive - 1, {"was", "were"});
    if (is(u, p - 1, {"joined", "rejoined"}) || (admitted && passive == p - 1)) {
      finding.topic_object = true;  // "Brunei joined in January 1984, Vietnam in 1995"
    } else if (admitted) {
      finding.organisation = u[p - 1].mention;
    } else if (joined_object && is_org(u, p - 1)) {
      finding.organisation = u[p - 1].mention;
    } else if (joined_object && verb == p - 2 && is(u, p - 1, {"it"})) {
      finding.pronoun = p - 1;
    } else {
      ListItems earlier;
      read_list_backward(u, p, earlier);
      if (earlier.items.empty()) return std::nullopt;
      k = earlier.list_begin;
      // "... followed by Viet Nam on 28 July 1995, Laos and Myanmar on 23
      // July 1997 and Cambodia on 30 April 1999": the join the series follows.
      if (k >= 2 && is(u, k - 1, {"by"}) && is(u, k - 2, {"followed"})) {
        std::optional<ListFinding> series = followed_by_pattern(u, k - 1, partners);
        if (!series) return std::nullopt;
        finding.organisation = series->organisation;
        finding.pronoun = series->pronoun;
        finding.topic_object = series->topic_object;
        finding.relation = series->relation;
      } else {
        // "the bloc absorbed Montenegro in 2017 and North Macedonia in 2020"
        const Mention* subject = nullptr;
        if (k == 0 || !is(u, k - 1, {"admitted", "absorbed", "accepted"}) ||
            !subject_before(u, k - 1, subject) || subject == nullptr) {
          continue;
        }
        finding.organisation = subject;
      }
    }
    const Relation relation = finding.relation;
    finding.items = group.items;
    finding.unknown_items = group.unknown_items;
    finding.list_begin = finding.subject_begin = group.list_begin;
    finding.list_end = group.list_end;
    std::size_t end = i + 1;
    while (is_date_word(u, end)) ++end;
    finding.relation = relation;
    finding.rule = "list.joined";
    finding.anchor = i;
    finding.predicate_end = end;
    finding.date_units = std::pair{i, end};
    finding.starts = true;
    return finding;
  }
  return std::nullopt;
}

}  // namespace orgkg::detail

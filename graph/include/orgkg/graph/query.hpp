// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Questions about a Store: which entity a name denotes, who belongs to an
// organisation at a date, what an entity belongs to, the dated history of an
// entity or a pair, what two entities share. Every function only reads the
// Store, returns results in a documented deterministic order, and returns
// pointers into the Store that stay valid until it is next modified. Reading
// from several threads at once is safe; reading while another thread modifies
// the Store is not. Graph-wide measures (paths, centrality, the co-membership
// network) are in network.hpp.
//
// When a fact holds. A fact starts at its valid_from, else at its first_seen,
// and ends at its valid_to (stated, or implied by the next status: see
// store.hpp); with no valid_to it is taken to go on, since the texts do not say
// it ended. It holds at a date D when it started no later than D and ends after
// D, both compared at the precision the two dates share, so a D less precise
// than the fact's dates stands for the end of its period: at 2023, a spell that
// began 2023-07-04 holds and one that ended 2023-07-04 does not; at 2023-06 the
// reverse. A fact with no date at all holds at every date, as does every fact
// at an empty date.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/relation.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {

/// True when `fact` holds at `at` (see the rule above).
[[nodiscard]] bool holds_at(const Fact& fact, const Date& at);

/// The entity `name` denotes: its node id, key, label, acronym, name or one
/// of its aliases, compared ASCII case-insensitively after trimming spaces.
/// When several entities match, the one matched by the earlier of those fields
/// wins, then the smaller node id. nullptr when none matches.
[[nodiscard]] const Entity* find_entity_by_name(const Store& store, std::string_view name);

/// A name close to one looked up in vain.
struct NameSuggestion {
  std::string name;          ///< the entity's name, label, alias... as stored
  std::string node_id;       ///< the entity it names
  std::size_t distance = 0;  ///< edits (insert, delete, replace, swap) from the text
};

/// Up to `n` entities whose names are closest to `text` (ASCII
/// case-insensitive optimal-string-alignment distance), one suggestion per
/// entity (its closest name), sorted by distance, then name, then node id. No
/// cut-off: callers decide which distances are worth showing.
[[nodiscard]] std::vector<NameSuggestion> closest_names(const Store& store, std::string_view text,
                                                        std::size_t n = 5);

/// The relations members_of() and memberships_of() read as "belongs to" when
/// no role is given: member_of, observer_of, partner_of, associate_member_of.
[[nodiscard]] bool is_membership(Relation relation);

/// The facts (subject -> `org_id`) of relation `role` holding at `at` (every
/// such fact when `at` is nullopt; see "When a fact holds"), sorted by subject
/// id. With `role` nullopt, every is_membership() relation. Empty when the
/// organisation is unknown.
[[nodiscard]] std::vector<const Fact*> members_of(
    const Store& store, std::string_view org_id, std::optional<Date> at = std::nullopt,
    std::optional<Relation> role = Relation::MemberOf);

/// The facts (`entity_id` -> organisation) of an is_membership() relation
/// (or of `role` when given) holding at `at` (any time when nullopt), sorted
/// by (object id, relation).
[[nodiscard]] std::vector<const Fact*> memberships_of(const Store& store,
                                                      std::string_view entity_id,
                                                      std::optional<Date> at = std::nullopt,
                                                      std::optional<Relation> role = std::nullopt);

/// The organisations (object ids) in which both `a` and `b` hold `role` at `at`
/// (any time when nullopt), sorted. Empty when either is unknown or a == b.
[[nodiscard]] std::vector<std::string> shared_organisations(const Store& store, std::string_view a,
                                                            std::string_view b,
                                                            std::optional<Date> at = std::nullopt,
                                                            Relation role = Relation::MemberOf);

enum class EventKind {
  Began,      ///< valid_from: a start the texts state
  FirstSeen,  ///< first_seen, for a fact with no stated start
  Ended,      ///< valid_to: an end stated or implied by the next status
  LastSeen,   ///< last_seen, for a fact with no end, when later than its start
};

/// "began", "first_seen", "ended", "last_seen".
[[nodiscard]] std::string_view event_kind_name(EventKind kind);

struct TimelineEvent {
  Date date;
  EventKind kind = EventKind::Began;
  const Fact* fact = nullptr;
};

/// The dated events of every fact `entity_id` takes part in (as subject or
/// object), or with `other_id` only those between the two: one start event
/// per fact (Began, else FirstSeen) and one end event (Ended, else LastSeen),
/// undated ones left out. Sorted by date (a year before the months of that
/// year), then fact (subject, relation, object), then kind in declaration order.
[[nodiscard]] std::vector<TimelineEvent> timeline(
    const Store& store, std::string_view entity_id,
    std::optional<std::string_view> other_id = std::nullopt);

}  // namespace orgkg

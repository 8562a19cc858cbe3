// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The queries walk the BGL graph from the entity's vertex (in-edges for an
// organisation's members, out-edges for an entity's memberships), so they cost
// the entity's degree, not the size of the Store; results are then sorted,
// since vertex and edge order in the graph is insertion order.
#include "orgkg/graph/query.hpp"

#include <algorithm>
#include <tuple>

#include "store_impl.hpp"
#include "temporal.hpp"

namespace orgkg {
namespace {

std::optional<detail::Vertex> vertex_of(const Store& store, std::string_view id) {
  const StoreImpl& impl = StoreGraphAccess::impl(store);
  auto found = impl.vertex_by_id.find(id);
  if (found == impl.vertex_by_id.end()) return std::nullopt;
  return found->second;
}

std::optional<Date> start_of(const Fact& fact) {
  if (fact.valid_from) return fact.valid_from;
  if (!fact.first_seen.empty()) return fact.first_seen;
  return std::nullopt;
}

bool wanted(const Fact& fact, const std::optional<Date>& at, const std::optional<Relation>& role) {
  if (role ? fact.relation != *role : !is_membership(fact.relation)) return false;
  return !at || holds_at(fact, *at);
}

// Every fact touching `id`: those it is the subject of, then the object of.
std::vector<const Fact*> facts_touching(const Store& store, std::string_view id, bool as_subject,
                                        bool as_object) {
  std::vector<const Fact*> list;
  auto vertex = vertex_of(store, id);
  if (!vertex) return list;
  const StoreGraph& graph = bgl_graph(store);
  if (as_subject) {
    for (auto edge : boost::make_iterator_range(boost::out_edges(*vertex, graph))) {
      list.push_back(&graph[edge]);
    }
  }
  if (as_object) {
    for (auto edge : boost::make_iterator_range(boost::in_edges(*vertex, graph))) {
      list.push_back(&graph[edge]);
    }
  }
  return list;
}

}  // namespace

bool holds_at(const Fact& fact, const Date& at) {
  if (at.empty()) return true;
  std::optional<Date> start = start_of(fact);
  if (start && detail::definitely_before(at, *start)) return false;
  return !fact.valid_to || detail::definitely_before(at, *fact.valid_to);
}

bool is_membership(Relation relation) {
  return relation == Relation::MemberOf || relation == Relation::ObserverOf ||
         relation == Relation::PartnerOf || relation == Relation::AssociateMemberOf;
}

std::vector<const Fact*> members_of(const Store& store, std::string_view org_id,
                                    std::optional<Date> at, std::optional<Relation> role) {
  bool symmetric = role && is_symmetric(*role);
  std::vector<const Fact*> list;
  for (const Fact* fact : facts_touching(store, org_id, symmetric, true)) {
    if (wanted(*fact, at, role)) list.push_back(fact);
  }
  auto member = [&](const Fact* fact) {
    return std::tie(fact->subject == org_id ? fact->object : fact->subject, fact->relation);
  };
  std::sort(list.begin(), list.end(),
            [&](const Fact* a, const Fact* b) { return member(a) < member(b); });
  return list;
}

std::vector<const Fact*> memberships_of(const Store& store, std::string_view entity_id,
                                        std::optional<Date> at, std::optional<Relation> role) {
  bool symmetric = role && is_symmetric(*role);
  std::vector<const Fact*> list;
  for (const Fact* fact : facts_touching(store, entity_id, true, symmetric)) {
    if (wanted(*fact, at, role)) list.push_back(fact);
  }
  auto organisation = [&](const Fact* fact) {
    return std::tie(fact->subject == entity_id ? fact->object : fact->subject, fact->relation);
  };
  std::sort(list.begin(), list.end(),
            [&](const Fact* a, const Fact* b) { return organisation(a) < organisation(b); });
  return list;
}

std::vector<std::string> shared_organisations(const Store& store, std::string_view a,
                                              std::string_view b, std::optional<Date> at,
                                              Relation role) {
  std::vector<std::string> shared;
  if (a == b) return shared;
  auto organisations = [&](std::string_view id) {
    std::vector<std::string> ids;
    for (const Fact* fact : memberships_of(store, id, at, role)) {
      ids.push_back(fact->subject == id ? fact->object : fact->subject);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
  };
  std::vector<std::string> of_a = organisations(a);
  std::vector<std::string> of_b = organisations(b);
  std::set_intersection(of_a.begin(), of_a.end(), of_b.begin(), of_b.end(),
                        std::back_inserter(shared));
  return shared;
}

std::string_view event_kind_name(EventKind kind) {
  switch (kind) {
    case EventKind::Began:
      return "began";
    case EventKind::FirstSeen:
      return "first_seen";
    case EventKind::Ended:
      return "ended";
    case EventKind::LastSeen:
      return "last_seen";
  }
  return "began";
}

std::vector<TimelineEvent> timeline(const Store& store, std::string_view entity_id,
                                    std::optional<std::string_view> other_id) {
  std::vector<TimelineEvent> events;
  for (const Fact* fact : facts_touching(store, entity_id, true, true)) {
    if (other_id && fact->subject != *other_id && fact->object != *other_id) continue;
    if (fact->valid_from) {
      events.push_back({*fact->valid_from, EventKind::Began, fact});
    } else if (!fact->first_seen.empty()) {
      events.push_back({fact->first_seen, EventKind::FirstSeen, fact});
    }
    std::optional<Date> start = start_of(*fact);
    if (fact->valid_to) {
      events.push_back({*fact->valid_to, EventKind::Ended, fact});
    } else if (!fact->last_seen.empty() && (!start || *start < fact->last_seen)) {
      events.push_back({fact->last_seen, EventKind::LastSeen, fact});
    }
  }
  auto order = [](const TimelineEvent& e) {
    return std::tie(e.date, e.fact->subject, e.fact->relation, e.fact->object, e.kind);
  };
  std::sort(events.begin(), events.end(),
            [&](const TimelineEvent& a, const TimelineEvent& b) { return order(a) < order(b); });
  return events;
}

}  // namespace orgkg

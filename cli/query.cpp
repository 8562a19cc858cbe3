// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Every question produces a Table (column names and rows of strings); one
// printer writes it aligned for people or as a JSON array of objects for
// scripts, so the two outputs always carry the same answer.
#include "query.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <map>
#include <orgkg/export/graphml.hpp>
#include <orgkg/graph/atomic_file.hpp>
#include <orgkg/graph/error.hpp>
#include <orgkg/graph/network.hpp>
#include <orgkg/graph/query.hpp>
#include <orgkg/graph/snapshot.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace orgkg::cli {
namespace {

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

void print_json(const Table& table, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartArray();
  for (const auto& row : table.rows) {
    json.StartObject();
    for (std::size_t i = 0; i < row.size(); ++i) {
      json.Key(table.columns[i].c_str());
      json.String(row[i].c_str(), static_cast<rapidjson::SizeType>(row[i].size()));
    }
    json.EndObject();
  }
  json.EndArray();
  out << buffer.GetString() << '\n';
}

void print_table(const Table& table, std::ostream& out) {
  std::vector<std::size_t> widths;
  for (const auto& column : table.columns) widths.push_back(column.size());
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
  }
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out << cells[i]
          << (i + 1 < cells.size() ? std::string(widths[i] - cells[i].size() + 2, ' ') : "\n");
    }
  };
  line(table.columns);
  for (const auto& row : table.rows) line(row);
  if (table.rows.empty()) out << "(none)\n";
}

std::string label_of(const Store& store, const std::string& id) {
  const Entity* entity = store.find_entity(id);
  return entity && !entity->label.empty() ? entity->label : id;
}

std::string span(const Fact& fact) {
  std::string from = (fact.valid_from ? *fact.valid_from : fact.first_seen).to_iso();
  std::string to = fact.valid_to ? fact.valid_to->to_iso() : "";
  return from + ".." + to;
}

std::vector<std::string> fact_row(const Store& store, const Fact& fact) {
  return {label_of(store, fact.subject), std::string(relation_name(fact.relation)),
          label_of(store, fact.object), span(fact), std::to_string(fact.evidence_count())};
}

const std::vector<std::string> kFactColumns = {"subject", "relation", "object", "valid",
                                               "evidence"};

const Entity& resolve(const Store& store, const std::string& name, const std::string& graph) {
  if (const Entity* entity = find_entity_by_name(store, name)) return *entity;
  std::string message = "no entity named '" + name + "' in " + graph;
  std::vector<NameSuggestion> close = closest_names(store, name, 3);
  for (std::size_t i = 0; i < close.size(); ++i) {
    message += (i == 0 ? "; closest: " : ", ") + close[i].name;
  }
  throw Error(message);
}

std::optional<Relation> role_from_name(const std::string& name) {
  static const std::map<std::string, Relation> kRoles = {
      {"member", Relation::MemberOf},        {"observer", Relation::ObserverOf},
      {"partner", Relation::PartnerOf},      {"associate", Relation::AssociateMemberOf},
      {"candidate", Relation::CandidateFor}, {"chair", Relation::ChairOf}};
  auto found = kRoles.find(name);
  return found != kRoles.end() ? std::optional(found->second) : relation_from_name(name);
}

Table stats_table(const Store& store) {
  Table table{{"measure", "value"}, {}};
  table.rows.push_back({"sources", std::to_string(store.source_count())});
  table.rows.push_back({"entities", std::to_string(store.entity_count())});
  table.rows.push_back({"edges", std::to_string(store.fact_count())});
  table.rows.push_back({"evidence", std::to_string(store.evidence_count())});
  std::map<std::string, std::size_t> per_relation;
  for (const Fact* fact : store.facts()) ++per_relation[std::string(relation_name(fact->relation))];
  for (const auto& [relation, count] : per_relation)
    table.rows.push_back({relation, std::to_string(count)});
  std::vector<NodeScore> degree = degree_centrality(undirected_view(store));
  for (std::size_t i = 0; i < degree.size() && i < 5; ++i) {
    table.rows.push_back({"degree " + label_of(store, degree[i].node),
                          std::to_string(static_cast<long>(degree[i].value))});
  }
  return table;
}

Table answer(const Store& store, const QueryOptions& q, const std::vector<const Entity*>& who,
             std::optional<Date> at, std::optional<Relation> role) {
  Table table{kFactColumns, {}};
  if (q.question == "members") {
    for (const Fact* f :
         members_of(store, node_id(*who[0]), at, q.role.empty() ? Relation::MemberOf : role))
      table.rows.push_back(fact_row(store, *f));
  } else if (q.question == "memberships") {
    for (const Fact* f : memberships_of(store, node_id(*who[0]), at, role))
      table.rows.push_back(fact_row(store, *f));
  } else if (q.question == "timeline") {
    table.columns = {"date", "event", "subject", "relation", "object"};
    std::optional<std::string_view> other;
    std::string other_id = who.size() > 1 ? node_id(*who[1]) : "";
    if (who.size() > 1) other = other_id;
    for (const TimelineEvent& e : timeline(store, node_id(*who[0]), other)) {
      table.rows.push_back(
          {e.date.to_iso(), std::string(event_kind_name(e.kind)), label_of(store, e.fact->subject),
           std::string(relation_name(e.fact->relation)), label_of(store, e.fact->object)});
    }
  } else if (q.question == "shared") {
    table.columns = {"organisation"};
    for (const std::string& id : shared_organisations(store, node_id(*who[0]), node_id(*who[1]), at,
                                                      role.value_or(Relation::MemberOf))) {
      table.rows.push_back({label_of(store, id)});
    }
  } else if (q.question == "path") {
    table.columns = {"step", "entity"};
    std::vector<std::string> path = shortest_path(store, node_id(*who[0]), node_id(*who[1]));
    for (std::size_t i = 0; i < path.size(); ++i)
      table.rows.push_back({std::to_string(i), label_of(store, path[i])});
  } else if (q.question == "comembership") {
    table.columns = {"state_a", "state_b", "shared", "organisations"};
    CoMembershipOptions options;
    options.at = at;
    options.role = role.value_or(Relation::MemberOf);
    Network network = co_membership(store, options);
    if (!q.graphml.empty()) {
      write_file_atomically(
          q.graphml, [&](std::ostream& file) { write_network_graphml(network, store, file); });
    }
    for (const NetworkEdge& edge : network.edges) {
      std::string orgs;
      for (const std::string& id : edge.labels)
        orgs += (orgs.empty() ? "" : "|") + label_of(store, id);
      table.rows.push_back({label_of(store, edge.a), label_of(store, edge.b),
                            std::to_string(static_cast<long>(edge.weight)), orgs});
    }
  } else {
    table = stats_table(store);
  }
  return table;
}

}  // namespace

int run_query(const QueryOptions& q, std::ostream& out, std::ostream& err) {
  // How many names each question takes (timeline: one or two).
  static const std::map<std::string, std::size_t> kNames = {
      {"members", 1}, {"memberships", 1}, {"timeline", 1},    {"shared", 2},
      {"path", 2},    {"stats", 0},       {"comembership", 0}};
  std::size_t wanted = kNames.at(q.question);
  bool ok_count = q.question == "timeline" ? (q.names.size() == 1 || q.names.size() == 2)
                                           : q.names.size() == wanted;
  if (!ok_count) {
    err << "orgkg: query " << q.question << " takes " << wanted
        << (q.question == "timeline" ? " or 2" : "") << " name(s), got " << q.names.size() << '\n';
    return 2;
  }
  std::optional<Date> at;
  if (!q.at.empty() && !(at = Date::parse_iso(q.at))) {
    err << "orgkg: --at takes a date YYYY, YYYY-MM or YYYY-MM-DD, not '" << q.at << "'\n";
    return 2;
  }
  std::optional<Relation> role;
  if (!q.role.empty() && !(role = role_from_name(q.role))) {
    err << "orgkg: unknown role '" << q.role
        << "' (member, observer, partner, associate, candidate, chair)\n";
    return 2;
  }
  Store store = load_snapshot_file(q.graph);
  std::vector<const Entity*> who;
  for (const std::string& name : q.names) who.push_back(&resolve(store, name, q.graph));
  Table table = answer(store, q, who, at, role);
  q.json ? print_json(table, out) : print_table(table, out);
  return 0;
}

}  // namespace orgkg::cli

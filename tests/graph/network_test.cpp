// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/network.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "orgkg/graph/bgl.hpp"
#include "world_fixture.hpp"

using namespace orgkg;

namespace {

using Lines = std::vector<std::string>;

// "a b weight label|label" per edge.
Lines render(const Network& network) {
  Lines lines;
  for (const NetworkEdge& edge : network.edges) {
    std::string labels;
    for (const std::string& label : edge.labels) labels += (labels.empty() ? "" : "|") + label;
    lines.push_back(edge.a + " " + edge.b + " " + std::to_string(static_cast<int>(edge.weight)) +
                    " " + labels);
  }
  return lines;
}

Lines render(const std::vector<NodeScore>& scores) {
  Lines lines;
  for (const NodeScore& score : scores) {
    lines.push_back(score.node + "=" + std::to_string(score.value).substr(0, 4));
  }
  return lines;
}

Network network(Lines nodes, std::vector<std::pair<const char*, const char*>> pairs) {
  Network n;
  n.nodes = std::move(nodes);
  for (auto [a, b] : pairs) n.edges.push_back({a, b, 1, {}});
  return n;
}

}  // namespace

TEST_SUITE("network") {
  const Store world = test::world_store();

  TEST_CASE("views the store as an undirected graph, one edge per linked pair") {
    Network view = undirected_view(world);
    CHECK(view.nodes.size() == world.entity_count());
    CHECK(std::is_sorted(view.nodes.begin(), view.nodes.end()));
    const NetworkEdge* rus_sco = view.find_edge("state_RUS", "org_SCO");
    REQUIRE(rus_sco);
    CHECK(rus_sco == view.find_edge("org_SCO", "state_RUS"));
    CHECK(rus_sco->weight == 2);
    CHECK(rus_sco->labels == Lines{"founder_of", "member_of"});
    CHECK(view.find_edge("org_CICA", "org_SCO")->labels == Lines{"cooperates_with"});
    CHECK(view.find_edge("state_RUS", "state_CHN") == nullptr);
    CHECK(view.index_of("city_Astana") == 0);
    CHECK_FALSE(view.index_of("city_Atlantis"));

    Network members_2010 = undirected_view(world, {Date{2010}, {Relation::MemberOf}});
    CHECK(members_2010.find_edge("state_IND", "org_SCO") == nullptr);
    CHECK(members_2010.edges.size() == 6 + 1);  // SCO founders, Uzbekistan in the CSTO
  }

  TEST_CASE("projects co-membership: states weighted by the organisations they share") {
    Network all = co_membership(world);
    CHECK(all.nodes.size() == 11);
    CHECK(all.find_edge("state_RUS", "state_CHN")->labels ==
          Lines{"org_BRICS", "org_CICA", "org_SCO"});
    CHECK(all.find_edge("state_KAZ", "state_RUS")->weight == 3);
    CHECK(all.find_edge("state_BRA", "state_RUS")->weight == 1);
    CHECK(all.find_edge("state_GEO", "state_RUS") == nullptr);

    Network at_2010 = co_membership(world, {Date{2010}, Relation::MemberOf, EntityKind::State});
    CHECK(at_2010.edges.size() == 15);  // the six SCO founders, pairwise
    CHECK(render(at_2010).front() == "state_CHN state_KAZ 1 org_SCO");
    Network observers = co_membership(world, {Date{2010}, Relation::ObserverOf, EntityKind::State});
    CHECK(render(observers) == Lines{"state_IND state_PAK 1 org_SCO"});
  }

  TEST_CASE("finds a shortest path, the same one every time") {
    CHECK(shortest_path(world, "state_BRA", "city_Astana") ==
          Lines{"state_BRA", "org_BRICS", "state_CHN", "org_CICA", "city_Astana"});
    CHECK(shortest_path(world, "state_IRN", "state_IRN") == Lines{"state_IRN"});
    CHECK(shortest_path(world, "state_GEO", "state_RUS").empty());  // another component
    CHECK(shortest_path(world, "state_XXX", "state_RUS").empty());
    Network co = co_membership(world);
    CHECK(shortest_path(co, "state_BRA", "state_UZB") ==
          Lines{"state_BRA", "state_CHN", "state_UZB"});
  }

  TEST_CASE("ranks nodes by degree and betweenness") {
    Network path = network({"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
    CHECK(render(degree_centrality(path)) == Lines{"b=2.00", "a=1.00", "c=1.00"});
    CHECK(render(degree_centrality(path, true)) == Lines{"b=1.00", "a=0.50", "c=0.50"});
    CHECK(render(betweenness_centrality(path)) == Lines{"b=1.00", "a=0.00", "c=0.00"});
    Network star = network({"c", "l1", "l2", "l3", "l4"},
                           {{"c", "l1"}, {"c", "l2"}, {"c", "l3"}, {"c", "l4"}});
    CHECK(render(betweenness_centrality(star)).front() == "c=6.00");
    CHECK(render(betweenness_centrality(star, true)).front() == "c=1.00");
    CHECK(betweenness_centrality(Network{}).empty());

    std::vector<NodeScore> world_betweenness = betweenness_centrality(undirected_view(world));
    CHECK(world_betweenness.size() == world.entity_count());
    CHECK(world_betweenness.back().value == 0);
    std::vector<NodeScore> co_degree = degree_centrality(co_membership(world));
    CHECK(co_degree.front().node == "state_CHN");  // with RUS, the best connected
    CHECK(co_degree.front().value == 9);
  }

  TEST_CASE("converts to a Boost.Graph with vertices in node order") {
    Network co = co_membership(world);
    NetworkGraph graph = to_bgl(co);
    CHECK(boost::num_vertices(graph) == co.nodes.size());
    CHECK(boost::num_edges(graph) == co.edges.size());
    auto edge = boost::edge(*co.index_of("state_CHN"), *co.index_of("state_RUS"), graph);
    REQUIRE(edge.second);
    CHECK(boost::get(boost::edge_weight, graph, edge.first) == 3);
  }
}

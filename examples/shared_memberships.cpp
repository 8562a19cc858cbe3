// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Builds a graph from statement files, then for two states prints the
// organisations both are members of, how they are linked in the co-membership
// network (states tied by the organisations they share), and the states that
// most often lie between others in that network:
//
//   shared_memberships examples/corpus Russia India
//   shared by Russia and India: SCO
//   co-membership path: Russia - India
//   most between: state_RUS 102.5, state_IRN 68, state_KAZ 4.5
#include <filesystem>
#include <iostream>
#include <orgkg/extract/build.hpp>
#include <orgkg/extract/corpus.hpp>
#include <orgkg/extract/gazetteer.hpp>
#include <orgkg/graph/error.hpp>
#include <orgkg/graph/network.hpp>
#include <orgkg/graph/query.hpp>
#include <orgkg/graph/store.hpp>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: shared_memberships CORPUS_DIR STATE STATE\n";
    return 2;
  }
  try {
    orgkg::Store store;
    orgkg::Diagnostics diagnostics;
    orgkg::add_documents(orgkg::list_corpus({argv[1]}), orgkg::Gazetteer::load(), store,
                         diagnostics);
    const orgkg::Entity* a = orgkg::find_entity_by_name(store, argv[2]);
    const orgkg::Entity* b = orgkg::find_entity_by_name(store, argv[3]);
    if (a == nullptr || b == nullptr) {
      std::cerr << "shared_memberships: unknown name \"" << (a ? argv[3] : argv[2]) << "\"\n";
      return 1;
    }
    const std::string a_id = orgkg::node_id(*a);
    const std::string b_id = orgkg::node_id(*b);

    std::cout << "shared by " << a->label << " and " << b->label << ":";
    auto shared = orgkg::shared_organisations(store, a_id, b_id);
    for (const std::string& org : shared) std::cout << ' ' << store.find_entity(org)->label;
    if (shared.empty()) std::cout << " (none)";

    orgkg::Network network = orgkg::co_membership(store);
    std::cout << "\nco-membership path:";
    auto path = orgkg::shortest_path(network, a_id, b_id);
    const char* separator = " ";
    for (const std::string& id : path) {
      std::cout << separator << store.find_entity(id)->label;
      separator = " - ";
    }
    if (path.empty()) std::cout << " (none)";
    std::cout << "\nmost between:";
    auto ranking = orgkg::betweenness_centrality(network);
    for (std::size_t i = 0; i < ranking.size() && i < 3; ++i) {
      std::cout << (i == 0 ? " " : ", ") << ranking[i].node << ' ' << ranking[i].value;
    }
    std::cout << '\n';
  } catch (const orgkg::Error& error) {
    std::cerr << "shared_memberships: " << error.what() << '\n';
    return 1;
  }
  return 0;
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Builds a graph from statement files and lists an organisation's members,
// observers and partners at a date, each with the spell the evidence gives it:
//
//   members_at_date examples/corpus SCO 2010
//   SCO at 2010:
//     observer_of India 2005..2017-06-09
//
// The organisation may be named any way the graph knows it (acronym, full
// name, alias); for an unknown name the closest known names are suggested.
#include <filesystem>
#include <iostream>
#include <optional>
#include <orgkg/extract/build.hpp>
#include <orgkg/extract/corpus.hpp>
#include <orgkg/extract/gazetteer.hpp>
#include <orgkg/graph/error.hpp>
#include <orgkg/graph/query.hpp>
#include <orgkg/graph/store.hpp>
#include <vector>

namespace {

std::string spell(const orgkg::Fact& fact) {
  orgkg::Date start = fact.valid_from.value_or(fact.first_seen);
  return start.to_iso() + ".." + (fact.valid_to ? fact.valid_to->to_iso() : "");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: members_at_date CORPUS_DIR ORGANISATION DATE\n";
    return 2;
  }
  try {
    std::optional<orgkg::Date> at = orgkg::Date::parse_iso(argv[3]);
    if (!at) {
      std::cerr << "members_at_date: not a date (YYYY, YYYY-MM or YYYY-MM-DD): " << argv[3] << '\n';
      return 2;
    }
    orgkg::Store store;
    orgkg::Diagnostics diagnostics;
    orgkg::add_documents(orgkg::list_corpus({argv[1]}), orgkg::Gazetteer::load(), store,
                         diagnostics);

    const orgkg::Entity* org = orgkg::find_entity_by_name(store, argv[2]);
    if (org == nullptr) {
      std::cerr << "members_at_date: no entity named \"" << argv[2] << "\"; did you mean:";
      for (const auto& suggestion : orgkg::closest_names(store, argv[2], 3)) {
        std::cerr << ' ' << suggestion.name;
      }
      std::cerr << '\n';
      return 1;
    }
    std::cout << org->label << " at " << at->to_iso() << ":\n";
    for (const orgkg::Fact* fact :
         orgkg::members_of(store, orgkg::node_id(*org), at, std::nullopt)) {
      std::cout << "  " << orgkg::relation_name(fact->relation) << ' '
                << store.find_entity(fact->subject)->label << ' ' << spell(*fact) << '\n';
    }
  } catch (const orgkg::Error& error) {
    std::cerr << "members_at_date: " << error.what() << '\n';
    return 1;
  }
  return 0;
}

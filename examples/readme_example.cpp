// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
// The C++ example of the README, quoted there verbatim from the first include on
// (examples/readme_quotes_example checks).
#include <iostream>

#include <orgkg/export/format.hpp>
#include <orgkg/extract/build.hpp>
#include <orgkg/extract/corpus.hpp>
#include <orgkg/graph/query.hpp>

int main() {
  const orgkg::Gazetteer gazetteer = orgkg::Gazetteer::load();
  orgkg::Store store;
  orgkg::Diagnostics diagnostics;
  orgkg::add_documents(orgkg::list_corpus({"examples/corpus"}), gazetteer, store, diagnostics);

  // Who were the SCO's observers at the start of 2020?
  const orgkg::Entity* sco = orgkg::find_entity_by_name(store, "Shanghai Cooperation Organisation");
  for (const orgkg::Fact* fact : orgkg::members_of(store, orgkg::node_id(*sco),
                                                   orgkg::Date{2020, 1, 1}, orgkg::Relation::ObserverOf)) {
    std::cout << store.find_entity(fact->subject)->label << " observes " << sco->label << '\n';
  }
  orgkg::write_file(store, orgkg::Format::Turtle, "graph.ttl");  // atomic: temp file + rename
}

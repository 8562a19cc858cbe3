// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Builds a graph from statement files with the library and prints its facts,
// one per line: "Russia member_of CICA 2016-04-27..2016-04-27 (1 source)".
//
//   list_facts examples/corpus
#include <filesystem>
#include <iostream>
#include <vector>

#include <orgkg/extract/build.hpp>
#include <orgkg/extract/corpus.hpp>
#include <orgkg/extract/gazetteer.hpp>
#include <orgkg/graph/error.hpp>
#include <orgkg/graph/store.hpp>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: list_facts FILE_OR_DIR...\n";
    return 2;
  }
  try {
    const orgkg::Gazetteer gazetteer = orgkg::Gazetteer::load();
    std::vector<std::filesystem::path> inputs(argv + 1, argv + argc);
    orgkg::Store store;
    orgkg::Diagnostics diagnostics;
    orgkg::add_documents(orgkg::list_corpus(inputs), gazetteer, store, diagnostics);

    for (const orgkg::Fact* fact : store.facts()) {
      const orgkg::Entity* subject = store.find_entity(fact->subject);
      const orgkg::Entity* object = store.find_entity(fact->object);
      std::cout << subject->label << ' ' << orgkg::relation_name(fact->relation) << ' '
                << object->label << ' ' << fact->first_seen.to_iso() << ".."
                << fact->last_seen.to_iso() << " (" << fact->sources().size() << " source"
                << (fact->sources().size() == 1 ? "" : "s") << ")\n";
    }
  } catch (const orgkg::Error& error) {
    std::cerr << "list_facts: " << error.what() << '\n';
    return 1;
  }
  return 0;
}

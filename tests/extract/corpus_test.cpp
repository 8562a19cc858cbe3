// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/corpus.hpp"

#include <doctest/doctest.h>

#include <fstream>

#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

TEST_SUITE("corpus") {
  TEST_CASE("walks directories for .txt files, takes files as given, sorted and unique") {
    fs::path root = fs::temp_directory_path() / "orgkg_corpus_test";
    fs::remove_all(root);
    fs::create_directories(root / "b" / "deep");
    for (fs::path p : {root / "b" / "2.txt", root / "b" / "deep" / "1.txt", root / "a.txt",
                       root / "notes.md", root / "other.text"}) {
      std::ofstream(p) << "x";
    }
    std::vector<fs::path> files = list_corpus({root, root / "other.text", root / "a.txt"});
    CHECK(files == std::vector<fs::path>{root / "a.txt", root / "b" / "2.txt",
                                         root / "b" / "deep" / "1.txt", root / "other.text"});
    CHECK_THROWS_WITH_AS((void)list_corpus({root / "missing"}), doctest::Contains("missing"),
                         IoError);
    CHECK(list_corpus({}).empty());
    fs::remove_all(root);
  }

  TEST_CASE("walks directories for every supported extension, case ignored") {
    fs::path root = fs::temp_directory_path() / "orgkg_corpus_mixed_test";
    fs::remove_all(root);
    fs::create_directories(root / "web");
    for (fs::path p : {root / "a.txt", root / "web" / "b.html", root / "web" / "c.HTM",
                       root / "d.jsonl", root / "e.ndjson", root / "f.json", root / "g.xml",
                       root / "README.md", root / "web" / "style.css"}) {
      std::ofstream(p) << "x";
    }
    CHECK(list_corpus({root}) == std::vector<fs::path>{root / "a.txt", root / "d.jsonl",
                                                       root / "e.ndjson", root / "web" / "b.html",
                                                       root / "web" / "c.HTM"});
    fs::remove_all(root);
  }
}

}  // namespace
}  // namespace orgkg

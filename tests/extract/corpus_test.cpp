// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/corpus.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

// sort_unique_paths() must give what std::sort and std::unique with path's
// own comparison give.
std::vector<fs::path> sorted_by_path(std::vector<fs::path> files) {
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

// Paths drawn from bytes that sort around the separator ('-', '.', '0', 'Z',
// a UTF-8 lead byte), relative and absolute, some with a trailing separator
// or a "." component, and duplicates.
std::vector<fs::path> paths_around_the_separator(std::size_t count) {
  const std::string alphabet = "a-.0Z/\xC3";
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(state >> 33);
  };
  std::vector<fs::path> files;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text = next() % 3 == 0 ? "/" : "";
    std::size_t length = 1 + next() % 6;
    for (std::size_t k = 0; k < length; ++k) {
      char c = alphabet[next() % alphabet.size()];
      if (c == '/' && (text.empty() || text.back() == '/')) c = 'a';  // no "//"
      text.push_back(c);
    }
    if (next() % 7 == 0) text = "./" + text;
    files.emplace_back(text);
    if (next() % 5 == 0) files.push_back(files[next() % files.size()]);
  }
  return files;
}

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

  TEST_CASE("list_corpus gives each file its lexically normal path, once") {
    fs::path root = fs::temp_directory_path() / "orgkg_corpus_normal_test";
    fs::remove_all(root);
    fs::create_directories(root / "b");
    std::ofstream(root / "a.txt") << "x";
    std::ofstream(root / "b" / "c.txt") << "x";
    // Spellings with ".", ".." and an empty component name the same file.
    std::vector<fs::path> files = list_corpus({root / "b" / ".." / "a.txt", root / "." / "a.txt",
                                               fs::path(root.native() + "//a.txt"), root / "a.txt",
                                               root / "b" / "."});
    CHECK(files == std::vector<fs::path>{root / "a.txt", root / "b" / "c.txt"});
    fs::remove_all(root);
  }

  TEST_CASE("sort_unique_paths drops the duplicates of a list already in order") {
    std::vector<fs::path> files{"a", "a", "a/b", "a/b", "a/c", "a-b", "b"};
    std::vector<fs::path> expected = sorted_by_path(files);
    sort_unique_paths(files);
    CHECK(files == expected);
    CHECK(files.size() == 5);
  }

  TEST_CASE("sort_unique_paths orders and dedups as path's own comparison does") {
    std::vector<fs::path> files = paths_around_the_separator(3000);
    std::vector<fs::path> expected = sorted_by_path(files);
    sort_unique_paths(files);
    CHECK(files == expected);
    // Each pair path order and string order disagree on:
    std::vector<fs::path> pairs{"a-b", "a/b", "a", "a/", "/a", "b", "a.b/c", "a/b/c", "a/b"};
    expected = sorted_by_path(pairs);
    sort_unique_paths(pairs);
    CHECK(pairs == expected);
    CHECK(pairs.front() == fs::path("a"));
    CHECK(pairs.back() == fs::path("/a"));
    std::vector<fs::path> none;
    sort_unique_paths(none);
    CHECK(none.empty());
  }

  TEST_CASE("sort_unique_paths falls back to path's comparison for an empty component") {
    std::vector<fs::path> files{"a//b", "a/b", "a-b", "a//c", "a"};
    std::vector<fs::path> expected = sorted_by_path(files);
    sort_unique_paths(files);
    CHECK(files == expected);
    CHECK(files.size() == 4);  // "a//b" and "a/b" are one path
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

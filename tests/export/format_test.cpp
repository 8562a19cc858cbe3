// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/export/format.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <streambuf>
#include <string>

#include "orgkg/export/dot.hpp"
#include "orgkg/export/graphml.hpp"
#include "orgkg/export/json.hpp"
#include "orgkg/export/turtle.hpp"
#include "orgkg/graph/error.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"

using namespace orgkg;
namespace fs = std::filesystem;

namespace {

// Accepts `capacity` bytes, then fails every write (a full disk, a closed pipe).
class FailingStreambuf : public std::streambuf {
 public:
  explicit FailingStreambuf(std::size_t capacity) : capacity_(capacity) {}

 protected:
  std::streamsize xsputn(const char*, std::streamsize count) override {
    std::streamsize taken = std::min<std::streamsize>(count, capacity_);
    capacity_ -= static_cast<std::size_t>(taken);
    return taken;
  }
  int_type overflow(int_type ch) override {
    if (capacity_ == 0) return traits_type::eof();
    --capacity_;
    return traits_type::not_eof(ch);
  }

 private:
  std::size_t capacity_;
};

std::string render(const Store& store, Format format) {
  std::ostringstream out;
  write(store, format, out);
  return out.str();
}

std::size_t entry_count(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

}  // namespace

TEST_SUITE("format") {
  TEST_CASE("names and extensions round-trip for every format") {
    struct Row {
      Format format;
      const char* name;
      const char* extension;
    };
    const Row rows[] = {{Format::GraphML, "graphml", ".graphml"},
                        {Format::Gexf, "gexf", ".gexf"},
                        {Format::Turtle, "ttl", ".ttl"},
                        {Format::NTriples, "nt", ".nt"},
                        {Format::NQuads, "nq", ".nq"},
                        {Format::Json, "json", ".json"},
                        {Format::Dot, "dot", ".dot"}};
    REQUIRE(std::size(rows) == kAllFormats.size());
    for (const Row& row : rows) {
      CAPTURE(row.name);
      CHECK(format_name(row.format) == row.name);
      CHECK(file_extension(row.format) == row.extension);
      CHECK(format_from_name(row.name) == row.format);
      CHECK(format_from_extension(row.extension) == row.format);
    }
  }

  TEST_CASE("accepts aliases, any ASCII case and extensions without the dot") {
    CHECK(format_from_name("turtle") == Format::Turtle);
    CHECK(format_from_name("Turtle") == Format::Turtle);
    CHECK(format_from_name("GraphML") == Format::GraphML);
    CHECK(format_from_name("ntriples") == Format::NTriples);
    CHECK(format_from_name("NQuads") == Format::NQuads);
    CHECK(format_from_name("jsonl") == Format::Json);
    CHECK(format_from_name("graphviz") == Format::Dot);
    CHECK(format_from_name("GEXF") == Format::Gexf);
    CHECK(format_from_extension("DOT") == Format::Dot);
    CHECK(format_from_extension(".nq") == Format::NQuads);
    CHECK(format_from_extension("TTL") == Format::Turtle);
    CHECK(format_from_extension("graphml") == Format::GraphML);
    CHECK(format_from_extension(fs::path("out/graph.GraphML").extension().string()) ==
          Format::GraphML);
  }

  TEST_CASE("rejects unknown names and extensions") {
    for (const char* name :
         {"", "ttl ", "xml", "graph", ".ttl", "n-triples", "svg", "jsonld", "gv"}) {
      CAPTURE(name);
      CHECK_FALSE(format_from_name(name).has_value());
    }
    for (const char* ext : {"", ".", ".turtle", ".xml", "..ttl", ".ttl.gz", ".jsonl", ".gv"}) {
      CAPTURE(ext);
      CHECK_FALSE(format_from_extension(ext).has_value());
    }
  }

  TEST_CASE("write dispatches to the format's writer") {
    Store store = test::small_store();
    CHECK(render(store, Format::GraphML) == to_graphml(store));
    CHECK(render(store, Format::Turtle) == to_turtle(store));
    CHECK(render(store, Format::Json) == to_facts_json(store));
    CHECK(render(store, Format::Dot) == to_dot(store));
  }

  TEST_CASE("write passes the focus to DOT and rejects an unknown focus name") {
    ExportOptions options;
    options.focus = {"CICA"};
    std::ostringstream out;
    write(test::small_store(), Format::Dot, out, options);
    CHECK(out.str() == to_dot(test::small_store(), options));
    options.focus = {"Atlantis"};
    CHECK_THROWS_WITH_AS(write(test::small_store(), Format::Dot, out, options),
                         doctest::Contains("'Atlantis'"), Error);
  }

  TEST_CASE("every format but DOT is written by default, in declaration order") {
    REQUIRE(kDefaultFormats.size() + 1 == kAllFormats.size());
    for (std::size_t i = 0; i < kDefaultFormats.size(); ++i)
      CHECK(kDefaultFormats[i] == kAllFormats[i]);
    CHECK(kAllFormats.back() == Format::Dot);
  }

  TEST_CASE("throws IoError when the stream fails") {
    Store store = test::small_store();
    for (Format format : kAllFormats) {
      // The last capacity takes all but the final byte of the document.
      const std::size_t size = render(store, format).size();
      for (std::size_t capacity : {std::size_t{0}, std::size_t{1}, std::size_t{100}, size - 1}) {
        CAPTURE(format_name(format));
        CAPTURE(capacity);
        FailingStreambuf buffer(capacity);
        std::ostream out(&buffer);
        CHECK_THROWS_AS(write(store, format, out), IoError);
      }
    }
  }

  TEST_CASE("throws IoError, not ios_base::failure, from a stream with exceptions enabled") {
    Store store = test::small_store();
    for (Format format : kAllFormats) {
      CAPTURE(format_name(format));
      FailingStreambuf buffer(10);
      std::ostream out(&buffer);
      out.exceptions(std::ios::badbit | std::ios::failbit);
      CHECK_THROWS_AS(write(store, format, out), IoError);
    }
  }

  TEST_CASE("the IoError of a stream names the stream and the format") {
    FailingStreambuf buffer(0);
    std::ostream out(&buffer);
    try {
      write_graphml(test::small_store(), out);
      FAIL("no exception");
    } catch (const IoError& error) {
      CHECK(std::string(error.what()).find("<output stream>: cannot write GraphML") == 0);
      CHECK(error.path() == "<output stream>");
    }
  }

  TEST_CASE("the output of an empty store is complete and parseable") {
    Store empty;
    CHECK(to_graphml(empty).find("<graph id=\"G\" edgedefault=\"directed\"/>") !=
          std::string::npos);
    CHECK(to_turtle(empty).find("@prefix doc: ") != std::string::npos);
    CHECK(to_facts_json(empty).empty());
    CHECK(to_dot(empty) == to_dot(empty, ExportOptions{}));
    CHECK(to_dot(empty).rfind("digraph orgkg {", 0) == 0);
  }
}

TEST_SUITE("write_file") {
  TEST_CASE("writes the same bytes as write() and leaves no temporary file") {
    test::TempDir dir;
    Store store = test::small_store();
    for (Format format : kAllFormats) {
      fs::path path = dir / ("graph" + std::string(file_extension(format)));
      write_file(store, format, path);
      CHECK(test::read_file(path) == render(store, format));
    }
    CHECK(entry_count(dir.path()) == kAllFormats.size());
  }

  TEST_CASE("replaces an existing file and keeps its permission bits") {
    test::TempDir dir;
    fs::path path = dir / "graph.ttl";
    test::write_text_file(path, "old");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    write_file(test::small_store(), Format::Turtle, path);
    CHECK(test::read_file(path) == to_turtle(test::small_store()));
    CHECK((fs::status(path).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(entry_count(dir.path()) == 1);
  }

  TEST_CASE("a missing directory gives IoError naming the path") {
    test::TempDir dir;
    fs::path path = dir / "missing" / "graph.graphml";
    try {
      write_file(test::small_store(), Format::GraphML, path);
      FAIL("no exception");
    } catch (const IoError& error) {
      CHECK(error.path() == path.string());
      CHECK(std::string(error.what()).find(path.string()) == 0);
      CHECK(error.code() == std::errc::no_such_file_or_directory);
    }
    CHECK(entry_count(dir.path()) == 0);
  }

  TEST_CASE("a failed rename leaves the target intact and removes the temporary file") {
    test::TempDir dir;
    fs::path path = dir / "graph.graphml";
    fs::create_directory(path);  // rename() cannot replace a directory with a file
    test::write_text_file(path / "keep", "kept");
    CHECK_THROWS_AS(write_file(test::small_store(), Format::GraphML, path), IoError);
    CHECK(fs::is_directory(path));
    CHECK(test::read_file(path / "keep") == "kept");
    CHECK(entry_count(dir.path()) == 1);
  }

  TEST_CASE("a failing writer leaves the old file intact and removes the temporary file") {
    test::TempDir dir;
    fs::path path = dir / "graph.ttl";
    test::write_text_file(path, "old");
    ExportOptions options;
    options.base_iri = "not an IRI";
    CHECK_THROWS_AS(write_file(test::small_store(), Format::Turtle, path, options), Error);
    CHECK(test::read_file(path) == "old");
    CHECK(entry_count(dir.path()) == 1);
  }

  TEST_CASE("a read-only directory gives IoError and leaves the old file intact") {
    if (::geteuid() == 0) {
      MESSAGE("skipped: running as root, which may write to read-only directories");
      return;
    }
    test::TempDir dir;
    fs::path path = dir / "graph.graphml";
    test::write_text_file(path, "old");
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
    CHECK_THROWS_AS(write_file(test::small_store(), Format::GraphML, path), IoError);
    fs::permissions(dir.path(), fs::perms::owner_all);
    CHECK(test::read_file(path) == "old");
    CHECK(entry_count(dir.path()) == 1);
  }

  TEST_CASE("a path without a file name gives IoError") {
    test::TempDir dir;
    CHECK_THROWS_AS(write_file(test::small_store(), Format::Turtle, dir.path() / ""), IoError);
    CHECK(entry_count(dir.path()) == 0);
  }
}

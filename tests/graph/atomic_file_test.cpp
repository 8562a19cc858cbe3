// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/atomic_file.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "orgkg/graph/error.hpp"
#include "test_tools.hpp"

using namespace orgkg;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// More than the writer's 64 KiB buffer, so part of it reaches the temporary
// file before the failure.
const std::string kBig(200'000, 'x');

}  // namespace

TEST_SUITE("atomic_file") {
  TEST_CASE("replaces the file with what the writer wrote and keeps its mode") {
    test::TempDir dir;
    fs::path path = dir / "out.txt";
    test::write_text_file(path, "old\n");
    ::chmod(path.c_str(), 0640);
    write_file_atomically(path, [](std::ostream& out) { out << "new\n" << kBig; });
    CHECK(test::read_file(path) == "new\n" + kBig);
    CHECK((fs::status(path).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(listing(dir.path()) == std::vector<std::string>{"out.txt"});
  }

  TEST_CASE("pieces larger than the buffer and small ones land in the order written") {
    test::TempDir dir;
    fs::path path = dir / "out.txt";
    const std::string exactly_buffer(1 << 16, 'b');
    write_file_atomically(path, [&](std::ostream& out) {
      out << "a" << kBig << 'c' << exactly_buffer << "d";
      out.write(kBig.data(), static_cast<std::streamsize>(kBig.size()));
    });
    CHECK(test::read_file(path) == "a" + kBig + "c" + exactly_buffer + "d" + kBig);
  }

  TEST_CASE("a failing writer leaves the previous file intact and no temporary file") {
    test::TempDir dir;
    fs::path path = dir / "out.txt";
    const std::string old = "previous content\n";
    test::write_text_file(path, old);

    SUBCASE("the writer throws IoError: rethrown naming the target") {
      try {
        write_file_atomically(path, [](std::ostream& out) {
          out << kBig;
          throw IoError("<stream>", "cannot write", ENOSPC);
        });
        FAIL("no error");
      } catch (const IoError& error) {
        CHECK(error.path() == path.string());
        CHECK(error.code().value() == ENOSPC);
      }
    }
    SUBCASE("the writer throws another exception: propagated unchanged") {
      CHECK_THROWS_WITH_AS(write_file_atomically(path,
                                                 [](std::ostream& out) {
                                                   out << kBig;
                                                   throw std::runtime_error("exporter failed");
                                                 }),
                           "exporter failed", std::runtime_error);
    }
    SUBCASE("the writer leaves the stream failed") {
      CHECK_THROWS_AS(write_file_atomically(path,
                                            [](std::ostream& out) {
                                              out << kBig;
                                              out.setstate(std::ios::badbit);
                                            }),
                      IoError);
    }
    CHECK(test::read_file(path) == old);
    CHECK(listing(dir.path()) == std::vector<std::string>{"out.txt"});
  }

  TEST_CASE("a target that cannot be written fails without touching anything") {
    test::TempDir dir;
    SUBCASE("missing directory") {
      CHECK_THROWS_AS(write_file_atomically(dir / "no" / "out.txt",
                                            [](std::ostream& out) { out << "x"; }),
                      IoError);
      CHECK_FALSE(fs::exists(dir / "no"));
    }
    SUBCASE("a directory in the way") {
      fs::create_directories(dir / "taken" / "child");
      CHECK_THROWS_AS(
          write_file_atomically(dir / "taken", [](std::ostream& out) { out << "x"; }), IoError);
      CHECK(fs::is_directory(dir / "taken" / "child"));
    }
    SUBCASE("no file name") {
      CHECK_THROWS_AS(
          write_file_atomically(dir.path() / "", [](std::ostream& out) { out << "x"; }), IoError);
    }
    std::vector<std::string> names = listing(dir.path());
    CHECK(std::none_of(names.begin(), names.end(), [](const std::string& name) {
      return name.find(".tmp-") != std::string::npos;
    }));
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "args.hpp"

#include <doctest/doctest.h>

#include <vector>

using orgkg::cli::parse_args;
using orgkg::cli::ParsedArgs;

namespace {

ParsedArgs parse(std::vector<const char*> words) {
  words.insert(words.begin(), "orgkg");
  return parse_args(static_cast<int>(words.size()), words.data());
}

}  // namespace

TEST_SUITE("args") {
  TEST_CASE("parses a build with inputs, output, formats and options") {
    ParsedArgs parsed = parse({"build", "a.txt", "corpus", "-o", "dir", "--format",
                               "graphml,ttl", "--base-iri", "http://x.org/", "-q"});
    REQUIRE(parsed.options);
    const auto& build = parsed.options->build;
    CHECK(build.inputs == std::vector<std::string>{"a.txt", "corpus"});
    CHECK(build.output_dir == "dir");
    CHECK(build.formats == std::vector<std::string>{"graphml", "ttl"});
    CHECK(build.base_iri == "http://x.org/");
    CHECK(build.quiet);
  }

  TEST_CASE("defaults the output directory to out and every format") {
    ParsedArgs parsed = parse({"build", "corpus"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->build.output_dir == "out");
    CHECK(parsed.options->build.formats.empty());
    CHECK_FALSE(parsed.options->build.quiet);
  }

  TEST_CASE("reports usage errors with exit code 2 and the help text") {
    for (auto words : {std::vector<const char*>{}, {"build"}, {"build", "x", "--bogus"},
                       {"frobnicate"}}) {
      ParsedArgs parsed = parse(words);
      CHECK_FALSE(parsed.options);
      CHECK(parsed.exit_code == 2);
      CHECK(parsed.message.find("orgkg") != std::string::npos);
    }
  }

  TEST_CASE("answers --help and --version with exit code 0") {
    ParsedArgs help = parse({"--help"});
    CHECK_FALSE(help.options);
    CHECK(help.exit_code == 0);
    CHECK(help.message.find("build") != std::string::npos);
    ParsedArgs build_help = parse({"build", "--help"});
    CHECK(build_help.exit_code == 0);
    CHECK(build_help.message.find("--format") != std::string::npos);
    ParsedArgs version = parse({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.message.find("orgkg 0.") != std::string::npos);
  }
}

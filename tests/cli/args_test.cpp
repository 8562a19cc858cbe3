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

  TEST_CASE("leaves the output directory and formats to their defaults") {
    ParsedArgs parsed = parse({"build", "corpus"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->build.output_dir.empty());  // "out" unless --into
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

TEST_SUITE("args") {
  TEST_CASE("parses build --into with read options") {
    ParsedArgs parsed = parse({"build", "in.jsonl", "--into", "g.json", "--input-format", "jsonl",
                               "--publisher-country", "RUS", "--strict"});
    REQUIRE(parsed.options);
    const auto& build = parsed.options->build;
    CHECK(build.into == "g.json");
    CHECK(build.output_dir.empty());
    CHECK(build.read.input_format == "jsonl");
    CHECK(build.read.publisher_country == "RUS");
    CHECK(build.read.strict);
  }

  TEST_CASE("parses extract, merge and query") {
    ParsedArgs extract = parse({"extract", "a.txt", "--json"});
    REQUIRE(extract.options);
    CHECK(extract.options->command == orgkg::cli::Command::Extract);
    CHECK(extract.options->extract.json);

    ParsedArgs merge = parse({"merge", "a.json", "b.json", "-o", "all.json"});
    REQUIRE(merge.options);
    CHECK(merge.options->command == orgkg::cli::Command::Merge);
    CHECK(merge.options->merge.snapshots == std::vector<std::string>{"a.json", "b.json"});
    CHECK(merge.options->merge.output == "all.json");

    ParsedArgs query = parse({"query", "g.json", "members", "CICA", "--at", "2016-05-01",
                              "--role", "observer", "--json"});
    REQUIRE(query.options);
    const auto& q = query.options->query;
    CHECK(query.options->command == orgkg::cli::Command::Query);
    CHECK(q.graph == "g.json");
    CHECK(q.question == "members");
    CHECK(q.names == std::vector<std::string>{"CICA"});
    CHECK(q.at == "2016-05-01");
    CHECK(q.role == "observer");
    CHECK(q.json);
  }

  TEST_CASE("rejects an unknown question and a merge without an output") {
    CHECK(parse({"query", "g.json", "frobnicate"}).exit_code == 2);
    CHECK(parse({"merge", "a.json"}).exit_code == 2);
  }
}

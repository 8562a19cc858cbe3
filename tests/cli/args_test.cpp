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
    ParsedArgs parsed = parse({"build", "a.txt", "corpus", "-o", "dir", "--format", "graphml,ttl",
                               "--base-iri", "http://x.org/", "-q"});
    REQUIRE(parsed.options);
    const auto& build = parsed.options->build;
    CHECK(build.inputs == std::vector<std::string>{"a.txt", "corpus"});
    CHECK(build.output.dir == "dir");
    CHECK(build.output.formats == std::vector<std::string>{"graphml", "ttl"});
    CHECK(build.output.base_iri == "http://x.org/");
    CHECK(build.quiet);
  }

  TEST_CASE("leaves the output directory and formats to their defaults") {
    ParsedArgs parsed = parse({"build", "corpus"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->build.output.dir.empty());  // "out" unless --into
    CHECK(parsed.options->build.output.formats.empty());
    CHECK_FALSE(parsed.options->build.quiet);
  }

  TEST_CASE("reports usage errors with exit code 2 and the help text") {
    for (auto words :
         {std::vector<const char*>{}, {"build"}, {"build", "x", "--bogus"}, {"frobnicate"}}) {
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
    CHECK(build.output.dir.empty());
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

    ParsedArgs query = parse({"query", "g.json", "members", "CICA", "--at", "2016-05-01", "--role",
                              "observer", "--json"});
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

TEST_SUITE("args") {
  TEST_CASE("parses --jobs, --shard and --progress on build") {
    ParsedArgs parsed =
        parse({"build", "corpus", "-j", "4", "--shard", "2/3", "--into", "p.json", "--progress"});
    REQUIRE(parsed.options);
    const auto& build = parsed.options->build;
    CHECK(build.jobs == 4);
    CHECK(build.shard == orgkg::cli::Shard{2, 3});
    CHECK(build.progress);
    ParsedArgs defaults = parse({"build", "corpus"});
    REQUIRE(defaults.options);
    CHECK(defaults.options->build.jobs == 0);  // every core
    CHECK(defaults.options->build.shard == orgkg::cli::Shard{1, 1});
    CHECK_FALSE(defaults.options->build.progress);
  }

  TEST_CASE("rejects a shard outside 1..N, a malformed one and one without --into") {
    for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "-1/3", "1/3x", "/3", "2/"}) {
      CAPTURE(bad);
      ParsedArgs parsed = parse({"build", "corpus", "--shard", bad, "--into", "p.json"});
      CHECK_FALSE(parsed.options);
      CHECK(parsed.exit_code == 2);
      CHECK(parsed.message.find("--shard") != std::string::npos);
    }
    ParsedArgs no_into = parse({"build", "corpus", "--shard", "1/2"});
    CHECK(no_into.exit_code == 2);
    CHECK(no_into.message.find("--into") != std::string::npos);
  }

  TEST_CASE("parse_shard accepts K/N with 1 <= K <= N only") {
    CHECK(orgkg::cli::parse_shard("1/1") == orgkg::cli::Shard{1, 1});
    CHECK(orgkg::cli::parse_shard("3/3") == orgkg::cli::Shard{3, 3});
    CHECK(orgkg::cli::parse_shard("12/100") == orgkg::cli::Shard{12, 100});
    CHECK_FALSE(orgkg::cli::parse_shard("4/3"));
    CHECK_FALSE(orgkg::cli::parse_shard("0/0"));
    CHECK_FALSE(orgkg::cli::parse_shard(" 1/3"));
  }

  TEST_CASE("parses export with outputs") {
    ParsedArgs parsed = parse({"export", "g.json", "-o", "dir", "-f", "ttl,dot", "--base-iri",
                               "http://x.org/", "--focus", "SCO", "--depth", "2", "-q"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->command == orgkg::cli::Command::Export);
    const auto& exported = parsed.options->export_snapshot;
    CHECK(exported.snapshot == "g.json");
    CHECK(exported.output.dir == "dir");
    CHECK(exported.output.formats == std::vector<std::string>{"ttl", "dot"});
    CHECK(exported.output.base_iri == "http://x.org/");
    CHECK(exported.output.focus == std::vector<std::string>{"SCO"});
    CHECK(exported.output.depth == 2);
    CHECK(exported.quiet);
    CHECK(parse({"export"}).exit_code == 2);
  }
}

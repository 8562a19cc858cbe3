// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "progress.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "build.hpp"

using orgkg::cli::format_duration;
using orgkg::cli::format_progress;
using orgkg::cli::Progress;
using orgkg::cli::ProgressCounters;

TEST_SUITE("progress") {
  TEST_CASE("states files, documents, megabytes, rate, facts and the time left") {
    ProgressCounters counters{3, 12, 41, 310, 1'200'000, 4'800'000};
    CHECK(format_progress(counters, 0.5) ==
          "orgkg: 3/12 files, 41 documents, 1.20/4.80 MB, 2.40 MB/s, 310 facts, ETA 2 s");
  }

  TEST_CASE("gives no ETA before a rate is known and none once every file is done") {
    ProgressCounters start{0, 5, 0, 0, 0, 1'000'000};
    CHECK(format_progress(start, 0.0) ==
          "orgkg: 0/5 files, 0 documents, 0.00/1.00 MB, 0.00 MB/s, 0 facts, ETA ?");
    ProgressCounters done{5, 5, 9, 70, 1'000'000, 1'000'000};
    CHECK(format_progress(done, 2.0) ==
          "orgkg: 5/5 files, 9 documents, 1.00/1.00 MB, 0.50 MB/s, 70 facts");
  }

  TEST_CASE("formats durations in seconds, minutes and hours") {
    CHECK(format_duration(0.2) == "0 s");
    CHECK(format_duration(59.4) == "59 s");
    CHECK(format_duration(125) == "2 min 05 s");
    CHECK(format_duration(3720) == "1 h 02 min");
    CHECK(format_duration(-3) == "0 s");
  }

  TEST_CASE("gives large sizes and rates one decimal") {
    ProgressCounters big{1, 4, 1000, 9000, 250'000'000, 1'000'000'000};
    CHECK(format_progress(big, 10.0) ==
          "orgkg: 1/4 files, 1000 documents, 250.0/1000.0 MB, 25.0 MB/s, 9000 facts, ETA 30 s");
  }

  TEST_CASE("prints nothing when disabled") {
    std::ostringstream err;
    Progress progress(err, false, ProgressCounters{0, 2, 0, 0, 0, 10}, std::chrono::seconds(0));
    progress.file_done(5, 1, 3);
    progress.finish();
    CHECK(err.str().empty());
    CHECK(progress.counters().files_done == 1);
    CHECK(progress.counters().facts == 3);
  }

  TEST_CASE("rewrites one line with carriage returns and ends it with one newline") {
    std::ostringstream err;
    Progress progress(err, true, ProgressCounters{0, 2, 0, 0, 0, 2'000'000},
                      std::chrono::seconds(0));
    progress.file_done(1'000'000, 1, 3);
    progress.file_done(1'000'000, 2, 4);
    progress.finish();
    progress.finish();
    const std::string text = err.str();
    CHECK(text.front() == '\r');
    CHECK(text.find('\n') == text.size() - 1);
    CHECK(text.find("2/2 files, 3 documents, 2.00/2.00 MB") != std::string::npos);
    CHECK(text.find("7 facts") != std::string::npos);
  }

  TEST_CASE("moves within a large file, document by document, and counts each once") {
    std::ostringstream err;
    Progress progress(err, true, ProgressCounters{0, 1, 0, 0, 0, 3'000'000},
                      std::chrono::seconds(0));
    progress.document_done(1'000'000, 2);
    CHECK(err.str().find("0/1 files, 1 documents, 1.00/3.00 MB") != std::string::npos);
    CHECK(err.str().find("2 facts") != std::string::npos);
    progress.document_done(1'500'000, 1);
    // The file is done: its size replaces the documents' bytes, and the
    // documents and facts already counted are not counted again.
    progress.file_done(3'000'000, 2, 3);
    progress.finish();
    CHECK(err.str().find("1/1 files, 2 documents, 3.00/3.00 MB") != std::string::npos);
    CHECK(progress.counters().documents == 2);
    CHECK(progress.counters().facts == 3);
    CHECK(progress.counters().bytes_done == 3'000'000);
  }

  TEST_CASE("prints at most once per interval, and the final counters") {
    std::ostringstream err;
    Progress progress(err, true, ProgressCounters{0, 3, 0, 0, 0, 3}, std::chrono::hours(1));
    for (int i = 0; i < 3; ++i) progress.file_done(1, 1, 1);
    CHECK(err.str().empty());
    progress.finish();
    CHECK(err.str().find("3/3 files") != std::string::npos);
  }
}

TEST_SUITE("build") {
  TEST_CASE("shard K/N holds the files i with i mod N = K - 1, and the shards cover all") {
    std::vector<std::filesystem::path> files{"a", "b", "c", "d", "e", "f", "g"};
    using orgkg::cli::shard_files;
    CHECK(shard_files(files, {1, 3}) == std::vector<std::filesystem::path>{"a", "d", "g"});
    CHECK(shard_files(files, {2, 3}) == std::vector<std::filesystem::path>{"b", "e"});
    CHECK(shard_files(files, {3, 3}) == std::vector<std::filesystem::path>{"c", "f"});
    CHECK(shard_files(files, {1, 1}) == files);
    CHECK(shard_files(files, {9, 9}).empty());
  }

  TEST_CASE("jobs 0 means every core, at least one") {
    CHECK(orgkg::cli::resolve_jobs(3) == 3);
    CHECK(orgkg::cli::resolve_jobs(0) >= 1);
  }
}

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Streaming: for_each_document() and the JSON lines reader fed in pieces give
// exactly the documents and diagnostics of the whole input read at once,
// wherever the chunks split it; a throwing callback, a strict error and a
// failed read stop the reading; and a JSON lines file much larger than memory
// allows is read in memory bounded by its longest line (the "slow" test).
#include <doctest/doctest.h>

#include <cerrno>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "jsonl_reader.hpp"
#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

namespace fs = std::filesystem;

const fs::path kData = fs::path(ORGKG_TEST_DATA_DIR) / "extract";
const fs::path kJsonl = kData / "jsonl" / "statements.jsonl";

// One document as one line of text, every field of it included.
std::string render(const Document& d) {
  return d.source.id + " | " + d.source.published.to_iso() + " | " + d.source.publisher_country +
         " | " + d.source.url + " | " + d.source.title + " | " + d.source.path + " | " + d.text;
}

// What a reading produced: the documents, then the diagnostics.
struct Reading {
  std::vector<std::string> documents;
  std::vector<std::string> diagnostics;
};

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& item : diagnostics.items()) lines.push_back(item.to_string());
  return lines;
}

Reading stream(const fs::path& path, const ReadOptions& options = {}) {
  Reading reading;
  Diagnostics diagnostics;
  for_each_document(path, options, diagnostics,
                    [&](Document&& d) { reading.documents.push_back(render(d)); });
  reading.diagnostics = messages(diagnostics);
  return reading;
}

// `content` fed to a JSON lines reader in pieces of `chunk` bytes, under the
// names for_each_document() gives `path`.
Reading feed_in_chunks(const std::string& content, std::size_t chunk, const fs::path& path) {
  Reading reading;
  Diagnostics diagnostics;
  detail::JsonLinesReader reader(path.string(), path.stem().string(), false, diagnostics);
  auto each = [&](Document&& d) {
    d.source.path = path.string();
    reading.documents.push_back(render(d));
  };
  for (std::size_t at = 0; at < content.size(); at += chunk) {
    reader.feed(std::string_view(content).substr(at, chunk), each);
  }
  reader.finish(each);
  reading.diagnostics = messages(diagnostics);
  return reading;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return std::move(content).str();
}

// A scratch directory of its own for each test (CTest runs them in
// parallel), removed at the end of the test.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / ("orgkg_reader_stream_test_" + name)) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() { fs::remove_all(path); }
};

// A JSON lines statement with an explicit id and `text`.
std::string statement(const std::string& id, const std::string& text) {
  return "{\"id\": \"" + id + "\", \"date\": \"2021-10-12\", \"text\": \"" + text + "\"}";
}

// A field of /proc/self/status in KiB ("VmHWM:", the peak resident set since
// the last reset_peak_rss(); "VmRSS:", the current one); 0 when unknown.
std::size_t rss_kib(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field, 0) == 0) return std::stoul(line.substr(field.size()));
  }
  return 0;
}

// Resets VmHWM to the current resident set (Linux 4.0+); false when it cannot.
bool reset_peak_rss() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  clear.flush();
  return clear.good();
}

// Reading `path` in `format` fails with an IoError naming it, of errno
// `code`, and reports nothing.
void check_io_error(const fs::path& path, std::optional<InputFormat> format, int code) {
  CAPTURE(path);
  ReadOptions options;
  options.format = format;
  Diagnostics diagnostics;
  try {
    for_each_document(path, options, diagnostics, [](Document&&) {});
    FAIL("no IoError");
  } catch (const IoError& error) {
    CHECK(error.path() == path.string());
    CHECK(error.code().value() == code);
  }
  CHECK(diagnostics.empty());
}

TEST_SUITE("reader") {
  TEST_CASE("streaming JSON lines gives what the whole file gives, however it is chunked") {
    std::string content = slurp(kJsonl);
    REQUIRE(content.size() > 1000);
    Reading expected = stream(kJsonl);
    CHECK(expected.documents.size() == 4);
    CHECK(expected.diagnostics.size() == 5);
    CHECK(feed_in_chunks(content, content.size(), kJsonl).documents == expected.documents);
    for (std::size_t chunk : {1, 2, 3, 7, 64, 4096}) {
      CAPTURE(chunk);
      Reading got = feed_in_chunks(content, chunk, kJsonl);
      CHECK(got.documents == expected.documents);
      CHECK(got.diagnostics == expected.diagnostics);
    }
    // Two pieces, split around every "\n" and "\r", inside every UTF-8
    // sequence, and every 101 bytes elsewhere (every byte takes seconds).
    auto worth_splitting = [&content](std::size_t at) {
      std::string_view around = std::string_view(content).substr(at > 2 ? at - 2 : 0, 4);
      return at % 101 == 0 || around.find_first_of("\r\n") != std::string_view::npos ||
             (at < content.size() && static_cast<unsigned char>(content[at]) >= 0x80);
    };
    for (std::size_t split = 0; split <= content.size(); ++split) {
      if (!worth_splitting(split)) continue;
      Reading got;
      Diagnostics diagnostics;
      detail::JsonLinesReader reader(kJsonl.string(), "statements", false, diagnostics);
      auto each = [&](Document&& d) {
        d.source.path = kJsonl.string();
        got.documents.push_back(render(d));
      };
      reader.feed(std::string_view(content).substr(0, split), each);
      reader.feed(std::string_view(content).substr(split), each);
      reader.finish(each);
      if (got.documents != expected.documents || messages(diagnostics) != expected.diagnostics) {
        FAIL("split at byte " << split << " reads differently");
      }
    }
  }

  TEST_CASE("streaming text and HTML gives what read_documents and parse_documents give") {
    for (const fs::path& path : {kData / "html" / "ministry_statement.html", kJsonl}) {
      CAPTURE(path);
      Diagnostics diagnostics;
      std::vector<std::string> read;
      for (const Document& d : read_documents(path, {}, diagnostics)) read.push_back(render(d));
      Reading streamed = stream(path);
      CHECK(streamed.documents == read);
      CHECK(streamed.diagnostics == messages(diagnostics));
    }
    TempDir dir("plain");
    std::ofstream(dir.path / "plain.data", std::ios::binary)
        << std::string("\xEF\xBB\xBF") + "2020-01-02\r\nTitle\r\nBody \xFF.";
    Reading streamed = stream(dir.path / "plain.data");
    Diagnostics diagnostics;
    std::vector<Document> parsed = parse_documents(slurp(dir.path / "plain.data"),
                                                   InputFormat::Text, "plain", {}, diagnostics);
    REQUIRE(parsed.size() == 1);
    parsed[0].source.path = (dir.path / "plain.data").string();
    CHECK(streamed.documents == std::vector<std::string>{render(parsed[0])});
    CHECK(streamed.diagnostics == messages(diagnostics));
    CHECK(streamed.diagnostics.size() == 1);  // the invalid byte
  }

  TEST_CASE("a text file read whole gives what parse_documents gives, sniffed or not") {
    // Over the bytes sniff() looks at, so the sniffed head is part of the whole read.
    std::string body = "2020-01-02\nTitle\n";
    for (int i = 0; i < 200; ++i) body += "Kazakhstan joined the SCO. ";
    TempDir dir("whole");
    for (const char* name : {"whole.txt", "whole.data"}) {
      CAPTURE(name);
      std::ofstream(dir.path / name, std::ios::binary) << body;
      Reading streamed = stream(dir.path / name);
      Diagnostics diagnostics;
      std::vector<Document> parsed =
          parse_documents(body, InputFormat::Text, "whole", {}, diagnostics);
      REQUIRE(parsed.size() == 1);
      parsed[0].source.path = (dir.path / name).string();
      CHECK(streamed.documents == std::vector<std::string>{render(parsed[0])});
      CHECK(streamed.diagnostics == messages(diagnostics));
    }
  }

  TEST_CASE("lines spanning 1 MiB chunks, CRLF, a BOM, bad bytes and no final newline") {
    TempDir dir("chunks");
    fs::path path = dir.path / "corpus.data";  // unknown extension: sniffed
    std::string content = "\xEF\xBB\xBF";
    std::vector<std::size_t> lengths;
    for (std::size_t i = 0; content.size() < (std::size_t{3} << 20); ++i) {
      // Lengths from 10 bytes to ~1.5 MiB, so lines end anywhere in a chunk
      // and one spans a whole chunk.
      std::size_t length = i == 5 ? (std::size_t{3} << 19) : 10 + (i * 7919) % 60000;
      std::string text(length, static_cast<char>('a' + i % 26));
      if (i == 9) text += "\xC3";  // a truncated UTF-8 sequence
      content += statement("s" + std::to_string(i), text);
      content += i % 3 == 0 ? "\r\n" : i % 5 == 0 ? "\n \n" : "\n";
      lengths.push_back(length);
    }
    content += statement("last", "no newline after me");
    std::ofstream(path, std::ios::binary) << content;

    Reading streamed = stream(path);
    Diagnostics diagnostics;
    std::vector<std::string> whole;
    for (Document& d :
         parse_documents(content, InputFormat::JsonLines, path.string(), {}, diagnostics)) {
      d.source.path = path.string();
      whole.push_back(render(d));
    }
    REQUIRE(streamed.documents.size() == lengths.size() + 1);
    CHECK(streamed.documents == whole);
    CHECK(streamed.diagnostics == messages(diagnostics));
    REQUIRE(streamed.diagnostics.size() == 1);
    CHECK(streamed.diagnostics[0].find(path.string() + ":") == 0);
    CHECK(streamed.documents[5].size() > (std::size_t{3} << 19));
    CHECK(streamed.documents.back().find("last | 2021-10-12") == 0);
  }

  TEST_CASE("an exception from each stops the reading") {
    TempDir dir("throw");
    std::ofstream out(dir.path / "lines.jsonl", std::ios::binary);
    for (int i = 1; i <= 6; ++i) out << statement("d" + std::to_string(i), "Text.") << "\n";
    out << "not json\n";
    out.close();
    Diagnostics diagnostics;
    std::vector<std::string> ids;
    CHECK_THROWS_WITH_AS(for_each_document(dir.path / "lines.jsonl", {}, diagnostics,
                                           [&](Document&& d) {
                                             ids.push_back(d.source.id);
                                             if (ids.size() == 3)
                                               throw std::runtime_error("enough");
                                           }),
                         "enough", std::runtime_error);
    CHECK(ids == std::vector<std::string>{"d1", "d2", "d3"});
    CHECK(diagnostics.empty());  // line 7 was never read
  }

  TEST_CASE("strict mode delivers the documents before the malformed line") {
    ReadOptions strict;
    strict.strict = true;
    Diagnostics diagnostics;
    std::vector<std::string> ids;
    try {
      for_each_document(kJsonl, strict, diagnostics,
                        [&](Document&& d) { ids.push_back(d.source.id); });
      FAIL("no ParseError");
    } catch (const ParseError& error) {
      CHECK(error.line() == 3);
      CHECK(error.source() == kJsonl.string());
    }
    CHECK(ids == std::vector<std::string>{"cica-2021"});
  }

  TEST_CASE("a failed read is an IoError naming the file, not an end of file") {
    // /proc/self/mem opens, and its first read (address 0) fails with EIO.
    const fs::path mem = "/proc/self/mem";
    if (!std::ifstream(mem, std::ios::binary)) {
      MESSAGE("skipped: no /proc/self/mem to read");
      return;
    }
    for (std::optional<InputFormat> format :
         {std::optional<InputFormat>(), std::optional(InputFormat::JsonLines),
          std::optional(InputFormat::Text)}) {
      check_io_error(mem, format, EIO);
    }
  }

  TEST_CASE("a directory cannot be read and a missing file cannot be opened, in any format") {
    const fs::path dir = fs::temp_directory_path() / "orgkg_reader_dir_test.txt";
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (std::optional<InputFormat> format :
         {std::optional<InputFormat>(), std::optional(InputFormat::Html),
          std::optional(InputFormat::JsonLines), std::optional(InputFormat::Text)}) {
      check_io_error(dir, format, EISDIR);
      check_io_error(dir / "missing.txt", format, ENOENT);
    }
    fs::remove_all(dir);
  }

  // Registered with the label "slow" (tests/extract/CMakeLists.txt): skipped
  // by a plain run of the test binary.
  TEST_CASE("a JSON lines file of 150 MB streams in memory bounded by its lines" *
            doctest::skip()) {
    TempDir dir("big");
    fs::path path = dir.path / "big.jsonl";
    const std::size_t kFileBytes = std::size_t{150} << 20;
    std::size_t lines = 0;
    {
      std::ofstream out(path, std::ios::binary);
      std::string body;
      for (int i = 0; body.size() < 2000; ++i)
        body += "Sentence number " + std::to_string(i) + ". ";
      for (std::size_t written = 0; written < kFileBytes; ++lines) {
        std::string line = statement("b" + std::to_string(lines), body) + "\n";
        out << line;
        written += line.size();
      }
      REQUIRE(out.good());
    }
    REQUIRE(fs::file_size(path) >= kFileBytes);

    bool measured = reset_peak_rss();
    std::size_t before = rss_kib("VmRSS:");
    std::size_t documents = 0;
    std::size_t text_bytes = 0;
    Diagnostics diagnostics;
    for_each_document(path, {}, diagnostics, [&](Document&& d) {
      ++documents;
      text_bytes += d.text.size();
    });
    std::size_t peak = rss_kib("VmHWM:");
    CHECK(documents == lines);
    CHECK(text_bytes > kFileBytes / 2);
    CHECK(diagnostics.empty());
    if (!measured || before == 0 || peak == 0) {
      MESSAGE("peak memory not checked: /proc/self/clear_refs or /proc/self/status unavailable");
      return;
    }
    std::size_t growth_mib = (peak > before ? peak - before : 0) >> 10;
    MESSAGE("streamed " << documents << " documents (" << (fs::file_size(path) >> 20)
                        << " MiB); peak RSS growth " << growth_mib << " MiB");
    if (kAddressSanitizer) {
      // ASan's quarantine keeps freed blocks (256 MB by default) from reuse,
      // so memory grows with what was freed: the bound is checked without it.
      MESSAGE("peak memory not checked under AddressSanitizer");
      return;
    }
    CHECK(growth_mib < 40);
  }
}

}  // namespace
}  // namespace orgkg

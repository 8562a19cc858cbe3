// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// orgkg-bench-corpus: writes a deterministic corpus of diplomatic statements
// of any size, and the facts it plants (the truth file the harness scores
// recall against). Documents are generated and written one at a time, so
// memory stays constant whatever the size.
//
//   orgkg-bench-corpus --size 200M --seed 1 --out DIR --truth TRUTH.tsv
//                      [--format text|jsonl|html] [--docs-per-file N] [--shapes FILE]
//                      [--data DIR]
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

#include "document.hpp"
#include "html_page.hpp"

namespace fs = std::filesystem;
using namespace orgkg::bench;

namespace {

struct Options {
  std::uint64_t size = 0;
  std::uint64_t seed = 1;
  fs::path out, truth, shapes;
  fs::path data = ORGKG_BENCH_DATA_DIR;
  enum class Format { Text, JsonLines, Html } format = Format::Text;
  std::uint64_t docs_per_file = 1000;
};

int usage(const char* message) {
  if (message) std::cerr << "orgkg-bench-corpus: " << message << "\n";
  std::cerr << "usage: orgkg-bench-corpus --size SIZE[K|M|G] --out DIR --truth FILE.tsv\n"
               "         [--seed N] [--format text|jsonl|html] [--docs-per-file N]\n"
               "         [--shapes FILE.tsv] [--data DIR]\n";
  return 2;
}

std::optional<std::uint64_t> parse_size(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::size_t used = 0;
  std::uint64_t value = 0;
  try {
    value = std::stoull(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::string suffix = text.substr(used);
  if (suffix == "K" || suffix == "k") return value << 10;
  if (suffix == "M" || suffix == "m") return value << 20;
  if (suffix == "G" || suffix == "g") return value << 30;
  if (suffix.empty()) return value;
  return std::nullopt;
}

std::optional<Options> parse_args(int argc, char** argv) {
  Options o;
  bool have_size = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (i + 1 >= argc) return std::nullopt;
    std::string value = argv[++i];
    if (arg == "--size") {
      auto size = parse_size(value);
      if (!size) return std::nullopt;
      o.size = *size;
      have_size = true;
    } else if (arg == "--seed") {
      auto seed = parse_size(value);
      if (!seed) return std::nullopt;
      o.seed = *seed;
    } else if (arg == "--out") {
      o.out = value;
    } else if (arg == "--truth") {
      o.truth = value;
    } else if (arg == "--shapes") {
      o.shapes = value;
    } else if (arg == "--data") {
      o.data = value;
    } else if (arg == "--format") {
      if (value == "text") {
        o.format = Options::Format::Text;
      } else if (value == "jsonl") {
        o.format = Options::Format::JsonLines;
      } else if (value == "html") {
        o.format = Options::Format::Html;
      } else {
        return std::nullopt;
      }
    } else if (arg == "--docs-per-file") {
      auto n = parse_size(value);
      if (!n || *n == 0) return std::nullopt;
      o.docs_per_file = *n;
    } else {
      return std::nullopt;
    }
  }
  if (!have_size || o.out.empty() || o.truth.empty()) return std::nullopt;
  return o;
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

void write_truth(std::ostream& truth, std::ostream* shapes, const GeneratedDoc& doc) {
  for (const Planted& f : doc.facts) {
    truth << doc.id << '\t' << f.subject << '\t' << f.relation << '\t' << f.object << '\t'
          << f.date << '\n';
    if (shapes) {
      *shapes << doc.id << '\t' << f.subject << '\t' << f.relation << '\t' << f.object << '\t'
              << f.date << '\t' << f.shape << '\t' << f.sentence << '\n';
    }
  }
}

int run(const Options& o) {
  Names names = Names::load(o.data);
  World world = World::build(names);
  fs::create_directories(o.out);
  std::ofstream truth(o.truth, std::ios::binary);
  truth << "# doc_id\tsubject_key\trelation\tobject_key\tdate\n";
  std::ofstream shapes_file;
  if (!o.shapes.empty()) {
    shapes_file.open(o.shapes, std::ios::binary);
    shapes_file << "# doc_id\tsubject_key\trelation\tobject_key\tdate\tshape\tsentence\n";
  }
  std::ostream* shapes = o.shapes.empty() ? nullptr : &shapes_file;
  std::uint64_t written = 0, index = 0, facts = 0;
  std::ofstream jsonl;
  while (written < o.size) {
    GeneratedDoc doc = generate_document(names, world, o.seed, index);
    char part[32];
    if (o.format == Options::Format::JsonLines) {
      if (index % o.docs_per_file == 0) {
        std::snprintf(part, sizeof part, "part-%05llu.jsonl",
                      static_cast<unsigned long long>(index / o.docs_per_file));
        jsonl.close();
        jsonl.open(o.out / part, std::ios::binary);
      }
      std::string line = to_json_line(doc) + "\n";
      jsonl << line;
      written += line.size();
    } else {
      std::snprintf(part, sizeof part, "%04llu", static_cast<unsigned long long>(index / 1000));
      fs::create_directories(o.out / part);
      const bool html = o.format == Options::Format::Html;
      std::string text = html ? to_html(doc) : to_text(doc);
      write_file(o.out / part / (doc.id + (html ? ".html" : ".txt")), text);
      written += text.size();
    }
    write_truth(truth, shapes, doc);
    facts += doc.facts.size();
    ++index;
  }
  if (jsonl.is_open() && !jsonl.flush()) throw std::runtime_error("cannot write the JSON lines");
  if (!truth.flush()) throw std::runtime_error("cannot write " + o.truth.string());
  std::cerr << "orgkg-bench-corpus: " << index << " documents, " << written << " bytes, " << facts
            << " planted facts -> " << o.out.string() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::optional<Options> options = parse_args(argc, argv);
  if (!options) return usage(nullptr);
  try {
    return run(*options);
  } catch (const std::exception& e) {
    std::cerr << "orgkg-bench-corpus: error: " << e.what() << "\n";
    return 1;
  }
}

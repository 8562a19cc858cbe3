// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// orgkg-bench: times every stage of the pipeline over a corpus directory
// (median of --repeat runs) and, given the generator's truth file, scores the
// recall of the planted facts.
//
//   orgkg-bench CORPUS_DIR [--repeat N] [--truth TRUTH.tsv] [--min-recall R]
//               [--recall-in-document] [--json FILE] [--keep-exports DIR]
//               [--threads N] [--examples N] [--no-stages]
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include "orgkg/extract/corpus.hpp"
#include "orgkg/extract/gazetteer.hpp"
#include "report.hpp"

namespace fs = std::filesystem;
using namespace orgkg;
using namespace orgkg::bench;

namespace {

struct Options {
  fs::path corpus;
  int repeat = 3;
  fs::path truth, json, keep_exports;
  std::optional<double> min_recall;
  bool recall_in_document = false;
  bool stages = true;
  std::size_t threads = 1;
  std::size_t examples = 10;
};

int usage(const std::string& message) {
  if (!message.empty()) std::cerr << "orgkg-bench: " << message << "\n";
  std::cerr << "usage: orgkg-bench CORPUS_DIR [--repeat N] [--truth TRUTH.tsv]\n"
               "         [--min-recall R] [--recall-in-document] [--json FILE]\n"
               "         [--keep-exports DIR] [--threads N] [--examples N] [--no-stages]\n";
  return 2;
}

std::optional<Options> parse_args(int argc, char** argv, std::string& error) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string(argv[++i]);
    };
    try {
      if (arg == "--recall-in-document") {
        o.recall_in_document = true;
      } else if (arg == "--no-stages") {
        o.stages = false;
      } else if (arg.rfind("--", 0) == 0) {
        auto v = value();
        if (!v) return error = arg + " needs a value", std::nullopt;
        if (arg == "--repeat") o.repeat = std::stoi(*v);
        else if (arg == "--truth") o.truth = *v;
        else if (arg == "--json") o.json = *v;
        else if (arg == "--keep-exports") o.keep_exports = *v;
        else if (arg == "--min-recall") o.min_recall = std::stod(*v);
        else if (arg == "--threads") o.threads = std::stoul(*v);
        else if (arg == "--examples") o.examples = std::stoul(*v);
        else return error = "unknown option " + arg, std::nullopt;
      } else if (o.corpus.empty()) {
        o.corpus = arg;
      } else {
        return error = "more than one corpus", std::nullopt;
      }
    } catch (const std::exception&) {
      return error = "bad value for " + arg, std::nullopt;
    }
  }
  if (o.corpus.empty()) return error = "no corpus directory", std::nullopt;
  if (o.repeat < 1 || o.threads < 1) return error = "--repeat and --threads must be >= 1", std::nullopt;
  return o;
}

// One repeat of the staged pipeline, appending to `stages`.
void run_stages(Pipeline& p, const fs::path& export_dir, std::vector<StageStats>& stages) {
  std::size_t i = 0;
  auto next = [&](const std::string& name) -> StageStats& {
    if (stages.size() <= i) stages.push_back(StageStats{name, {}, 0, 0, 0, 0, 0, 0});
    return stages[i++];
  };
  run_read(p, next("read"));
  run_extract(p, next("extract"));
  run_merge(p, next("merge"));
  for (Format format : kDefaultFormats) {
    run_export(p, format, export_dir, next("export " + std::string(format_name(format))));
  }
  p.documents.clear();
  p.documents.shrink_to_fit();
}

int run(const Options& o) {
  Gazetteer gazetteer = Gazetteer::load();
  Pipeline p;
  p.gazetteer = &gazetteer;
  p.files = list_corpus({o.corpus});
  for (const auto& f : p.files) p.corpus_bytes += static_cast<double>(fs::file_size(f));
  fs::path export_dir = o.keep_exports;
  bool temporary = export_dir.empty();
  if (temporary) export_dir = fs::temp_directory_path() / ("orgkg-bench-" + std::to_string(::getpid()));
  fs::create_directories(export_dir);

  BenchResult result;
  result.corpus = o.corpus.string();
  result.files = p.files.size();
  result.corpus_bytes = p.corpus_bytes;
  result.repeat = o.repeat;
  std::vector<StageStats> staged;
  std::vector<StageStats> e2e(o.threads > 1 ? 2 : 1);
  e2e[0].name = "end-to-end 1t";
  if (o.threads > 1) e2e[1].name = "end-to-end " + std::to_string(o.threads) + "t";
  Store built;
  for (int r = 0; r < o.repeat; ++r) {
    std::cerr << "orgkg-bench: run " << (r + 1) << "/" << o.repeat << "\n";
    built = run_end_to_end(p, 1, e2e[0]);
    if (o.threads > 1) built = run_end_to_end(p, o.threads, e2e[1]);
    if (o.stages) run_stages(p, export_dir, staged);
    p.store = Store();
  }
  result.stages = staged;
  for (auto& s : e2e) result.stages.push_back(s);
  result.facts = built.fact_count();
  result.evidence = built.evidence_count();
  result.entities = built.entity_count();
  result.sources = built.source_count();
  result.warnings = p.diagnostics.items().size();
  if (!o.truth.empty()) result.recall = score_recall(built, read_truth(o.truth), o.examples);

  print_table(std::cout, result);
  if (o.threads > 1 && !threaded_build_available()) {
    std::cout << "note: this library has no threaded add_documents() yet; the " << o.threads
              << "-thread row ran single-threaded\n";
  }
  int status = 0;
  if (result.recall) {
    print_recall(std::cout, *result.recall);
    double recall = o.recall_in_document ? result.recall->overall.doc_recall()
                                         : result.recall->overall.recall();
    if (o.min_recall && recall < *o.min_recall) {
      std::cout << "\nFAIL: recall " << recall << " < --min-recall " << *o.min_recall << "\n";
      status = 1;
    }
  }
  if (!o.json.empty()) {
    std::ofstream out(o.json);
    write_json(out, result);
    if (!out.flush()) throw std::runtime_error("cannot write " + o.json.string());
  }
  if (temporary) fs::remove_all(export_dir);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::string error;
  std::optional<Options> options = parse_args(argc, argv, error);
  if (!options) return usage(error);
  try {
    return run(*options);
  } catch (const std::exception& e) {
    std::cerr << "orgkg-bench: error: " << e.what() << "\n";
    return 1;
  }
}

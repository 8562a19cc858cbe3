// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace orgkg::cli {
namespace {

double megabytes(std::uintmax_t bytes) { return static_cast<double>(bytes) / 1e6; }

// Two decimals below 10, so a small corpus does not read "0.0 MB".
std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, value < 10 ? "%.2f" : "%.1f", value);
  return text;
}

}  // namespace

std::string format_duration(double seconds) {
  const long total = std::lround(std::max(0.0, seconds));
  char text[64];
  if (total < 60) {
    std::snprintf(text, sizeof text, "%ld s", total);
  } else if (total < 3600) {
    std::snprintf(text, sizeof text, "%ld min %02ld s", total / 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld h %02ld min", total / 3600, (total % 3600) / 60);
  }
  return text;
}

std::string format_progress(const ProgressCounters& counters, double seconds) {
  const double rate = seconds > 0 ? megabytes(counters.bytes_done) / seconds : 0.0;
  std::string line =
      "orgkg: " + std::to_string(counters.files_done) + '/' + std::to_string(counters.files_total) +
      " files, " + std::to_string(counters.documents) + " documents, " +
      decimal(megabytes(counters.bytes_done)) + '/' + decimal(megabytes(counters.bytes_total)) +
      " MB, " + decimal(rate) + " MB/s, " + std::to_string(counters.facts) + " facts";
  if (counters.files_done >= counters.files_total) return line;
  if (rate <= 0) return line + ", ETA ?";
  const std::uintmax_t left =
      counters.bytes_total > counters.bytes_done ? counters.bytes_total - counters.bytes_done : 0;
  return line + ", ETA " + format_duration(megabytes(left) / rate);
}

Progress::Progress(std::ostream& err, bool enabled, ProgressCounters totals,
                   Clock::duration interval)
    : err_(err),
      enabled_(enabled),
      counters_(totals),
      started_(Clock::now()),
      last_print_(started_),
      interval_(interval) {}

void Progress::document_done(std::size_t text_bytes, std::size_t facts) {
  ++counters_.documents;
  counters_.facts += facts;
  file_bytes_ += text_bytes;
  ++file_documents_;
  file_facts_ += facts;
  print_if_due();
}

void Progress::file_done(std::uintmax_t bytes, std::size_t documents, std::size_t facts) {
  ++counters_.files_done;
  counters_.bytes_done += bytes;
  counters_.documents += documents - std::min(documents, file_documents_);
  counters_.facts += facts - std::min(facts, file_facts_);
  file_bytes_ = 0;
  file_documents_ = 0;
  file_facts_ = 0;
  print_if_due();
}

void Progress::print_if_due() {
  if (!enabled_ || Clock::now() - last_print_ < interval_) return;
  print();
}

void Progress::finish() {
  if (!enabled_ || finished_) return;
  finished_ = true;
  print();
  err_ << '\n' << std::flush;
}

void Progress::print() {
  last_print_ = Clock::now();
  const double seconds = std::chrono::duration<double>(last_print_ - started_).count();
  ProgressCounters shown = counters_;
  const std::uintmax_t left =
      shown.bytes_total > shown.bytes_done ? shown.bytes_total - shown.bytes_done : 0;
  shown.bytes_done += std::min(file_bytes_, left);
  std::string line = format_progress(shown, seconds);
  const std::size_t width = line.size();
  // Blanks over the tail of a longer previous line; no terminal escapes, so a
  // forced line (--progress) stays readable in a log.
  if (width < last_width_) line.append(last_width_ - width, ' ');
  last_width_ = width;
  err_ << '\r' << line << std::flush;
}

bool progress_wanted(bool quiet, bool forced) {
  if (quiet) return false;
  return forced || ::isatty(STDERR_FILENO) == 1;
}

}  // namespace orgkg::cli

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The progress line of `orgkg build`: one line on stderr, rewritten in place
// (carriage return) at most five times a second, finished with a newline.
// format_progress() is pure, so the wording is unit-tested; Progress only
// decides when to print. Single-threaded: call it from the building thread
// (BuildSettings::on_file runs there).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace orgkg::cli {

/// What a build has done so far, and the totals known up front.
struct ProgressCounters {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::size_t documents = 0;       ///< documents read so far
  std::size_t facts = 0;           ///< triples extracted so far (before merging)
  std::uintmax_t bytes_done = 0;   ///< sizes of the files done, failed ones included
  std::uintmax_t bytes_total = 0;  ///< sizes of every input file
};

/// One progress line, e.g. `orgkg: 3/12 files, 41 documents, 1.20/4.80 MB,
/// 2.40 MB/s, 310 facts, ETA 2 s` (MB = 10^6 bytes, two decimals below 10 and
/// one above). The rate is bytes_done over
/// `seconds`; the ETA is the bytes left at that rate, `ETA ?` before any rate
/// is known, and left out once every file is done.
[[nodiscard]] std::string format_progress(const ProgressCounters& counters, double seconds);

/// A duration for people: `4 s`, `2 min 05 s`, `1 h 02 min`.
[[nodiscard]] std::string format_duration(double seconds);

/// Prints format_progress() to `err` when enabled, no more than once per
/// `interval`; finish() prints the final counters and a newline.
class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  Progress(std::ostream& err, bool enabled, ProgressCounters totals,
           Clock::duration interval = std::chrono::milliseconds(200));

  /// Counts one more document read, of `text_bytes` of text, that gave
  /// `facts`: progress inside a large file, its bytes standing in for the
  /// file's until the file is done.
  void document_done(std::size_t text_bytes, std::size_t facts);
  /// Counts one more file done: its size, documents and facts (those
  /// document_done() already counted are not counted twice).
  void file_done(std::uintmax_t bytes, std::size_t documents, std::size_t facts);
  /// Prints the final line and ends it with a newline (when enabled). Idempotent.
  void finish();
  [[nodiscard]] const ProgressCounters& counters() const noexcept { return counters_; }

 private:
  void print();
  void print_if_due();

  std::ostream& err_;
  bool enabled_;
  bool finished_ = false;
  ProgressCounters counters_;
  Clock::time_point started_;
  Clock::time_point last_print_;
  Clock::duration interval_;
  std::size_t last_width_ = 0;
  // What document_done() counted of the file under way.
  std::uintmax_t file_bytes_ = 0;
  std::size_t file_documents_ = 0;
  std::size_t file_facts_ = 0;
};

/// Whether to show progress: never with --quiet, always with --progress,
/// otherwise when stderr (file descriptor 2) is a terminal.
[[nodiscard]] bool progress_wanted(bool quiet, bool forced);

}  // namespace orgkg::cli

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The threaded build: a reader thread streams documents in input order into a
// bounded queue, worker threads extract them (and parse them first when the
// reader read a text or HTML file without parsing it: unparsed_file.hpp, so
// that parsing pages runs on every worker), and the calling thread takes
// the results back in input order (a reorder window keyed by sequence number)
// and adds them to the Store. Only the calling thread touches the Store and
// calls on_file, so the result cannot depend on the number of threads. A
// worker keeps a document's triples by views (kept_triples.hpp), which the
// calling thread adds through a Store::Batch as the single thread does, then
// hands the memory they were kept in back to the workers for the next. With
// one thread, everything runs on the calling thread, and each triple goes
// into the Store as it is emitted, in the same order.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "extract_into.hpp"
#include "kept_triples.hpp"
#include "orgkg/extract/build.hpp"
#include "orgkg/graph/error.hpp"
#include "unparsed_file.hpp"

namespace orgkg {
namespace {

// One step of the input: a document to extract (parsed by the reader, or a
// text or HTML file for the worker to parse), or the end of a file (with the
// reader's diagnostics for it and its error, if any).
struct Entry {
  std::size_t file = 0;
  bool file_end = false;
  // Behind a pointer, so that it stays where the kept triples' views point;
  // null for the end of a file, and for an unparsed file until it is parsed.
  std::unique_ptr<Document> document;
  // A file read but not parsed; the worker parses it into `document`, and
  // its parser's diagnostics and exception are the file's.
  std::optional<detail::UnparsedFile> unparsed;
  Diagnostics parsing;
  std::exception_ptr parse_error;
  // Filled by a worker for a document:
  std::optional<detail::KeptTriples> triples;
  Diagnostics diagnostics;  // extraction's; for the end of a file, the reader's
  std::exception_ptr error;
};

// What flows from the reader through the workers to the calling thread: a
// run of entries in input order. Entries travel in runs, not one by one:
// each hand-over takes the lock and may wake a thread, which for a document
// of a few KB (often a file of its own) cost a tenth of extracting it.
struct Item {
  std::size_t sequence = 0;
  std::vector<Entry> entries;
};

// A run is handed over once it holds this many documents, or this many bytes.
constexpr std::size_t kRunDocuments = 8;
constexpr std::size_t kRunBytes = std::size_t{64} * 1024;

using Room = detail::KeptTriples::Room;

class Pipeline {
 public:
  Pipeline(const std::vector<std::filesystem::path>& files, const Gazetteer& gazetteer,
           const BuildSettings& settings, unsigned threads)
      : files_(files),
        settings_(settings),
        extractors_(default_extractors(gazetteer)),
        lasting_(detail::lasting_entities(gazetteer)),
        window_(std::size_t{16} * threads) {
    reader_ = std::thread([this] { read_all(); });
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  ~Pipeline() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_all();
    reader_.join();
    for (std::thread& worker : workers_) worker.join();
  }

  // The entities that outlive every item: the gazetteer's.
  [[nodiscard]] const detail::LastingEntities& lasting() const noexcept { return lasting_; }

  // The next item in input order; nullopt after the last one. `rooms`, the
  // memory of the triples of the items taken before, is handed back to the
  // workers (kept_triples.hpp), and left empty.
  std::optional<Item> next(std::vector<Room>& rooms) {
    std::unique_lock lock(mutex_);
    for (Room& room : rooms) spare_.push_back(std::move(room));
    rooms.clear();
    done_cv_.wait(lock, [&] { return done_.contains(taken_) || (read_done_ && taken_ == read_); });
    auto found = done_.find(taken_);
    if (found == done_.end()) return std::nullopt;
    Item item = std::move(found->second);
    done_.erase(found);
    ++taken_;
    space_cv_.notify_all();
    return item;
  }

 private:
  void wake_all() {
    space_cv_.notify_all();
    todo_cv_.notify_all();
    done_cv_.notify_all();
  }

  // Queues `item` once the window has room; false when the build stops.
  bool push(Item item) {
    std::unique_lock lock(mutex_);
    space_cv_.wait(lock, [&] { return stopping_ || read_ - taken_ < window_; });
    if (stopping_) return false;
    item.sequence = read_++;
    todo_.push_back(std::move(item));
    todo_cv_.notify_one();
    return true;
  }

  void read_all() {
    Item run;
    std::size_t documents = 0;
    std::size_t bytes = 0;
    // Hands `run` over once it is full (or `now`); false when the build stops.
    auto hand_over = [&](bool now) {
      if (!now && documents < kRunDocuments && bytes < kRunBytes) return true;
      documents = bytes = 0;
      return push(std::exchange(run, Item{}));
    };
    for (std::size_t file = 0; file < files_.size(); ++file) {
      Entry end;
      end.file = file;
      end.file_end = true;
      // A new entry of the run for a document of `size` bytes, counted.
      auto next_entry = [&](std::size_t size) -> Entry& {
        ++documents;
        bytes += size;
        Entry& entry = run.entries.emplace_back();
        entry.file = file;
        return entry;
      };
      auto each = [&](Document&& document) {
        Entry& entry = next_entry(document.text.size());
        entry.document = std::make_unique<Document>(std::move(document));
        if (!hand_over(false)) throw Stopped();
      };
      auto unparsed = [&](detail::UnparsedFile&& read) {
        next_entry(read.size).unparsed.emplace(std::move(read));
        if (!hand_over(false)) throw Stopped();
      };
      try {
        detail::for_each_unparsed(files_[file], settings_.read, end.diagnostics, each, unparsed);
      } catch (const Stopped&) {
        break;
      } catch (...) {
        end.error = std::current_exception();
      }
      run.entries.push_back(std::move(end));
      if (!hand_over(file + 1 == files_.size())) break;
    }
    std::lock_guard lock(mutex_);
    read_done_ = true;
    done_cv_.notify_all();
    todo_cv_.notify_all();
  }

  void work() {
    std::vector<Room> rooms;                // spare rooms taken for the item, the last ones first
    detail::KeptTriples::SeenLasting seen;  // of lasting_, by this worker's records
    for (;;) {
      Item item;
      {
        std::unique_lock lock(mutex_);
        todo_cv_.wait(lock, [&] { return stopping_ || !todo_.empty() || read_done_; });
        if (stopping_ || todo_.empty()) return;
        item = std::move(todo_.front());
        todo_.pop_front();
        while (rooms.size() < item.entries.size() && !spare_.empty()) {
          rooms.push_back(std::move(spare_.back()));
          spare_.pop_back();
        }
      }
      for (Entry& entry : item.entries) {
        if (entry.unparsed) {
          try {
            entry.document = std::make_unique<Document>(
                detail::parse_unparsed(*entry.unparsed, settings_.read, entry.parsing));
          } catch (...) {  // the file's error, as the reader's would be
            entry.parse_error = std::current_exception();
          }
          entry.unparsed.reset();
        }
        if (!entry.document) continue;
        try {
          Room room;
          if (!rooms.empty()) {
            room = std::move(rooms.back());
            rooms.pop_back();
          }
          detail::KeptTriples& kept =
              entry.triples.emplace(*entry.document, lasting_, std::move(room), seen);
          detail::extract_into(*entry.document, extractors_, kept, entry.diagnostics,
                               [&] { kept.end_extractor(); });
        } catch (...) {
          entry.error = std::current_exception();
        }
      }
      std::lock_guard lock(mutex_);
      done_.emplace(item.sequence, std::move(item));
      done_cv_.notify_all();
    }
  }

  struct Stopped {};

  const std::vector<std::filesystem::path>& files_;
  const BuildSettings& settings_;
  const std::vector<std::unique_ptr<Extractor>> extractors_;
  const detail::LastingEntities lasting_;
  const std::size_t window_;  // items read but not yet taken, at most

  std::mutex mutex_;
  std::condition_variable space_cv_;  // the window has room, or stop
  std::condition_variable todo_cv_;   // a document to extract, or the end
  std::condition_variable done_cv_;   // an item finished
  std::deque<Item> todo_;
  std::map<std::size_t, Item> done_;
  std::vector<Room> spare_;  // rooms handed back, for the workers' next records
  std::size_t read_ = 0;     // items queued so far (the next sequence number)
  std::size_t taken_ = 0;    // items handed to the calling thread
  bool read_done_ = false;
  bool stopping_ = false;

  std::thread reader_;
  std::vector<std::thread> workers_;
};

// Counts a document whose source and `triples` triples are in the store, and
// tells on_document.
void count_document(const Document& document, std::size_t triples, BuildStats& stats,
                    const BuildSettings& settings) {
  stats.triples += triples;
  ++stats.documents;
  stats.bytes += document.text.size();
  if (settings.on_document) settings.on_document(document, triples);
}

void add_triples(Store& store, Store::Batch& batch, const Document& document,
                 const detail::KeptTriples& triples, BuildStats& stats,
                 const BuildSettings& settings) {
  store.add_source(document.source);
  triples.add_to(batch);
  count_document(document, triples.size(), stats, settings);
}

// Adds each triple to the store as it is emitted (extract_into.hpp): in the
// order add_triples() would, so the store is the same. The views go in
// through a Store::Batch: an extractor's entities (the gazetteer's, the
// document's, its own) stay put while it runs, so restart() after each
// extractor; the gazetteer's stay put for the whole build (the batch's
// lasting entities).
class StoreSink final : public TripleSink {
 public:
  StoreSink(Store& store, Store::Batch& batch) : store_(store), batch_(batch) {}
  void accept(Triple triple) override {
    store_.add(std::move(triple));
    ++count_;
  }
  void accept_view(const TripleView& triple) override {
    batch_.add(triple);
    ++count_;
  }
  /// An extractor is done: the entities it named may be gone now.
  void restart() { batch_.restart(); }
  /// The triples accepted so far.
  [[nodiscard]] std::size_t count() const { return count_; }

 private:
  Store& store_;
  Store::Batch& batch_;
  std::size_t count_ = 0;
};

void add_stats(BuildStats& total, const BuildStats& one) {
  total.documents += one.documents;
  total.bytes += one.bytes;
  total.triples += one.triples;
  total.files += one.files;
}

// Hands a finished file, `path`, to on_file (or the default policy). The
// path is copied into the outcome only for on_file: the default policy does
// not read it, and a path's copy (a list of components, each allocated)
// cost a small file as much as adding a few triples.
void finish_file(FileOutcome& outcome, const std::filesystem::path& path, Diagnostics& diagnostics,
                 const BuildSettings& settings) {
  if (settings.on_file) {
    outcome.path = path;
    settings.on_file(outcome);
    return;
  }
  diagnostics.append(std::move(outcome.diagnostics));
  if (outcome.error) std::rethrow_exception(outcome.error);
}

// threads == 1: everything on the calling thread.
BuildStats add_in_order(const std::vector<std::filesystem::path>& files, const Gazetteer& gazetteer,
                        Store& store, Diagnostics& diagnostics, const BuildSettings& settings) {
  std::vector<std::unique_ptr<Extractor>> extractors = default_extractors(gazetteer);
  const detail::LastingEntities lasting = detail::lasting_entities(gazetteer);
  Store::Batch batch(store, lasting);
  BuildStats total;
  for (const std::filesystem::path& file : files) {
    FileOutcome outcome;
    Diagnostics extraction;
    try {
      for_each_document(file, settings.read, outcome.diagnostics, [&](Document&& document) {
        store.add_source(document.source);
        batch.restart();  // nothing of the last document's is left, even after a throw
        StoreSink sink(store, batch);
        detail::extract_into(document, extractors, sink, extraction, [&] { sink.restart(); });
        count_document(document, sink.count(), outcome.stats, settings);
      });
      outcome.stats.files = 1;
    } catch (const Error&) {
      outcome.error = std::current_exception();
    }
    outcome.diagnostics.append(std::move(extraction));
    add_stats(total, outcome.stats);
    finish_file(outcome, file, diagnostics, settings);
  }
  return total;
}

}  // namespace

BuildStats add_documents(const std::vector<std::filesystem::path>& files,
                         const Gazetteer& gazetteer, Store& store, Diagnostics& diagnostics,
                         const BuildSettings& settings) {
  unsigned threads =
      settings.threads != 0 ? settings.threads : std::max(1U, std::thread::hardware_concurrency());
  if (threads == 1 || files.empty()) {
    return add_in_order(files, gazetteer, store, diagnostics, settings);
  }
  Pipeline pipeline(files, gazetteer, settings, threads);
  Store::Batch batch(store, pipeline.lasting());
  BuildStats total;
  FileOutcome outcome;
  Diagnostics parsing;     // the current file's from workers' parsing, after the reader's
  Diagnostics extraction;  // the current file's, after those
  std::exception_ptr parse_error;
  std::vector<Room> rooms;  // of the item's triples once added, handed back with the next
  while (std::optional<Item> item = pipeline.next(rooms)) {
    for (Entry& entry : item->entries) {
      if (!entry.file_end) {
        parsing.append(std::move(entry.parsing));
        if (entry.parse_error) parse_error = entry.parse_error;
        if (!entry.document) continue;  // a file that did not parse
        if (entry.error) std::rethrow_exception(entry.error);
        add_triples(store, batch, *entry.document, *entry.triples, outcome.stats, settings);
        extraction.append(std::move(entry.diagnostics));
        Room room = std::move(*entry.triples).release();
        if (!room.oversized()) rooms.push_back(std::move(room));
        continue;
      }
      outcome.diagnostics = std::move(entry.diagnostics);
      outcome.diagnostics.append(std::move(parsing));
      outcome.diagnostics.append(std::move(extraction));
      outcome.error = entry.error ? entry.error : parse_error;
      if (!outcome.error) outcome.stats.files = 1;
      add_stats(total, outcome.stats);
      finish_file(outcome, files[entry.file], diagnostics, settings);
      outcome = FileOutcome{};
      parsing = Diagnostics{};
      extraction = Diagnostics{};
      parse_error = nullptr;
    }
  }
  return total;
}

}  // namespace orgkg

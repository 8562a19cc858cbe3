// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Snapshots: a Store saved as versioned JSON, so a graph can be reloaded,
// extended with more documents and merged with others without loss
// (CONVENTIONS §7). A snapshot holds every entity, source, fact and evidence
// item, and for each observation the start and end it stated, which is all the
// Store derives its dates from:
//
//   {"format":"orgkg-snapshot","version":1,
//   "entities":[
//   {"id":"org_SCO","kind":"organisation","key":"SCO","label":"SCO","aliases":["SCO"]},
//   ...],
//   "sources":[
//   {"id":"2017-06-09_sco_astana_summit","title":"...","published":"2017-06-09"},
//   ...],
//   "facts":[
//   {"subject":"state_IND","relation":"observer_of","object":"org_SCO",
//    "first_seen":"2005","last_seen":"2005","valid_from":"2005","valid_to":"2017-06-09",
//    "evidence":[{"doc":"...","date":"2005","sentence":"...","begin":120,"end":190,
//                 "rule":"...","valid_from":"2005"}]},
//   ...]}
//
// One entity, source or fact per line, in the Store's canonical order, so the
// same Store always gives the same bytes and snapshots diff well. Members whose
// value is empty or unknown ("" strings, unknown dates, conflict false, no
// aliases) are omitted. Entity "id" is what facts refer to. Fact dates and
// "conflict" are derived (store.hpp's temporal rules): they are written for
// readers, checked for type on load and recomputed from the evidence. Evidence
// "valid_from"/"valid_to" are what that observation stated. Strings are UTF-8;
// an invalid byte sequence is written as U+FFFD. Readers ignore members they do
// not know and refuse another "format" or a "version" other than 1.
//
// Saving only reads the Store: several threads may save one Store at once.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/graph/store.hpp"

namespace orgkg {

/// The snapshot version this library writes and the newest it reads.
inline constexpr int kSnapshotVersion = 1;

/// Writes `store` to `out` as a snapshot. Throws IoError (naming
/// "<output stream>") when the stream fails; `out` may then hold part of it.
void save_snapshot(const Store& store, std::ostream& out);

/// The snapshot of `store` as a string.
[[nodiscard]] std::string to_snapshot(const Store& store);

/// Writes the snapshot of `store` to `path`, replacing the file atomically: it
/// goes to a temporary file in the same directory, which is synced and renamed
/// over `path`. On any failure (missing or read-only directory, full disk) the
/// previous file, if any, is intact, the temporary file is removed and IoError
/// naming `path` is thrown. A replaced file keeps its permission bits.
void save_snapshot_file(const Store& store, const std::filesystem::path& path);

/// Reads a snapshot from `in`; `source_name` names it in errors. Throws
/// ParseError ("SOURCE:LINE: ..." with the byte offset for malformed or
/// truncated JSON, "SOURCE: facts[3].evidence[0].begin: ..." naming the member
/// for a wrong or missing value) when the input is not JSON, not an orgkg
/// snapshot, of a newer or unknown version, or inconsistent (a fact naming an
/// entity the snapshot lacks); IoError when `in` cannot be read. Loading what
/// save_snapshot() wrote gives a Store equal (==) to the one saved.
[[nodiscard]] Store load_snapshot(std::istream& in, std::string source_name);

/// load_snapshot() of a snapshot held in memory.
[[nodiscard]] Store parse_snapshot(std::string_view text, std::string source_name);

/// load_snapshot() of the file at `path`, errors naming the path. Throws
/// IoError when it cannot be opened or read.
[[nodiscard]] Store load_snapshot_file(const std::filesystem::path& path);

/// Loads each snapshot file and merges them (Store::merge) into one Store;
/// the result does not depend on the order of `paths`. Throws as
/// load_snapshot_file() does, for the first file that fails.
[[nodiscard]] Store merge_snapshot_files(const std::vector<std::filesystem::path>& paths);

}  // namespace orgkg

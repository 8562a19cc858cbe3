// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// What build and extract share about their inputs: read options and the
// gazetteer from the command line, the list of statement files, and printing
// the diagnostics. Single-threaded; only the caller's streams are written.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <orgkg/extract/gazetteer.hpp>
#include <orgkg/extract/reader.hpp>
#include <orgkg/graph/diagnostics.hpp>
#include <string>
#include <vector>

#include "args.hpp"
#include "skipper.hpp"

namespace orgkg::cli {

/// ReadOptions from the command line; nullopt after reporting a bad value to
/// `err` (a usage error).
[[nodiscard]] std::optional<ReadOptions> resolve_read(const ReadArgs& args, std::ostream& err);

/// The gazetteer of --data-dir, else the default lookup. Throws orgkg::Error.
[[nodiscard]] Gazetteer load_gazetteer(const ReadArgs& args);

/// Every statement file under `inputs`, sorted and without duplicates. An input
/// that cannot be listed goes through `skipper`; throws when none is found.
[[nodiscard]] std::vector<std::filesystem::path> input_files(const std::vector<std::string>& inputs,
                                                             Skipper& skipper);

/// Prints warnings and errors (not notes) as `orgkg: SOURCE:LINE: severity: what`.
void report_diagnostics(const Diagnostics& diagnostics, std::ostream& err);

/// Creates `dir` with any missing parents; throws IoError naming it.
void make_directories(const std::filesystem::path& dir);

}  // namespace orgkg::cli

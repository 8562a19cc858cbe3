// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Corpus listing: which files a build reads when the user names files and
// directories. Thread-safe; it only reads the file system.
#pragma once

#include <filesystem>
#include <vector>

namespace orgkg {

/// The statement files named by `inputs`: a regular file is taken as given
/// (whatever its extension); a directory is walked recursively for regular
/// files of a supported input format by extension (input_format_for(): .txt,
/// .html, .htm, .xhtml, .jsonl, .ndjson, case ignored). The result is sorted and
/// each path appears once.
/// Throws IoError naming the first input that does not exist or a directory
/// that cannot be walked.
[[nodiscard]] std::vector<std::filesystem::path> list_corpus(
    const std::vector<std::filesystem::path>& inputs);

/// Sorts `files` into the order of std::filesystem::path's operator< and
/// keeps each path once, as std::sort and std::unique would, but comparing
/// the paths' strings in place: path's own comparison splits both paths into
/// components at every call, which made sorting 50 000 files cost more than
/// reading some of them. Exact for lexically normal paths (what list_corpus()
/// returns); a list with any other path is sorted with path's operator<.
void sort_unique_paths(std::vector<std::filesystem::path>& files);

}  // namespace orgkg

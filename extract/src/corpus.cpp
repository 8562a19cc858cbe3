// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A directory walk keeps the files a reader recognises by extension
// (input_format_for()), so notes and data files beside statements are left out.
#include "orgkg/extract/corpus.hpp"

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "orgkg/extract/reader.hpp"
#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

void walk(const fs::path& directory, std::vector<fs::path>& files) {
  std::error_code error;
  fs::recursive_directory_iterator it(directory, fs::directory_options::follow_directory_symlink,
                                      error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && input_format_for(it->path()).has_value()) {
      files.push_back(it->path());
    }
  }
  if (error) throw IoError(directory.string(), "cannot list directory", error.value());
}

}  // namespace

std::vector<fs::path> list_corpus(const std::vector<fs::path>& inputs) {
  std::vector<fs::path> files;
  for (const fs::path& input : inputs) {
    std::error_code error;
    fs::file_status status = fs::status(input, error);
    if (!fs::exists(status)) {
      throw IoError(input.string(), "input not found", error ? error.value() : ENOENT);
    }
    if (fs::is_directory(status)) {
      walk(input, files);
    } else {
      files.push_back(input);
    }
  }
  for (fs::path& file : files) file = file.lexically_normal();
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace orgkg

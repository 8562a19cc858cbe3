// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A directory walk keeps the files a reader recognises by extension
// (input_format_for()), so notes and data files beside statements are left out.
#include "orgkg/extract/corpus.hpp"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string_view>
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

// The byte `c` ranked so that string order is path order: the separator
// below every other byte, since "a/b" (components "a", "b") sorts before
// "a-b" (component "a-b").
int path_rank(char c) { return c == '/' ? 0 : static_cast<unsigned char>(c) + 1; }

// The first of the `common` bytes where `a` and `b` differ, or `common`:
// eight bytes compared at once, as the paths of a corpus share a long head
// (its directory) and a sort compares each with many others.
std::size_t first_difference(std::string_view a, std::string_view b, std::size_t common) {
  std::size_t at = 0;
  if constexpr (std::endian::native == std::endian::little) {
    for (; at + sizeof(std::uint64_t) <= common; at += sizeof(std::uint64_t)) {
      std::uint64_t x = 0;
      std::uint64_t y = 0;
      std::memcpy(&x, a.data() + at, sizeof x);
      std::memcpy(&y, b.data() + at, sizeof y);
      // The lowest differing bit is in the first differing byte.
      if (x != y) return at + static_cast<std::size_t>(std::countr_zero(x ^ y)) / 8;
    }
  }
  while (at < common && a[at] == b[at]) ++at;
  return at;
}

// fs::path(a) < fs::path(b) for POSIX paths without an empty component (no
// "//"): a relative path sorts before an absolute one, and the rest is the
// components' order, which is the string order with path_rank().
bool path_less(std::string_view a, std::string_view b) {
  bool a_absolute = !a.empty() && a.front() == '/';
  bool b_absolute = !b.empty() && b.front() == '/';
  if (a_absolute != b_absolute) return b_absolute;
  std::size_t common = std::min(a.size(), b.size());
  std::size_t at = first_difference(a, b, common);
  if (at != common) return path_rank(a[at]) < path_rank(b[at]);
  return a.size() < b.size();
}

// True when `path` is surely lexically normal, so lexically_normal() would
// return it unchanged: not empty, no empty component but a leading root
// ("//", a trailing "/"), no "." or ".." component. Conservative (a path it
// rejects may be normal too); it spares nearly every file a directory walk
// finds the allocations of lexically_normal().
bool surely_lexically_normal(std::string_view path) {
  if constexpr (fs::path::preferred_separator != '/') return false;
  if (path.empty() || path.back() == '/') return false;
  std::size_t begin = path.front() == '/' ? 1 : 0;
  while (begin <= path.size()) {
    std::size_t end = std::min(path.find('/', begin), path.size());
    std::string_view component = path.substr(begin, end - begin);
    if (component.empty() || component == "." || component == "..") return false;
    begin = end + 1;
  }
  return true;
}

bool compares_as_string(const fs::path& file) {
  if constexpr (fs::path::preferred_separator != '/') return false;
  return file.native().find("//") == std::string::npos;
}

}  // namespace

void sort_unique_paths(std::vector<fs::path>& files) {
  if (!std::all_of(files.begin(), files.end(), compares_as_string)) {
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return;
  }
  auto less = [](const fs::path& a, const fs::path& b) {
    return path_less(a.native(), b.native());
  };
  // A list already in order (one directory walked, or lists merged in
  // order) is checked in one pass rather than sorted again.
  if (!std::is_sorted(files.begin(), files.end(), less))
    std::sort(files.begin(), files.end(), less);
  files.erase(
      std::unique(files.begin(), files.end(),
                  [](const fs::path& a, const fs::path& b) { return a.native() == b.native(); }),
      files.end());
}

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
  for (fs::path& file : files) {
    if (!surely_lexically_normal(file.native())) file = file.lexically_normal();
  }
  sort_unique_paths(files);
  return files;
}

}  // namespace orgkg

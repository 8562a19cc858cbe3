// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Where writers' bytes go: checking a caller's stream, and replacing a file
// atomically. Shared by every format so each writer deals only with syntax.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string_view>

namespace orgkg::export_detail {

/// The name IoError carries for a caller's stream, which has no path.
inline constexpr std::string_view kStreamName = "<output stream>";

/// Throws IoError naming kStreamName ("cannot write <what>") when `out` has
/// failbit or badbit set.
void check_stream(const std::ostream& out, std::string_view what);

/// Throws IoError naming kStreamName: "cannot write <what>".
[[noreturn]] void throw_stream_error(std::string_view what);

/// Calls `body` with a stream on a new temporary file beside `path`, then
/// flushes, syncs and renames it over `path`. On any exception (from `body` or
/// from the file system) the temporary file is removed and `path` is left as
/// it was; IoErrors (from the file or from `body`'s stream) are rethrown naming
/// `path`, other exceptions propagate unchanged.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& body);

}  // namespace orgkg::export_detail

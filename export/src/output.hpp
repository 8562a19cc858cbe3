// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Checking a caller's stream, shared by every format so each writer deals
// only with syntax. Files are replaced through write_file_atomically().
#pragma once

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

}  // namespace orgkg::export_detail

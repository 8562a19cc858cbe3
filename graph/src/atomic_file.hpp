// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Replacing a file so that readers see the old content or the new, never a
// mixture, and a failure leaves the old file as it was.
#pragma once

#include <filesystem>
#include <string_view>

namespace orgkg::detail {

/// Writes `bytes` to a new temporary file beside `path`, syncs it and renames
/// it over `path`. A replaced file keeps its permission bits; a new one gets
/// 0666 minus the umask. On any failure the temporary file is removed, `path`
/// is untouched and IoError naming `path` is thrown.
void replace_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace orgkg::detail

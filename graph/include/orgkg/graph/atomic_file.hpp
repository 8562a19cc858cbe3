// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Replacing a file so that readers see the old content or the new, never a
// mixture, and a failure leaves the old file as it was. Every orgkg writer
// (snapshots, GraphML, RDF, ...) writes files through this one function.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>

namespace orgkg {

/// Calls `body` with a stream on a new temporary file beside `path`, then
/// flushes, syncs and renames it over `path`. A replaced file keeps its
/// permission bits; a new one gets 0666 minus the umask; a symbolic link at
/// `path` is replaced, not followed. On any exception (from `body` or from the
/// file system) the temporary file is removed and `path` is left as it was;
/// IoErrors (from the file or from `body`'s stream) are rethrown naming `path`,
/// other exceptions propagate unchanged.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& body);

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reading a snapshot one item at a time. A snapshot parsed whole into a
// RapidJSON DOM costs about twice its size in memory again (every value is a
// 16-byte node, every string a copy): to merge two snapshots of 110 MB that
// was 200 MB more than the stores themselves, and a third of the time went to
// the kernel handing over those pages. walk_snapshot() reads the top level of
// the text itself, as save_snapshot() lays it out, and has RapidJSON parse
// each entity, source and fact on its own into a small DOM whose memory is
// reused for the next; from a file, a megabyte at a time, so not even the
// text is held whole. It reads only that layout: a text laid out otherwise,
// or one that is not JSON, is left to the whole-text reader, which accepts
// any member order and reports what is wrong exactly as before.
// Private to graph/src (snapshot_reader.cpp).
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string_view>

namespace orgkg::detail {

/// The arrays of a snapshot, in the order save_snapshot() writes them.
enum class SnapshotSection { Entities, Sources, Facts };

/// Reads `text` as a snapshot laid out as save_snapshot() writes it: one
/// object whose members before the first array (among them "format" and
/// "version") are the header, then the arrays "entities", "sources" and
/// "facts", each once and in that order; members after them are skipped. It
/// hands `header` an object holding the header members before the first item,
/// then `item` each element of the arrays in order (with its array and its
/// index there), each valid only during the call.
///
/// Returns false, at once, where the text is laid out otherwise, has no
/// "format" or "version" before the arrays, or is not JSON: the caller then
/// reads the text whole (what was handed over so far is to be thrown away).
/// Throws what the callbacks throw. Strings are checked to be UTF-8.
bool walk_snapshot(
    std::string_view text, const std::function<void(const rapidjson::Value&)>& header,
    const std::function<void(SnapshotSection, std::size_t, const rapidjson::Value&)>& item);

/// walk_snapshot() of the `size` bytes `file` holds from where it is, read a
/// megabyte at a time, so the text is never held whole. False too when the
/// file ends before `size` bytes or cannot be read (std::ferror() then says).
bool walk_snapshot_file(
    std::FILE* file, std::size_t size, const std::function<void(const rapidjson::Value&)>& header,
    const std::function<void(SnapshotSection, std::size_t, const rapidjson::Value&)>& item);

}  // namespace orgkg::detail

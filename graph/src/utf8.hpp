// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// UTF-8 checking and repair for writers whose output must be valid UTF-8.
// Valid means well-formed per the Unicode Standard's table 3-7: no overlong
// forms, no surrogates, nothing above U+10FFFF.
#pragma once

#include <string>
#include <string_view>

namespace orgkg::detail {

/// True when `text` is well-formed UTF-8.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

/// `text` with every ill-formed sequence (a byte that starts no well-formed
/// sequence, with the continuation bytes after it) replaced by U+FFFD.
[[nodiscard]] std::string repair_utf8(std::string_view text);

}  // namespace orgkg::detail

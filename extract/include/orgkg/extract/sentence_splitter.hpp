// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Sentence splitting with byte offsets, for the prose of diplomatic texts. A
// sentence ends at '.', '!', '?' or '…' (with any closing quotes or brackets
// after it) followed by white space and a word that does not start in lower
// case, and at every paragraph break. It does not end after common
// abbreviations ("Mr.", "Dr.", "St.", "No.", "Jan.", "e.g.", "i.e.", "etc."
// mid-sentence), dotted acronyms ("U.S.", "U.N.") or initials ("George W.
// Bush"). A single line break ends a sentence too, unless it only wraps a long
// line in the middle of a sentence. Pure and thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace orgkg {

/// A half-open byte range [begin, end) of a text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

  [[nodiscard]] std::size_t size() const noexcept { return end - begin; }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

/// The longest span read as a sentence. No statement's sentence is this long;
/// a longer run without a sentence end (a 100 MB line, a flattened table) is
/// not prose, and extracting from it would only cost time.
inline constexpr std::size_t kMaxSentenceBytes = 16 * 1024;

/// The sentences of `text` in order, each trimmed of surrounding white space
/// and never empty. Runs in linear time. Spans over kMaxSentenceBytes are left
/// out; when `overlong` is given, they are appended to it.
[[nodiscard]] std::vector<TextSpan> split_sentences(std::string_view text,
                                                    std::vector<TextSpan>* overlong = nullptr);
/// split_sentences() into `spans`, which is emptied first: a caller that
/// splits text after text reuses the vector's memory instead of allocating
/// one for each.
void split_sentences_into(std::string_view text, std::vector<TextSpan>& spans,
                          std::vector<TextSpan>* overlong = nullptr);

}  // namespace orgkg

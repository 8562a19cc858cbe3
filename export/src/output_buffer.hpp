// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// OutputBuffer: the bytes a writer has made and not yet handed to its stream.
// Appending is the inner loop of the JSON writers (a dozen short pieces per
// evidence item), and std::string::append() is a call into the library plus
// one into memcpy for each; here an append is a bounds check and a copy the
// compiler inlines, and room for many bytes can be made once (reserve())
// before writing them unchecked. Reused for every line, it allocates only
// while it grows.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>

namespace orgkg::export_detail {

class OutputBuffer {
 public:
  OutputBuffer() = default;
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  /// Makes room for `count` more bytes, so the next `count` bytes may be
  /// written with put_unchecked().
  void reserve(std::size_t count) {
    if (static_cast<std::size_t>(end_ - pos_) < count) grow(count);
  }

  void put(char c) {
    reserve(1);
    *pos_++ = c;
  }
  void put(std::string_view text) {
    reserve(text.size());
    put_unchecked(text);
  }

  /// Appends within room made by reserve().
  void put_unchecked(char c) { *pos_++ = c; }
  void put_unchecked(std::string_view text) {
    if (!text.empty()) std::memcpy(pos_, text.data(), text.size());
    pos_ += text.size();
  }
  /// Where the next byte goes, for writing up to the room reserve() made
  /// in place; commit() then counts what was written.
  [[nodiscard]] char* cursor() noexcept { return pos_; }
  void commit(char* end) noexcept { pos_ = end; }

  [[nodiscard]] std::string_view view() const noexcept {
    return {data_.get(), static_cast<std::size_t>(pos_ - data_.get())};
  }
  [[nodiscard]] std::size_t size() const noexcept {
    return static_cast<std::size_t>(pos_ - data_.get());
  }
  /// Empties the buffer, keeping its memory.
  void clear() noexcept { pos_ = data_.get(); }
  /// Drops every byte after the first `size`.
  void truncate(std::size_t size) noexcept { pos_ = data_.get() + size; }

 private:
  void grow(std::size_t count) {
    const std::size_t used = size();
    const std::size_t capacity = static_cast<std::size_t>(end_ - data_.get());
    std::size_t wanted = capacity == 0 ? 4096 : 2 * capacity;
    while (wanted - used < count) wanted *= 2;
    auto bigger = std::make_unique_for_overwrite<char[]>(wanted);
    if (used != 0) std::memcpy(bigger.get(), data_.get(), used);
    data_ = std::move(bigger);
    pos_ = data_.get() + used;
    end_ = data_.get() + wanted;
  }

  std::unique_ptr<char[]> data_;
  char* pos_ = nullptr;
  char* end_ = nullptr;
};

}  // namespace orgkg::export_detail

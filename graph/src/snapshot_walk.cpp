// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "snapshot_walk.hpp"

#include <rapidjson/encodedstream.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/memorystream.h>

#include <array>
#include <memory>
#include <optional>

namespace orgkg::detail {
namespace {

// The flags of the whole-text reader (snapshot_reader.cpp), and stopping after
// one value: each value is parsed where it starts, and the walk goes on after it.
constexpr unsigned kValueFlags = rapidjson::kParseValidateEncodingFlag |
                                 rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag;

constexpr std::array<std::string_view, 3> kSectionNames = {"entities", "sources", "facts"};

// Walks the text `in` reads (a RapidJSON stream: Peek(), Take(), Tell()),
// `size` bytes in all.
template <class Stream>
class Walker {
 public:
  Walker(Stream& in, std::size_t size)
      : in_(in),
        size_(size),
        buffer_(std::make_unique<char[]>(kPoolBytes)),
        pool_(buffer_.get(), kPoolBytes),
        value_(&pool_),
        header_(rapidjson::kObjectType) {}

  bool walk(
      const std::function<void(const rapidjson::Value&)>& header,
      const std::function<void(SnapshotSection, std::size_t, const rapidjson::Value&)>& item) {
    skip_space();
    if (!take('{')) return false;
    std::size_t next_section = 0;  // the section whose array comes next
    while (true) {
      skip_space();
      // The key, a JSON string, parsed as one value; kept for the header
      // before the arrays, as the member's value will take its place.
      if (in_.Peek() != '"' || !parse_value()) return false;
      std::string_view key(value_.GetString(), value_.GetStringLength());
      rapidjson::Value key_copy;
      if (next_section == 0) {
        key_copy.SetString(key.data(), value_.GetStringLength(), header_allocator_);
      }
      skip_space();
      if (!take(':')) return false;
      skip_space();
      std::optional<std::size_t> section = section_of(key);
      if (section) {
        if (*section != next_section) return false;  // out of order, or twice
        if (next_section == 0) {
          if (!header_.HasMember("format") || !header_.HasMember("version")) return false;
          header(header_);
        }
        if (!walk_array(static_cast<SnapshotSection>(*section), item)) return false;
        ++next_section;
      } else {
        if (!parse_value()) return false;
        // A member before the arrays is the header's; one after them is skipped.
        if (next_section == 0 && !header_.HasMember(key_copy)) {
          header_.AddMember(key_copy, rapidjson::Value(value_, header_allocator_),
                            header_allocator_);
        }
      }
      skip_space();
      if (take(',')) continue;
      if (!take('}')) return false;
      break;
    }
    skip_space();
    // Trailing text, or an array missing: the whole-text reader's to report.
    return in_.Tell() == size_ && next_section == kSectionNames.size();
  }

 private:
  static constexpr std::size_t kPoolBytes = std::size_t{64} * 1024;

  static std::optional<std::size_t> section_of(std::string_view key) {
    for (std::size_t i = 0; i < kSectionNames.size(); ++i) {
      if (key == kSectionNames[i]) return i;
    }
    return std::nullopt;
  }

  // The elements of the array at the position, each handed to `item`.
  bool walk_array(
      SnapshotSection section,
      const std::function<void(SnapshotSection, std::size_t, const rapidjson::Value&)>& item) {
    if (!take('[')) return false;
    skip_space();
    if (take(']')) return true;
    for (std::size_t index = 0;; ++index) {
      skip_space();
      if (!parse_value()) return false;
      item(section, index, value_);
      skip_space();
      if (take(',')) continue;
      return take(']');
    }
  }

  // Parses the value at the position into value_, whose memory (the pool's
  // buffer, and what it overflowed into) the previous value gives up.
  bool parse_value() {
    value_.SetNull();
    pool_.Clear();
    value_.ParseStream<kValueFlags, rapidjson::UTF8<>>(in_);
    return !value_.HasParseError();
  }

  void skip_space() {
    for (char c = in_.Peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = in_.Peek()) {
      in_.Take();
    }
  }

  bool take(char c) {
    if (in_.Peek() != c) return false;
    in_.Take();
    return true;
  }

  Stream& in_;
  std::size_t size_;
  std::unique_ptr<char[]> buffer_;  // the pool's first 64 KB, never given back
  rapidjson::MemoryPoolAllocator<> pool_;
  rapidjson::Document value_;  // the value parsed last, in pool_
  rapidjson::MemoryPoolAllocator<> header_allocator_;
  rapidjson::Value header_;
};

}  // namespace

bool walk_snapshot(
    std::string_view text, const std::function<void(const rapidjson::Value&)>& header,
    const std::function<void(SnapshotSection, std::size_t, const rapidjson::Value&)>& item) {
  rapidjson::MemoryStream memory(text.data(), text.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(memory);
  return Walker(in, text.size()).walk(header, item);
}

bool walk_snapshot_file(
    std::FILE* file, std::size_t size, const std::function<void(const rapidjson::Value&)>& header,
    const std::function<void(SnapshotSection, std::size_t, const rapidjson::Value&)>& item) {
  constexpr std::size_t kBlock = std::size_t{1} << 20;
  auto block = std::make_unique<char[]>(kBlock);
  rapidjson::FileReadStream in(file, block.get(), kBlock);
  return Walker(in, size).walk(header, item);
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Every function scans for the next byte that needs attention with a 256-entry
// class table, appends the run before it in one call, then handles that byte:
// the output for a typical IRI or sentence is one memcpy.
#include "turtle_escape.hpp"

#include <array>

#include "orgkg/graph/utf8.hpp"

namespace orgkg::export_detail {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";  // U+FFFD

// What a byte is in each context.
enum ByteClass : unsigned char {
  kCopy = 0,      // written as itself
  kNonAscii = 1,  // starts (or continues) a UTF-8 sequence: copied when well-formed
  kEscape = 2,    // needs an escape
};

constexpr bool is_alnum(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

constexpr bool forbidden_in_iri_ref(unsigned char c) {
  switch (c) {
    case '<':
    case '>':
    case '"':
    case '{':
    case '}':
    case '|':
    case '^':
    case '`':
    case '\\':
      return true;
    default:
      return c <= 0x20 || c == 0x7F;
  }
}

template <typename Classify>
constexpr std::array<unsigned char, 256> byte_table(Classify classify) {
  std::array<unsigned char, 256> table{};
  for (unsigned byte = 0; byte < 256; ++byte) {
    table[byte] = classify(static_cast<unsigned char>(byte));
  }
  return table;
}

constexpr auto kLiteralBytes = byte_table([](unsigned char c) -> unsigned char {
  if (c >= 0x80) return kNonAscii;
  return c < 0x20 || c == 0x7F || c == '"' || c == '\\' ? kEscape : kCopy;
});

constexpr auto kIriRefBytes = byte_table([](unsigned char c) -> unsigned char {
  if (c >= 0x80) return kNonAscii;
  return forbidden_in_iri_ref(c) ? kEscape : kCopy;
});

constexpr auto kSegmentBytes = byte_table([](unsigned char c) -> unsigned char {
  return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' ? kCopy : kEscape;
});

void append_percent(std::string& out, unsigned char byte) {
  const char escape[3] = {'%', kHex[byte >> 4], kHex[byte & 0xF]};
  out.append(escape, sizeof escape);
}

void append_literal_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default: {  // other C0 controls and DEL
      const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escape, sizeof escape);
      return;
    }
  }
}

// Appends `text` byte class by byte class: kCopy bytes and well-formed UTF-8
// sequences in runs; `escape(out, byte)` for a kEscape byte; `invalid(out,
// byte)` for a byte that starts no well-formed sequence.
template <typename Escape, typename Invalid>
void append_escaped(std::string& out, std::string_view text,
                    const std::array<unsigned char, 256>& table, Escape escape, Invalid invalid) {
  std::size_t run = 0;  // start of the bytes not yet appended
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto byte = static_cast<unsigned char>(text[pos]);
    unsigned char kind = table[byte];
    if (kind == kCopy) {
      ++pos;
      continue;
    }
    if (kind == kNonAscii) {
      std::size_t length = utf8_sequence_length(text, pos);
      if (length != 0) {
        pos += length;
        continue;
      }
    }
    out.append(text.data() + run, pos - run);
    if (kind == kEscape) {
      escape(out, byte);
    } else {
      invalid(out, byte);
    }
    run = ++pos;
  }
  out.append(text.data() + run, text.size() - run);
}

}  // namespace

void append_string_literal(std::string& out, std::string_view text) {
  out.push_back('"');
  append_escaped(out, text, kLiteralBytes, append_literal_escape,
                 [](std::string& o, unsigned char) { o += kReplacementUtf8; });
  out.push_back('"');
}

std::string rdf_string_literal(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_string_literal(out, text);
  return out;
}

void append_iri_segment(std::string& out, std::string_view text) {
  append_escaped(out, text, kSegmentBytes, append_percent, append_percent);
}

std::string iri_segment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_iri_segment(out, text);
  return out;
}

void append_iri_ref(std::string& out, std::string_view iri) {
  out.push_back('<');
  append_escaped(out, iri, kIriRefBytes, append_percent, append_percent);
  out.push_back('>');
}

std::string rdf_iri_ref(std::string_view iri) {
  std::string out;
  out.reserve(iri.size() + 2);
  append_iri_ref(out, iri);
  return out;
}

bool is_plain_local_name(std::string_view local) {
  if (local.empty()) return false;
  for (char c : local) {
    if (!is_alnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

}  // namespace orgkg::export_detail

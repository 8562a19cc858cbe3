// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "turtle_escape.hpp"

#include <cstdio>

#include "orgkg/graph/utf8.hpp"

namespace orgkg::export_detail {
namespace {

bool is_alnum(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

void append_percent(std::string& out, unsigned char byte) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(kHex[byte >> 4]);
  out.push_back(kHex[byte & 0xF]);
}

bool forbidden_in_iri_ref(unsigned char c) {
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

}  // namespace

std::string rdf_string_literal(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedChar ch = decode_utf8(text, pos);
    pos += ch.length;
    switch (ch.code_point) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      default:
        break;
    }
    if (ch.code_point < 0x20 || ch.code_point == 0x7F) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(ch.code_point));
      out += escape;
    } else {
      append_utf8(out, ch.code_point);
    }
  }
  out.push_back('"');
  return out;
}

std::string iri_segment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (is_alnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(c);
    } else {
      append_percent(out, byte);
    }
  }
  return out;
}

std::string rdf_iri_ref(std::string_view iri) {
  std::string out = "<";
  out.reserve(iri.size() + 2);
  for (std::size_t pos = 0; pos < iri.size();) {
    DecodedChar ch = decode_utf8(iri, pos);
    if (!ch.valid ||
        (ch.length == 1 && forbidden_in_iri_ref(static_cast<unsigned char>(iri[pos])))) {
      append_percent(out, static_cast<unsigned char>(iri[pos]));
    } else {
      out.append(iri.substr(pos, ch.length));
    }
    pos += ch.length;
  }
  out.push_back('>');
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

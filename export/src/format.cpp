// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The format table and the dispatching entry points. Adding a format means one
// row in kFormats, one enumerator and one case in write().
#include "orgkg/export/format.hpp"

#include <iterator>
#include <ostream>

#include "orgkg/export/dot.hpp"
#include "orgkg/export/gexf.hpp"
#include "orgkg/export/graphml.hpp"
#include "orgkg/export/json.hpp"
#include "orgkg/export/ntriples.hpp"
#include "orgkg/export/turtle.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/atomic_file.hpp"
#include "output.hpp"

namespace orgkg {
namespace {

struct FormatInfo {
  Format format;
  std::string_view name;       // canonical, lower case
  std::string_view extension;  // with the dot
  std::string_view alias;      // another accepted name, or ""
};

constexpr FormatInfo kFormats[] = {
    {Format::GraphML, "graphml", ".graphml", ""},
    {Format::Gexf, "gexf", ".gexf", ""},
    {Format::Turtle, "ttl", ".ttl", "turtle"},
    {Format::NTriples, "nt", ".nt", "ntriples"},
    {Format::NQuads, "nq", ".nq", "nquads"},
    {Format::Json, "json", ".json", "jsonl"},
    {Format::Dot, "dot", ".dot", "graphviz"},
};

static_assert(std::size(kFormats) == kAllFormats.size(), "every Format needs a row in kFormats");

const FormatInfo& info(Format format) {
  for (const FormatInfo& row : kFormats) {
    if (row.format == format) return row;
  }
  return kFormats[0];
}

bool equals_ascii_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;  // b is a lower-case table entry
  }
  return true;
}

}  // namespace

std::string_view format_name(Format format) { return info(format).name; }

std::string_view file_extension(Format format) { return info(format).extension; }

std::optional<Format> format_from_name(std::string_view name) {
  for (const FormatInfo& row : kFormats) {
    if (equals_ascii_nocase(name, row.name)) return row.format;
    if (!row.alias.empty() && equals_ascii_nocase(name, row.alias)) return row.format;
  }
  return std::nullopt;
}

std::optional<Format> format_from_extension(std::string_view extension) {
  if (!extension.empty() && extension.front() == '.') extension.remove_prefix(1);
  if (extension.empty()) return std::nullopt;
  for (const FormatInfo& row : kFormats) {
    if (equals_ascii_nocase(extension, row.extension.substr(1))) return row.format;
  }
  return std::nullopt;
}

void write(const Store& store, Format format, std::ostream& out, const ExportOptions& options) {
  switch (format) {
    case Format::GraphML:
      write_graphml(store, out);
      return;
    case Format::Gexf:
      write_gexf(store, out);
      return;
    case Format::Turtle:
      write_turtle(store, out, options);
      return;
    case Format::NTriples:
      write_ntriples(store, out, options);
      return;
    case Format::NQuads:
      write_nquads(store, out, options);
      return;
    case Format::Json:
      write_facts_json(store, out);
      return;
    case Format::Dot:
      write_dot(store, out, options);
      return;
  }
  throw Error("unknown output format");
}

void write_file(const Store& store, Format format, const std::filesystem::path& path,
                const ExportOptions& options) {
  write_file_atomically(path,
                                  [&](std::ostream& out) { write(store, format, out, options); });
}

}  // namespace orgkg

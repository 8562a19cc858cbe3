// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// One statement of the benchmark corpus: a foreign-ministry press release
// (Russia, Kazakhstan, China, India, Indonesia) or a summit document, with
// its publication date, title, body paragraphs and the facts it plants.
// Document `index` of seed `seed` depends on nothing else, so a corpus can be
// written one document at a time in constant memory.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "composer.hpp"
#include "names.hpp"
#include "world.hpp"

namespace orgkg::bench {

struct GeneratedDoc {
  std::string id;                 ///< "0000042_kz_cica": the file stem / JSON id
  PubDate published;
  std::string time;               ///< "10:00"
  std::string title;
  /// The language-switcher line above the body ("  • en-GB1 ru-RU1"), or "".
  std::string switcher;
  std::vector<std::string> body;  ///< paragraphs of the statement
  /// The "Additional materials" heading and list under the body, or none.
  std::vector<std::string> materials;
  std::string publisher_country;  ///< ISO alpha-3; "" for summit documents
  std::string site;               ///< the publisher's site: "Ministry of ..."
  bool us_dates = false;          ///< the publisher writes "June 9, 2017"
  std::string url;
  std::vector<Planted> facts;     ///< each with the sentence stating it
};

/// Writes document `index` of the corpus of `seed`, about `target_bytes` long.
[[nodiscard]] GeneratedDoc generate_document(const Names& names, const World& world,
                                             std::uint64_t seed, std::uint64_t index);

/// The document's lines under the title in reading order: the switcher,
/// the body, the materials.
[[nodiscard]] std::vector<std::string> text_lines(const GeneratedDoc& doc);
/// The document in the plain-text format (date+time line, title, body).
[[nodiscard]] std::string to_text(const GeneratedDoc& doc);
/// The document as one JSON-lines object (no trailing newline).
[[nodiscard]] std::string to_json_line(const GeneratedDoc& doc);

}  // namespace orgkg::bench

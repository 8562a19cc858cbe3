// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Composer: the state of one document being written: its random stream, its
// publication date, which organisations it has already introduced (the first
// mention spells the full name with the acronym), and the facts its sentences
// plant. Sentence writers (fact_sentences.cpp, filler_sentences.cpp) take a
// Composer and return one sentence.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "names.hpp"
#include "rng.hpp"
#include "world.hpp"

namespace orgkg::bench {

struct PubDate {
  int year = 0, month = 0, day = 0;
};

/// One fact a sentence states, for the truth file.
struct Planted {
  std::string subject;   ///< key
  std::string relation;  ///< CONVENTIONS §1 name
  std::string object;    ///< key
  std::string date;      ///< ISO at its precision
  std::string shape;     ///< which sentence shape stated it ("member_of/joined")
  std::string sentence;  ///< the sentence (set by the document writer)
};

/// A date as a sentence gives it, and its ISO form.
struct DatePhrase {
  std::string text;  ///< "in June 2017", "on 9 June 2017", "last year"
  std::string iso;   ///< "2017-06"
};

class Composer {
 public:
  Composer(const Names& names, const World& world, Rng& rng, PubDate published,
           const OrgProfile& focus, bool us_dates);

  Rng& rng() { return rng_; }
  const Names& names() const { return names_; }
  const World& world() const { return world_; }
  const OrgProfile& focus() const { return focus_; }
  const PubDate& published() const { return published_; }

  /// Names; an organisation's first mention in the document is spelt out.
  std::string org(const std::string& key);
  std::string state(const std::string& key) { return names_.state(key, rng_); }
  std::string party(const std::string& key);
  /// "Russia's", "the Philippines'" (the label).
  std::string possessive(const std::string& key);
  /// A list "A, B and C" of parties.
  std::string list(const std::vector<std::string>& keys);

  /// "nine", "28": a count as a ministry writes it.
  std::string count(std::size_t n);
  /// A date phrase for a year (month and day picked here at random, never
  /// after the publication date); `since` gives "since 2015".
  DatePhrase date(int year, bool since = false);
  /// The publication date as ISO.
  std::string pub_iso() const;

  /// Records a planted fact (symmetric relations are stored smaller key first).
  void plant(const std::string& subject, const std::string& relation, const std::string& object,
             const std::string& date, const std::string& shape);
  std::vector<Planted>& planted() { return planted_; }
  /// Filler templates already used in this document (to avoid repeating them).
  std::vector<std::size_t>& used_templates() { return used_templates_; }

 private:
  const Names& names_;
  const World& world_;
  Rng& rng_;
  PubDate published_;
  const OrgProfile& focus_;
  bool us_dates_;
  std::vector<std::string> introduced_;
  std::vector<Planted> planted_;
  std::vector<std::size_t> used_templates_;
};

/// The parts joined in order. Sentence writers build sentences with it
/// because the parts of a braced list are evaluated left to right, while the
/// operands of `a + b` are not sequenced: with `+`, the random choices inside
/// the parts could be made in a different order by another compiler.
std::string cat(std::initializer_list<std::string> parts);

/// "January" .. "December".
const char* month_name(int month);

}  // namespace orgkg::bench

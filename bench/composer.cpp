// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "composer.hpp"

#include <algorithm>
#include <cstdio>

namespace orgkg::bench {

const char* month_name(int month) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",
                                        "May",     "June",     "July",      "August",
                                        "September", "October", "November", "December"};
  return kMonths[(month - 1) % 12];
}

std::string cat(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& part : parts) out += part;
  return out;
}

Composer::Composer(const Names& names, const World& world, Rng& rng, PubDate published,
                   const OrgProfile& focus, bool us_dates)
    : names_(names), world_(world), rng_(rng), published_(published), focus_(focus),
      us_dates_(us_dates) {}

std::string Composer::org(const std::string& key) {
  bool first = std::find(introduced_.begin(), introduced_.end(), key) == introduced_.end();
  if (first) introduced_.push_back(key);
  return names_.org(key, first, rng_);
}

std::string Composer::party(const std::string& key) {
  return names_.is_state(key) ? state(key) : org(key);
}

std::string Composer::possessive(const std::string& key) {
  std::string name = names_.is_state(key) ? names_.state_label(key) : names_.org(key, false, rng_);
  return name.back() == 's' ? name + "'" : name + "'s";
}

std::string Composer::list(const std::vector<std::string>& keys) {
  std::string out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) out += i + 1 == keys.size() ? " and " : ", ";
    out += party(keys[i]);
  }
  return out;
}

std::string Composer::count(std::size_t n) {
  static const char* const kWords[] = {"zero",    "one",      "two",      "three",    "four",
                                       "five",    "six",      "seven",    "eight",    "nine",
                                       "ten",     "eleven",   "twelve",   "thirteen", "fourteen",
                                       "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen",
                                       "twenty"};
  if (n <= 20 && rng_.chance(75)) return kWords[n];
  return std::to_string(n);
}

DatePhrase Composer::date(int year, bool since) {
  char iso[32];
  if (since) {
    std::snprintf(iso, sizeof iso, "%04d", year);
    return {"since " + std::to_string(year), iso};
  }
  if (year == published_.year - 1 && rng_.chance(12)) {
    std::snprintf(iso, sizeof iso, "%04d", year);
    return {"last year", iso};
  }
  std::size_t roll = rng_.below(100);
  // Month and day only for years wholly before the publication date.
  if (year >= published_.year || roll < 45) {
    std::snprintf(iso, sizeof iso, "%04d", year);
    return {"in " + std::to_string(year), iso};
  }
  int month = rng_.between(1, 12);
  if (roll < 70) {
    std::snprintf(iso, sizeof iso, "%04d-%02d", year, month);
    return {"in " + std::string(month_name(month)) + " " + std::to_string(year), iso};
  }
  int day = rng_.between(1, 28);
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  if (us_dates_) {
    return {"on " + std::string(month_name(month)) + " " + std::to_string(day) + ", " +
                std::to_string(year),
            iso};
  }
  return {"on " + std::to_string(day) + " " + month_name(month) + " " + std::to_string(year), iso};
}

std::string Composer::pub_iso() const {
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", published_.year, published_.month,
                published_.day);
  return iso;
}

void Composer::plant(const std::string& subject, const std::string& relation,
                     const std::string& object, const std::string& date,
                     const std::string& shape) {
  if (subject == object) return;
  bool symmetric = relation == "cooperates_with" || relation == "agreement_with";
  Planted p{subject, relation, object, date, shape, {}};
  if (symmetric && object < subject) std::swap(p.subject, p.object);
  for (const Planted& q : planted_) {
    if (q.subject == p.subject && q.relation == p.relation && q.object == p.object &&
        q.date == p.date) {
      return;
    }
  }
  planted_.push_back(std::move(p));
}

}  // namespace orgkg::bench

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The role, count and verb phrases the list patterns read: role_at(),
// count_at(), copula_at() and status_verb_at().
#include "list_phrases.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgkg::detail {
namespace {

// The role read at the first unit of `phrase` as "ROLE/LENGTH", or "none".
std::string role_of(std::string_view phrase) {
  TokenList tokens = tokenize(phrase);
  Units units = make_units(tokens, 0, {});
  std::size_t length = 0;
  std::optional<Role> role = role_at(units, 0, length);
  if (!role) return "none";
  static constexpr std::string_view kNames[] = {"member", "observer", "partner", "dialogue",
                                                "plain"};
  return std::string(kNames[static_cast<int>(*role)]) + "/" + std::to_string(length);
}

// The count read at the first unit of `phrase`, -1 for none.
int count_of(std::string_view phrase) {
  TokenList tokens = tokenize(phrase);
  Units units = make_units(tokens, 0, {});
  return count_at(units, 0).value_or(-1);
}

// The verb phrase read at the first unit of `phrase` by `reader` as
// "LENGTH" or "LENGTH start", "none" for none.
std::string verb_of(std::string_view phrase,
                    std::size_t (*reader)(const Units&, std::size_t, bool&)) {
  TokenList tokens = tokenize(phrase);
  Units units = make_units(tokens, 0, {});
  bool starts = false;
  std::size_t length = reader(units, 0, starts);
  if (length == 0) return "none";
  return std::to_string(length) + (starts ? " start" : "");
}

TEST_SUITE("list_phrases") {
  TEST_CASE("copula_at reads a copula and tells a start") {
    CHECK(verb_of("are members", copula_at) == "1");
    CHECK(verb_of("remained observers", copula_at) == "1");
    CHECK(verb_of("became members", copula_at) == "1 start");
    CHECK(verb_of("have been members", copula_at) == "2");
    CHECK(verb_of("has become a member", copula_at) == "2 start");
    CHECK(verb_of("was admitted as a member", copula_at) == "3 start");
    CHECK(verb_of("have been admitted as members", copula_at) == "4 start");
    CHECK(verb_of("was a member", copula_at) == "1");
    CHECK(verb_of("had joined", copula_at) == "none");
    CHECK(verb_of("joined", copula_at) == "none");
  }
  TEST_CASE("status_verb_at reads a verb observer status may follow") {
    CHECK(verb_of("were granted observer status", status_verb_at) == "2 start");
    CHECK(verb_of("has been granted observer status", status_verb_at) == "3 start");
    CHECK(verb_of("have obtained observer status", status_verb_at) == "2 start");
    CHECK(verb_of("obtained observer status", status_verb_at) == "1 start");
    CHECK(verb_of("had held observer status", status_verb_at) == "2");
    CHECK(verb_of("have observer status", status_verb_at) == "1");
    CHECK(verb_of("enjoys observer status", status_verb_at) == "1");
    CHECK(verb_of("was observer", status_verb_at) == "none");
    CHECK(verb_of("are observers", status_verb_at) == "none");
  }
  TEST_CASE("role_at reads a role with its qualifiers and noun") {
    CHECK(role_of("full members of the SCO") == "member/2");
    CHECK(role_of("permanent observer states") == "observer/3");
    CHECK(role_of("dialogue partners") == "dialogue/2");
    CHECK(role_of("partner countries") == "dialogue/2");
    CHECK(role_of("Partners for Co-operation") == "dialogue/4");
    CHECK(role_of("partners") == "partner/1");
    CHECK(role_of("states") == "plain/1");
  }
  TEST_CASE("role_at reads no role at other words") {
    CHECK(role_of("the members") == "none");
    CHECK(role_of("dialogue on security") == "none");
    CHECK(role_of("participating in talks") == "none");
    CHECK(role_of("full agreement") == "none");
  }
  TEST_CASE("count_at reads digits and number words up to twenty") {
    CHECK(count_of("8 states") == 8);
    CHECK(count_of("eight states") == 8);
    CHECK(count_of("seventeen members") == 17);
    CHECK(count_of("twenty members") == 20);
    CHECK(count_of("zero") == 0);
    CHECK(count_of("thirty members") == -1);
    CHECK(count_of("on") == -1);
    CHECK(count_of("1000 states") == -1);
  }
}

}  // namespace
}  // namespace orgkg::detail

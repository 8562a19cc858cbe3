// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The role and count phrases the list patterns read: role_at() and
// count_at().
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

TEST_SUITE("list_phrases") {
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

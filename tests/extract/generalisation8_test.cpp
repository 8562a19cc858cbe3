// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// More shapes the studied held-out batch tests/gold/heldout9 showed missing,
// written anew: "potential" as a noun, a region naming which partners ("its
// Mediterranean Partners for Co-operation", "its Asian Partners"), "welcomes
// X as the Nth member". Every sentence is ours; each positive case has a
// negative twin where one is easy to mistake.
#include <doctest/doctest.h>

#include "extract_test_support.hpp"

namespace orgkg {
namespace {

using test::all;
using Lines = std::vector<std::string>;

Lines facts_of(const std::string& text) { return test::distinct_facts_of(text); }

TEST_SUITE("generalisation") {
  TEST_CASE("'the full potential of' is a noun, no hedge") {
    CHECK(facts_of("Notes\n\nBIMSTEC met in Dhaka. The full potential of trade among the seven "
                   "Member States – Bangladesh, Bhutan and Nepal – is still untapped.") ==
          all({"BGD", "BTN", "NPL"}, "member_of", "BIMSTEC"));
    CHECK(facts_of("Notes\n\nBIMSTEC met in Dhaka. The potential Member States – Bangladesh, "
                   "Bhutan and Nepal – are still untapped.")
              .empty());
  }

  TEST_CASE("a region naming which partners: 'its Mediterranean|Asian Partners'") {
    CHECK(facts_of("Notes\n\nThe OSCE Ministerial Council met in Skopje. Jordan and Tunisia are "
                   "its Mediterranean Partners for Co-operation, while Thailand and Japan are "
                   "its Asian Partners.") ==
          all({"JOR", "JPN", "THA", "TUN"}, "partner_of", "OSCE"));
    // A plain "partners" after a region is no status.
    CHECK(facts_of("Notes\n\nThe OSCE Ministerial Council met in Skopje. Jordan and Tunisia are "
                   "its Mediterranean partners in trade.")
              .empty());
  }

  TEST_CASE("'welcomes X as the Nth member'") {
    CHECK(facts_of("Norway welcomes Sweden as the 32nd member of NATO.") ==
          Lines{"SWE member_of NATO"});
    CHECK(facts_of("Norway warmly welcomes Sweden as the 32nd member of NATO.") ==
          Lines{"SWE member_of NATO"});
    CHECK(facts_of("Norway would welcome Sweden as a member of NATO.").empty());
    CHECK(facts_of("Norway welcomes Sweden's decision to apply.").empty());
  }
}

}  // namespace
}  // namespace orgkg

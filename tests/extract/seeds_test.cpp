// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The real seed statements in ../shared/seeds (not part of a user's clone: the
// tests skip with a message when the directory is absent).
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "extract_test_support.hpp"
#include "orgkg/extract/build.hpp"
#include "orgkg/extract/corpus.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(ORGKG_SHARED_DIR) / "seeds";

bool has_fact(const Store& store, const std::string& subject, Relation relation,
              const std::string& object) {
  return store.find_fact(subject, relation, object) != nullptr;
}

TEST_SUITE("seeds") {
  TEST_CASE("the seed statements give CICA's members and observers and ASEM's partners") {
    if (!fs::is_directory(kSeeds)) {
      MESSAGE("skipped: no seed statements at " << kSeeds.string());
      return;
    }
    Store store;
    Diagnostics diagnostics;
    BuildStats stats = add_documents(list_corpus({kSeeds}), test::gazetteer(), store, diagnostics);
    CHECK(stats.documents == 3);
    CHECK(store.source_count() == 3);
    CHECK(has_fact(store, "state_RUS", Relation::MemberOf, "org_CICA"));
    CHECK(has_fact(store, "state_BHR", Relation::MemberOf, "org_CICA"));
    CHECK(has_fact(store, "state_KOR", Relation::MemberOf, "org_CICA"));
    CHECK(has_fact(store, "state_PSE", Relation::MemberOf, "org_CICA"));
    CHECK(has_fact(store, "state_BLR", Relation::ObserverOf, "org_CICA"));
    CHECK(has_fact(store, "state_LKA", Relation::ObserverOf, "org_CICA"));
    CHECK(has_fact(store, "org_LAS", Relation::ObserverOf, "org_CICA"));
    CHECK(has_fact(store, "org_TURKPA", Relation::ObserverOf, "org_CICA"));
    CHECK(has_fact(store, "state_KAZ", Relation::MemberOf, "org_ASEM"));
    CHECK_FALSE(has_fact(store, "state_BLR", Relation::MemberOf, "org_CICA"));
    std::size_t members = 0;
    std::size_t observers = 0;
    for (const Fact* fact : store.facts()) {
      if (fact->object == "org_CICA" && fact->relation == Relation::MemberOf) ++members;
      if (fact->object == "org_CICA" && fact->relation == Relation::ObserverOf) ++observers;
    }
    CHECK(members == 26);
    CHECK(observers == 12);
    CHECK(stats.triples == store.evidence_count());
    CHECK(has_fact(store, "org_CICA", Relation::HeadquarteredIn, "city_Astana"));
    CHECK(has_fact(store, "state_KAZ", Relation::FounderOf, "org_CICA"));
    CHECK(has_fact(store, "org_CICA", Relation::AgreementWith, "org_SCO"));
    CHECK(has_fact(store, "org_ASEAN", Relation::CooperatesWith, "org_EAEU"));
    CHECK(has_fact(store, "state_RUS", Relation::FounderOf, "org_CICA_Business_Council"));
    CHECK_FALSE(has_fact(store, "state_RUS", Relation::MemberOf, "org_CICA_Business_Council"));
    // Nothing else: no spurious facts. Members, observers and ASEM partners;
    // organisation relations (7 cooperation, 4 agreements, 2 founders, 1 seat);
    // status relations (2 chairs, 1 dialogue partnership).
    CHECK(store.fact_count() == 26 + 12 + 4 + 14 + 3);
    CHECK(diagnostics.count(Severity::Warning) == 0);
  }
}

}  // namespace
}  // namespace orgkg

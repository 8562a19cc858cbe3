// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// A small hand-built Store of real facts for the query and network tests: the
// SCO (founders 2001; India and Pakistan observers from 2005, members from
// 2017-06-09; Iran observer from 2005, member from 2023-07-04), the CSTO
// (Uzbekistan a member from 2006 until it left in 2012), CICA and BRICS (Iran a
// member from 2024-01-01), Georgia's CIS membership ended by its withdrawal in
// 2009, and Astana as CICA's seat.
#pragma once

#include <initializer_list>
#include <string>

#include "orgkg/graph/store.hpp"
#include "store_fixtures.hpp"

namespace orgkg::test {

class WorldBuilder {
 public:
  Store store;

  /// One observation in document `doc` dated `seen`, optionally stating a start
  /// and an end; each call uses a new sentence.
  void add(const Entity& subject, Relation relation, const Entity& object, const char* doc,
           Date seen, std::optional<Date> from = std::nullopt,
           std::optional<Date> to = std::nullopt) {
    Triple triple = make_triple(
        subject, relation, object,
        {doc, seen, "sentence " + std::to_string(next_), next_ * 100, next_ * 100 + 50, "test"});
    triple.valid_from = from;
    triple.valid_to = to;
    store.add(triple);
    ++next_;
  }

 private:
  std::size_t next_ = 1;
};

inline Store world_store() {
  WorldBuilder w;
  Entity chn = make_state("CHN", "China", "People's Republic of China");
  Entity kaz = make_state("KAZ", "Kazakhstan", "Republic of Kazakhstan");
  Entity kgz = make_state("KGZ", "Kyrgyzstan", "Kyrgyz Republic");
  Entity rus = make_state("RUS", "Russia", "Russian Federation");
  rus.aliases.insert("Russian Federation");
  Entity tjk = make_state("TJK", "Tajikistan");
  Entity uzb = make_state("UZB", "Uzbekistan");
  Entity ind = make_state("IND", "India");
  Entity pak = make_state("PAK", "Pakistan");
  Entity irn = make_state("IRN", "Iran", "Islamic Republic of Iran");
  Entity bra = make_state("BRA", "Brazil");
  Entity geo = make_state("GEO", "Georgia");
  Entity sco = make_org("SCO", "Shanghai Cooperation Organisation", "Q485207");
  Entity csto = make_org("CSTO", "Collective Security Treaty Organization");
  Entity cica =
      make_org("CICA", "Conference on Interaction and Confidence-Building Measures in Asia");
  Entity brics = make_org("BRICS", "BRICS");
  Entity cis = make_org("CIS", "Commonwealth of Independent States");
  Entity astana = make_city("Astana");
  astana.aliases.insert("Nur-Sultan");

  for (const Entity* founder : {&chn, &kaz, &kgz, &rus, &tjk, &uzb}) {
    w.add(*founder, Relation::MemberOf, sco, "sco-2016", Date{2016, 6, 15}, Date{2001, 6, 15});
    w.add(*founder, Relation::FounderOf, sco, "sco-2016", Date{2001, 6, 15});
  }
  for (const Entity* state : {&ind, &pak}) {
    w.add(*state, Relation::ObserverOf, sco, "sco-2017", Date{2005}, Date{2005});
    w.add(*state, Relation::MemberOf, sco, "sco-2017", Date{2017, 6, 9}, Date{2017, 6, 9});
  }
  w.add(irn, Relation::ObserverOf, sco, "sco-2019", Date{2019, 6, 14});
  w.add(irn, Relation::MemberOf, sco, "sco-2023", Date{2023, 7, 4}, Date{2023, 7, 4});
  for (const Entity* state : {&kaz, &kgz, &rus, &tjk}) {
    w.add(*state, Relation::MemberOf, csto, "csto-2022", Date{2022, 11, 23});
  }
  w.add(uzb, Relation::MemberOf, csto, "csto-2006", Date{2006, 8, 16}, Date{2006, 8, 16});
  w.add(uzb, Relation::Left, csto, "csto-2012", Date{2012, 12, 19}, Date{2012, 12, 19});
  for (const Entity* state : {&rus, &kaz, &tjk, &ind, &pak, &irn, &chn}) {
    w.add(*state, Relation::MemberOf, cica, "cica-2019", Date{2019, 6, 15});
  }
  for (const Entity* state : {&bra, &rus, &ind, &chn}) {
    w.add(*state, Relation::MemberOf, brics, "brics-2024", Date{2024, 1, 1});
  }
  w.add(irn, Relation::MemberOf, brics, "brics-2024", Date{2024, 1, 1}, Date{2024, 1, 1});
  w.add(geo, Relation::MemberOf, cis, "cis-2008", Date{2008}, Date{1993, 12, 3});
  w.add(geo, Relation::Left, cis, "cis-2009", Date{2009, 8, 18}, Date{2009, 8, 18});
  w.add(cica, Relation::HeadquarteredIn, astana, "cica-2019", Date{2019, 6, 15});
  w.add(sco, Relation::CooperatesWith, cica, "sco-2016", Date{2016, 6, 15});
  w.store.add_source({"sco-2017", "Astana Declaration", Date{2017, 6, 9}, "", "", ""});
  return std::move(w.store);
}

}  // namespace orgkg::test

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/triple_view.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "orgkg/graph/store.hpp"

using namespace orgkg;

namespace {

Entity entity(EntityKind kind, const char* key, std::set<std::string> aliases = {}) {
  Entity e;
  e.kind = kind;
  e.key = key;
  e.label = key;
  e.name = std::string(key) + " of a name long enough to live on the heap";
  e.aliases = std::move(aliases);
  return e;
}

TripleView view(const Entity& s, std::optional<std::string_view> s_alias, Relation relation,
                const Entity& o, std::optional<std::string_view> o_alias, std::string_view doc,
                std::size_t begin, Date date = Date{2020}) {
  return TripleView{{&s, s_alias},
                    relation,
                    {&o, o_alias},
                    std::nullopt,
                    std::nullopt,
                    EvidenceView{doc, date, "The sentence as it stands.", begin, begin + 26,
                                 "test.rule"}};
}

}  // namespace

TEST_SUITE("triple_view") {
  TEST_CASE("to_triple() copies the entities, adds the alias when set, and owns the evidence") {
    const Entity rus = entity(EntityKind::State, "RUS", {"Russia"});
    const Entity sco = entity(EntityKind::Organisation, "SCO");
    std::string sentence = "Russia is a member of the SCO.";
    TripleView v{{&rus, "Rossiya"},
                 Relation::MemberOf,
                 {&sco, std::nullopt},
                 Date{2001},
                 Date{2020, 3},
                 EvidenceView{"doc-1", Date{2021, 5, 1}, sentence, 7, 37, "list.members"}};
    Triple t = v.to_triple();
    sentence.assign(sentence.size(), 'x');  // the triple owns its copy
    CHECK(t.subject.aliases == std::set<std::string>{"Russia", "Rossiya"});
    CHECK(t.subject.name == rus.name);
    CHECK(t.object == sco);
    CHECK(t.relation == Relation::MemberOf);
    CHECK(t.valid_from == Date{2001});
    CHECK(t.valid_to == Date{2020, 3});
    CHECK(t.evidence == Evidence{"doc-1", Date{2021, 5, 1}, "Russia is a member of the SCO.", 7,
                                 37, "list.members"});
  }

  TEST_CASE("an alias that is set but empty is added; an unset one is not") {
    const Entity sco = entity(EntityKind::Organisation, "SCO");
    CHECK(SeenEntity{&sco, ""}.to_entity().aliases == std::set<std::string>{""});
    CHECK(SeenEntity{&sco, std::nullopt}.to_entity().aliases.empty());
    CHECK(EvidenceView{}.to_evidence() == Evidence{});
  }

  TEST_CASE("Store::add() of a view gives the store add() of its triple gives") {
    const Entity rus = entity(EntityKind::State, "RUS");
    const Entity kaz = entity(EntityKind::State, "KAZ", {"Kazakhstan"});
    const Entity sco = entity(EntityKind::Organisation, "SCO");
    const Entity cica = entity(EntityKind::Organisation, "CICA", {"CICA"});
    const Entity rus_again = entity(EntityKind::State, "RUS");  // another object, same entity
    std::vector<TripleView> views = {
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "a", 0),
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "a", 40),  // a recent alias
        view(rus, "Russian Federation", Relation::MemberOf, sco, std::nullopt, "a", 80),
        view(rus, "Rossiya", Relation::MemberOf, sco, "Shanghai", "b", 0),
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "b", 40),  // pushed out of recent
        view(rus_again, "Россия", Relation::MemberOf, cica, "СВМДА", "b", 80),  // non-ASCII
        view(kaz, "Qazaqstan", Relation::MemberOf, cica, "CICA", "c", 0),     // own aliases
        view(kaz, std::nullopt, Relation::MemberOf, cica, "", "c", 40),       // empty alias
        view(sco, "SCO", Relation::CooperatesWith, cica, "CICA", "c", 80),    // symmetric
        view(cica, "CICA", Relation::CooperatesWith, sco, "SCO", "c", 80),    // swapped, same sentence
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "a", 0, Date{2019}),  // same sentence, smaller
        view(rus, "Russia", Relation::MemberOf, rus_again, "Russia", "d", 0),     // a loop: ignored
    };
    Store by_view;
    Store by_triple;
    for (const TripleView& v : views) {
      CAPTURE(v.evidence.doc_id);
      CAPTURE(v.evidence.begin);
      CHECK(by_view.add(v) == by_triple.add(v.to_triple()));
    }
    CHECK(by_view == by_triple);
    CHECK(by_view.fact_count() == 4);
    CHECK(by_view.evidence_count() == by_triple.evidence_count());
    CHECK(by_view.find_entity("state_RUS")->aliases ==
          std::set<std::string>{"Rossiya", "Russia", "Russian Federation", "Россия"});
    CHECK(by_view.find_entity("state_KAZ")->aliases ==
          std::set<std::string>{"Kazakhstan", "Qazaqstan"});
    CHECK(by_view.find_entity("org_CICA")->aliases == std::set<std::string>{"", "CICA", "СВМДА"});
  }
}

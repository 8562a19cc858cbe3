// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/graph/triple_view.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <unordered_set>
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
  return TripleView{
      {&s, s_alias},
      relation,
      {&o, o_alias},
      std::nullopt,
      std::nullopt,
      EvidenceView{doc, date, "The sentence as it stands.", begin, begin + 26, "test.rule"}};
}

// The entities of the store tests, and a run of views among them that
// visits every path of Store::add().
struct Entities {
  const Entity rus = entity(EntityKind::State, "RUS");
  const Entity kaz = entity(EntityKind::State, "KAZ", {"Kazakhstan"});
  const Entity sco = entity(EntityKind::Organisation, "SCO");
  const Entity cica = entity(EntityKind::Organisation, "CICA", {"CICA"});
  const Entity rus_again = entity(EntityKind::State, "RUS");  // another object, same entity

  [[nodiscard]] std::vector<TripleView> views() const {
    return {
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "a", 0),
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "a", 40),  // a recent alias
        view(rus, "Russian Federation", Relation::MemberOf, sco, std::nullopt, "a", 80),
        view(rus, "Rossiya", Relation::MemberOf, sco, "Shanghai", "b", 0),
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "b", 40),  // pushed out of recent
        view(rus_again, "Россия", Relation::MemberOf, cica, "СВМДА", "b", 80),  // non-ASCII
        view(kaz, "Qazaqstan", Relation::MemberOf, cica, "CICA", "c", 0),       // own aliases
        view(kaz, std::nullopt, Relation::MemberOf, cica, "", "c", 40),         // empty alias
        view(sco, "SCO", Relation::CooperatesWith, cica, "CICA", "c", 80),      // symmetric
        view(cica, "CICA", Relation::CooperatesWith, sco, "SCO", "c",
             80),  // swapped, same sentence
        view(rus, "Russia", Relation::MemberOf, sco, "SCO", "a", 0,
             Date{2019}),  // same sentence, smaller
        view(rus, "Russia", Relation::MemberOf, rus_again, "Russia", "d", 0),   // a loop: ignored
        view(rus_again, "Russia", Relation::MemberOf, rus, "Russia", "d", 40),  // and again
        view(kaz, "Qazaqstan", Relation::MemberOf, sco, "SCO", "d",
             80),  // a new fact of known ones
    };
  }
};

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
    CHECK(t.evidence == Evidence{"doc-1", Date{2021, 5, 1}, "Russia is a member of the SCO.", 7, 37,
                                 "list.members"});
  }

  TEST_CASE("an alias that is set but empty is added; an unset one is not") {
    const Entity sco = entity(EntityKind::Organisation, "SCO");
    CHECK(SeenEntity{&sco, ""}.to_entity().aliases == std::set<std::string>{""});
    CHECK(SeenEntity{&sco, std::nullopt}.to_entity().aliases.empty());
    CHECK(EvidenceView{}.to_evidence() == Evidence{});
  }

  TEST_CASE("Store::add() of a view gives the store add() of its triple gives") {
    const Entities e;
    Store by_view;
    Store by_triple;
    for (const TripleView& v : e.views()) {
      CAPTURE(v.evidence.doc_id);
      CAPTURE(v.evidence.begin);
      CHECK(by_view.add(v) == by_triple.add(v.to_triple()));
    }
    CHECK(by_view == by_triple);
    CHECK(by_view.fact_count() == 5);
    CHECK(by_view.evidence_count() == by_triple.evidence_count());
    CHECK(by_view.find_entity("state_RUS")->aliases ==
          std::set<std::string>{"Rossiya", "Russia", "Russian Federation", "Россия"});
    CHECK(by_view.find_entity("state_KAZ")->aliases ==
          std::set<std::string>{"Kazakhstan", "Qazaqstan"});
    CHECK(by_view.find_entity("org_CICA")->aliases == std::set<std::string>{"", "CICA", "СВМДА"});
  }

  TEST_CASE("a Store::Batch gives the store add() gives, however often it restarts") {
    const Entities e;
    const std::vector<TripleView> views = e.views();
    Store by_triple;
    for (const TripleView& v : views) by_triple.add(v.to_triple());
    const std::unordered_set<const Entity*> none;
    const std::unordered_set<const Entity*> some{&e.rus, &e.sco, &e.cica};  // not kaz
    for (const auto* lasting : {&none, &some}) {  // entities restart() does not forget
      CAPTURE(lasting->size());
      for (std::size_t every : {0, 1, 3, 5}) {  // restart() after every so many (0: never)
        CAPTURE(every);
        Store by_batch;
        Store::Batch batch(by_batch, *lasting);
        for (std::size_t i = 0; i < views.size(); ++i) {
          CAPTURE(i);
          CHECK(batch.add(views[i]) == Store().add(views[i].to_triple()));
          if (every != 0 && (i + 1) % every == 0) batch.restart();
        }
        CHECK(by_batch == by_triple);
      }
    }
  }

  TEST_CASE("a Store::Batch tells apart names that share a buffer, or differ only inside") {
    // Rule names, aliases and document ids as the Store compares them: in one
    // reused buffer, longer than 24 bytes and alike but for a byte their
    // ShortKey does not hold, documents out of order, and three aliases
    // taking turns.
    const Entities e;
    const std::string base = "the Shanghai Cooperation Organisation, in full";
    std::vector<Triple> triples;
    Store by_batch;
    {
      Store::Batch batch(by_batch);
      std::string rule;
      std::string alias;
      std::string doc;
      for (std::size_t i = 0; i < 24; ++i) {
        rule = base;
        rule[20 + i % 3] = static_cast<char>('a' + i % 3);
        alias = base;
        alias[22 + i % 3] = static_cast<char>('A' + i % 3);
        doc = base;
        doc[30] = static_cast<char>('z' - i % 5);
        TripleView v = view(e.rus, alias, Relation::MemberOf, e.sco, std::nullopt, doc, 40 * i);
        v.evidence.rule = rule;
        triples.push_back(v.to_triple());
        CHECK(batch.add(v));
      }
    }
    Store by_triple;
    for (const Triple& t : triples) by_triple.add(t);
    CHECK(by_batch == by_triple);
    CHECK(by_batch.find_entity("state_RUS")->aliases.size() == 3);
    CHECK(by_batch.evidence_count() == 24);
  }

  TEST_CASE("a lasting entity's alias is kept by the batch, not by the words it was seen in") {
    const Entities e;
    const std::unordered_set<const Entity*> lasting{&e.rus, &e.sco};
    Store store;
    {
      Store::Batch batch(store, lasting);
      std::string words = "Russia";
      CHECK(batch.add(view(e.rus, words, Relation::MemberOf, e.sco, "SCO", "a", 0)));
      batch.restart();
      words = "Rossia";  // the same room, other words: a new alias, to be merged
      CHECK(batch.add(view(e.rus, words, Relation::MemberOf, e.sco, "SCO", "b", 0)));
      batch.restart();
      words = "Russia";  // seen before, but not as the last one
      CHECK(batch.add(view(e.rus, words, Relation::ObserverOf, e.sco, "SCO", "c", 0)));
    }
    CHECK(store.find_entity("state_RUS")->aliases == std::set<std::string>{"Rossia", "Russia"});
    CHECK(store.fact_count() == 2);
    CHECK(store.evidence_count() == 3);
  }

  TEST_CASE("a Store::Batch merges an entity seen again under another alias") {
    const Entities e;
    Store store;
    {
      Store::Batch batch(store);
      CHECK(batch.add(view(e.rus, "Russia", Relation::MemberOf, e.sco, "SCO", "a", 0)));
      CHECK(batch.add(view(e.rus, "Russia", Relation::MemberOf, e.cica, "CICA", "a", 40)));
      CHECK(batch.add(view(e.rus, "Rossiya", Relation::MemberOf, e.sco, "SCO", "a", 80)));
      CHECK(batch.add(view(e.rus, "Russia", Relation::MemberOf, e.sco, std::nullopt, "a", 120)));
      CHECK_FALSE(batch.add(view(e.rus_again, "RF", Relation::MemberOf, e.rus, "RF", "a", 160)));
    }
    CHECK(store.find_entity("state_RUS")->aliases == std::set<std::string>{"Rossiya", "Russia"});
    CHECK(store.find_entity("org_SCO")->aliases == std::set<std::string>{"SCO"});
    CHECK(store.fact_count() == 2);
    CHECK(store.evidence_count() == 4);
  }
}

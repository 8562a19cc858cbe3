// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "kept_triples.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>

#include "orgkg/graph/snapshot.hpp"
#include "orgkg/graph/store.hpp"

namespace orgkg::detail {
namespace {

Entity make_entity(EntityKind kind, std::string key, std::string label) {
  Entity entity;
  entity.kind = kind;
  entity.key = std::move(key);
  entity.label = std::move(label);
  return entity;
}

Document make_document() {
  Document document;
  document.source.id = "kept-1";
  document.text = "Armenia joined the Eurasian Water Council in 2019.";
  return document;
}

TEST_SUITE("kept_triples") {
  TEST_CASE("keeps what dies with the extractor, and adds the store a Batch would") {
    const Document document = make_document();
    const std::string_view text = document.text;
    const Entity armenia = make_entity(EntityKind::State, "ARM", "Armenia");
    const LastingEntities lasting{&armenia};
    auto council = std::make_unique<Entity>(
        make_entity(EntityKind::Organisation, "EWC", "Eurasian Water Council"));
    std::string alias = "the Water Council";  // not in the text: an analysis's own form
    std::string rule = "test.kept_rule";      // not in the text either

    const auto view = [&](const Entity& object) {
      return TripleView{{&armenia, text.substr(0, 7)},
                        Relation::MemberOf,
                        {&object, alias},
                        Date{2019, 0, 0},
                        std::nullopt,
                        {document.source.id, Date{2020, 5, 1}, text, 0, text.size(), rule}};
    };
    KeptTriples::SeenLasting seen;
    KeptTriples kept(document, lasting, KeptTriples::Room{}, seen);
    kept.accept_view(view(*council));
    kept.end_extractor();

    // What the single-thread path would store, made while everything lives.
    Store expected;
    {
      Store::Batch batch(expected);
      batch.add(view(*council));
    }
    // The extractor's entity and strings die, and their memory is reused.
    const Entity copy = *council;
    council.reset();
    alias.assign(alias.size(), 'x');
    rule.assign(rule.size(), 'y');
    auto other = std::make_unique<Entity>(make_entity(EntityKind::Organisation, "ZZZ", "Other"));

    Store store;
    {
      Store::Batch batch(store);
      kept.add_to(batch);
    }
    CHECK(kept.size() == 1);
    CHECK(to_snapshot(store) == to_snapshot(expected));
    const Fact* fact = store.find_fact(node_id(armenia), Relation::MemberOf, node_id(copy));
    REQUIRE(fact != nullptr);
    REQUIRE(fact->evidence.size() == 1);
    CHECK(fact->evidence[0].rule == "test.kept_rule");
    CHECK(fact->evidence[0].sentence == text);
    const Entity* stored = store.find_entity(node_id(copy));
    REQUIRE(stored != nullptr);
    CHECK(stored->label == copy.label);
    CHECK(stored->aliases.contains("the Water Council"));
  }

  TEST_CASE("a whole Triple is kept in its place among the views") {
    const Document document = make_document();
    const std::string_view text = document.text;
    const Entity armenia = make_entity(EntityKind::State, "ARM", "Armenia");
    const Entity council = make_entity(EntityKind::Organisation, "EWC", "Eurasian Water Council");
    const LastingEntities lasting{&armenia, &council};
    Triple whole;
    whole.subject = make_entity(EntityKind::State, "KAZ", "Kazakhstan");
    whole.relation = Relation::ObserverOf;
    whole.object = council;
    whole.evidence =
        Evidence{"kept-1", Date{2020, 5, 1}, std::string(text), 0, text.size(), "test.whole"};
    const TripleView first{{&armenia, std::nullopt},
                           Relation::MemberOf,
                           {&council, std::nullopt},
                           std::nullopt,
                           std::nullopt,
                           {document.source.id, Date{2020, 5, 1}, text, 0, text.size(), "a"}};

    KeptTriples::SeenLasting seen;
    KeptTriples kept(document, lasting, KeptTriples::Room{}, seen);
    kept.accept_view(first);
    kept.accept(whole);
    kept.end_extractor();
    Store expected;
    Store::Batch(expected).add(first);
    expected.add(whole);

    Store store;
    {
      Store::Batch batch(store, lasting);  // ends restarted: the next document's may follow
      kept.add_to(batch);
    }
    CHECK(kept.size() == 2);
    CHECK(to_snapshot(store) == to_snapshot(expected));
    CHECK(store.fact_count() == 2);
  }
  TEST_CASE("a record kept in the room of one before it keeps only its own triples") {
    const Document first_document = make_document();
    Document second_document = make_document();
    second_document.source.id = "kept-2";
    second_document.text = "Georgia left the Eurasian Water Council in 2021.";
    const Entity armenia = make_entity(EntityKind::State, "ARM", "Armenia");
    const Entity georgia = make_entity(EntityKind::State, "GEO", "Georgia");
    const Entity council = make_entity(EntityKind::Organisation, "EWC", "Eurasian Water Council");
    const LastingEntities lasting{&armenia, &georgia, &council};
    std::string alias = "the Water Council";  // copied into the record's arena
    const auto view = [&](const Document& document, const Entity& subject, Relation relation) {
      const std::string_view text = document.text;
      return TripleView{{&subject, text.substr(0, 7)},
                        relation,
                        {&council, alias},
                        std::nullopt,
                        std::nullopt,
                        {document.source.id, Date{2020, 5, 1}, text, 0, text.size(), "a"}};
    };

    KeptTriples::SeenLasting first_seen;
    KeptTriples first(first_document, lasting, KeptTriples::Room{}, first_seen);
    first.accept_view(view(first_document, armenia, Relation::MemberOf));
    first.end_extractor();
    KeptTriples::Room room = std::move(first).release();
    CHECK_FALSE(room.oversized());

    KeptTriples::SeenLasting seen;
    KeptTriples second(second_document, lasting, std::move(room), seen);
    second.accept_view(view(second_document, georgia, Relation::Left));
    second.end_extractor();
    Store expected;
    Store::Batch(expected).add(view(second_document, georgia, Relation::Left));
    alias.assign(alias.size(), 'x');

    Store store;
    {
      Store::Batch batch(store, lasting);
      second.add_to(batch);
    }
    CHECK(second.size() == 1);
    CHECK(to_snapshot(store) == to_snapshot(expected));
    CHECK(store.fact_count() == 1);
  }
}

}  // namespace
}  // namespace orgkg::detail

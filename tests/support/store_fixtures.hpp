// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Stores for tests of any component: a small realistic graph with every kind
// of entity, dates at every precision and a symmetric relation, and a table of
// hostile strings with a Store that carries one in every text field.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "orgkg/graph/store.hpp"

namespace orgkg::test {

inline Entity make_state(std::string iso3, std::string label, std::string name = {}) {
  Entity e;
  e.kind = EntityKind::State;
  e.key = iso3;
  e.iso3 = std::move(iso3);
  e.label = label;
  e.name = std::move(name);
  e.aliases = {std::move(label)};
  return e;
}

inline Entity make_org(std::string acronym, std::string name, std::string wikidata = {}) {
  Entity e;
  e.kind = EntityKind::Organisation;
  e.key = acronym;
  e.label = acronym;
  e.acronym = acronym;
  e.name = std::move(name);
  e.wikidata = std::move(wikidata);
  e.aliases = {std::move(acronym)};
  return e;
}

inline Entity make_city(std::string name) {
  Entity e;
  e.kind = EntityKind::City;
  e.key = name;
  e.label = name;
  e.aliases = {std::move(name)};
  return e;
}

inline Triple make_triple(Entity subject, Relation relation, Entity object, Evidence evidence) {
  Triple t;
  t.subject = std::move(subject);
  t.relation = relation;
  t.object = std::move(object);
  t.evidence = std::move(evidence);
  return t;
}

/// Two documents, five entities (two states, two organisations, a city) and
/// five facts: member_of (seen twice, with a start), observer_of (with a start
/// and an end), headquartered_in, cooperates_with (symmetric, added from the
/// larger node id) and one whose document has no Source record.
inline Store small_store() {
  Store store;
  store.add_source({"cica-2021", "CICA at a glance", Date{2021, 10, 12},
                    "https://example.org/cica?a=1&b=2", "", ""});
  store.add_source({"sco-2019", "SCO \"Shanghai Spirit\"", Date{2019, 6}, "", "in/sco-2019.txt", ""});
  Entity rus = make_state("RUS", "Russia", "Russian Federation");
  rus.wikidata = "Q159";
  rus.aliases.insert("Russian Federation");
  Entity ind = make_state("IND", "India");
  Entity sco = make_org("SCO", "Shanghai Cooperation Organisation", "Q485207");
  Entity cica =
      make_org("CICA", "Conference on Interaction and Confidence-Building Measures in Asia");
  Entity astana = make_city("Astana");
  astana.aliases.insert("Nur-Sultan");

  Triple member = make_triple(
      rus, Relation::MemberOf, sco,
      {"sco-2019", Date{2001}, "Russia is a founding member & full member.", 10, 52, "member"});
  member.valid_from = Date{2001, 6, 15};
  store.add(member);
  store.add(
      make_triple(rus, Relation::MemberOf, sco,
                  {"cica-2021", Date{2021, 10, 12}, "SCO members: Russia, India.", 0, 27, "list"}));
  Triple observer =
      make_triple(ind, Relation::ObserverOf, sco,
                  {"sco-2019", Date{2005}, "India had observer status.", 60, 86, "observer"});
  observer.valid_from = Date{2005};
  observer.valid_to = Date{2017, 6};
  store.add(observer);
  store.add(make_triple(
      cica, Relation::HeadquarteredIn, astana,
      {"cica-2021", Date{2021, 10, 12}, "The Secretariat is in Astana.", 30, 59, "hq"}));
  store.add(make_triple(
      sco, Relation::CooperatesWith, cica,
      {"cica-2021", Date{2021, 10, 12}, "Ties between the SCO and CICA.", 60, 90, "coop"}));
  store.add(make_triple(ind, Relation::MemberOf, cica, {"untracked", Date{}, "", 0, 0, "list"}));
  return store;
}

/// A named hostile string: markup, quotes, controls, non-ASCII, broken UTF-8.
struct HostileString {
  const char* name;
  std::string text;
};

inline std::vector<HostileString> hostile_strings() {
  using namespace std::string_literals;
  return {
      {"markup and quotes", "<a href=\"x\">&amp; 'q'</a>"},
      {"newline, CR and tab", "line1\nline2\r\n\tend"},
      {"NUL and other C0 controls",
       "a\0b\x01\x07\x1b\x1f"
       "c"s},
      {"DEL",
       "a\x7f"
       "b"},
      {"backslashes and escapes", "C:\\path\\u0041 \\\" \\n"},
      {"non-ASCII", "Côte d’Ivoire — Кыргызстан 中国"},
      {"non-BMP", "emoji \xF0\x9F\x8C\x8D and \xF0\x90\x8D\x88"},
      {"U+FFFE and U+FFFF",
       "a\xEF\xBF\xBE"
       "b\xEF\xBF\xBF"
       "c"},
      {"invalid UTF-8", "bad \xC3\x28 \xFF \xE2\x82 \x80 end"},
      {"UTF-8 encoded surrogate", "sur \xED\xA0\x80 rogate"},
      {"overlong encoding", "over \xC0\xAF long"},
      {"IRI with a space", "https://example.org/a b?q=<1>|{2}"},
      {"pipe separator", "a|b"},
      {"empty", ""},
  };
}

/// A Store with `text` in every text field: entity key, label, name, acronym,
/// iso3, wikidata, aliases; document id, title, URL; evidence sentence and rule.
inline Store hostile_store(const std::string& text) {
  Store store;
  Entity state = make_state("X" + text, "L" + text, "N" + text);
  state.wikidata = "Q" + text;
  state.aliases.insert("A" + text);
  Entity org = make_org("O" + text, "F" + text);
  store.add_source({"D" + text, "T" + text, Date{2020, 2, 29}, "https://example.org/" + text, "", ""});
  Triple triple = make_triple(state, Relation::PartnerOf, org,
                              {"D" + text, Date{2020}, "S" + text, 0, 10, "R" + text});
  triple.valid_to = Date{2020, 2, 29};
  store.add(triple);
  store.add(make_triple(org, Relation::AgreementWith, make_city("C" + text),
                        {"D" + text, Date{2020}, "S" + text, 0, 10, "R" + text}));
  return store;
}

}  // namespace orgkg::test

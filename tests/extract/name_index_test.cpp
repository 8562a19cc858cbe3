// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// NameIndex on its own: how names match (name_index.hpp), and that its table
// of key prefixes answers the same however many names it holds.
#include "name_index.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

#include "tokenizer.hpp"
#include "word_hash.hpp"

namespace orgkg {
namespace {

using detail::NameIndex;
using detail::Token;
using detail::TokenList;

Entity organisation(std::string key) {
  Entity entity;
  entity.kind = EntityKind::Organisation;
  entity.key = std::move(key);
  return entity;
}

// "KEY=matched text" for the longest name at byte `pos` of `text`, or "".
std::string match_at(const NameIndex& index, std::string_view text, std::size_t pos = 0) {
  std::optional<NameMatch> match = index.match_at(text, pos);
  if (!match) return "";
  return match->entity->key + "=" +
         std::string(text.substr(match->begin, match->end - match->begin));
}

// A made-up word for `n`: "Q" and letters a to p, so no run of these words
// spells another.
std::string word(unsigned n) {
  std::string spelt = "Q";
  do {
    spelt += static_cast<char>('a' + n % 16);
    n /= 16;
  } while (n != 0);
  return spelt;
}

TEST_SUITE("name_index") {
  TEST_CASE("a key's hash is the same however the key is cut into pieces") {
    // Byte by byte (as add() hashes a key), whole (as the tokenizer hashes a
    // token) and joined from two pieces (as matching goes token by token):
    // one value, for keys short and long.
    for (std::string_view key : {"shanghaicooperationorganization", "eu", "commonwealth",
                                 "organization", "asean+3", "caf\xc3\xa9", "a"}) {
      CAPTURE(key);
      std::uint64_t bytes = 0;
      for (char c : key) bytes = detail::extend_word_hash(bytes, static_cast<unsigned char>(c));
      CHECK(detail::word_hash(key) == bytes);
      for (std::size_t cut = 0; cut <= key.size(); ++cut) {
        std::string_view head = key.substr(0, cut);
        std::string_view tail = key.substr(cut);
        CHECK(detail::concat_word_hash(detail::word_hash(head), detail::word_hash(tail),
                                       tail.size()) == bytes);
      }
    }
    // A word shorter than eight bytes is its own hash, first byte highest.
    CHECK(detail::word_hash("un") == 0x756EU);
    CHECK(detail::word_hash("") == 0U);
  }

  TEST_CASE("a name's hash built at index time is the one matching combines over its tokens") {
    // The key of "Shanghai Co-operation Organisation" hashed byte by byte,
    // as add() does, against the tokens' hashes joined as match_from() does
    // (the dash left out of the key).
    for (std::string_view name :
         {"Shanghai Co-operation Organisation", "Asia-Pacific Economic Cooperation",
          "Organisation for Economic Co-operation and Development", "U.S.-Africa Leaders",
          "Economic Community of West African States (ECOWAS)", "Côte d'Ivoire's"}) {
      CAPTURE(name);
      TokenList tokens = detail::tokenize(name);
      std::string key;
      std::uint64_t joined = 0;
      for (const Token& token : tokens) {
        CHECK(token.hash == detail::word_hash(token.norm));
        std::string_view part = detail::key_part(token);
        if (part.empty()) continue;  // a dash or a dot
        key += part;
        joined = detail::concat_word_hash(joined, token.hash, part.size());
      }
      std::uint64_t bytes = 0;
      for (char c : key) bytes = detail::extend_word_hash(bytes, static_cast<unsigned char>(c));
      CHECK(joined == bytes);
    }
  }

  TEST_CASE("same_bytes() compares every length, and finds a difference at every offset") {
    // Lengths around each load size (1, 2, 4, 8 bytes) and several loads.
    std::string a;
    for (unsigned n = 0; n < 40; ++n) a += static_cast<char>('A' + n % 26);
    a[5] = '\xc3';  // a non-ASCII byte among them
    for (std::size_t size = 0; size <= a.size(); ++size) {
      CAPTURE(size);
      std::string b = a;
      CHECK(detail::same_bytes(a.data(), b.data(), size));
      for (std::size_t at = 0; at < size; ++at) {
        CAPTURE(at);
        b[at] = static_cast<char>(b[at] ^ 0x20);
        CHECK_FALSE(detail::same_bytes(a.data(), b.data(), size));
        b[at] = a[at];
      }
      // A difference just past the compared bytes is none of its business.
      if (size < a.size()) {
        b[size] = '#';
        CHECK(detail::same_bytes(a.data(), b.data(), size));
      }
    }
  }

  TEST_CASE("tells apart keys of the same length and hash-sized neighbours") {
    // Keys below eight bytes are accepted on their hash and length alone,
    // longer ones after a byte comparison: near misses on either side.
    Entity eu = organisation("EU");
    Entity asean = organisation("ASEAN");
    Entity oecd = organisation("OECD");
    Entity forum = organisation("FORUM");
    NameIndex index;
    CHECK(index.add("Eu", &eu, NameForm::Name));
    CHECK(index.add("Aseanx", &asean, NameForm::Name));        // six bytes
    CHECK(index.add("Oecd Group", &oecd, NameForm::Name));     // "oecdgroup": nine
    CHECK(index.add("Arctic Forum", &forum, NameForm::Name));  // "arcticforum": eleven
    CHECK(match_at(index, "Eu said") == "EU=Eu");
    CHECK(match_at(index, "Ex said").empty());
    CHECK(match_at(index, "Aseanx met") == "ASEAN=Aseanx");
    CHECK(match_at(index, "Aseany met").empty());
    CHECK(match_at(index, "Asean-x met") == "ASEAN=Asean-x");  // the dash left out
    CHECK(match_at(index, "Oecd Group met") == "OECD=Oecd Group");
    CHECK(match_at(index, "Oecd-Group met") == "OECD=Oecd-Group");
    CHECK(match_at(index, "Oecd Grouq met").empty());
    CHECK(match_at(index, "Oecd Groups met").empty());
    CHECK(match_at(index, "Arctic Forum") == "FORUM=Arctic Forum");
    CHECK(match_at(index, "Arctic Forun").empty());
    CHECK(match_at(index, "Arctic Foru").empty());
  }

  TEST_CASE("matches the longest name, whatever dashes and dots split it") {
    Entity sco = organisation("SCO");
    Entity shanghai = organisation("Shanghai");
    NameIndex index;
    CHECK(index.add("Shanghai Cooperation Organisation", &sco, NameForm::Name));
    CHECK(index.add("Shanghai", &shanghai, NameForm::Name));
    CHECK(match_at(index, "Shanghai Co-operation Organisation met") ==
          "SCO=Shanghai Co-operation Organisation");
    CHECK(match_at(index, "Shanghai Cooperation Forum") == "Shanghai=Shanghai");
    CHECK(match_at(index, "shanghai Cooperation Organisation").empty());  // not capitalized
    CHECK(index.max_tokens() == 3);
  }

  TEST_CASE("a name goes on after a prefix with every byte its longer names have there") {
    // Each prefix notes the bytes longer keys have next (eight bits, by the
    // byte's low three): matching stops at a word none of them starts.
    Entity council = organisation("COUNCIL");
    Entity economic = organisation("ECONOMIC");
    Entity five = organisation("FIVE");
    Entity arctic = organisation("ARCTIC");
    Entity korea = organisation("KOREA");
    NameIndex index;
    CHECK(index.add("Arctic Council", &council, NameForm::Name));
    CHECK(index.add("Arctic Economic Council", &economic, NameForm::Name));
    CHECK(index.add("Arctic-Five", &five, NameForm::Name));
    CHECK(index.add("Arctic", &arctic, NameForm::Name));
    CHECK(index.add("Korea, Republic of", &korea, NameForm::Name));
    CHECK(match_at(index, "Arctic Council met") == "COUNCIL=Arctic Council");
    CHECK(match_at(index, "Arctic Economic Council met") == "ECONOMIC=Arctic Economic Council");
    CHECK(match_at(index, "Arctic Five met") == "FIVE=Arctic Five");
    CHECK(match_at(index, "Arctic Fi-ve met") == "FIVE=Arctic Fi-ve");
    CHECK(match_at(index, "Arc-tic Council") == "COUNCIL=Arc-tic Council");
    CHECK(match_at(index, "Korea, Republic of") == "KOREA=Korea, Republic of");
    // 'k' and 's' share their bits with 'c', 'm' with 'e': the prefix goes
    // on, and the longer keys are not there.
    CHECK(match_at(index, "Arctic Kouncil") == "ARCTIC=Arctic");
    CHECK(match_at(index, "Arctic States") == "ARCTIC=Arctic");
    CHECK(match_at(index, "Arctic Members") == "ARCTIC=Arctic");
    CHECK(match_at(index, "Arctic Ocean") == "ARCTIC=Arctic");
    CHECK(match_at(index, "Arctic, Council") == "ARCTIC=Arctic");
    CHECK(match_at(index, "Korea Republic of").empty());
  }

  TEST_CASE("asked at a word that may start a name, matches as asked at any token") {
    // match_token_span_at_start() turns a word that is no key away on the
    // next token's first byte, before matching: a dash or dot, left out of
    // keys, and the end of the tokens must not turn a name away. A word that
    // is a key no longer key goes on from is looked up on its own.
    Entity council = organisation("COUNCIL");
    Entity five = organisation("FIVE");
    Entity korea = organisation("KOREA");
    Entity zealand = organisation("ZEALAND");
    Entity cooperation = organisation("COOPERATION");
    NameIndex index;
    CHECK(index.add("Arctic Council", &council, NameForm::Name));
    CHECK(index.add("Arctic-Five", &five, NameForm::Name));
    CHECK(index.add("Korea, Republic of", &korea, NameForm::Name));
    CHECK(index.add("New Zealand", &zealand, NameForm::Name));
    CHECK(index.add("Co-operation Council", &cooperation, NameForm::Name));
    Entity kazakhstan = organisation("KAZAKHSTAN");
    Entity un = organisation("UN");
    CHECK(index.add("Kazakhstan", &kazakhstan, NameForm::Name));
    CHECK(index.add("UN", &un, NameForm::Acronym));
    std::size_t names = 0;
    for (std::string_view text : {"Arctic Council met",
                                  "Arctic-Five",
                                  "Arctic - Five",
                                  "Arctic. Five",
                                  "Arctic",
                                  "Korea, Republic of",
                                  "Korea Republic",
                                  "New Zealand",
                                  "New York",
                                  "the New",
                                  "New",
                                  "Co-operation Council",
                                  "Cooperation Council",
                                  "Co.operation Council",
                                  "Co - operation Council",
                                  "Co",
                                  "Arc-tic Council",
                                  "New... Zealand",
                                  "Kazakhstan and the UN",
                                  "Kazakh-stan",
                                  "Kazakhstan",
                                  "Un Kazakhstani"}) {
      TokenList list = detail::tokenize(text);
      const std::vector<Token>& tokens = list.tokens();
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!index.may_start(tokens[i])) continue;
        NameIndex::TokenMatch any = index.match_token_span(tokens, i);
        NameIndex::TokenMatch at_start =
            index.match_token_span_at_start(tokens, i, &tokens[i], tokens.data() + tokens.size());
        CAPTURE(text);
        CAPTURE(i);
        CHECK(at_start.entity == any.entity);
        CHECK(at_start.last == any.last);
        if (any.entity != nullptr) ++names;
      }
    }
    CHECK(names == 16);
  }

  TEST_CASE("matches acronyms by their exact spelling, even at a lower-case word") {
    Entity un = organisation("UN");
    Entity ecowas = organisation("ECOWAS");
    NameIndex index;
    CHECK(index.add("UN", &un, NameForm::Name));
    CHECK(index.may_start(detail::tokenize("Un")[0]));
    CHECK_FALSE(index.may_start(detail::tokenize("un")[0]));
    CHECK(match_at(index, "U.N. envoy") == "UN=U.N.");
    CHECK(match_at(index, "Un envoy").empty());
    CHECK(index.lookup("UN")->form == NameForm::Acronym);
    CHECK(index.add("eCOWAS", &ecowas, NameForm::Acronym));
    CHECK(index.may_start(detail::tokenize("ecowas")[0]));
    CHECK(match_at(index, "eCOWAS") == "ECOWAS=eCOWAS");
    CHECK(match_at(index, "Ecowas").empty());
  }

  TEST_CASE("keeps the first entity of a name, and tells names from their prefixes") {
    Entity first = organisation("FIRST");
    Entity second = organisation("SECOND");
    NameIndex index;
    CHECK(index.add("the Arctic Council", &first, NameForm::Name));
    CHECK_FALSE(index.add("Arctic Council", &second, NameForm::Name));
    CHECK_FALSE(index.add("the", &second, NameForm::Name));
    CHECK(index.add("Arctic", &second, NameForm::Name));
    CHECK(index.lookup("The Arctic Council")->entity == &first);
    CHECK(index.lookup("Arctic")->entity == &second);
    CHECK_FALSE(index.lookup("Arctic Coun").has_value());
    CHECK_FALSE(index.lookup("Arctic Councils").has_value());
  }

  TEST_CASE("finds every one of many names, and none of their near misses") {
    std::deque<Entity> entities;
    NameIndex index;
    constexpr unsigned kNames = 6000;
    for (unsigned n = 0; n < kNames; ++n) {
      const Entity& entity = entities.emplace_back(organisation(word(n)));
      REQUIRE(index.add(word(n) + " " + word(n + 1) + " Union", &entity, NameForm::Name));
    }
    for (unsigned n = 0; n < kNames; ++n) {
      std::string name = word(n) + " " + word(n + 1) + " Union";
      std::optional<NameMatch> match = index.lookup(name);
      REQUIRE(match.has_value());
      CHECK(match->entity == &entities[n]);
      CHECK_FALSE(index.lookup(word(n) + " " + word(n + 2) + " Union").has_value());
      CHECK_FALSE(index.lookup(word(n) + " " + word(n + 1)).has_value());
    }
  }

  TEST_CASE("an empty index finds nothing, and a reserved one what a grown one does") {
    // The table is made at the first name (an empty index has none), and
    // reserve() makes it whole at once: before any name, after some, or for
    // fewer prefixes than come.
    NameIndex empty;
    CHECK(empty.empty());
    CHECK_FALSE(empty.may_start(detail::tokenize("Union")[0]));
    CHECK_FALSE(empty.lookup("Union").has_value());
    CHECK(match_at(empty, "Union").empty());
    std::deque<Entity> entities;
    constexpr unsigned kNames = 500;
    for (unsigned n = 0; n < kNames; ++n) entities.emplace_back(organisation(word(n)));
    auto name = [](unsigned n) { return word(n) + " " + word(n + 1) + " Union"; };
    NameIndex grown;
    NameIndex reserved;
    NameIndex reserved_late;
    NameIndex reserved_short;
    reserved.reserve(20 * kNames);
    reserved_short.reserve(10);
    for (unsigned n = 0; n < kNames; ++n) {
      if (n == kNames / 2) reserved_late.reserve(20 * kNames);
      for (NameIndex* index : {&grown, &reserved, &reserved_late, &reserved_short}) {
        REQUIRE(index->add(name(n), &entities[n], NameForm::Name));
      }
    }
    for (unsigned n = 0; n < kNames; ++n) {
      for (const NameIndex* index : {&grown, &reserved, &reserved_late, &reserved_short}) {
        std::optional<NameMatch> match = index->lookup(name(n));
        REQUIRE(match.has_value());
        CHECK(match->entity == &entities[n]);
        CHECK_FALSE(index->lookup(word(n) + " " + word(n + 2) + " Union").has_value());
      }
    }
  }
}

}  // namespace
}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Definite descriptions ("the bloc", "the Organisation", "the Union") and a
// subject "It" stand for the topic organisation (topic_tracker.hpp), in every
// extractor; "joined in DATE" without an object joins the topic.
#include <doctest/doctest.h>

#include "document_analysis.hpp"
#include "extract_test_support.hpp"
#include "status_test_support.hpp"
#include "tokenizer.hpp"
#include "topic_words.hpp"

namespace orgkg {
namespace {

using test::all;
using test::facts_of;
using Lines = std::vector<std::string>;

// The keys of each sentence's mentions, topic references resolved: one line
// a sentence.
Lines mention_keys(const Document& doc) {
  detail::DocumentAnalysis analysis(doc);
  Lines keys;
  for (const detail::AnalysedSentence& sentence : analysis.sentences(test::gazetteer())) {
    std::string line;
    for (const Mention& m : sentence.mentions) line += m.entity->key + " ";
    keys.push_back(line);
  }
  return keys;
}

TEST_SUITE("topic_reference") {
  TEST_CASE("a generic head noun falls back on the title's organisation") {
    CHECK(facts_of("Eurasian Economic Union\n\nThe organisation brings together Armenia, "
                   "Belarus, Kazakhstan, Kyrgyzstan and Russia.") ==
          all({"ARM", "BLR", "KAZ", "KGZ", "RUS"}, "member_of", "EAEU"));
  }

  TEST_CASE("a head noun refers to the organisation named earlier in the paragraph") {
    CHECK(facts_of("Ministers meet\n\nThe CSTO held a session in Minsk. The bloc comprises "
                   "Armenia, Belarus and Russia.") ==
          all({"ARM", "BLR", "RUS"}, "member_of", "CSTO"));
    CHECK(facts_of("Ministers meet\n\nThe Eurasian Economic Union met in Yerevan. The Union "
                   "unites Armenia and Belarus.") == all({"ARM", "BLR"}, "member_of", "EAEU"));
  }

  TEST_CASE("a name-like head needs the topic's name to contain it") {
    CHECK(test::status_facts("OPEC meets in Vienna\n\nThe Organization of the Petroleum "
                             "Exporting Countries met. Ecuador left the Union in 2020.")
              .empty());
  }

  TEST_CASE("a name-like head is read against each topic's own name as the topic changes") {
    Document doc = test::document(
        "Notes\nThe Eurasian Economic Union met. The Union met. The CSTO met. The Union met. "
        "The Eurasian Economic Union met. The Union met.");
    Lines keys = mention_keys(doc);
    // With the CSTO the topic, "the Union" is not the CSTO but the union
    // named last before it.
    CHECK(keys == Lines{"", "EAEU ", "EAEU ", "CSTO ", "EAEU ", "EAEU ", "EAEU "});
  }

  TEST_CASE("every generic head noun, however spelt, and no other word after 'the'") {
    // The heads are told from other words by a filter on their hashes first:
    // each must still pass it, and words that are no head must not resolve.
    Document doc = test::document(
        "Notes\nThe CSTO met. The bloc met. The grouping met. The forum met. The association "
        "met. The organisation met. The Organization met. The meeting met. The blocs met. The "
        "Eurasian Economic Union met. The Union met. The Council met.");
    Lines keys = mention_keys(doc);
    CHECK(keys == Lines{"", "CSTO ", "CSTO ", "CSTO ", "CSTO ", "CSTO ", "CSTO ", "CSTO ", "", "",
                        "EAEU ", "EAEU ", ""});
  }

  TEST_CASE("no topic, a compound or an expletive 'it' resolves to nothing") {
    CHECK(facts_of("Ministers meet\n\nThe bloc comprises Armenia, Belarus and Russia.").empty());
    CHECK(facts_of("Ministers meet\n\nThe CSTO met in Minsk. It is important that Armenia "
                   "and Belarus left the grouping talks.")
              .empty());
  }

  TEST_CASE("'joined in DATE' without an object joins the topic") {
    CHECK(facts_of("ASEAN at fifty\n\nThe Association of Southeast Asian Nations was set up in "
                   "Bangkok. Viet Nam joined in July 1995.") == Lines{"VNM member_of ASEAN"});
    CHECK(facts_of("ASEAN at fifty\n\nViet Nam joined in the discussion.").empty());
  }

  TEST_CASE("a status verb reads 'the organisation' as the topic") {
    CHECK(test::status_facts("OPEC meets in Vienna\n\nThe Organization of the Petroleum "
                             "Exporting Countries met. Ecuador left the organisation in "
                             "January 2020.") == Lines{"ECU left OPEC"});
  }

  TEST_CASE("perfect tenses and 'together with' in an include list") {
    Lines eaeu = all({"ARM", "BLR", "KAZ", "KGZ", "RUS"}, "member_of", "EAEU");
    CHECK(facts_of("Notes\n\nThe Eurasian Economic Union has brought together Armenia, "
                   "Belarus, Kazakhstan, Kyrgyzstan and Russia since 2015.") == eaeu);
    CHECK(facts_of("Notes\n\nThe Eurasian Economic Union had comprised Armenia, Belarus, "
                   "Kazakhstan and Russia, together with Kyrgyzstan.") == eaeu);
    CHECK(facts_of("Notes\n\nThe organisation now numbers five member states – Armenia, "
                   "Belarus, Kazakhstan, Kyrgyzstan and Russia.")
              .empty());  // no topic: neither title nor paragraph names one
    CHECK(facts_of("Eurasian Economic Union\n\nThe organisation now numbers five member "
                   "states – Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia.") == eaeu);
    CHECK(facts_of("Notes\n\nArmenia, Belarus, Kazakhstan, Kyrgyzstan and Russia are full "
                   "members of the Eurasian Economic Union.") == eaeu);
  }

  TEST_CASE("'became the Nth member' joins the topic; 'is the Nth' does not") {
    CHECK(facts_of("Notes\n\nThe European Union met in Brussels. Croatia became the 28th "
                   "member state in July 2013.") == Lines{"HRV member_of EU"});
    CHECK(facts_of("Notes\n\nThe European Union met in Brussels. Austria is the ninth "
                   "member state to ratify the treaty.")
              .empty());
  }

  TEST_CASE("a relative clause between subject and verb") {
    std::string text = "Notes\n\nIndonesia, which joined in 1962, withdrew from OPEC in 2009.";
    CHECK(facts_of(text) == Lines{"IDN left OPEC", "IDN member_of OPEC"});
    CHECK(test::status_facts(text) == Lines{"IDN left OPEC"});
  }
  TEST_CASE("'participate in ORG as associate members', ORG possibly 'the bloc'") {
    Lines both = {"CHL associate_member_of Mercosur", "PER associate_member_of Mercosur"};
    CHECK(test::status_facts("Notes\n\nChile and Peru participate in Mercosur as associate "
                             "members.") == both);
    CHECK(test::status_facts("Notes\n\nMercosur met in Montevideo. Chile and Peru participate "
                             "in the bloc as associate members.") == both);
    CHECK(
        test::status_facts("Notes\n\nChile and Peru participated in Mercosur as guests.").empty());
  }

  TEST_CASE("'the Commonwealth', 'the Union': else the last organisation so named") {
    CHECK(facts_of("Summit\n\nThe Commonwealth Heads of Government Meeting opened in Kigali."
                   "\n\nThe ECOWAS leaders met in Abuja on trade.\n\nRwanda assumed the "
                   "chairmanship of the Commonwealth in 2022.") ==
          Lines{"RWA chair_of Commonwealth of Nations"});
    CHECK(facts_of("Summit\n\nThe leaders met in Kigali.\n\nRwanda assumed the chairmanship "
                   "of the Union in 2022.")
              .empty());
    // The one named earlier in the sentence over the one named last before it.
    CHECK(facts_of("Summit\n\nThe AU works with the European Union.\n\nThe African Union, "
                   "founded in 2002, unites the continent, and its Commission serves as the "
                   "secretariat of the Union.\n\nEgypt and Ethiopia, two Member States of the "
                   "Union, spoke.") == all({"EGY", "ETH"}, "member_of", "AU"));
  }

  TEST_CASE("'the Kingdom', 'the Islamic Republic': the state named last with that title") {
    CHECK(facts_of("Notes\n\nJordan hosted the talks. The Kingdom joined the OIC in 1969.") ==
          Lines{"JOR member_of OIC"});
    CHECK(facts_of("Notes\n\nIran welcomes the decision. The Islamic Republic became a full "
                   "member of the SCO in 2023.") == Lines{"IRN member_of SCO"});
    // No state so titled named before: nothing.
    CHECK(facts_of("Notes\n\nEgypt hosted the talks. The Kingdom joined the OIC in 1969.").empty());
    // A name, not a reference.
    CHECK(facts_of("Notes\n\nJordan hosted the talks. The Kingdom of Bahrain joined the OIC "
                   "in 1972.") == Lines{"BHR member_of OIC"});
  }

  TEST_CASE("an organisation named only in a person's title does not take the topic over") {
    const std::string guest =
        "Summit\n\nThe SCO summit opened in Astana. UN Secretary-General António Guterres "
        "attended as a guest.\n\nArmenia and Nepal take part in the work of the organization "
        "as dialogue partners.";
    CHECK(test::distinct_facts_of(guest) == all({"ARM", "NPL"}, "partner_of", "SCO"));
    // Named for itself, the UN is the topic.
    std::string un = guest;
    un.replace(un.find("UN Secretary"), std::string("UN Secretary-General António Guterres").size(),
               "The UN");
    CHECK(test::distinct_facts_of(un) == all({"ARM", "NPL"}, "partner_of", "UN"));
    // With no topic yet, a title may still set one.
    CHECK(facts_of("Notes\n\nNATO Secretary General Mark Rutte visited Oslo. Finland joined "
                   "the organization in 2023.") == Lines{"FIN member_of NATO"});
  }

  TEST_CASE(
      "the screen for \"the\", \"this\" and \"that\" finds what a scan of every token finds") {
    // next_the_or_demonstrative() compares the low halves of four hashes at
    // once: checked against a plain scan from every token, with words
    // around the three, longer words, and a hash whose low half alone is
    // that of "the".
    detail::TokenList list = detail::tokenize(
        "The bloc and this forum, that group: then thee, these, thus; THE "
        "Organisation of the States, therefore this association. That.");
    std::vector<detail::Token> tokens(list.begin(), list.end());
    tokens[3].hash = (std::uint64_t{1} << 40) | detail::topic_words::kTheHash;
    const auto scan = [&](std::size_t from, std::size_t last) {
      for (; from < last; ++from) {
        std::uint64_t hash = tokens[from].hash;
        if (hash == detail::topic_words::kTheHash || hash == detail::topic_words::kThisHash ||
            hash == detail::topic_words::kThatHash) {
          return from;
        }
      }
      return last;
    };
    for (std::size_t last = 0; last <= tokens.size(); ++last) {
      for (std::size_t from = 0; from <= last; ++from) {
        const detail::Token* found = detail::topic_words::next_the_or_demonstrative(
            tokens.data() + from, tokens.data() + last);
        std::size_t at = static_cast<std::size_t>(found - tokens.data());
        // The screen may stop early at a hash whose low half matches.
        while (at < last && tokens[at].hash >> 32 != 0) {
          at = static_cast<std::size_t>(detail::topic_words::next_the_or_demonstrative(
                                            tokens.data() + at + 1, tokens.data() + last) -
                                        tokens.data());
        }
        CHECK(at == scan(from, last));
      }
    }
  }
}

}  // namespace
}  // namespace orgkg

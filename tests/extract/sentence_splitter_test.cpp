// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/sentence_splitter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace orgkg {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> result;
  for (TextSpan span : split_sentences(text)) {
    result.emplace_back(text.substr(span.begin, span.size()));
  }
  return result;
}

using Lines = std::vector<std::string>;

TEST_SUITE("sentence_splitter") {
  TEST_CASE("ends sentences at . ! ? and paragraph breaks, with byte offsets") {
    std::string_view text = "  First one. Second one!  Third?\n\nHeading without stop\nNext.";
    std::vector<TextSpan> spans = split_sentences(text);
    REQUIRE(spans.size() == 5);
    CHECK(spans[0] == TextSpan{2, 12});
    CHECK(text.substr(spans[1].begin, spans[1].size()) == "Second one!");
    CHECK(sentences(text) ==
          Lines{"First one.", "Second one!", "Third?", "Heading without stop", "Next."});
  }

  TEST_CASE("does not end after abbreviations, dotted acronyms and initials") {
    CHECK(sentences("Mr. Lavrov met Dr. Smith in St. Petersburg. Then he left.") ==
          Lines{"Mr. Lavrov met Dr. Smith in St. Petersburg.", "Then he left."});
    CHECK(sentences("The U.S. and the U.N. agreed. Talks went on.") ==
          Lines{"The U.S. and the U.N. agreed.", "Talks went on."});
    CHECK(sentences("Some states, e.g. Laos, i.e. a member, etc. are here. Next.") ==
          Lines{"Some states, e.g. Laos, i.e. a member, etc. are here.", "Next."});
    CHECK(sentences("George W. Bush spoke on Jan. 5 and No. 3 was adopted. Next.") ==
          Lines{"George W. Bush spoke on Jan. 5 and No. 3 was adopted.", "Next."});
  }

  TEST_CASE("keeps closing quotes and brackets with their sentence") {
    CHECK(sentences("He said \xE2\x80\x9CYes.\xE2\x80\x9D Then (it ended.) Done.") ==
          Lines{"He said \xE2\x80\x9CYes.\xE2\x80\x9D", "Then (it ended.)", "Done."});
  }

  TEST_CASE("joins a long line wrapped mid-sentence but not short lines") {
    std::string wrapped =
        "The Shanghai Cooperation Organisation includes eight member states and\n"
        "four observers. Next.";
    CHECK(sentences(wrapped).size() == 2);
    CHECK(sentences("Mr Chairman,\nDear colleagues,\nWelcome.") ==
          Lines{"Mr Chairman,", "Dear colleagues,", "Welcome."});
  }

  TEST_CASE("handles empty and space-only text") {
    CHECK(split_sentences("").empty());
    CHECK(split_sentences(" \n\n\t \xC2\xA0").empty());
    CHECK(sentences("No final stop") == Lines{"No final stop"});
  }

  TEST_CASE("split_sentences_into() empties the vector it reuses") {
    std::vector<TextSpan> spans;
    split_sentences_into("One. Two. Three. Four.", spans);
    CHECK(spans.size() == 4);
    std::string text = "Russia is a member. China too.";
    split_sentences_into(text, spans);
    CHECK(spans == split_sentences(text));
    split_sentences_into("", spans);
    CHECK(spans.empty());
  }

  TEST_CASE("leaves out a run longer than kMaxSentenceBytes and reports it") {
    std::string text = "Russia is a member of the SCO. A" + std::string(kMaxSentenceBytes, 'a') +
                       ". China is a member too.";
    std::vector<TextSpan> overlong;
    std::vector<TextSpan> spans = split_sentences(text, &overlong);
    REQUIRE(spans.size() == 2);
    CHECK(text.substr(spans[0].begin, spans[0].size()) == "Russia is a member of the SCO.");
    CHECK(text.substr(spans[1].begin, spans[1].size()) == "China is a member too.");
    REQUIRE(overlong.size() == 1);
    CHECK(overlong[0].size() == kMaxSentenceBytes + 2);  // the run and its full stop
    std::string longest(kMaxSentenceBytes, 'b');
    CHECK(split_sentences(longest).size() == 1);  // exactly the limit is still a sentence
  }

  TEST_CASE("finds a terminal mark or a newline at any byte, across the 16-byte blocks") {
    // The candidates are found 64 and then 16 bytes at a time where they
    // can: each mark is put at every position of texts of 40 to 200 bytes,
    // inside a block, at its edges and in the tail after the last whole one.
    for (std::string_view mark : {".", "!", "?", "\n\n", "\xE2\x80\xA6"}) {
      for (std::size_t size : {40, 56, 100, 130, 200}) {
        for (std::size_t at = 1; at + 3 < size; ++at) {
          std::string text(size, 'x');
          text.replace(at, 1, std::string(mark) + " Y");
          CAPTURE(mark);
          CAPTURE(size);
          CAPTURE(at);
          std::vector<TextSpan> spans = split_sentences(text);
          REQUIRE(spans.size() == 2);
          CHECK(spans[0].begin == 0);
          CHECK(spans[1].begin == at + mark.size() + 1);
        }
      }
    }
  }

  TEST_CASE("finds every mark of a 64-byte block read for an earlier one, and the next blocks'") {
    // Two sentence ends at every pair of positions of a 150-byte text: the
    // second in the block the first was found in, at its edges or after it.
    constexpr std::size_t kSize = 150;
    for (std::size_t first = 1; first + 8 < kSize; ++first) {
      for (std::size_t second = first + 4; second + 3 < kSize; ++second) {
        std::string text(kSize, 'x');
        text.replace(first, 2, ". ");
        text[first + 2] = 'Y';
        text.replace(second, 2, "! ");
        text[second + 2] = 'Z';
        CAPTURE(first);
        CAPTURE(second);
        std::vector<TextSpan> spans = split_sentences(text);
        REQUIRE(spans.size() == 3);
        CHECK(spans[0] == TextSpan{0, first + 1});
        CHECK(spans[1] == TextSpan{first + 2, second + 1});
        CHECK(spans[2] == TextSpan{second + 2, kSize});
      }
    }
  }

  TEST_CASE("reads the word before a '.' back to its start, wherever that falls") {
    // The word is found sixteen bytes at a time back from the dot: each text
    // is put after 0 to 40 bytes, so the word's start (a space, a tab, '(',
    // '"', a no-break space, the text's start), a dot inside it and a
    // non-ASCII letter in it fall at every place in those sixteen and past
    // them.
    struct Case {
      std::string_view text;
      std::size_t sentences;
    };
    const Case cases[] = {
        {"Talks with Mr. Smith ended. Next.", 2},
        {"Talks with(Mr. Smith ended. Next.", 2},
        {"Talks with \"Dr. Smith\" ended. Next.", 2},
        {"Talks with\tMr. Smith ended. Next.", 2},
        {"Talks with\xC2\xA0Mr. Smith ended. Next.", 2},
        {"Talks withMr. Smith ended. Next.", 3},
        {"See www.example-organisation-site. Next.", 1},
        {"A long word abcdefghijklmnopqrstuvwxyz. Next.", 2},
        {"abcdefghijklmnopqrstuvwxyzabcdefgh. Next.", 2},
        {"Held at Z\xC3\xBCrichsee-Konferenzzentrum. Next.", 2},
        {"The abcdefghijklmnopq.rstuvwxyz. Next.", 1},
        {"x.y. Next.", 1},
    };
    for (const Case& c : cases) {
      for (std::size_t pad = 0; pad <= 40; ++pad) {
        for (std::string_view before : {"", "- "}) {
          std::string text = std::string(pad, '-') + std::string(before) + std::string(c.text);
          CAPTURE(text);
          Lines got = sentences(text);
          CHECK(got.size() == c.sentences);
          CHECK(got.back().ends_with("Next."));
        }
      }
    }
  }

  TEST_CASE("knows every listed abbreviation, and no word one letter off") {
    // The lists are looked up by a key of the word's lowered bytes, read in
    // one load where eight bytes precede the '.': each word is tried at the
    // text's start (fewer than eight) and after a long one.
    for (std::string_view title :
         {"mr",     "mrs", "ms",  "dr",  "prof", "st",  "gen",  "col",    "lt", "capt",
          "sgt",    "sen", "rep", "gov", "amb",  "hon", "rev",  "messrs", "vs", "cf",
          "approx", "ca",  "jr",  "sr",  "mt",   "ft",  "dept", "est"}) {
      for (std::string_view before : {"", "Consultations with "}) {
        std::string word(title);
        word[0] = static_cast<char>(word[0] - 'a' + 'A');
        CAPTURE(word);
        CHECK(sentences(std::string(before) + word + ". Smith spoke. Then.").size() == 2);
        CHECK(sentences(std::string(before) + word + "x. Smith spoke. Then.").size() == 3);
      }
    }
    for (std::string_view number_word : {"no", "nos", "art", "para", "p", "pp", "vol", "jan", "feb",
                                         "mar", "apr", "aug", "sep", "sept", "oct", "nov"}) {
      for (std::string_view before : {"", "See the agreement, "}) {
        std::string word(number_word);
        CAPTURE(word);
        CHECK(sentences(std::string(before) + word + ". 5 was signed. Then.").size() == 2);
        CHECK(sentences(std::string(before) + word + "z. 5 was signed. Then.").size() == 3);
      }
    }
  }

  TEST_CASE("knows abbreviations whatever their case") {
    CHECK(sentences("MR. Lavrov and PROF. Smith met. NO. 5 was signed. Then.") ==
          Lines{"MR. Lavrov and PROF. Smith met.", "NO. 5 was signed.", "Then."});
  }

  TEST_CASE("tells abbreviations from words that only begin or end like them") {
    CHECK(sentences("It rose approx. 5 per cent (Messrs. Li and Wu) by Sept. 2019. Then.") ==
          Lines{"It rose approx. 5 per cent (Messrs. Li and Wu) by Sept. 2019.", "Then."});
    CHECK(sentences("It was approxim. Then a Col. Smith and a Colx. Next the Art. Five. End.") ==
          Lines{"It was approxim.", "Then a Col. Smith and a Colx.", "Next the Art.", "Five.",
                "End."});
    CHECK(sentences("Under Art. 5 and Vol. 12, see e.g. Annex. It ends.") ==
          Lines{"Under Art. 5 and Vol. 12, see e.g. Annex.", "It ends."});
  }
}

}  // namespace
}  // namespace orgkg

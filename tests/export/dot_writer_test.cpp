// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "dot_escape.hpp"
#include "orgkg/export/dot.hpp"
#include "orgkg/graph/error.hpp"
#include "orgkg/graph/utf8.hpp"
#include "store_fixtures.hpp"
#include "test_tools.hpp"

using namespace orgkg;
using namespace orgkg::test;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The node statements' ids, in output order ("org_CICA state_IND ...").
std::string drawn_nodes(const std::string& dot) {
  std::string ids;
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  \"", 0) != 0 || has(line, " -> ") || line.rfind("  \"legend\"", 0) == 0)
      continue;
    std::string id = line.substr(3, line.find('"', 3) - 3);
    ids += (ids.empty() ? "" : " ") + id;
  }
  return ids;
}

ExportOptions focus(std::vector<std::string> names, int depth) {
  ExportOptions options;
  options.focus = std::move(names);
  options.depth = depth;
  return options;
}

// Runs Graphviz on `dot`; nullopt when it is not installed.
std::optional<CommandResult> graphviz(const std::string& dot, const char* format = "svg") {
  std::optional<std::filesystem::path> program = find_program("dot");
  if (!program) return std::nullopt;
  TempDir dir;
  write_text_file(dir / "g.dot", dot);
  return run_command(shell_quote(program->string()) + " -T" + format + " " +
                     shell_quote((dir / "g.dot").string()));
}

const char* const kTwoFactsDot =
    R"dot(digraph orgkg {
  graph [label="orgkg: 3 entities, 2 facts", labelloc=t, fontname="Helvetica", fontsize=14, rankdir=LR, ranksep=1.2, nodesep=0.12];
  node [fontname="Helvetica", fontsize=10, margin="0.08,0.03", height=0.3];
  edge [fontname="Helvetica", fontsize=8, arrowsize=0.7];
  "org_SCO" [label="SCO", tooltip="Shanghai Cooperation Organisation (organisation)", shape=box, style="rounded,filled", fillcolor="#fde0c5", color="#d9822b"];
  "state_IND" [label="India", tooltip="India (state)", shape=ellipse, style="filled", fillcolor="#dbe9f6", color="#4a7ab5"];
  "state_RUS" [label="Russia", tooltip="Russian Federation (state)", shape=ellipse, style="filled", fillcolor="#dbe9f6", color="#4a7ab5"];
  "state_IND" -> "org_SCO" [tooltip="India observer_of SCO, 2005 … 2017-06 (1 source)", color="#7f7f7f", style=dashed];
  "state_RUS" -> "org_SCO" [tooltip="Russia member_of SCO, since 2001-06-15 (1 source)", color="#1f4e99", style=solid];
  "legend" [shape=plain, fontsize=10, label=<<table border="1" cellborder="0" cellspacing="1" cellpadding="2" color="#bbbbbb">)dot"
    R"dot(<tr><td colspan="2"><b>Legend</b></td></tr>)dot"
    R"dot(<tr><td bgcolor="#dbe9f6" border="1" color="#4a7ab5">state</td><td align="left">ellipse</td></tr>)dot"
    R"dot(<tr><td bgcolor="#fde0c5" border="1" color="#d9822b">organisation</td><td align="left">box</td></tr>)dot"
    R"dot(<tr><td align="left"><font color="#1f4e99">─────▶</font></td><td align="left">member_of</td></tr>)dot"
    R"dot(<tr><td align="left"><font color="#7f7f7f">– – – –▶</font></td><td align="left">observer_of</td></tr>)dot"
    R"dot(</table>>];
}
)dot";

Store two_facts() {
  Store store;
  Triple member = make_triple(make_state("RUS", "Russia", "Russian Federation"), Relation::MemberOf,
                              make_org("SCO", "Shanghai Cooperation Organisation"),
                              {"d1", Date{2019}, "s", 0, 1, "r"});
  member.valid_from = Date{2001, 6, 15};
  store.add(member);
  Triple observer = make_triple(make_state("IND", "India"), Relation::ObserverOf,
                                make_org("SCO", "Shanghai Cooperation Organisation"),
                                {"d1", Date{2010}, "s", 2, 3, "r"});
  observer.valid_from = Date{2005};
  observer.valid_to = Date{2017, 6};
  store.add(observer);
  return store;
}

}  // namespace

TEST_SUITE("dot_writer") {
  TEST_CASE("writes nodes by kind, edges by relation and a legend of what is drawn") {
    CHECK(to_dot(two_facts()) == kTwoFactsDot);
  }

  TEST_CASE("styles every kind and relation of the small store") {
    std::string dot = to_dot(small_store());
    CHECK(drawn_nodes(dot) == "city_Astana org_CICA org_SCO state_IND state_RUS");
    CHECK(has(dot, R"x("city_Astana" [label="Astana", tooltip="Astana (city)", shape=house)x"));
    CHECK(has(
        dot,
        R"x("org_CICA" -> "org_SCO" [tooltip="CICA cooperates_with SCO, seen 2021-10-12 (1 source)", color="#17becf", style=solid, dir=none];)x"));
    CHECK(has(
        dot,
        R"x("org_CICA" -> "city_Astana" [tooltip="CICA headquartered_in Astana, seen 2021-10-12 (1 source)", color="#8c564b", style=solid, arrowhead=dot];)x"));
    CHECK(has(
        dot,
        R"x("state_RUS" -> "org_SCO" [tooltip="Russia member_of SCO, since 2001-06-15 (2 sources)")x"));
    CHECK(has(dot, R"x("state_IND" -> "org_CICA" [tooltip="India member_of CICA (1 source)")x"));
    CHECK_FALSE(has(dot, "penwidth"));
  }

  TEST_CASE("escapes quotes, backslashes, line breaks, controls and entities") {
    using export_detail::dot_quoted;
    CHECK(dot_quoted("") == R"("")");
    CHECK(dot_quoted(R"(say "hi")") == R"("say \"hi\"")");
    CHECK(dot_quoted(R"(C:\dir\)") == R"("C:\\dir\\")");
    CHECK(dot_quoted(R"(\N \n \l)") == R"("\\N \\n \\l")");
    CHECK(dot_quoted("a\nb\r\nc\rd") == R"("a\nb\nc\nd")");
    CHECK(dot_quoted("tab\there") == R"("tab here")");
    CHECK(dot_quoted(std::string("a\0b\x01\x1b\x7f"
                                 "c",
                                 7)) == R"("abc")");
    CHECK(dot_quoted("R&D &amp;") == R"("R&amp;D &amp;amp;")");
    CHECK(dot_quoted("<b>{x}|y;z</b>") == R"("<b>{x}|y;z</b>")");
    CHECK(dot_quoted("\xF0\x9F\x8C\x8D \xD0\x9A") == "\"\xF0\x9F\x8C\x8D \xD0\x9A\"");
    CHECK(dot_quoted("bad \xFF end") == "\"bad \xEF\xBF\xBD end\"");
  }

  TEST_CASE("hostile strings give valid UTF-8 on unbroken lines that Graphviz accepts") {
    for (const HostileString& hostile : hostile_strings()) {
      CAPTURE(hostile.name);
      std::string dot = to_dot(hostile_store(hostile.text));
      CHECK(is_valid_utf8(dot));
      for (char c : dot) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n'));
      std::istringstream in(dot);
      for (std::string line; std::getline(in, line);) {
        std::size_t quotes = 0;  // unescaped quotes: pairs on every line
        for (std::size_t i = 0; i < line.size(); ++i) {
          if (line[i] == '\\')
            ++i;
          else if (line[i] == '"')
            ++quotes;
        }
        CHECK(quotes % 2 == 0);
      }
      if (auto result = graphviz(dot)) {
        CHECK(result->exit_code == 0);
        CHECK_FALSE(has(result->output, "Error"));
      }
    }
  }

  TEST_CASE("Graphviz renders labels back as the text") {
    Store store;
    store.add(make_triple(make_state("XAB", "a\"b\\c&d \\N"), Relation::MemberOf,
                          make_org("O", "O"), {"d", Date{2020}, "s", 0, 1, "r"}));
    auto result = graphviz(to_dot(store));
    if (!result) return;  // Graphviz is not installed
    CHECK(result->exit_code == 0);
    CHECK(has(result->output, ">a&quot;b\\c&amp;d \\N</text>"));
  }

  TEST_CASE("draws only the neighbourhood of the focus entities") {
    Store store = small_store();
    SUBCASE("depth 1 takes facts in either direction and the facts between drawn entities") {
      std::string dot = to_dot(store, focus({"CICA"}, 1));
      CHECK(drawn_nodes(dot) == "city_Astana org_CICA org_SCO state_IND");
      CHECK(has(dot, R"("org_CICA" [label="CICA")"));
      CHECK(has(dot, "penwidth=3"));
      CHECK(has(dot, R"("state_IND" -> "org_SCO")"));
      CHECK_FALSE(has(dot, "state_RUS"));
      CHECK(has(dot, R"(label="orgkg: CICA and what lies within 1 edge")"));
    }
    SUBCASE("depth 0 draws the focus entities alone") {
      CHECK(drawn_nodes(to_dot(store, focus({"Russia", "SCO"}, 0))) == "org_SCO state_RUS");
    }
    SUBCASE("depth 2 reaches further") {
      CHECK(drawn_nodes(to_dot(store, focus({"Astana"}, 2))) ==
            "city_Astana org_CICA org_SCO state_IND");
      CHECK(drawn_nodes(to_dot(store, focus({"Astana"}, 3))) ==
            "city_Astana org_CICA org_SCO state_IND state_RUS");
    }
    SUBCASE("names resolve like queries: aliases, full names, node ids, any case") {
      CHECK(drawn_nodes(to_dot(store, focus({"nur-sultan"}, 0))) == "city_Astana");
      CHECK(drawn_nodes(to_dot(store, focus({"Shanghai Cooperation Organisation"}, 0))) ==
            "org_SCO");
      CHECK(drawn_nodes(to_dot(store, focus({"state_ind", " russian federation "}, 0))) ==
            "state_IND state_RUS");
    }
  }

  TEST_CASE("an unknown focus name is an Error naming it, before anything is written") {
    std::ostringstream out;
    try {
      write_dot(small_store(), out, focus({"SCO", "Atlantis"}, 1));
      FAIL("no exception");
    } catch (const Error& error) {
      CHECK(has(error.what(), "no entity named 'Atlantis'"));
    }
    CHECK(out.str().empty());
    CHECK_THROWS_AS(to_dot(small_store(), focus({"SCO"}, -1)), Error);
    CHECK_THROWS_WITH_AS(check_dot_options(small_store(), focus({"Atlantis"}, 1)),
                         doctest::Contains("'Atlantis'"), Error);
    CHECK_THROWS_AS(check_dot_options(small_store(), focus({"SCO"}, -1)), Error);
    CHECK_NOTHROW(check_dot_options(small_store(), focus({"sco", "Astana"}, 2)));
    CHECK_NOTHROW(check_dot_options(small_store(), ExportOptions{}));
  }

  TEST_CASE("the focus drawing of the small store is accepted by Graphviz") {
    if (auto result = graphviz(to_dot(small_store(), focus({"SCO"}, 1)))) {
      CHECK(result->exit_code == 0);
      CHECK(result->output.find("<svg") != std::string::npos);
    }
  }

  TEST_CASE("is byte-identical whatever order the store was filled in") {
    Store forward = two_facts();
    Store backward;
    std::vector<const Fact*> facts = forward.facts();
    for (auto it = facts.rbegin(); it != facts.rend(); ++it) {
      Triple t = make_triple(*forward.find_entity((*it)->subject), (*it)->relation,
                             *forward.find_entity((*it)->object), (*it)->evidence.front().to_evidence());
      t.valid_from = (*it)->valid_from;
      t.valid_to = (*it)->valid_to;
      backward.add(t);
    }
    CHECK(to_dot(backward) == to_dot(forward));
    CHECK(to_dot(small_store(), focus({"CICA"}, 1)) == to_dot(small_store(), focus({"CICA"}, 1)));
  }

  TEST_CASE("the legend lists only the kinds and relations drawn") {
    std::string dot = to_dot(small_store(), focus({"Astana"}, 1));
    CHECK(has(dot, ">city</td>"));
    CHECK(has(dot, ">organisation</td>"));
    CHECK_FALSE(has(dot, ">state</td>"));
    CHECK(
        has(dot, "<font color=\"#8c564b\">─────●</font></td><td align=\"left\">headquartered_in<"));
    CHECK_FALSE(has(dot, ">member_of<"));
  }

  TEST_CASE("an empty store gives an empty digraph without a legend") {
    std::string dot = to_dot(Store{});
    CHECK(dot.rfind("digraph orgkg {\n", 0) == 0);
    CHECK(dot.size() >= 2);
    CHECK(dot.substr(dot.size() - 2) == "}\n");
    CHECK_FALSE(has(dot, "legend"));
  }

  TEST_CASE("throws IoError when the stream fails") {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    CHECK_THROWS_AS(write_dot(small_store(), out), IoError);
  }
}

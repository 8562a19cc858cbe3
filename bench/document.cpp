// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Publishers, titles and the assembly of a statement: an opening sentence,
// then paragraphs of two to five sentences, about 30% of them stating facts,
// until the document reaches its length (2-6 KB); sometimes with the page
// furniture the genre carries (a language switcher, "Additional materials").
#include "document.hpp"

#include <cstdio>

#include "sentences.hpp"

namespace orgkg::bench {
namespace {

struct Publisher {
  const char* code;     ///< id part: "ru"
  const char* country;  ///< ISO alpha-3, "" for summit documents
  const char* languages;
  const char* url;
  const char* site;  ///< the site's name, in its page header
  bool us_dates;
  std::vector<std::string> orgs;  ///< organisations it writes about
  std::vector<std::string> titles;
  std::vector<std::string> openings;
};

const std::vector<Publisher>& publishers() {
  static const std::vector<Publisher> kPublishers = {
      {"ru", "RUS", "en-GB1 ru-RU1", "https://mid.ru/en/foreign_policy/news/",
       "The Ministry of Foreign Affairs of the Russian Federation", false,
       {"SCO", "CSTO", "CIS", "EAEU", "BRICS", "CICA", "ASEAN", "CoE", "OSCE", "EurAsEC",
        "Arctic Council", "OIC", "LAS", "UN", "EAS", "ASEM"},
       {"Foreign Minister's remarks at a meeting of the {O} Council of Foreign Ministers",
        "Press release on the Foreign Minister's talks with the Secretary-General of {O}",
        "Comment by the Information and Press Department on the {O} meeting in {C}",
        "Statement by the Ministry of Foreign Affairs of the Russian Federation on {O}"},
       {"On {DAY}, the Minister of Foreign Affairs of the Russian Federation took part in a "
        "meeting of the Council of Foreign Ministers of {O} in {C}.",
        "The Russian Foreign Ministry notes the results of the recent meeting of {O} in {C}."}},
      {"kz", "KAZ", "en-GB1 kk-KZ1 ru-RU1", "https://www.gov.kz/memleket/entities/mfa/press/news/",
       "Ministry of Foreign Affairs of the Republic of Kazakhstan",
       false,
       {"CICA", "SCO", "OTS", "EAEU", "CSTO", "CIS", "OIC", "ECO", "WTO", "UN", "TURKPA", "EDB"},
       {"Statement of the Ministry of Foreign Affairs of the Republic of Kazakhstan on {O}",
        "Kazakhstan's Foreign Minister takes part in the {O} meeting in {C}",
        "Briefing of the Kazakh Foreign Ministry on the {O} agenda"},
       {"On {DAY}, the Minister of Foreign Affairs of the Republic of Kazakhstan took part in "
        "the ministerial meeting of {O} held in {C}.",
        "The Ministry of Foreign Affairs of Kazakhstan informs about the preparations for the "
        "events of {O} in {C}."}},
      {"cn", "CHN", "en-GB1 zh-CN1", "https://www.fmprc.gov.cn/eng/wjdt_665385/",
       "Ministry of Foreign Affairs of the People's Republic of China", true,
       {"SCO", "BRICS", "ASEAN", "CICA", "AIIB", "NDB", "UN", "EAS", "ASEM"},
       {"Foreign Minister Attends the {O} Foreign Ministers' Meeting",
        "Foreign Ministry Spokesperson's Remarks on the {O} Summit in {C}",
        "China and {O}: Building a Closer Community with a Shared Future"},
       {"On {DAY}, the Foreign Minister attended the {O} Foreign Ministers' Meeting in {C}.",
        "At the invitation of the host, the Foreign Minister traveled to {C} for the meeting "
        "of {O}."}},
      {"in", "IND", "en-GB1 hi-IN1", "https://www.mea.gov.in/press-releases.htm?dtl/",
       "Ministry of External Affairs, Government of India", true,
       {"SCO", "BRICS", "SAARC", "BIMSTEC", "ASEAN", "G20", "EAS", "Arctic Council", "IORA"},
       {"External Affairs Minister's address at the {O} Council of Ministers",
        "Visit of External Affairs Minister to {C} for the {O} meeting",
        "India and {O}: Press Release"},
       {"External Affairs Minister participated in the meeting of {O} held in {C} on {DAY}.",
        "The Ministry of External Affairs is pleased to announce the participation of India in "
        "the meeting of {O} in {C}."}},
      {"id", "IDN", "en-GB1 id-ID1", "https://kemlu.go.id/portal/en/read/",
       "Ministry of Foreign Affairs of the Republic of Indonesia", true,
       {"ASEAN", "EAS", "G20", "OIC", "UN", "IORA", "ASEM"},
       {"Indonesia Encourages {O} to Strengthen Cooperation",
        "Foreign Minister of the Republic of Indonesia Attends {O} Ministerial Meeting in {C}",
        "Indonesia and {O}: Working Together for Regional Stability"},
       {"The Foreign Minister of the Republic of Indonesia attended the ministerial meeting of "
        "{O} in {C} on {DAY}.",
        "Indonesia continues to play an active role in {O}, the Foreign Minister said in {C}."}},
      {"summit", "", "", "https://summit-press.example.org/",
       "Summit Press Centre", false,
       {"SCO", "CSTO", "CIS", "EAEU", "ASEAN", "BRICS", "CICA", "OTS", "GCC", "SAARC", "ECO",
        "Mercosur", "BIMSTEC", "GUAM", "EAS", "G20"},
       {"Declaration of the Council of Heads of State of {O}",
        "Chairman's Statement of the Summit of {O} in {C}",
        "Joint Communiqu\xC3\xA9 of the Ministerial Meeting of {O}"},
       {"The heads of state of {O} met in {C} on {DAY}.",
        "The ministers of foreign affairs of the member states of {O} held a meeting in {C}."}},
  };
  return kPublishers;
}

const Publisher& pick_publisher(Rng& rng) {
  static const int kWeights[] = {30, 20, 15, 15, 10, 10};
  int roll = static_cast<int>(rng.below(100));
  for (std::size_t i = 0; i < publishers().size(); ++i) {
    if ((roll -= kWeights[i]) < 0) return publishers()[i];
  }
  return publishers().front();
}

// {O}, {C} and {DAY} in a title or an opening.
std::string fill(Composer& c, const std::string& tmpl, const std::string& city) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size();) {
    if (tmpl.compare(i, 3, "{O}") == 0) {
      out += c.org(c.focus().key);
      i += 3;
    } else if (tmpl.compare(i, 3, "{C}") == 0) {
      out += city;
      i += 3;
    } else if (tmpl.compare(i, 5, "{DAY}") == 0) {
      out += std::to_string(c.published().day) + " " + month_name(c.published().month);
      i += 5;
    } else {
      out += tmpl[i++];
    }
  }
  return capitalised(out);
}

std::string slug(const std::string& key) {
  std::string out;
  for (char ch : key) out += ch == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// The title with the organisation's acronym rather than the spelt-out name.
std::string title_of(Composer& c, const Publisher& p, const std::string& city) {
  std::string tmpl = c.rng().pick(p.titles);
  std::size_t at = tmpl.find("{O}");
  if (at != std::string::npos) tmpl.replace(at, 3, c.names().org(c.focus().key, false, c.rng()));
  at = tmpl.find("{C}");
  if (at != std::string::npos) tmpl.replace(at, 3, city);
  return capitalised(tmpl);
}

}  // namespace

GeneratedDoc generate_document(const Names& names, const World& world, std::uint64_t seed,
                               std::uint64_t index) {
  Rng rng(seed, index);
  const Publisher& p = pick_publisher(rng);
  const OrgProfile* focus = world.find(rng.pick(p.orgs));
  if (focus == nullptr) focus = &world.orgs().front();
  GeneratedDoc doc;
  doc.published = {rng.between(2012, 2024), rng.between(1, 12), rng.between(1, 28)};
  static const char* const kTimes[] = {"09:00", "10:00", "11:30", "13:15", "15:45", "17:00",
                                       "18:20", "19:30", "20:30"};
  doc.time = rng.pick(kTimes);
  doc.publisher_country = p.country;
  char id[64];
  std::snprintf(id, sizeof id, "%07llu_%s_%s", static_cast<unsigned long long>(index), p.code,
                slug(focus->key).c_str());
  doc.id = id;
  doc.site = p.site;
  doc.us_dates = p.us_dates;
  doc.url = std::string(p.url) + std::to_string(100000 + index);
  Composer c(names, world, rng, doc.published, *focus, p.us_dates);
  std::string city = focus->seat.empty() ? "Astana" : focus->seat;
  if (rng.chance(50)) {
    const OrgProfile& other = rng.pick(world.orgs());
    if (!other.seat.empty()) city = other.seat;
  }
  city = names.city(city, doc.published.year);
  doc.title = title_of(c, p, city);
  if (p.languages[0] != '\0' && rng.chance(30)) {
    doc.switcher = std::string("  \xE2\x80\xA2 ") + p.languages;
  }
  const std::size_t target = 2000 + rng.below(4001);
  std::size_t length = doc.title.size();
  std::string paragraph = fill(c, rng.pick(p.openings), city);
  std::size_t in_paragraph = 1, paragraph_size = 2 + rng.below(4);
  while (length + paragraph.size() < target) {
    if (in_paragraph == paragraph_size) {
      length += paragraph.size() + 2;
      doc.body.push_back(std::move(paragraph));
      paragraph.clear();
      in_paragraph = 0;
      paragraph_size = 2 + rng.below(4);
    }
    std::size_t before = c.planted().size();
    std::string sentence = rng.chance(30) ? fact_sentence(c) : filler_sentence(c);
    for (std::size_t i = before; i < c.planted().size(); ++i) c.planted()[i].sentence = sentence;
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += sentence;
    ++in_paragraph;
  }
  if (!paragraph.empty()) doc.body.push_back(std::move(paragraph));
  if (rng.chance(15)) {
    doc.materials = {"Additional materials", names.listing(focus->key)};
  }
  doc.facts = std::move(c.planted());
  return doc;
}

std::string to_text(const GeneratedDoc& doc) {
  std::string out = std::to_string(doc.published.day) + " " + month_name(doc.published.month) +
                    " " + std::to_string(doc.published.year) + doc.time + "\n\n" + doc.title +
                    "\n\n";
  for (const auto& line : text_lines(doc)) out += "\n" + line + "\n";
  return out;
}

std::vector<std::string> text_lines(const GeneratedDoc& doc) {
  std::vector<std::string> lines;
  lines.reserve(doc.body.size() + 3);
  if (!doc.switcher.empty()) lines.push_back(doc.switcher);
  lines.insert(lines.end(), doc.body.begin(), doc.body.end());
  lines.insert(lines.end(), doc.materials.begin(), doc.materials.end());
  return lines;
}

namespace {

void json_string(std::string& out, const std::string& text) {
  out += '"';
  for (unsigned char ch : text) {
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", ch);
      out += buf;
    } else {
      out += static_cast<char>(ch);
    }
  }
  out += '"';
}

}  // namespace

std::string to_json_line(const GeneratedDoc& doc) {
  char date[32];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", doc.published.year, doc.published.month,
                doc.published.day);
  std::string text;
  for (const auto& line : text_lines(doc)) text += line + "\n\n";
  std::string out = "{\"id\":";
  json_string(out, doc.id);
  out += ",\"date\":";
  json_string(out, date);
  out += ",\"title\":";
  json_string(out, doc.title);
  out += ",\"url\":";
  json_string(out, doc.url);
  if (!doc.publisher_country.empty()) {
    out += ",\"publisher_country\":";
    json_string(out, doc.publisher_country);
  }
  out += ",\"text\":";
  json_string(out, text);
  out += '}';
  return out;
}

}  // namespace orgkg::bench

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "html_page.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace orgkg::bench {
namespace {

// The site's menu: sections, each with its pages.
struct Section {
  const char* name;
  std::array<const char*, 6> pages;
};
constexpr std::array<Section, 8> kMenu{{
    {"The Ministry",
     {"Minister", "Deputy Ministers", "Structure", "History", "Vacancies", "Contacts"}},
    {"Foreign policy",
     {"Concept", "Multilateral diplomacy", "International security", "Economic diplomacy",
      "Human rights", "Arms control"}},
    {"Regions", {"Europe", "Asia", "Africa", "The Americas", "The Middle East", "The Arctic"}},
    {"Press service",
     {"News", "Statements", "Briefings", "Interviews", "Speeches", "Photo gallery"}},
    {"Consular services",
     {"Visas", "Legalisation", "Citizens abroad", "Travel advice", "Registration", "Forms"}},
    {"Documents",
     {"Treaties", "Joint statements", "Declarations", "Agreements in force", "Archive",
      "Publications"}},
    {"Embassies",
     {"Embassies abroad", "Consulates", "Honorary consuls", "Foreign embassies",
      "International organisations", "Accreditation"}},
    {"Media", {"Accreditation", "Video", "Press releases", "Subscriptions", "Journal", "Feeds"}},
}};

constexpr std::array<const char*, 6> kRelated{
    "Briefing by the spokesperson on current foreign policy issues",
    "Remarks at the opening of the international conference on connectivity",
    "Telephone conversation between the foreign ministers",
    "Statement on the anniversary of the establishment of diplomatic relations",
    "Interview of the Minister to the international press",
    "Joint press release on the bilateral consultations",
};

// The site's script, configuration for the menu and analytics: real pages
// carry several kilobytes of it in their head.
constexpr std::string_view kScript =
    "window.siteConfig = window.siteConfig || {};\n"
    "(function (config) {\n"
    "  config.menu = { sticky: true, delay: 150, breakpoints: [480, 768, 1024, 1280] };\n"
    "  config.search = { endpoint: '/search/', minLength: 3, suggest: true };\n"
    "  config.analytics = { id: 'UA-000000-1', anonymize: true, sampleRate: 25 };\n"
    "  function ready(fn) {\n"
    "    if (document.readyState !== 'loading') { fn(); }\n"
    "    else { document.addEventListener('DOMContentLoaded', fn); }\n"
    "  }\n"
    "  ready(function () {\n"
    "    var items = document.querySelectorAll('.main-menu > li');\n"
    "    for (var i = 0; i < items.length; i++) {\n"
    "      items[i].addEventListener('mouseenter', function (e) { "
    "e.currentTarget.classList.add('open'); });\n"
    "      items[i].addEventListener('mouseleave', function (e) { "
    "e.currentTarget.classList.remove('open'); });\n"
    "    }\n"
    "    var year = document.getElementById('copyright-year');\n"
    "    if (year && year.textContent.length < 4) { year.textContent = new "
    "Date().getFullYear(); }\n"
    "  });\n"
    "})(window.siteConfig);\n";

void escape_into(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

std::string escaped(std::string_view text) {
  std::string out;
  escape_into(out, text);
  return out;
}

// "/en/press-service/news/": a page's address on the site.
std::string slug_path(std::string_view section, std::string_view page) {
  std::string out = "/en/";
  for (std::string_view part : {section, page}) {
    for (char c : part) out += (c == ' ' || c == ',') ? '-' : static_cast<char>(c | 0x20);
    out += '/';
  }
  return out;
}

void menu_into(std::string& out, std::size_t current) {
  out += "<nav class=\"main-nav\" aria-label=\"Main menu\"><ul class=\"main-menu\">\n";
  for (std::size_t s = 0; s < kMenu.size(); ++s) {
    out += s == current ? "<li class=\"menu-item active\">" : "<li class=\"menu-item\">";
    out += "<a href=\"" + slug_path(kMenu[s].name, "") + "\">" + kMenu[s].name +
           "</a>\n<ul class=\"submenu\">";
    for (const char* page : kMenu[s].pages) {
      out += "<li><a href=\"" + slug_path(kMenu[s].name, page) + "\" title=\"" + page + "\">" +
             page + "</a></li>";
    }
    out += "</ul></li>\n";
  }
  out += "</ul></nav>\n";
}

// Where a site says a page's title and date (to_html()).
enum class Layout { OpenGraph, DateDiv, Microdata, Columns };

Layout layout_of(const GeneratedDoc& doc) {
  if (doc.publisher_country == "IND" || doc.publisher_country == "IDN") return Layout::DateDiv;
  if (doc.publisher_country == "CHN") return Layout::Microdata;
  if (doc.publisher_country == "RUS") return Layout::Columns;
  return Layout::OpenGraph;
}

// The Columns layout's right column: the latest news, each dated.
void latest_news_into(std::string& out, const GeneratedDoc& doc) {
  out += "<div class=\"right-column\"><div class=\"block-news\"><h3>Latest news</h3><ul>\n";
  for (std::size_t i = 0; i < kRelated.size(); ++i) {
    const int day = (doc.published.day + static_cast<int>(i)) % 28 + 1;
    char date[16];
    std::snprintf(date, sizeof date, "%02d.%02d.%04d", day, doc.published.month,
                  doc.published.year);
    out += "<li><a href=\"" + doc.url.substr(0, doc.url.rfind('/') + 1) +
           std::to_string(200000 + i) + "\">" + kRelated[i] + "</a> <span class=\"news-date\">" +
           date + "</span></li>\n";
  }
  out += "</ul></div></div>\n";
}

}  // namespace

std::string to_html(const GeneratedDoc& doc) {
  const Layout layout = layout_of(doc);
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT%s:00", doc.published.year, doc.published.month,
                doc.published.day, doc.time.c_str());
  const std::string day = std::to_string(doc.published.day);
  const std::string month = month_name(doc.published.month);
  const std::string year = std::to_string(doc.published.year);
  const std::string shown = doc.us_dates ? month + " " + day + ", " + year
                                         : day + " " + month + " " + year + ", " + doc.time;
  const std::string title = escaped(doc.title);
  const std::string site = escaped(doc.site);
  std::string out;
  out.reserve(24 * 1024 + 2 * doc.title.size() + 8 * 1024);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + title + " - " + site + "</title>\n";
  if (layout == Layout::OpenGraph) {
    out += "<meta property=\"og:type\" content=\"article\">\n";
    out += "<meta property=\"og:title\" content=\"" + title + "\">\n";
    out += "<meta property=\"og:url\" content=\"" + escaped(doc.url) + "\">\n";
    out += "<meta property=\"og:site_name\" content=\"" + site + "\">\n";
    out += "<meta property=\"article:published_time\" content=\"" + std::string(iso) + "\">\n";
  } else {
    out += "<meta name=\"description\" content=\"" + site + "\">\n";
  }
  out += "<link rel=\"canonical\" href=\"" + escaped(doc.url) + "\">\n";
  out += "<link rel=\"stylesheet\" href=\"/static/css/site.min.css\">\n";
  out += "<script>\n";
  out += kScript;
  out += "</script>\n</head>\n<body class=\"page page-news\">\n";
  out += "<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n";
  out +=
      "<header class=\"site-header\">\n<a class=\"logo\" href=\"/en/\"><img src=\"/static/img/"
      "emblem.svg\" alt=\"\"> " +
      site + "</a>\n";
  if (!doc.switcher.empty()) {
    out += "<ul class=\"languages\">";
    std::string_view codes = std::string_view(doc.switcher).substr(doc.switcher.find(' ', 2) + 1);
    for (std::size_t at = 0; at < codes.size();) {
      std::size_t end = codes.find(' ', at);
      if (end == std::string_view::npos) end = codes.size();
      std::string code(codes.substr(at, std::min<std::size_t>(end - at, 2)));
      out += "<li><a href=\"/" + code + "/\" hreflang=\"" + code + "\">" + code + "</a></li>";
      at = end + 1;
    }
    out += "</ul>\n";
  }
  out +=
      "<form class=\"search\" action=\"/search/\" role=\"search\"><input type=\"search\" "
      "name=\"q\" placeholder=\"Search the site\"><button type=\"submit\">Search</button>"
      "</form>\n";
  menu_into(out, 3);
  out +=
      "</header>\n<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\"><a href=\"/en/\">Home"
      "</a> / <a href=\"/en/press-service/\">Press service</a> / <a href=\"/en/press-service/"
      "news/\">News</a></nav>\n";
  // Columns: no <main> or <article>, the statement a <div> among others.
  const bool columns = layout == Layout::Columns;
  out += columns
             ? "<div class=\"page\"><div class=\"main-column\">\n<h1 class=\"title\">"
             : "<main id=\"content\">\n<article class=\"news-item\">\n<h1 class=\"news-title\">";
  out += title + "</h1>\n";
  switch (layout) {
    case Layout::OpenGraph:
      out +=
          "<time class=\"news-date\" datetime=\"" + std::string(iso) + "\">" + shown + "</time>\n";
      break;
    case Layout::DateDiv:
      out += "<div class=\"article-date\">" + shown + "</div>\n";
      break;
    case Layout::Microdata:
      out += "<p class=\"byline\">Published: <time itemprop=\"datePublished\" datetime=\"" +
             std::string(iso) + "\">" + shown + "</time></p>\n";
      break;
    case Layout::Columns:
      out += "<div class=\"date\">" + shown + "</div>\n";
      break;
  }
  out += columns ? "<div class=\"text\">\n" : "<div class=\"news-text\">\n";
  for (const std::string& paragraph : doc.body) {
    out += "<p>";
    escape_into(out, paragraph);
    out += "</p>\n";
  }
  out += columns ? "</div>\n</div>\n" : "</div>\n</article>\n";
  if (columns) latest_news_into(out, doc);
  if (!doc.materials.empty()) {
    out += "<aside class=\"materials\"><h2>" + escaped(doc.materials.front()) + "</h2><ul>";
    for (std::size_t i = 1; i < doc.materials.size(); ++i) {
      out += "<li>" + escaped(doc.materials[i]) + "</li>";
    }
    out += "</ul></aside>\n";
  }
  out += "<aside class=\"related\"><h2>Related news</h2><ul>\n";
  for (std::size_t i = 0; i < kRelated.size(); ++i) {
    out += "<li><a href=\"" + doc.url.substr(0, doc.url.rfind('/') + 1) +
           std::to_string(100000 + (doc.published.day * 7 + i) % 997) + "\">" + kRelated[i] +
           "</a></li>\n";
  }
  out += columns ? "</ul></aside>\n</div>\n" : "</ul></aside>\n</main>\n";
  out += "<footer class=\"site-footer\">\n";
  menu_into(out, kMenu.size());
  out +=
      "<p class=\"contacts\">Press service: +0 000 000 00 00, press@example.org</p>\n"
      "<p class=\"copyright\">&copy; <span id=\"copyright-year\">" +
      std::to_string(doc.published.year) + "</span> " + site +
      ". Materials may be reproduced with a link to the source.</p>\n</footer>\n"
      "<script src=\"/static/js/site.min.js\" defer></script>\n</body>\n</html>\n";
  return out;
}

}  // namespace orgkg::bench

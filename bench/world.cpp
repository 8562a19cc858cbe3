// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The profiles are one line each, fields separated by '|':
//   KEY|FOUNDED|SEAT|m:members|f:founders|i:initiators|o:observers|p:partners|
//   a:associates|c:candidates|j:KEY@YEAR joined|l:KEY@YEAR left|h:KEY@YEAR chairs|
//   x:cooperating organisations
// with comma-separated keys, so the table reads like the facts it plants.
#include "world.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>

namespace orgkg::bench {
namespace {

constexpr std::string_view kProfiles[] = {
    "SCO|2001|Beijing|m:CHN,IND,IRN,KAZ,KGZ,PAK,RUS,TJK,UZB|f:CHN,KAZ,KGZ,RUS,TJK,UZB|"
    "i:CHN,RUS|o:AFG,MNG,BLR|p:ARM,AZE,KHM,NPL,TUR,LKA,EGY,QAT,SAU,ARE,KWT,MDV,MMR,BHR|c:BLR|"
    "j:IND@2017,PAK@2017,IRN@2023|h:KGZ@2019,RUS@2020,TJK@2021,UZB@2022,IND@2023,KAZ@2024|"
    "x:ASEAN,CIS,CSTO,EAEU,CICA,UN,ECO,UNODC,ESCAP",
    "CSTO|2002|Moscow|m:ARM,BLR,KAZ,KGZ,RUS,TJK|f:ARM,BLR,KAZ,KGZ,RUS,TJK|"
    "l:UZB@2012,GEO@1999,AZE@1999|h:KAZ@2022,ARM@2023,BLR@2024|x:CIS,SCO,UN,OSCE",
    "CIS|1991|Minsk|m:ARM,AZE,BLR,KAZ,KGZ,MDA,RUS,TJK,UZB|f:BLR,RUS,UKR|a:TKM|"
    "l:GEO@2009,UKR@2018|j:AZE@1993,GEO@1993|h:KGZ@2022,KAZ@2023,RUS@2024|x:SCO,CSTO,EAEU,UN",
    "EAEU|2015|Moscow|m:ARM,BLR,KAZ,KGZ,RUS|f:BLR,KAZ,RUS|i:KAZ|o:MDA,UZB,CUB,IRN|"
    "j:ARM@2015,KGZ@2015|h:BLR@2021,KAZ@2022,KGZ@2023,ARM@2024|x:ASEAN,CIS,SCO,ECO",
    "ASEAN|1967|Jakarta|m:BRN,KHM,IDN,LAO,MYS,MMR,PHL,SGP,THA,VNM|f:IDN,MYS,PHL,SGP,THA|"
    "o:PNG,TLS|p:AUS,CAN,CHN,EU,IND,JPN,NZL,RUS,KOR,USA,GBR|c:TLS|"
    "j:BRN@1984,VNM@1995,LAO@1997,MMR@1997,KHM@1999|h:VNM@2020,BRN@2021,KHM@2022,IDN@2023,"
    "LAO@2024,MYS@2025|x:EAEU,EU,GCC,SCO,SAARC,BIMSTEC,UN",
    "BRICS|2009||m:BRA,RUS,IND,CHN,ZAF,EGY,ETH,IRN,ARE|f:BRA,RUS,IND,CHN|"
    "p:BLR,BOL,KAZ,CUB,MYS,THA,UGA,UZB,NGA,VNM|c:DZA,VEN,BGD|j:ZAF@2011,EGY@2024,ETH@2024,"
    "IRN@2024,ARE@2024|h:BRA@2019,RUS@2020,IND@2021,CHN@2022,ZAF@2023,RUS@2024|x:SCO,NDB",
    "CICA|1999|Astana|m:AFG,AZE,BHR,BGD,KHM,CHN,EGY,IND,IRN,IRQ,ISR,JOR,KAZ,KGZ,MNG,PAK,PSE,"
    "QAT,KOR,RUS,TJK,THA,TUR,ARE,UZB,VNM,LKA,TKM|f:KAZ|i:KAZ|o:BLR,IDN,JPN,LAO,MYS,PHL,USA,UN,"
    "OSCE,LAS|j:BHR@2014,BGD@2014,QAT@2014,LKA@2018,TKM@2022|h:KAZ@2020,AZE@2024|"
    "x:SCO,ECO,UN,ESCAP,OSCE",
    "OTS|2009|Istanbul|m:AZE,KAZ,KGZ,TUR,UZB|f:AZE,KAZ,KGZ,TUR|i:KAZ|o:HUN,TKM|j:UZB@2019|"
    "h:UZB@2022,KAZ@2024|x:TURKPA,ECO",
    "GCC|1981|Riyadh|m:BHR,KWT,OMN,QAT,SAU,ARE|f:BHR,KWT,OMN,QAT,SAU,ARE|x:ASEAN,LAS",
    "SAARC|1985|Kathmandu|m:AFG,BGD,BTN,IND,MDV,NPL,PAK,LKA|f:BGD,BTN,IND,MDV,NPL,PAK,LKA|"
    "i:BGD|o:AUS,CHN,EU,IRN,JPN,KOR,MUS,MMR,USA|j:AFG@2007|x:ASEAN",
    "ECO|1985|Tehran|m:AFG,AZE,IRN,KAZ,KGZ,PAK,TJK,TUR,TKM,UZB|f:IRN,PAK,TUR|"
    "j:AFG@1992,AZE@1992,KAZ@1992|x:SCO,CICA,OTS,EAEU",
    "Mercosur|1991|Montevideo|m:ARG,BRA,PRY,URY,BOL|f:ARG,BRA,PRY,URY|a:CHL,COL,ECU,GUY,PER,SUR|"
    "j:BOL@2024|l:VEN@2016|h:BRA@2023,PRY@2024",
    "BIMSTEC|1997|Dhaka|m:BGD,BTN,IND,MMR,NPL,LKA,THA|f:BGD,IND,LKA,THA|j:MMR@1997,NPL@2004,"
    "BTN@2004|h:LKA@2022,THA@2023|x:ASEAN,SAARC",
    "GUAM|1997|Kyiv|m:GEO,UKR,AZE,MDA|f:GEO,UKR,AZE,MDA|l:UZB@2005",
    "Arctic Council|1996|Tromsø|m:CAN,DNK,FIN,ISL,NOR,RUS,SWE,USA|f:CAN,DNK,FIN,ISL,NOR,RUS,SWE,"
    "USA|o:CHN,IND,JPN,KOR,SGP,ITA,FRA,DEU,GBR,NLD,POL,ESP,CHE|h:RUS@2021,NOR@2023",
    "EAS|2005||m:BRN,KHM,IDN,LAO,MYS,MMR,PHL,SGP,THA,VNM,AUS,CHN,IND,JPN,NZL,KOR,RUS,USA|"
    "j:RUS@2011,USA@2011",
    "CoE|1949|Strasbourg|o:CAN,ISR,JPN,MEX,USA,VAT|j:RUS@1996,UKR@1995,ARM@2001,AZE@2001,"
    "GEO@1999,MDA@1995,TUR@1949|l:RUS@2022,GRC@1969",
    "EU|1993|Brussels|c:ALB,BIH,GEO,MDA,MNE,MKD,SRB,TUR,UKR|j:FIN@1995,SWE@1995,POL@2004,"
    "HRV@2013|l:GBR@2020|x:ASEAN,AU,EAEU,UN,OSCE",
    "OSCE|1975|Vienna|p:AFG,AUS,EGY,ISR,JPN,JOR,KOR,MAR,THA,TUN,DZA|j:MNG@2012|h:POL@2022,"
    "MKD@2023,MLT@2024|x:CSTO,UN,CICA,EU",
    "ASEM|1996||m:CHN,JPN,KOR,IND,RUS,MNG,PAK,KAZ,BGD,AUS,NZL,EU,ASEAN|f:CHN,JPN,KOR|"
    "j:IND@2008,RUS@2010,KAZ@2014",
    "OIC|1969|Jeddah|o:BIH,CAF,THA,RUS|j:KAZ@1995,UZB@1996|l:SYR@2012|x:UN,LAS",
    "LAS|1945|Cairo|m:DZA,BHR,EGY,IRQ,JOR,KWT,LBN,LBY,MAR,OMN,QAT,SAU,SYR,TUN,ARE,YEM|"
    "f:EGY,IRQ,JOR,LBN,SAU,SYR|l:SYR@2011|x:AU,OIC,GCC",
    "AU|2002|Addis Ababa|l:MLI@2021,GIN@2021,NER@2023,GAB@2023|j:MAR@2017|x:EU,LAS,UN,ECOWAS",
    "ECOWAS|1975|Abuja|l:MLI@2024,BFA@2024,NER@2024|x:AU",
    "UN|1945|New York|o:VAT,PSE|j:SSD@2011,MNE@2006,KAZ@1992,UZB@1992|x:SCO,CSTO,CIS,ASEAN,EU,"
    "CICA,AU,OIC",
    "OPEC|1960|Vienna|l:QAT@2019,ECU@2020,AGO@2024|j:GAB@2016,GNQ@2017,COG@2018",
    "NATO|1949|Brussels|c:UKR,BIH|j:FIN@2023,SWE@2024,MNE@2017,MKD@2020|x:EU,OSCE",
    "EurAsEC|2000|Almaty|m:BLR,KAZ,KGZ,RUS,TJK|l:UZB@2008",
    "TURKPA|2008|Baku|m:AZE,KAZ,KGZ,TUR|x:OTS",
    "NDB|2015|Shanghai|m:BRA,RUS,IND,CHN,ZAF,BGD,ARE,EGY|j:BGD@2021,ARE@2021,EGY@2023|x:AIIB,BRICS",
    "AIIB|2016|Beijing|x:NDB,EDB",
    "EDB|2006|Almaty|m:ARM,BLR,KAZ,KGZ,RUS,TJK|f:KAZ,RUS|x:AIIB,EAEU",
    "UNODC|1997|Vienna|x:SCO,CSTO",
    "ESCAP|1947|Bangkok|x:SCO,CICA,ASEAN",
    "WTO|1995|Geneva|j:KAZ@2015,RUS@2012,CHN@2001,VNM@2007|c:UZB,AZE,IRQ",
    "IORA|1997||m:AUS,BGD,COM,FRA,IND,IDN,IRN,KEN,MDG,MYS,MDV,MUS,MOZ,OMN,SYC,SGP,SOM,ZAF,LKA,"
    "TZA,THA,ARE,YEM|p:CHN,EGY,DEU,ITA,JPN,KOR,RUS,TUR,GBR,USA|h:BGD@2021,LKA@2023|x:ASEAN",
    "G20|1999||m:ARG,AUS,BRA,CAN,CHN,FRA,DEU,IND,IDN,ITA,JPN,KOR,MEX,RUS,SAU,ZAF,TUR,GBR,USA,EU,"
    "AU|j:AU@2023|h:IDN@2022,IND@2023,BRA@2024,ZAF@2025",
};

std::vector<std::string> split(std::string_view text, char sep) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(sep, start);
    out.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::vector<Dated> dated(const std::vector<std::string>& items) {
  std::vector<Dated> out;
  for (const auto& item : items) {
    std::size_t at = item.find('@');
    out.push_back({item.substr(0, at), std::stoi(item.substr(at + 1))});
  }
  return out;
}

OrgProfile parse_profile(std::string_view line) {
  std::vector<std::string> fields = split(line, '|');
  OrgProfile p;
  p.key = fields.at(0);
  p.founded = std::stoi(fields.at(1));
  p.seat = fields.at(2);
  for (std::size_t i = 3; i < fields.size(); ++i) {
    const std::string& f = fields[i];
    std::vector<std::string> keys = split(std::string_view(f).substr(2), ',');
    switch (f[0]) {
      case 'm': p.members = keys; break;
      case 'f': p.founders = keys; break;
      case 'i': p.initiators = keys; break;
      case 'o': p.observers = keys; break;
      case 'p': p.partners = keys; break;
      case 'a': p.associates = keys; break;
      case 'c': p.candidates = keys; break;
      case 'j': p.joined = dated(keys); break;
      case 'l': p.left = dated(keys); break;
      case 'h': p.chairs = dated(keys); break;
      case 'x': p.cooperates = keys; break;
      default: throw std::runtime_error("bad profile field " + f);
    }
  }
  return p;
}

void check(const Names& names, const OrgProfile& p) {
  auto party = [&](const std::string& key) {
    if (!names.is_state(key) && !names.is_org(key)) {
      throw std::runtime_error("profile " + p.key + ": unknown key " + key);
    }
  };
  if (!names.is_org(p.key)) throw std::runtime_error("unknown organisation " + p.key);
  if (!p.seat.empty() && !names.is_city(p.seat)) throw std::runtime_error("unknown city " + p.seat);
  for (const auto* list : {&p.members, &p.founders, &p.initiators, &p.observers, &p.partners,
                           &p.associates, &p.candidates}) {
    for (const auto& key : *list) party(key);
  }
  for (const auto* list : {&p.joined, &p.left, &p.chairs}) {
    for (const auto& d : *list) party(d.key);
  }
  for (const auto& key : p.cooperates) {
    if (!names.is_org(key)) throw std::runtime_error("profile " + p.key + ": not an org " + key);
  }
}

}  // namespace

World World::build(const Names& names) {
  World world;
  for (std::string_view line : kProfiles) {
    world.orgs_.push_back(parse_profile(line));
    check(names, world.orgs_.back());
  }
  return world;
}

const OrgProfile* World::find(const std::string& key) const {
  for (const auto& p : orgs_) {
    if (p.key == key) return &p;
  }
  return nullptr;
}

int World::join_year(const OrgProfile& org, const std::string& member) const {
  for (const auto& d : org.joined) {
    if (d.key == member) return d.year;
  }
  if (std::find(org.founders.begin(), org.founders.end(), member) != org.founders.end()) {
    return org.founded;
  }
  int span = std::max(1, 2023 - org.founded);
  return org.founded + 1 + static_cast<int>(stable_hash(org.key + "/" + member) % span);
}

}  // namespace orgkg::bench

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Patterns that state where an organisation has its seat (headquartered_in:
// organisation -> city), on a sentence seen as units (list_reader.hpp). SEAT
// is an organisation or its secretariat, headquarters or seat ("the CSTO
// Secretariat", "the OSCE headquarters", "ASEAN's Secretariat"), or one that
// stands for the organisation in context ("The Secretariat", "Its
// Secretariat", "the Organisation"):
//   SEAT [, which] is located|based|headquartered|situated in CITY,
//   ORG, whose Secretariat is located|based in CITY,
//   SEAT and X, both located in CITY,
//   ORG, the Union's permanent body headquartered in CITY,
//   ORG, the Union's permanent body, is based in CITY                 hq.located_in
//   ORG has its headquarters|seat|secretariat in CITY                 hq.has_seat
//   the Secretariat|headquarters is|are in CITY,
//   the Secretariat [, which has been] functioning|operating in CITY   hq.is_in
//   the ORG Secretariat|headquarters in CITY, the headquarters of ORG in CITY,
//   the Eurasian Economic Commission in CITY (a permanent body)        hq.secretariat_in
//   the Secretariat, which opened|was established|began work in CITY,
//   the Secretariat, set up|established in CITY                        hq.opened_in
//   CITY hosts|houses|is home to the ORG Secretariat|headquarters,
//   host in CITY the ORG Secretariat|Commission                        hq.hosts
//   CITY, the ORG's|Organisation's headquarters|seat                   hq.apposition
//   the CITY-based ORG|Secretariat [of ORG]                            hq.based_adjective
// A summit or a council meeting somewhere ("the SCO summit in Bishkek", "the
// Council met in Astana") is no seat: only the words above count. CITY is a
// city of data/cities.json. Pure.
#pragma once

#include <vector>

#include "org_relation_phrases.hpp"

namespace orgkg::detail {

/// Every headquartered_in statement of the sentence, in text order: of a
/// sentence that may_start() a seat pattern and names a city, which the
/// caller has asked (find_seats()), into `findings` (whose contents it
/// replaces: a caller reading sentence after sentence passes one vector,
/// whose storage is reused).
void read_seats(const EntryUnits& sentence, std::vector<OrgFinding>& findings);

/// read_seats() of a sentence some unit of which mentions a city, as
/// `names_city` says (every seat is one: a sentence without is not read, but
/// in a checked build). `names_city` is what the registration's `needs`
/// would find by a scan of every unit; asked inline, as most sentences name
/// no city, it costs less than the call.
inline void find_seats(const EntryUnits& sentence, bool names_city,
                       std::vector<OrgFinding>& findings) {
  if (!names_city && !kCheckEntryWords) {
    findings.clear();
    return;
  }
  read_seats(sentence, findings);
}

}  // namespace orgkg::detail

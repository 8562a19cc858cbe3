// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Sentences that state candidacy, founding, chairmanship, seats,
// cooperation, agreements and departures (fact_sentences.cpp has the
// membership statuses and the dispatcher).
#include <algorithm>

#include "sentences.hpp"

namespace orgkg::bench {
namespace {

using Keys = std::vector<std::string>;


// Another organisation this one cooperates with, or "".
std::string partner_org(Composer& c, const OrgProfile& o) {
  return o.cooperates.empty() ? "" : c.rng().pick(o.cooperates);
}

const char* field_of_work(Composer& c) {
  static const char* const kFields[] = {
      "countering terrorism and extremism", "trade and investment", "transport connectivity",
      "emergency response", "combating drug trafficking", "energy security",
      "digital transformation", "public health", "education and culture"};
  return c.rng().pick(kFields);
}

}  // namespace

std::string candidate_sentence(Composer& c, const OrgProfile& o) {
  if (o.candidates.empty()) return "";
  const std::string& k = c.rng().pick(o.candidates);
  const std::string pub = c.pub_iso();
  switch (c.rng().below(6)) {
    case 0: {
      DatePhrase when = c.date(stable_year(c, o, k, "applied"));
      c.plant(k, "candidate_for", o.key, when.iso, "candidate_for/applied");
      return cat({capitalised(c.party(k)), " applied for membership in ", c.org(o.key), " ",
                  when.text, "."});
    }
    case 1: {
      c.plant(k, "candidate_for", o.key, pub, "candidate_for/submitted_application");
      return cat({capitalised(c.party(k)), " has submitted an application for ",
                  c.rng().chance(50) ? "full membership" : "observer status", " in ",
                  c.org(o.key), "."});
    }
    case 2: {
      c.plant(k, "candidate_for", o.key, pub, "candidate_for/start_procedure");
      return cat({"The heads of state decided to start the procedure for ", c.possessive(k),
                  " accession to ", c.org(o.key), "."});
    }
    case 3: {
      c.plant(k, "candidate_for", o.key, pub, "candidate_for/will_receive");
      return cat({capitalised(c.party(k)), " will receive the status of ",
                  c.rng().chance(50) ? "a member state" : "an observer", " of ", c.org(o.key),
                  " once the necessary procedures are completed."});
    }
    case 4: {
      c.plant(k, "candidate_for", o.key, pub, "candidate_for/invited");
      return cat({capitalised(c.org(o.key)), " has invited ", c.party(k),
                  " to become a full member."});
    }
    default: {
      c.plant(k, "candidate_for", o.key, pub, "candidate_for/application_under_consideration");
      return cat({capitalised(c.possessive(k)), " application for full membership in ",
                  c.org(o.key), " is under consideration."});
    }
  }
}

std::string founder_sentence(Composer& c, const OrgProfile& o) {
  if (o.founders.empty() && o.initiators.empty()) return "";
  const std::string pub = c.pub_iso();
  std::size_t roll = c.rng().below(5);
  if (!o.initiators.empty() && (roll < 2 || o.founders.empty())) {
    const std::string& k = c.rng().pick(o.initiators);
    if (roll == 0) {
      std::string year = std::to_string(o.founded);
      c.plant(k, "founder_of", o.key, year, "founder_of/established_at_initiative");
      return cat({capitalised(c.org(o.key)), " was established in ", year,
                  " at the initiative of ", c.party(k), "."});
    }
    c.plant(k, "founder_of", o.key, pub, "founder_of/put_forward_initiative");
    return cat({"It was ", c.party(k), " that put forward the initiative to establish ",
                c.org(o.key), "."});
  }
  if (o.founders.empty()) return "";
  if (roll == 2) {
    const std::string& k = c.rng().pick(o.founders);
    c.plant(k, "founder_of", o.key, pub, "founder_of/as_founding_member");
    return cat({"As one of the founding members of ", c.org(o.key), ", ", c.party(k),
                " attaches great importance to its further development."});
  }
  if (roll == 3) {
    std::string year = std::to_string(o.founded);
    for (const auto& k : o.founders) c.plant(k, "founder_of", o.key, year, "founder_of/founded_by");
    return cat({capitalised(c.org(o.key)), " was founded in ", year, " by ", c.list(o.founders),
                "."});
  }
  for (const auto& k : o.founders) {
    c.plant(k, "founder_of", o.key, pub, "founder_of/are_founding_members");
  }
  return cat({capitalised(c.list(o.founders)), " are the founding ",
              c.rng().chance(50) ? "members" : "states", " of ", c.org(o.key), "."});
}

std::string chair_sentence(Composer& c, const OrgProfile& o) {
  // Chairmanships rotate among member states; a member organisation (the
  // EU in the G20) does not take the chair.
  Dated chair;
  std::vector<Dated> past;
  for (const auto& d : o.chairs) {
    if (d.year <= c.published().year && c.names().is_state(d.key)) past.push_back(d);
  }
  std::vector<std::string> states;
  for (const auto& m : o.members) {
    if (c.names().is_state(m)) states.push_back(m);
  }
  if (!past.empty()) {
    chair = c.rng().pick(past);
  } else if (!states.empty()) {
    chair.key = c.rng().pick(states);
    chair.year = std::max(o.founded, c.published().year - static_cast<int>(c.rng().below(4)));
  } else {
    return "";
  }
  const std::string& k = chair.key;
  DatePhrase when = c.date(chair.year);
  const std::string year = std::to_string(chair.year);
  switch (c.rng().below(6)) {
    case 0:
      c.plant(k, "chair_of", o.key, when.iso, "chair_of/assumed_chairmanship");
      return cat({capitalised(when.text), ", ", c.party(k), " assumed the chairmanship of ",
                  c.org(o.key), "."});
    case 1:
      c.plant(k, "chair_of", o.key, year, "chair_of/holds_presidency_in");
      return cat({capitalised(c.party(k)), " holds the rotating presidency of ", c.org(o.key),
                  " in ", year, "."});
    case 2:
      c.plant(k, "chair_of", o.key, year, "chair_of/possessive_chairmanship");
      return cat({capitalised(c.possessive(k)), " chairmanship of ", c.org(o.key), " in ", year,
                  " was devoted to ", field_of_work(c), "."});
    case 3: {
      std::string demonym = c.names().is_state(k) ? c.names().demonym(k, c.rng()) : "";
      if (!demonym.empty()) {
        c.plant(k, "chair_of", o.key, year, "chair_of/demonym_chairmanship");
        return cat({"The ", demonym, " chairmanship of ", c.org(o.key), " in ", year,
                    " paid particular attention to ", field_of_work(c), "."});
      }
      [[fallthrough]];
    }
    case 4:
      c.plant(k, "chair_of", o.key, when.iso, "chair_of/took_over");
      return cat({capitalised(c.party(k)), " took over the chairmanship of ", c.org(o.key), " ",
                  when.text, "."});
    default:
      c.plant(k, "chair_of", o.key, year, "chair_of/during_its_chairmanship");
      return cat({"During its chairmanship of ", c.org(o.key), " in ", year, ", ", c.party(k),
                  " intends to focus on ", field_of_work(c), "."});
  }
}

std::string seat_sentence(Composer& c, const OrgProfile& o) {
  if (o.seat.empty()) return "";
  const std::string pub = c.pub_iso();
  const std::string city = c.names().city(o.seat, c.published().year);
  std::size_t roll = c.rng().below(5);
  const char* shape[] = {"headquartered_in/secretariat_located", "headquartered_in/headquartered",
                         "headquartered_in/which_is_based", "headquartered_in/hosts_headquarters",
                         "headquartered_in/headquarters_located"};
  c.plant(o.key, "headquartered_in", o.seat, pub, shape[roll]);
  switch (roll) {
    case 0:
      c.org(o.key);  // introduce the organisation before naming its secretariat
      return cat({capitalised(c.names().org_body(o.key, c.rng())), " is located in ", city, "."});
    case 1:
      return cat({capitalised(c.org(o.key)), " is headquartered in ", city, "."});
    case 2:
      c.org(o.key);
      return cat({capitalised(c.names().org_body(o.key, c.rng())), ", which is based in ", city,
                  ", coordinates the preparation of all major events."});
    case 3:
      return cat({city, " hosts the headquarters of ", c.org(o.key), "."});
    default:
      return cat({capitalised(c.possessive(o.key)), " headquarters are located in ", city, "."});
  }
}

std::string cooperation_sentence(Composer& c, const OrgProfile& o) {
  std::string other = partner_org(c, o);
  if (other.empty()) return "";
  const std::string pub = c.pub_iso();
  switch (c.rng().below(5)) {
    case 0: {
      std::string third = partner_org(c, o);
      if (third != other) {
        c.plant(o.key, "cooperates_with", other, pub, "cooperates_with/ties_between_three");
        c.plant(o.key, "cooperates_with", third, pub, "cooperates_with/ties_between_three");
        c.plant(other, "cooperates_with", third, pub, "cooperates_with/ties_between_three");
        return cat({"The ministers welcomed the development of ties between ", c.org(o.key), ", ",
                    c.org(other), " and ", c.org(third), "."});
      }
      [[fallthrough]];
    }
    case 1:
      c.plant(o.key, "cooperates_with", other, pub, "cooperates_with/cooperation_between");
      return cat({"Cooperation between ", c.org(o.key), " and ", c.org(other),
                  " continues to develop steadily."});
    case 2:
      c.plant(o.key, "cooperates_with", other, pub, "cooperates_with/interacts_closely");
      return cat({capitalised(c.org(o.key)), " interacts closely with ", c.org(other),
                  " in the field of ", field_of_work(c), "."});
    case 3:
      c.plant(o.key, "cooperates_with", other, pub, "cooperates_with/cooperate_in_fields");
      return cat({capitalised(c.org(o.key)), " and ", c.org(other), " cooperate in ",
                  field_of_work(c), "."});
    default:
      c.plant(o.key, "cooperates_with", other, pub, "cooperates_with/growing_interaction");
      return cat({"The parties noted the growing interaction between ", c.org(o.key), " and ",
                  c.org(other), "."});
  }
}

std::string agreement_sentence(Composer& c, const OrgProfile& o) {
  std::size_t roll = c.rng().below(4);
  if (roll == 2 && !o.partners.empty()) {
    const std::string& k = c.rng().pick(o.partners);
    DatePhrase when = c.date(stable_year(c, o, k, "partner"));
    c.plant(k, "agreement_with", o.key, when.iso, "agreement_with/memorandum_granting_status");
    c.plant(k, "partner_of", o.key, when.iso, "agreement_with/memorandum_granting_status");
    return cat({capitalised(c.party(k)), " and ", c.org(o.key),
                " signed a memorandum on granting ", c.names().is_state(k) ? c.state(k) : "it",
                o.key == "BRICS" ? " the status of partner country " : " the status of dialogue partner ",
                when.text, "."});
  }
  std::string other = partner_org(c, o);
  if (other.empty()) return "";
  if (roll == 0 || roll == 2) {
    DatePhrase when = c.date(stable_year(c, o, other, "memorandum"));
    c.plant(o.key, "agreement_with", other, when.iso, "agreement_with/mou_on_cooperation");
    c.plant(o.key, "cooperates_with", other, when.iso, "agreement_with/mou_on_cooperation");
    c.org(o.key);
    return cat({capitalised(when.text), ", ", c.names().org_body(o.key, c.rng()),
                " signed a memorandum of understanding on cooperation with ", c.org(other), "."});
  }
  if (roll == 1) {
    Keys others = c.rng().sample(o.cooperates, 2 + c.rng().below(2));
    for (const auto& k : others) {
      c.plant(o.key, "agreement_with", k, c.pub_iso(), "agreement_with/memoranda_with_list");
    }
    return cat({capitalised(c.org(o.key)), " has signed memoranda of understanding with ",
                c.list(others), "."});
  }
  DatePhrase when = c.date(stable_year(c, o, other, "memorandum"));
  c.plant(o.key, "agreement_with", other, when.iso, "agreement_with/mou_between_signed");
  return cat({"A memorandum of understanding between ", c.org(o.key), " and ", c.org(other),
              " was signed ", when.text, "."});
}

std::string left_sentence(Composer& c, const OrgProfile& o) {
  std::vector<Dated> past;
  for (const auto& d : o.left) {
    if (d.year <= c.published().year) past.push_back(d);
  }
  if (past.empty()) return "";
  const Dated& d = c.rng().pick(past);
  DatePhrase when = c.date(d.year);
  const std::string& k = d.key;
  switch (c.rng().below(5)) {
    case 0:
      c.plant(k, "left", o.key, when.iso, "left/withdrew_from");
      return cat({capitalised(c.party(k)), " withdrew from ", c.org(o.key), " ", when.text, "."});
    case 1:
      c.plant(k, "left", o.key, when.iso, "left/membership_suspended");
      return cat({capitalised(when.text), ", ", c.possessive(k), " membership in ", c.org(o.key),
                  " was suspended."});
    case 2:
      c.plant(k, "left", o.key, when.iso, "left/ceased_to_be_member");
      return cat({capitalised(c.party(k)), " ceased to be a member of ", c.org(o.key), " ",
                  when.text, "."});
    case 3:
      c.plant(k, "left", o.key, when.iso, "left/was_expelled");
      return cat({capitalised(c.party(k)), " was expelled from ", c.org(o.key), " ", when.text,
                  "."});
    default:
      c.plant(k, "left", o.key, when.iso, "left/left_org");
      return cat({capitalised(when.text), ", ", c.party(k), " left ", c.org(o.key), "."});
  }
}

}  // namespace orgkg::bench

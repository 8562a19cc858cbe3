// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Sentences that state no fact: agendas, positions, thanks, plans, meetings,
// quotes, hopes ("could join") and negations ("is not a member of"). Many name
// states and organisations, as the genre does. Written as templates whose
// slots are filled left to right:
//   {S} a member state of the focus organisation (any state when it has none)
//   {X} a state that is not a member of it      {O} the focus organisation
//   {P} another organisation                    {C} a city
//   {D} a demonym                               {Y} a past year
//   {DAY} "12 October"                          {K} a number
//   {F} a field of work
#include <algorithm>

#include "sentences.hpp"

namespace orgkg::bench {
namespace {

constexpr const char* kTemplates[] = {
    "The Minister held talks with his {D} counterpart on the sidelines of the meeting of the "
    "Council of Foreign Ministers of {O}.",
    "The parties discussed the agenda of the upcoming summit of {O} in {C}.",
    "{S} and {S} reaffirmed their commitment to the purposes and principles of the UN Charter.",
    "The sides exchanged views on the situation in Afghanistan and the Middle East.",
    "{X} is not a member of {O}, but it follows the organisation's work with interest.",
    "We hope that {X} could join {O} in the future.",
    "The Minister expressed gratitude to {S} for the warm hospitality extended to the delegation.",
    "{S} supports strengthening {O} as a platform for equal and mutually respectful dialogue.",
    "The participants stressed that {O} is not directed against third countries.",
    "More than {K} delegations are expected to attend the forum in {C}.",
    "The {D} side stressed the importance of ensuring food and energy security.",
    "\"{O} has great potential for expanding trade and investment,\" the Minister said.",
    "The next meeting of the Council of Foreign Ministers of {O} will be held in {C}.",
    "Issues of regional security, counter-terrorism and the fight against drug trafficking were "
    "discussed in detail.",
    "{S} and {S} agreed to intensify contacts at all levels.",
    "The delegation of {S} was headed by the Deputy Minister of Foreign Affairs.",
    "{X} has repeatedly expressed interest in closer interaction with {O}.",
    "There are no plans to admit new members to {O} at this stage.",
    "It is too early to speak of {X}'s accession to {O}.",
    "The Minister briefed his colleagues on the priorities of {D} foreign policy.",
    "The leaders adopted a declaration and a number of documents on {F}.",
    "Trade between {S} and {S} grew by {K} percent in {Y}.",
    "The meeting was also attended by the Secretary-General of {O}.",
    "Contrary to some media reports, {X} has not applied for membership in {O}.",
    "The possibility of granting {X} observer status in {O} was not discussed.",
    "Experts believe that {X} may eventually become a dialogue partner of {O}.",
    "The ministers also discussed the situation in {X}.",
    "The Foreign Ministers of {S} and {S} met in {C} on {DAY} to discuss bilateral relations.",
    "In his speech, the Minister called for a reform of the UN Security Council.",
    "The parties agreed to hold the next round of consultations in {C}.",
    "{O} should remain open to dialogue with all interested states and organisations.",
    "{S} welcomed the interest of a number of states in the activities of {O}.",
    "The Minister congratulated {S} on the successful holding of the summit in {C}.",
    "The talks took place in a friendly and constructive atmosphere.",
    "{S} and {O} discussed prospects for joint projects in {F}.",
    "The question of expanding {O} was discussed in detail, but no decision was taken.",
    "Neither {X} nor {X} is a member of {O}.",
    "{X} could become an observer in {O} if the member states reach a consensus.",
    "The summit of {O} in {C} on {DAY} will focus on {F}.",
    "The Secretary-General of {O} visited {C} on {DAY}.",
    "\"We are ready to share our experience in {F} with our partners in {O},\" the Minister "
    "noted.",
    "The parties noted with satisfaction the dynamic development of relations between {S} and {S}.",
    "The Minister also met with representatives of the business communities of {S} and {S}.",
    "A joint statement on {F} was adopted following the talks.",
    "{S} intends to submit its proposals on {F} to the next meeting of {P}.",
    "The Ministry recalls that {Y} marked an important stage in the history of {O}.",
    "The Minister thanked the Secretariat of {O} for its assistance in organising the meeting.",
    "Representatives of {P} and {O} attended the conference as guests.",
    "{S} is interested in using the potential of {P} to implement joint projects in {F}.",
    "The leaders instructed their foreign ministries to prepare a plan of consultations for {Y}.",
    "No agreement on the admission of {X} to {O} has been reached so far.",
    "The {D} delegation proposed holding a conference on {F} in {C} next year.",
};

const char* field(Rng& rng) {
  static const char* const kFields[] = {
      "countering terrorism and extremism", "trade and investment", "transport connectivity",
      "emergency response", "combating drug trafficking", "energy security", "digital economy",
      "public health", "education and culture", "climate change", "food security",
      "tourism", "water resources management"};
  return rng.pick(kFields);
}

class Filler {
 public:
  explicit Filler(Composer& c) : c_(c), o_(c.focus()) {}

  std::string slot(std::string_view name) {
    Rng& rng = c_.rng();
    if (name == "S") return c_.state(distinct([this] { return member(); }));
    if (name == "X") return c_.state(distinct([this] { return non_member(); }));
    if (name == "O") return c_.org(o_.key);
    if (name == "P") return c_.org(other_org());
    if (name == "C") return c_.names().city(city(), c_.published().year);
    if (name == "D") {
      for (int tries = 0; tries < 8; ++tries) {
        std::string d = c_.names().demonym(member(), rng);
        if (!d.empty()) return d;
      }
      return "Kazakh";
    }
    if (name == "Y") return std::to_string(c_.published().year - static_cast<int>(rng.below(8)));
    if (name == "DAY") {
      return std::to_string(rng.between(1, 28)) + " " + month_name(rng.between(1, 12));
    }
    if (name == "K") return std::to_string(rng.between(3, 60));
    if (name == "F") return field(rng);
    return std::string(name);
  }

 private:
  // A state other than the one the previous slot named ("Russia and Russia").
  template <typename Pick>
  std::string distinct(Pick pick) {
    std::string k = pick();
    for (int tries = 0; tries < 4 && k == last_; ++tries) k = pick();
    last_ = k;
    return k;
  }
  std::string member() {
    std::vector<std::string> states;
    for (const auto& k : o_.members) {
      if (c_.names().is_state(k)) states.push_back(k);
    }
    if (states.empty()) return any_state();
    return c_.rng().pick(states);
  }
  std::string non_member() {
    for (;;) {
      std::string k = any_state();
      if (std::find(o_.members.begin(), o_.members.end(), k) == o_.members.end()) return k;
    }
  }
  std::string any_state() {
    // States the genre talks about: the world's members, observers, partners.
    const OrgProfile& o = c_.rng().pick(c_.world().orgs());
    const std::vector<std::string>& pool = !o.members.empty() ? o.members : o.observers;
    if (pool.empty()) return "KAZ";
    const std::string& k = c_.rng().pick(pool);
    return c_.names().is_state(k) ? k : "KAZ";
  }
  std::string other_org() {
    for (;;) {
      const OrgProfile& o = c_.rng().pick(c_.world().orgs());
      if (o.key != o_.key) return o.key;
    }
  }
  std::string city() {
    for (;;) {
      const OrgProfile& o = c_.rng().pick(c_.world().orgs());
      if (!o.seat.empty()) return o.seat;
    }
  }

  Composer& c_;
  const OrgProfile& o_;
  std::string last_;
};

}  // namespace

std::string filler_sentence(Composer& c) {
  Filler filler(c);
  constexpr std::size_t kCount = sizeof kTemplates / sizeof kTemplates[0];
  std::vector<std::size_t>& used = c.used_templates();
  std::size_t index = c.rng().below(kCount);
  for (int tries = 0; tries < 6 && std::find(used.begin(), used.end(), index) != used.end();
       ++tries) {
    index = c.rng().below(kCount);
  }
  used.push_back(index);
  std::string_view tmpl = kTemplates[index];
  std::string out;
  while (!tmpl.empty()) {
    std::size_t open = tmpl.find('{');
    if (open == std::string_view::npos) {
      out += tmpl;
      break;
    }
    out += tmpl.substr(0, open);
    std::size_t close = tmpl.find('}', open);
    std::string value = filler.slot(tmpl.substr(open + 1, close - open - 1));
    out += open == 0 ? capitalised(value) : value;
    tmpl.remove_prefix(close + 1);
  }
  return out;
}

}  // namespace orgkg::bench

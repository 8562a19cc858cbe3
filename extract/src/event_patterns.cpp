// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// "joined" is a common verb outside membership ("joined the summit", "joined
// the EU in calling for restraint", "joined the consensus"), so the object
// must be an organisation mention or "it" and nothing may extend it: what
// follows the organisation must be a clause end, a date, "as ROLE" or one of
// a few adverbials.
#include "event_patterns.hpp"

#include <algorithm>
#include <string_view>

#include "list_phrases.hpp"
#include "subject_list.hpp"

namespace orgkg::detail {

void read_list_at(const Units& u, std::size_t k, ListItems& list) {
  read_list_forward(u, k, list);
  if (!list.items.empty() && !list_cut_short(u, list)) return;
  ListItems leading;
  read_leading_items(u, k, leading);
  if (!leading.items.empty() && is(u, leading.list_end, {"as", "to", "into"})) {
    list = std::move(leading);
  }
}

std::optional<Role> role_after_as(const Units& u, std::size_t k, std::size_t& end) {
  if (!is(u, k, {"as"})) return std::nullopt;
  k += is(u, k + 1, {"a", "an", "the", "its"}) ? 2 : 1;
  while (is_ordinal(u, k)) ++k;  // "as the eighth|twenty-third Partner State"
  if (is(u, k, {"new"})) ++k;
  std::size_t length = 0;
  std::optional<Role> role = role_at(u, k, length);
  if (!role || *role == Role::Plain) return std::nullopt;
  end = k + length;
  return role;
}

bool years_later_at(const Units& u, std::size_t i) {
  return is(u, i, {"a", "one", "two", "three", "four", "five", "six", "several"}) &&
         is(u, i + 1, {"year", "years"}) && is(u, i + 2, {"later"});
}

namespace {

// What may follow the organisation of "joined ORG" for it to be the object.
bool object_ends_at(const Units& u, std::size_t i) {
  if (i >= u.size()) return true;
  if (is(u, i, {"in", "on", "from"})) return is_date_word(u, i + 1);
  if (years_later_at(u, i)) return true;  // "joined the ACD a year later"
  return is(u, i,
            {".",   ",",          ";",        ":",    "-",     "(",       ")",         "!",
             "?",   "\"",         "as",       "at",   "since", "after",   "following", "together",
             "and", "officially", "formally", "last", "this",  "earlier", "later",     "back"});
}

// "was [fully] reinstated|readmitted", "was restored|welcomed back as a
// full member" at unit i: its length, 0 when none.
std::size_t reinstated_at(const Units& u, std::size_t i) {
  std::size_t n = first_phrase(u, i, {"was"}, {"were"}, {"has", "been"}, {"had", "been"});
  // "suspended from the Commonwealth in 2009 and restored as a full member
  // in 2014": the auxiliary of the first predicate serves both.
  if (n == 0 && i >= 2 && is(u, i - 1, {"and"})) {
    if (is(u, i, {"reinstated", "readmitted"})) return 1;
    return is(u, i, {"restored"}) && is(u, i + 1, {"as"}) ? 1 : 0;
  }
  if (n == 0) return 0;
  if (is(u, i + n, {"fully", "formally", "officially"})) ++n;
  if (is(u, i + n, {"reinstated", "readmitted"})) return n + 1;
  // Back with a role: "restored as a full member".
  std::size_t back = is(u, i + n, {"restored"}) ? 1 : phrase(u, i + n, {"welcomed", "back"});
  return back != 0 && is(u, i + n + back, {"as"}) ? n + back : 0;
}

// "returned in 2018" after its subject left the organisation in the same
// sentence ("left the association in 2013 and returned in 2018"), at unit i.
bool returned_after_leaving(const Units& u, std::size_t i) {
  if (!is(u, i, {"returned"}) || !is(u, i + 1, {"in", "on"}) || !is_date_word(u, i + 2))
    return false;
  for (std::size_t k = 0; k < i; ++k) {
    if (is(u, k, {"left", "withdrew", "suspended", "expelled", "quit"})) return true;
  }
  return false;
}

// "was|were|has been|... [officially] admitted|accepted to|into", "was
// admitted at the New Delhi summit" at unit i (join_verb_at()).
std::size_t admitted_at(const Units& u, std::size_t i, const char*& rule) {
  rule = "list.admitted";
  // The auxiliaries start with different words: at most one is there.
  std::size_t n =
      first_phrase(u, i, {"was"}, {"were"}, {"has", "been"}, {"have", "been"}, {"had", "been"});
  if (n != 0 && is(u, i + n, {"officially", "formally"})) ++n;
  if (n != 0 && is(u, i + n, {"admitted", "accepted"}) && is(u, i + n + 1, {"to", "into"})) {
    return n + 2;
  }
  // "when Afghanistan was admitted at the New Delhi summit|in 2007": the
  // organisation in context.
  if (n != 0 && admitted_at_its_meeting(u, i + n)) {
    // "... have held observer status the longest, while China was admitted
    // at the Kiruna meeting": admitted to that status, not as members.
    for (std::size_t k = 0; k < i; ++k) {
      if (is(u, k, {"observer", "observers", "status", "partner", "partners", "associate"}))
        return 0;
    }
    return n + 1;
  }
  return 0;
}

// The verb of a join statement at unit i: "joined", "rejoined", "resumed its
// membership in", "acceded to", "was admitted to"; its length (0 when none)
// and rule name.
std::size_t join_verb_at(const Units& u, std::size_t i, const char*& rule) {
  // Most calls are at an auxiliary ("was", "has"), which only the passives
  // (reinstated_at() and "was admitted to") start with: the verbs are passed.
  const bool auxiliary = is(u, i, {"was", "were", "has", "have", "had"});
  if (auxiliary) {
    rule = "list.rejoined";
    if (std::size_t n = reinstated_at(u, i)) return n;
    return admitted_at(u, i, rule);
  }
  rule = "list.joined";
  if (is(u, i, {"joined", "entered"})) return 1;  // "Finland entered NATO in April 2023"
  rule = "list.belongs";  // "Fiji also belongs to the MSG": a state, not a start
  if (std::size_t n = first_phrase(u, i, {"belongs", "to"}, {"belong", "to"}, {"belonged", "to"}))
    return n;
  rule = "list.rejoined";
  if (is(u, i, {"rejoined"})) return 1;
  if (std::size_t n = phrase(u, i, {"returned", "to"})) return n;  // "returned to the CSTO"
  if (std::size_t n = reinstated_at(u, i)) return n;
  if (std::size_t n = first_phrase(
          u, i, {"resumed", "its", "membership", "in"}, {"resumed", "its", "membership", "of"},
          {"restored", "its", "membership", "in"}, {"regained", "its", "membership", "in"},
          {"renewed", "its", "membership", "in"}, {"resumed", "its", "place", "in"},
          {"resumed", "its", "seat", "in"}, {"resumes", "its", "seat", "in"},
          {"resumes", "its", "place", "in"}, {"regained", "its", "seat", "in"})) {
    return n;
  }
  rule = "list.acceded";
  if (std::size_t n = phrase(u, i, {"acceded", "to"})) return n;
  // "Belize acceded on 1 May 1974": to the organisation in context.
  if (is(u, i, {"acceded"}) && is(u, i + 1, {"in", "on"}) && is_date_word(u, i + 2)) return 1;
  // "completed its accession to ORG": done, unlike an accession sought.
  if (std::size_t n = first_phrase(u, i, {"completed", "its", "accession", "to"},
                                   {"completed", "their", "accession", "to"},
                                   {"completed", "accession", "to"})) {
    return n;
  }
  rule = "list.admitted";
  return 0;  // no auxiliary: no "was admitted to" (admitted_at()) either
}

// The capacity a join statement states in the rest of its clause, from unit
// i: "as [a|an] ROLE" sets `role` (left empty, meaning member, when the
// clause names none). False for "as a founding member", "as a guest" and the
// like: not a membership, or not one the pattern can name.
bool capacity_after(const Units& u, std::size_t i, std::optional<Role>& role) {
  for (; i < u.size() && !is(u, i, {".", ";", "but", "while"}); ++i) {
    if (is(u, i, {"founding", "founder", "founders", "cofounder"})) return false;
    if (is(u, i, {",", "and"}) && !is_date_word(u, i + 1) && !is(u, i + 1, {"as"})) break;
    if (!is(u, i, {"as"}) || role) continue;
    std::size_t k = is(u, i + 1, {"a", "an", "its", "the"}) ? i + 2 : i + 1;
    while (is_ordinal(u, k)) ++k;  // "as its eighth member"
    std::size_t length = 0;
    role = role_at(u, k, length);
    // "joined ... as a dialogue partner": the status extractor's, not a list's.
    if (!role || *role == Role::Plain || *role == Role::DialoguePartner) return false;
  }
  return true;
}

// "A joined ORG in 1998, together with B and C": the companions named in the
// rest of the clause from unit k, added to `finding`.
void add_companions(const Units& u, std::size_t k, ListFinding& finding) {
  for (; k < u.size() && !is(u, k, {".", ";", "but", "while", "which", "who"}); ++k) {
    std::size_t n = phrase(u, k, {"together", "with"}) + phrase(u, k, {"along", "with"});
    if (n == 0) continue;
    ListItems more;
    read_list_forward(u, k + n, more);
    if (more.items.empty() || list_cut_short(u, more)) return;
    std::size_t end = more.list_end;
    bool dated = is(u, end, {"in", "on"}) && is_date_word(u, end + 1);  // "with B in 1949"
    if (end < u.size() && !is(u, end, {".", ";", ","}) && !dated) return;
    finding.items.insert(finding.items.end(), more.items.begin(), more.items.end());
    finding.list_end = more.list_end;
    return;
  }
}

// "ASEAN|It was later joined by Brunei in 1984, Viet Nam in 1995", "the
// founding states of BSEC were joined by Serbia": the list after "by" joined
// the organisation the subject is or is of ("joined" at unit i).
std::optional<ListFinding> passive_join(const Units& u, std::size_t i) {
  std::size_t aux = i;
  while (aux > 0 && is(u, aux - 1, {"later", "subsequently", "then", "soon", "also"})) --aux;
  // "was|were joined by", "has|have been joined by": the subject ends before.
  std::size_t subject = aux > 0 && is(u, aux - 1, {"was", "were"}) ? aux - 1
                        : aux > 1 && is(u, aux - 1, {"been"}) && is(u, aux - 2, {"has", "have"})
                            ? aux - 2
                            : 0;
  if (subject == 0) return std::nullopt;
  ListFinding finding;
  const Mention* org = nullptr;
  if (subject_before(u, subject, org)) {
    finding.organisation = org;
    if (org == nullptr && is(u, subject - 1, {"it"})) finding.pronoun = subject - 1;
  } else if (subject >= 3 && is_org(u, subject - 1) && is(u, subject - 2, {"of"}) &&
             is(u, subject - 3, {"states", "members", "countries", "founders"})) {
    finding.organisation = u[subject - 1].mention;  // "the founding states of BSEC were"
  } else if (subject >= 4 && is(u, subject - 1, {"-"})) {
    // "The eleven founding states – A, B and C – were later joined by": the
    // members of the organisation in context, listed between dashes.
    std::size_t open = subject - 2;
    while (open > 0 && subject - open < 40 && !is(u, open, {"-", ".", ";"})) --open;
    if (!is(u, open, {"-"}) || open == 0 ||
        !is(u, open - 1, {"states", "members", "countries", "founders"})) {
      return std::nullopt;
    }
    finding.topic_object = true;
  } else {
    return std::nullopt;
  }
  read_dated_items(u, i + 2, finding);
  if (finding.items.empty() || list_cut_short(u, finding)) return std::nullopt;
  finding.relation = Relation::MemberOf;
  finding.rule = "list.joined_by";
  finding.anchor = i;
  finding.subject_begin = subject;
  finding.predicate_end = finding.list_end;
  finding.starts = true;
  return finding;
}

}  // namespace

std::optional<ListFinding> join_pattern(const Units& u, std::size_t i,
                                        const PartnerPolicy& partners) {
  if (is(u, i, {"joined"}) && is(u, i + 1, {"by"})) return passive_join(u, i);
  // "became|is|has been part of ORG": anchored on the rarer "part", read
  // from its verb.
  const char* rule = nullptr;
  std::size_t verb = 0;
  if (is(u, i, {"part"})) {
    if (i == 0 || !is(u, i + 1, {"of"}) || !is(u, i - 1, {"became", "is", "are", "been"})) {
      return std::nullopt;
    }
    rule = is(u, i - 1, {"became"}) ? "list.joined" : "list.belongs";
    verb = 3;
    --i;
  } else {
    verb = join_verb_at(u, i, rule);
  }
  bool returned = verb == 0 && returned_after_leaving(u, i);
  if (returned) {
    verb = 1;
    rule = "list.rejoined";
  }
  if (verb == 0) return std::nullopt;
  // A passive with no object ("Fiji was fully reinstated in 2014",
  // "Afghanistan was admitted at the New Delhi summit"): like a bare "joined".
  bool bare = verb == 1 ||
              (verb > 1 &&
               is(u, i + verb - 1, {"reinstated", "readmitted", "admitted", "restored", "back"}));
  // "resumed its membership in 2006": a date, not the organisation, after "in".
  bool membership_phrase = verb == 4 && is(u, i + 1, {"its"});
  if (membership_phrase && is_date_word(u, i + verb)) --verb;
  OrgPhrase object = org_after(u, i + verb, /*preposition=*/false);
  // "Greece was readmitted to the Council of Europe in 1974"
  if (object.length == 0 && verb > 1 && is(u, i + verb, {"to", "into"}) &&
      is(u, i + verb - 1, {"reinstated", "readmitted", "restored"})) {
    object = org_after(u, i + verb + 1, /*preposition=*/false);
    if (object.org != nullptr) ++object.length;
  }
  // "Brunei joined in January 1984", "Gabon joined at the Kigali summit",
  // "France joined as the 23rd member state": the organisation is the topic.
  std::size_t as_end = 0;
  bool objectless =
      object.length == 0 && (bare || membership_phrase) &&
      ((is(u, i + verb, {"in", "on"}) && is_date_word(u, i + verb + 1)) ||
       (bare && at_its_summit(u, i + verb)) || (bare && role_after_as(u, i + verb, as_end)));
  if (object.length == 0 && !objectless) return std::nullopt;
  std::size_t k = i + verb + object.length;
  if (!object_ends_at(u, k)) return std::nullopt;
  std::optional<Role> role;
  if (!capacity_after(u, k, role) || (role && !accept_role(*role, object.org, partners))) {
    return std::nullopt;
  }
  ListFinding finding;
  std::size_t j = subject_end(u, i);
  if (!read_subject_list(u, j, finding) && !read_relative_it(u, j, finding)) return std::nullopt;
  // "BIMSTEC, which Nepal|it joined in 2004": the organisation the clause
  // hangs on.
  const Mention* relative = nullptr;
  if (objectless && finding.subject_begin > 0) {
    relative = relative_antecedent(u, finding.subject_begin - 1);
  }
  finding.relation = relation_of(role.value_or(Role::Member));
  finding.rule = rule;
  finding.organisation = relative != nullptr ? relative : object.org;
  finding.also = object.also;
  finding.pronoun = object.pronoun;
  finding.topic_object = objectless && relative == nullptr;
  add_companions(u, k, finding);
  finding.anchor = i;
  finding.predicate_end = k;
  finding.starts = rule != std::string_view("list.belongs");
  return finding;
}

std::optional<ListFinding> admit_pattern(const Units& u, std::size_t i,
                                         const PartnerPolicy& partners) {
  if (std::optional<ListFinding> apposition = admitted_apposition(u, i)) return apposition;
  // "the SCO admitted India as a member", "BRICS welcomed South Africa as a
  // new full member"
  if (!is(u, i, {"admitted", "welcomed", "welcomes", "welcome", "absorbed", "accepted"}) ||
      (i > 0 && is(u, i - 1, {"be", "been", "being", "was", "were", "is", "are", "to"}))) {
    return std::nullopt;
  }
  ListFinding finding;
  read_list_at(u, i + 1, finding);
  if (finding.items.empty() || finding.list_begin != i + 1) return std::nullopt;
  std::size_t k = finding.list_end;
  // "the bloc absorbed|admitted Montenegro in 2017": its new members, the
  // organisation the verb's subject.
  if (!is(u, k, {"as"}) && !is(u, i, {"welcomed", "welcomes", "welcome"}) && object_ends_at(u, k)) {
    const Mention* subject = nullptr;
    if (!subject_before(u, i, subject) || subject == nullptr) return std::nullopt;
    return complete_status_grant(std::move(finding), u, i, OrgPhrase{}, Role::Member, partners,
                                 "list.admitted", k);
  }
  // A bare partner only where the organisation calls its members so:
  // accept_role() decides.
  std::optional<Role> role = role_after_as(u, k, k);
  if (!role) return std::nullopt;
  OrgPhrase after = org_after(u, k);
  if (after.length == 0 && unresolved_place(u, k)) return std::nullopt;
  k += after.length;
  return complete_status_grant(std::move(finding), u, i, after, *role, partners, "list.admitted_as",
                               k);
}

}  // namespace orgkg::detail

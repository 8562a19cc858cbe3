// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Anchored on the document noun: the signing verb is looked for right before
// it (active) or right after its tail and "between" group (passive), so a
// "signed" elsewhere in the sentence never lends itself to an unsigned
// memorandum. Groups chain through ",", "and", "as well as" and a date
// phrase, which is what lets "In 2005, ... with A, and in 2007 with B" date
// each group by its own year.
#include "agreement_patterns.hpp"

#include <array>
#include <optional>

#include "agreement_signers.hpp"
#include "entry_words.hpp"
#include "list_phrases.hpp"
#include "subject_list.hpp"
#include "word_set.hpp"

namespace orgkg::detail {
namespace {

const WordSet kDocNouns{"memorandum", "memoranda", "memorandums", "memo",     "memos",    "mou",
                        "mous",       "agreement", "agreements",  "protocol", "protocols"};

const WordSet kSignVerbs{"signed", "concluded", "inked", "sign", "conclude"};

bool is_doc_noun(const Units& u, std::size_t i) { return kDocNouns.at(u, i); }

bool is_sign_verb(const Units& u, std::size_t i) { return kSignVerbs.at(u, i); }

// What may follow a document noun or its parties before the verb, from unit
// k: "of [mutual] understanding", "(MoU)", "on economic cooperation": where
// it ends. Sets `frame` when it names cooperation.
std::size_t skip_doc_tail(const Units& u, std::size_t k, bool& frame) {
  if (is(u, k, {"of"})) {
    for (std::size_t n = 1; n <= 3; ++n) {
      if (is(u, k + n,
             {"understanding", "understandings", "intent", "cooperation", "obligations"})) {
        frame = frame || is(u, k + n, {"cooperation"});
        k += n + 1;
        break;
      }
      if (u.size() <= k + n || u[k + n].mention != nullptr) break;
    }
  }
  if (is(u, k, {"("}) && k + 2 < u.size() && is(u, k + 2, {")"})) k += 3;  // "(MoU)"
  if (!is(u, k, {"on", "about", "concerning", "regarding", "in", "for", "establishing"}) ||
      is_date_word(u, k + 1)) {
    return k;
  }
  std::size_t m = k + 1;
  while (m < u.size() && m < k + 9 && u[m].mention == nullptr &&
         !is(u, m,
             {"with", "between", "was", "were", "has", "have", "had", "signed", ",", ".", ";"})) {
    frame = frame || is_cooperation_noun(u, m);
    ++m;
  }
  return m;
}

// An active signing verb a few words before the document noun at unit d
// ("signed a", "have signed two", "concluded the relevant"), or "has/have"
// for a holder ("has free trade agreements"); its unit.
std::optional<std::size_t> verb_before(const Units& u, std::size_t d, bool& has) {
  std::size_t reach = 7;  // words back ("signed a full-fledged free trade agreement")
  for (std::size_t k = d; k > 0 && d - k < reach; --k) {
    std::size_t v = k - 1;
    if (is_sign_verb(u, v)) {
      has = false;
      bool passive = v > 0 && is(u, v - 1, {"was", "were", "been", "be", "being"});
      return passive ? std::nullopt : std::optional<std::size_t>(v);
    }
    if (is(u, v, {"has", "have"})) {
      // "has a free trade agreement with"; farther back, "have shown
      // interest in concluding similar agreements" is no such holding.
      if (d - k >= 5) break;
      has = true;
      return v;
    }
    if (is(u, v, {"into"}) && v > 0 && is(u, v - 1, {"entered"})) {  // "entered into"
      has = false;
      return v - 1;
    }
    // "the Partnership and Cooperation Agreement": "and" inside a title
    bool titled = is(u, v, {"and"}) && v > 0 && u[v - 1].capitalized && u[v + 1].capitalized &&
                  u[v - 1].mention == nullptr;
    if (titled) reach = 7;
    // "signed in Dushanbe a memorandum": the place of signing, not a party.
    bool place = u[v].mention != nullptr && u[v].mention->entity->kind == EntityKind::City &&
                 v > 0 && is(u, v - 1, {"in"});
    if ((u[v].mention != nullptr && !place) ||
        is(u, v, {"with", "between", "by", ",", "that", "which"}) ||
        (is(u, v, {"and"}) && !titled)) {
      break;
    }
  }
  return std::nullopt;
}

// "was signed", "have been signed", ", signed", "signed" at unit k: where it
// ends, 0 when there is none.
std::size_t passive_end(const Units& u, std::size_t k) {
  if (is(u, k, {","})) ++k;
  if (is(u, k, {"which", "that"})) ++k;
  // The auxiliaries start with different words: at most one is there.
  std::size_t n = first_phrase(u, k, {"was"}, {"were"}, {"has", "been"}, {"have", "been"},
                               {"had", "been"}, {"is"}, {"are"});
  if (n != 0 && is(u, k + n, {"also", "already", "recently", "successfully"})) ++n;
  if (n != 0 && is_sign_verb(u, k + n)) return k + n + 1;
  if (is_sign_verb(u, k)) return k + 1;
  // "entered into force", "has come into force": in force, so signed
  if (is(u, k, {"has", "have", "had"})) ++k;
  if (is(u, k, {"entered", "came", "come"}) && phrase(u, k + 1, {"into", "force"}) != 0) {
    return k + 3;
  }
  return 0;
}

// Past a date phrase ("in 2007", "on 14 November 2018") at unit k.
std::size_t skip_date(const Units& u, std::size_t k) {
  if (!is(u, k, {"in", "on", "since"}) || !is_date_word(u, k + 1)) return k;
  std::size_t m = k + 1;
  while (m < u.size() && m < k + 6 && (is_date_word(u, m) || is(u, m, {"same", "year", ","}))) ++m;
  return is(u, m - 1, {","}) ? m - 1 : m;
}

struct Group {
  bool between = false;
  std::vector<const Mention*> items;
  std::size_t begin = 0;                      // where its connectors and date phrase start
  std::size_t end = 0;                        // one past its list
  std::optional<int> anaphor = std::nullopt;  // "between the two organisations"
};

// "the protocol on its accession to the WTO", "a memorandum of obligations
// on SCO membership": the organisation a document from unit d binds its
// signatory to, read up to the first with/between or punctuation.
std::optional<Group> bound_org(const Units& u, std::size_t d) {
  bool binding = false;
  for (std::size_t i = d + 1; i < u.size() && i < d + 12; ++i) {
    if (is(u, i, {",", ".", ";", "with", "between"})) break;
    if (is(u, i, {"accession", "obligations", "membership"})) binding = true;
    if (u[i].mention == nullptr) continue;
    if (!is_org(u, i)) return std::nullopt;  // "on Armenia's accession": not the signatory's
    if (!binding && !is(u, i + 1, {"membership", "member"})) return std::nullopt;
    return Group{false, {u[i].mention}, d + 1, i + 1, std::nullopt};
  }
  return std::nullopt;
}

// "the EAEU–Vietnam free trade agreement": parties joined by dashes a few
// words before the document noun at unit d.
std::optional<Group> compound_group(const Units& u, std::size_t d) {
  std::size_t j = d;
  while (j > 1 && d - j < 4 && u[j - 1].mention == nullptr &&
         (u[j - 1].norm.size() > 1 || (is(u, j - 1, {"-"}) && u[j - 2].mention == nullptr)) &&
         !is(u, j - 1, {"the", "a", "an", "of", "and", "with", "between", "by"})) {
    --j;
  }
  Group group{true, {}, j, d, std::nullopt};
  while (j > 0 && u[j - 1].mention != nullptr) {
    group.items.insert(group.items.begin(), u[j - 1].mention);
    --j;
    if (j < 2 || !is(u, j - 1, {"-"}) || u[j - 2].mention == nullptr) break;
    --j;
  }
  if (group.items.size() < 2) return std::nullopt;
  return group;
}

// "with A, B", "between C and D", chained by ",", "and", "as well as" and a
// date phrase, from unit k: appends to `groups`, returns where they end.
std::size_t read_groups(const Units& u, std::size_t k, std::vector<Group>& groups) {
  while (k < u.size()) {
    std::size_t m = k;
    if (is(u, m, {","})) ++m;
    if (std::size_t n = phrase(u, m, {"as", "well", "as"})) m += n;
    if (is(u, m, {"and", "also"})) ++m;
    m = skip_date(u, m);
    if (!is(u, m, {"with", "between"})) break;
    std::size_t end = m + 1;
    Group group{is(u, m, {"between"}), parties_at(u, m + 1, end), k, end, std::nullopt};
    int count = 0;
    std::size_t n = group.between && group.items.empty() ? anaphor_at(u, m + 1, count) : 0;
    if (n != 0) {
      group.anaphor = count;
      group.end = end = m + 1 + n;
    }
    if (group.items.empty() && !group.anaphor) break;
    groups.push_back(std::move(group));
    k = end;
  }
  return k;
}

// Past an interjection set off by commas right after a document ("signed
// Association Agreements, including free trade areas, with A and B"): the
// comma before the "with|between" it leads to, else k.
std::size_t past_interjection(const Units& u, std::size_t k) {
  if (!is(u, k, {","}) || !is(u, k + 1, {"including", "notably", "namely"})) return k;
  for (std::size_t m = k + 2; m < u.size() && m < k + 14; ++m) {
    if (u[m].mention != nullptr || is(u, m, {".", ";", ":"})) return k;
    if (is(u, m, {","})) return is(u, m + 1, {"with", "between"}) ? m + 1 : k;
  }
  return k;
}

// "the memorandum signed by the two secretariats|organisations|sides", "by
// their secretariats", "by the secretariats of the two organisations" after
// the passive verb ending at unit p: between the last two organisations the
// sentence names before the document at unit d.
std::optional<Group> signed_by_both(const Units& u, std::size_t d, std::size_t p) {
  // "by the two secretariats", "by both secretariats", "by their
  // secretariats", "by the secretariats of the two organisations"
  if (!is(u, p, {"by"})) return std::nullopt;
  std::size_t k = p + 1;
  bool of = phrase(u, k, {"the", "secretariats", "of"}) != 0;
  if (of) k += 3;
  if (phrase(u, k, {"the", "two"})) {
    k += 2;
  } else if (is(u, k, {"both"}) && of) {
    ++k;
  } else if (!of && is(u, k, {"their", "both"}) && is(u, k + 1, {"secretariats"})) {
    ++k;
  } else {
    return std::nullopt;
  }
  if (!is(u, k, {"secretariats", "organizations", "sides", "parties", "structures"}))
    return std::nullopt;
  Group group{true, {}, p, k + 1, std::nullopt};
  for (std::size_t j = d; j > 0 && group.items.size() < 2; --j) {
    if (!is_org(u, j - 1)) continue;
    const Mention* org = u[j - 1].mention;
    if (group.items.empty() || group.items.front()->entity != org->entity)
      group.items.insert(group.items.begin(), org);
  }
  if (group.items.size() != 2) return std::nullopt;
  return group;
}

// "A and B, with which memoranda were signed": the organisations before the
// relative clause whose document noun is at unit d are the other parties.
std::optional<Group> with_which_before(const Units& u, std::size_t d) {
  if (d < 4 || !is(u, d - 1, {"which", "whom"}) || !is(u, d - 2, {"with"}) ||
      !is(u, d - 3, {","})) {
    return std::nullopt;
  }
  std::size_t end = d - 3;
  std::size_t j = end;
  // "the SCO and ECO secretariats": a head noun after the list.
  if (is(u, j - 1, {"secretariats", "organizations", "structures", "bodies"})) --j;
  ListItems list;
  read_list_backward(u, j, list);
  if (list.items.empty()) return std::nullopt;
  for (const Mention* item : list.items) {
    if (item->entity->kind != EntityKind::Organisation) return std::nullopt;
  }
  return Group{false, list.items, list.list_begin, end, std::nullopt};
}

// The subject of an active verb at unit v: parties named, or the context.
void add_group_findings(const std::vector<Group>& groups, const OrgFinding& base,
                        std::vector<OrgFinding>& out) {
  for (std::size_t g = 0; g < groups.size(); ++g) {
    OrgFinding f = base;
    f.rule = groups[g].between ? "agreement.between" : base.rule;
    if (groups[g].between) {
      f.subjects = groups[g].items;
      f.anaphor = groups[g].anaphor;
      f.context_subject = false;
      f.all_pairs = true;
    } else {
      if (f.subjects.empty() && !f.context_subject) continue;
      f.objects = groups[g].items;
    }
    f.date_begin = g == 0 ? base.date_begin : groups[g].begin;
    f.date_end = g + 1 < groups.size() ? groups[g + 1].begin : base.date_end;
    out.push_back(std::move(f));
  }
}

// Whether it found something: the two patterns below say so to the
// entry-word index (find_agreements()).
bool doc_pattern(const Units& u, std::size_t d, std::vector<OrgFinding>& out) {
  if (!is_doc_noun(u, d)) return false;
  std::size_t found = out.size();
  OrgFinding base;
  base.relation = Relation::AgreementWith;
  base.cooperation_frame = d > 0 && is_cooperation_noun(u, d - 1);
  std::size_t k = skip_doc_tail(u, d + 1, base.cooperation_frame);
  bool has = false;
  std::optional<std::size_t> active = verb_before(u, d, has);
  bool signing_of =
      d >= 2 &&
      (is(u, d - 1, {"of"}) || (is(u, d - 1, {"a", "the"}) && d >= 3 && is(u, d - 2, {"of"}))) &&
      is(u, is(u, d - 1, {"of"}) ? d - 2 : d - 3, {"signing"});
  std::vector<Group> groups;
  std::optional<Group> bound = active && !has ? bound_org(u, d) : std::nullopt;
  if (bound) {
    k = bound->end;
    groups.push_back(std::move(*bound));
  }
  k = past_interjection(u, k);
  std::size_t end = read_groups(u, k, groups);
  std::size_t relative = 0;  // ", which was signed": the date clause starts at "which"
  if (!active && !signing_of) {
    std::size_t tail = skip_doc_tail(u, end, base.cooperation_frame);
    std::size_t passive = passive_end(u, tail);
    if (passive == 0) return false;
    if (is(u, tail, {","}) && is(u, tail + 1, {"which", "that"})) relative = tail + 1;
    end = read_groups(u, passive, groups);
    end = std::max(end, passive);
    if (groups.empty()) {
      if (std::optional<Group> pair = signed_by_both(u, d, passive)) {
        end = pair->end;
        groups.push_back(std::move(*pair));
      } else if (std::optional<Group> with = with_which_before(u, d)) {
        base.context_before = with->begin;  // the signer is named before the parties
        groups.push_back(std::move(*with));
      }
    }
    std::optional<Group> compound = groups.empty() ? compound_group(u, d) : std::nullopt;
    if (compound) groups.push_back(std::move(*compound));
  }
  std::size_t begin = active ? *active : d;
  if (active) signer_of(u, *active, base, begin);
  if (!active) base.context_subject = true;
  base.rule = has ? "agreement.has_with" : "agreement.signed_with";
  base.scope_begin = base.date_begin = clause_begin(u, begin);
  // "the first country to sign": no plan, the "to" is the ordinal's.
  if (active && is(u, *active, {"sign", "conclude"})) {
    if (base.subjects.empty()) return false;
    base.scope_begin = *active;
  }
  if (relative != 0) base.date_begin = relative;
  // "the SCO, which rests on the memorandum signed ... in October 2007":
  // a document in a relative clause is dated by that clause.
  if (relative == 0 && !active) {
    for (std::size_t w = begin; w > base.date_begin + 1 && !is(u, w - 1, {","}); --w) {
      if (is(u, w - 1, {"which"}) && is(u, w - 2, {","})) {
        base.date_begin = w - 1;
        break;
      }
    }
  }
  base.scope_end = base.date_end = phrase_end(u, end);
  if (groups.empty()) {
    // "A and B signed a memorandum": between them. Three or more signatories
    // may have signed with others.
    if (!active || has || base.subjects.size() != 2) return false;
    base.rule = "agreement.signed_pair";
    base.all_pairs = true;
    out.push_back(std::move(base));
    return true;
  }
  add_group_findings(groups, base, out);
  return out.size() != found;
}

// SUBJECT signed with A [and B] a DOC: the verb at unit v.
bool verb_first_pattern(const Units& u, std::size_t v, std::vector<OrgFinding>& out) {
  if (!is_sign_verb(u, v) || !is(u, v + 1, {"with"}) ||
      (v > 0 && is(u, v - 1, {"was", "were", "been", "be"}))) {
    return false;
  }
  std::size_t found = out.size();
  std::vector<Group> groups;
  std::size_t end = read_groups(u, v + 1, groups);
  std::size_t d = end;
  while (d < u.size() && d < end + 4 && !is_doc_noun(u, d) && u[d].mention == nullptr &&
         !is(u, d, {",", ".", ";", "and", "with", "between"})) {
    ++d;
  }
  if (groups.empty() || d >= u.size() || !is_doc_noun(u, d)) return false;
  OrgFinding base;
  base.relation = Relation::AgreementWith;
  base.rule = "agreement.signed_with";
  base.cooperation_frame = is_cooperation_noun(u, d - 1);
  std::size_t begin = v;
  signer_of(u, v, base, begin);
  base.scope_begin = base.date_begin = clause_begin(u, begin);
  base.scope_end = base.date_end = phrase_end(u, skip_doc_tail(u, d + 1, base.cooperation_frame));
  add_group_findings(groups, base, out);
  return out.size() != found;
}

}  // namespace

// Each pattern starts at its own first test's words (entry_words.hpp): the
// sets above, which no word is in both of.
FamilyEntryWords agreement_entry_words() {
  return {"the agreement patterns", {kDocNouns.words(), kSignVerbs.words()}};
}

void find_agreements(const EntryUnits& sentence, std::vector<OrgFinding>& findings) {
  using Pattern = bool (*)(const Units&, std::size_t, std::vector<OrgFinding>&);
  static constexpr std::array<Pattern, 2> kPatterns{doc_pattern, verb_first_pattern};
  const Units& u = sentence.units();
  findings.clear();
  EntryWords::index().run(
      PatternFamily::Agreement, kPatterns.size(), sentence,
      [&](std::size_t p, std::size_t i) { return kPatterns[p](u, i, findings); });
}

}  // namespace orgkg::detail

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// candidate_for: an admission in any capacity (member, observer, partner)
// applied for, announced or under way but not completed.
//   LIST applied|has applied for [ORG] membership|observer status [in ORG],
//        applied to join ORG; submitted an application|applications for ...   candidate.applied
//   STATE's application|bid for membership|to join [ORG]          candidate.application
//   the procedure for admitting LIST [to ORG], for the admission of LIST,
//        for LIST's accession; LIST's accession procedure          candidate.procedure
//   LIST will receive|obtain|be granted ROLE status [in ORG]; with a date
//        only: will become a member [of ORG], will join ORG       candidate.will_receive
//   decisions, invitations, offers and memoranda: candidacy_decisions.cpp
//   LIST is an [ORG] candidate country; has|was granted [ORG] candidate status
//                                                                  candidate.candidate_status
// "will", "applied", "invited" are what these state (Modality Pending), but
// negation and modality ("could join", "we hope X will become", "has not
// applied") still drop them, and a procedure "completed" is membership, not
// candidacy.
#include "candidacy_patterns.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "status_phrases.hpp"

namespace orgkg::detail {

// "[the] [ORG] observer status", "the status of [an] [ORG] member state",
// "[full] [ORG] membership", "observership", "accession", "admission" at unit i.
std::optional<Capacity> capacity_at(const Units& u, std::size_t i) {
  Capacity c;
  std::size_t k = is(u, i, {"the", "a", "an"}) ? i + 1 : i;
  bool status_of = phrase(u, k, {"status", "of"}) != 0;
  if (status_of) k += is(u, k + 2, {"a", "an"}) ? 3 : 2;
  if (is_org(u, k)) c.org = u[k++].mention;
  // "candidate status", "the status of [a] candidate country": candidacy
  // itself (no role: what it is granted is the candidacy).
  if (is(u, k, {"candidate"})) {
    std::size_t n = 1;
    if (is(u, k + n, {"country", "state"})) ++n;
    if (!status_of && !is(u, k + n, {"status"})) return std::nullopt;
    if (!status_of) ++n;
    c.length = k + n - i;
    return c;
  }
  while (is(u, k, {"full", "full-fledged", "permanent", "associate", "sectoral"})) ++k;
  if (is(u, k, {"membership", "observership", "accession", "admission"})) {
    c.length = k + 1 - i;
    return status_of ? std::nullopt : std::optional<Capacity>(c);
  }
  std::size_t length = 0;
  std::optional<Role> role = role_at(u, k, length);
  if (!role || *role == Role::Plain) return std::nullopt;
  bool status = u[k + length - 1].norm == "status";
  if (status && status_of) return std::nullopt;  // not "the status of observer status"
  c.length = k + length - i;
  c.role = role;
  return c;
}

StatusFinding candidate(const char* rule) {
  StatusFinding f;
  f.relation = Relation::CandidateFor;
  f.rule = rule;
  f.modality = Modality::Pending;
  return f;
}

// The organisation after a capacity or "join" at unit k: sets it in `f`,
// returns the end; nullopt when a place names something unknown.
std::optional<std::size_t> org_into(const Units& u, std::size_t k, StatusFinding& f) {
  OrgPhrase after = org_phrase_after(u, k);
  std::size_t t = is(u, k + 1, {"the"}) ? k + 2 : k + 1;
  bool unknown_to = is(u, k, {"to", "into"}) && !is_item(u, t);  // "to the Treaty"
  if (after.length == 0 && (unresolved_place(u, k) || unknown_to)) return std::nullopt;
  if (after.org != nullptr) f.organisation = after.org;
  f.also = after.also;
  return k + after.length;
}

// What an admission is sought for, from unit k: a capacity [in ORG], "to
// join ORG", "to become a member [of ORG]", "to accede to ORG". Its end.
std::optional<std::size_t> sought_at(const Units& u, std::size_t k, StatusFinding& f) {
  if (is(u, k, {"to"}) && is(u, k + 1, {"join", "accede", "enter"})) {
    std::size_t o = is(u, k + 2, {"to"}) ? k + 3 : k + 2;
    OrgPhrase object = org_after(u, o, /*preposition=*/false);
    if (object.org != nullptr && !org_ends_at(u, o + object.length)) return std::nullopt;
    if (object.org == nullptr) {  // "to join the organisation": the one in context
      bool generic = is(u, o, {"the"}) && is_generic_org_noun(u, o + 1);
      return generic ? std::optional<std::size_t>(o + 2) : std::nullopt;
    }
    f.organisation = object.org;
    f.also = object.also;
    return o + object.length;
  }
  if (is(u, k, {"to"}) && is(u, k + 1, {"become"})) {
    std::size_t a = is(u, k + 2, {"a", "an"}) ? k + 3 : k + 2;
    std::optional<Capacity> c = capacity_at(u, a);
    if (!c) return std::nullopt;
    f.organisation = c->org;
    return org_into(u, a + c->length, f);
  }
  std::size_t p = is(u, k, {"for"}) ? k + 1 : k;
  std::optional<Capacity> c = p > k ? capacity_at(u, p) : std::nullopt;
  if (!c) return std::nullopt;
  f.organisation = c->org;
  return org_into(u, p + c->length, f);
}

// "[LIST] [the] ROLE status [in ORG]" or "ROLE status [in ORG] to LIST" from
// unit k (after "grant", "granting"): subjects and organisation into `f`;
// the end.
std::optional<std::size_t> granted_status(const Units& u, std::size_t k, StatusFinding& f,
                                          std::optional<Role>* role) {
  ListItems list = read_items(u, k);
  std::size_t c = list.items.empty() ? k : list.list_end;
  std::optional<Capacity> cap = capacity_at(u, c);
  if (!cap) return std::nullopt;
  if (role != nullptr) *role = cap->role;
  f.organisation = cap->org;
  std::optional<std::size_t> end = org_into(u, c + cap->length, f);
  if (!end) return std::nullopt;
  if (list.items.empty()) {
    if (!is(u, *end, {"to"})) return std::nullopt;
    list = read_items(u, *end + 1);
    end = list.list_end;
    // "to Ukraine and to the Republic of Moldova"
    if (!list.items.empty() && is(u, *end, {"and"}) && is(u, *end + 1, {"to"})) {
      ListItems more = read_items(u, *end + 2);
      if (!more.items.empty()) {
        list.items.insert(list.items.end(), more.items.begin(), more.items.end());
        end = more.list_end;
      }
    }
  }
  if (!add_subjects(list, f)) return std::nullopt;
  return end;
}

namespace {

// "the application for membership [in ORG] submitted by STATE": the
// passive of applied_pattern ("submitted" at unit i).
void submitted_by_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  const std::size_t state = i + 2 + (is(u, i + 2, {"the"}) ? 1 : 0);
  if (!is(u, i + 1, {"by"}) || !is_state(u, state)) return;
  std::size_t noun = i;
  while (noun > 0 && i - noun < 7 && !is(u, noun - 1, {"application", "request", "bid"})) --noun;
  if (noun == 0 || !is(u, noun - 1, {"application", "request", "bid"})) return;
  StatusFinding f = candidate("candidate.applied");
  std::optional<std::size_t> end = sought_at(u, noun, f);
  if (!end || *end != i) return;
  f.subjects = {u[state].mention};
  f.anchor = i;
  f.phrase_begin = noun - 1;
  set_scopes(u, i, noun - 1, state + 1, f);
  out.push_back(std::move(f));
}

// LIST applied for ...; LIST submitted an application for ...
void applied_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  std::size_t k = 0;
  if (is(u, i, {"submitted", "filed", "lodged"}) && is(u, i + 1, {"by"})) {
    submitted_by_pattern(u, i, out);
    return;
  }
  if (is(u, i, {"applied", "applies"})) {
    k = i + 1;
  } else if (is(u, i, {"submitted", "filed", "lodged", "sent", "submits", "files"})) {
    k = dates_end(u, i + 1);  // "submitted on 24 February 2017 its request"
    if (is(u, k, {"in"})) ++k;
    while (is(u, k, {"an", "a", "its", "their", "the", "formal", "official", "membership"})) ++k;
    if (!is(u, k, {"application", "applications", "request", "requests", "bid", "bids"})) return;
    ++k;
  } else {
    return;
  }
  StatusFinding f = candidate("candidate.applied");
  std::optional<std::size_t> end = sought_at(u, k, f);
  if (!end || !read_subjects(u, i, publisher, true, f)) return;
  f.anchor = i;
  set_scopes(u, i, f.phrase_begin, *end, f);
  out.push_back(std::move(f));
}

// After "procedure for|of" at unit k: "admitting LIST", "granting LIST ROLE
// status", "[the] admission|accession of LIST", "LIST's accession"; the list
// into `f`, its end.
std::optional<std::size_t> admitted_list(const Units& u, std::size_t k, StatusFinding& f) {
  if (is(u, k, {"granting", "giving"})) return granted_status(u, k + 1, f);
  ListItems list;
  if (is(u, k, {"admitting", "accepting"})) {
    list = read_items(u, k + 1);
  } else {
    std::size_t n = is(u, k, {"the"}) ? k + 1 : k;
    if (is(u, n, {"admission", "accession", "entry"}) && is(u, n + 1, {"of"})) {
      list = read_items(u, n + 2);
    } else {
      list = read_items(u, n);
      if (!is(u, list.list_end, {"'s"}) ||
          !is(u, list.list_end + 1, {"admission", "accession", "entry"})) {
        return std::nullopt;
      }
      list.list_end += 2;
    }
  }
  if (!add_subjects(list, f)) return std::nullopt;
  return list.list_end;
}

bool completed_in(const Units& u, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (is(u, i,
           {"completed", "complete", "completes", "completion", "concluded", "finalised",
            "finalized", "finished", "completing"})) {
      return true;
    }
  }
  return false;
}

// The procedure for admitting LIST [to ORG] [, launched in July 2015,] ...
void procedure_pattern(const Units& u, std::size_t i, StatusFindings& out) {
  if (!is(u, i, {"procedure", "procedures", "process"})) return;
  StatusFinding f = candidate("candidate.procedure");
  std::optional<std::size_t> end;
  if (i >= 1 && is(u, i - 1, {"admission", "accession"})) {
    if (is(u, i + 1, {"for", "of"})) {  // "the accession procedure for Belarus"
      ListItems list = read_items(u, i + 2);
      if (add_subjects(list, f)) end = list.list_end;
    }
    if (!end && i >= 3 && is(u, i - 2, {"'s"}) && is_item(u, i - 3)) {
      f.subjects = {u[i - 3].mention};
      end = i + 1;
    }
  } else if (is(u, i + 1, {"for", "of"})) {
    end = admitted_list(u, i + 2, f);
  }
  if (!end) return;
  if (std::optional<std::size_t> org = org_into(u, *end, f))
    end = org;
  else
    return;
  f.anchor = i;
  f.phrase_begin = i;
  set_scopes(u, i, i, *end, f);
  if (completed_in(u, f.cue_begin, std::max(*end, f.date_end))) {
    // "the procedure for the admission of Sweden to NATO was completed": done,
    // so membership from the date the clause gives.
    if (f.organisation == nullptr && f.also.empty() && !is(u, *end, {"to", "into"})) return;
    f.relation = Relation::MemberOf;
    f.rule = "list.admission_completed";
    f.modality = Modality::Stated;
    f.starts = true;
    // The completing verb is part of the statement: "has not been completed".
    for (std::size_t k = f.cue_begin; k < u.size() && k < std::max(*end, f.date_end); ++k) {
      if (completed_in(u, k, k + 1)) {
        f.cue_end = std::max(f.cue_end, k + 1);
        break;
      }
    }
    out.push_back(std::move(f));
    return;
  }
  // ", launched at the Ufa summit in July 2015,": the date of the procedure.
  if (is(u, *end, {","}) &&
      is(u, *end + 1, {"launched", "started", "initiated", "begun", "opened"})) {
    f.date_begin = *end + 1;
    f.date_end = *end + 1;
    while (f.date_end < u.size() && !is(u, f.date_end, {",", ";"})) ++f.date_end;
  }
  out.push_back(std::move(f));
}

// LIST will receive|obtain|be granted ROLE status; will become a member of
// ORG; will join ORG.
void will_receive_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  if (!is(u, i, {"will", "shall"})) return;
  std::size_t k = i + 1;
  while (is(u, k, {"also", "officially", "formally", "soon", "then"})) ++k;
  StatusFinding f = candidate("candidate.will_receive");
  std::optional<std::size_t> end;
  if (is(u, k, {"join", "accede", "enter"})) {
    std::size_t o = is(u, k + 1, {"to"}) ? k + 2 : k + 1;
    OrgPhrase object = org_after(u, o, /*preposition=*/false);
    if (object.org == nullptr || !org_ends_at(u, o + object.length)) return;
    f.organisation = object.org;
    f.also = object.also;
    f.needs_date = true;  // "Georgia will join NATO": a promise, unless dated
    end = o + object.length;
  } else {
    std::size_t v = 0;
    if (is(u, k, {"receive", "obtain", "get", "acquire", "gain", "become"})) v = 1;
    f.needs_date = is(u, k, {"become"});  // "X will become a member": a promise, unless dated
    if (phrase(u, k, {"be", "granted"}) || phrase(u, k, {"be", "given"})) v = 2;
    if (v == 0) return;
    std::size_t a = is(u, k + v, {"a", "an"}) ? k + v + 1 : k + v;
    std::optional<Capacity> c = capacity_at(u, a);
    if (!c) return;
    f.organisation = c->org;
    end = org_into(u, a + c->length, f);
  }
  if (!end || !read_subjects(u, i, publisher, true, f)) return;
  f.anchor = i;
  set_scopes(u, i, f.phrase_begin, *end, f);
  f.date_cut = i;  // "will receive observer status in 2025": the status's date
  out.push_back(std::move(f));
}

// LIST is an [ORG] candidate country; LIST has|was granted [ORG] candidate status.
void candidate_status_pattern(const Units& u, std::size_t i, bool publisher, StatusFindings& out) {
  if (!is(u, i, {"candidate", "candidates"})) return;
  StatusFinding f = candidate("candidate.candidate_status");
  std::size_t j = i;
  if (j >= 1 && is_org(u, j - 1)) f.organisation = u[--j].mention;
  if (j >= 1 && is(u, j - 1, {"a", "an", "the"})) --j;
  std::size_t end = i + 1;
  if (is(u, i + 1, {"status"})) {
    if (j == 0 ||
        !is(u, j - 1,
            {"has", "have", "had", "granted", "received", "obtained", "gained", "holds"})) {
      return;
    }
  } else if (is(u, i + 1, {"country", "state", "countries", "states"}) ||
             phrase(u, i + 1, {"for", "membership"}) || phrase(u, i + 1, {"for", "accession"}) ||
             (is(u, i + 1, {"for"}) && is_org(u, i + 2) &&
              is(u, i + 3, {"membership", "accession"}))) {
    // "a candidate for membership|accession [of|to|in ORG]", "a candidate
    // for EU membership", also "the status of a candidate for" and
    // "recognised as a candidate for".
    if (j >= 3 && is(u, j - 1, {"of"}) && is(u, j - 2, {"status"})) {
      j -= is(u, j - 3, {"the"}) ? 3 : 2;
      if (j == 0 || !is(u, j - 1,
                        {"received", "granted", "obtained", "gained", "has", "have", "had", "holds",
                         "acquired", "given"})) {
        return;
      }
    } else if (j >= 2 && is(u, j - 1, {"as"}) &&
               is(u, j - 2, {"recognised", "recognized", "confirmed", "registered"})) {
      --j;
    } else if (j == 0 || !is(u, j - 1, {"is", "are", "was", "were", "became", "become", "been"})) {
      return;
    }
  } else {
    return;
  }
  std::optional<std::size_t> org;
  if (is(u, i + 1, {"for"}) && is_org(u, i + 2) && is(u, i + 3, {"membership", "accession"})) {
    f.organisation = u[i + 2].mention;  // "a candidate for EU membership"
    org = i + 4;
  } else {
    end += is(u, i + 1, {"for"}) ? 2 : 1;
    org = org_into(u, end, f);
  }
  if (!org || !read_subjects(u, j - 1, publisher, true, f)) return;
  f.anchor = i;
  set_scopes(u, j - 1, f.phrase_begin, *org, f);
  out.push_back(std::move(f));
}

}  // namespace

// Each pattern's first test at its anchor, in the order find_candidacy_patterns tries them.
FamilyEntryWords candidacy_entry_words() {
  return {"the candidacy patterns",
          {{"applied", "applies", "submitted", "filed", "lodged", "sent", "submits", "files"},
           {"procedure", "procedures", "process"},
           {"will", "shall"},
           // candidacy_decisions.cpp: decided to grant, memorandum, invited, offered, negotiations
           {"grant", "granting", "give", "giving", "admit", "admitting", "memorandum", "invite",
            "invited", "invites", "offered", "extended", "negotiations", "talks", "protocol"},
           {"candidate", "candidates"},
           {"'s"},
           {"accession", "admission"},
           {"completing"},
           {"application", "request", "applications", "requests"}}};
}

void find_candidacy_patterns(const EntryUnits& sentence, bool publisher, StatusFindings& out) {
  static constexpr std::array<StatusPattern, 9> kPatterns{
      applied_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        procedure_pattern(u, i, out);
      },
      will_receive_pattern,
      find_candidacy_decisions,
      candidate_status_pattern,
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        application_pattern(u, i, out);
      },
      [](const Units& u, std::size_t i, bool, StatusFindings& out) {
        in_progress_pattern(u, i, out);
      },
      completing_pattern,
      application_of_pattern};
  find_status_family(PatternFamily::Candidacy, kPatterns, sentence, publisher, out);
}

}  // namespace orgkg::detail

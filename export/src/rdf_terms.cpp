// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "rdf_terms.hpp"

#include <cstdint>
#include <cstdio>

#include "orgkg/graph/error.hpp"
#include "turtle_escape.hpp"

namespace orgkg::export_detail {
namespace {

// FNV-1a: stable across runs and platforms, unlike std::hash.
std::string fnv1a_hex(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace

bool has_scheme(std::string_view iri) {
  std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = iri[i];
    bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!alpha && (i == 0 || !other)) return false;
  }
  return true;
}

namespace {

bool is_valid_base(const std::string& iri) {
  if (iri.empty() || !has_scheme(iri)) return false;
  if (iri.back() != '/' && iri.back() != '#') return false;
  if (iri.find('#') < iri.size() - 1) return false;
  return rdf_iri_ref(iri) == "<" + iri + ">";  // nothing that needs escaping
}

}  // namespace

MintedSpace kind_space(EntityKind kind) {
  switch (kind) {
    case EntityKind::State:
      return kPrefixedSpaces[0];
    case EntityKind::Organisation:
      return kPrefixedSpaces[1];
    case EntityKind::City:
      return kPrefixedSpaces[2];
    case EntityKind::Other:
      return kPrefixedSpaces[3];
  }
  return kPrefixedSpaces[3];
}

std::string_view kind_class(EntityKind kind) {
  switch (kind) {
    case EntityKind::State:
      return "orgkg:State";
    case EntityKind::Organisation:
      return "org:FormalOrganization";
    case EntityKind::City:
      return "orgkg:City";
    case EntityKind::Other:
      return "orgkg:Other";
  }
  return "orgkg:Other";
}

RelationTerms relation_terms(Relation relation) {
  switch (relation) {
    case Relation::MemberOf:
      return {"org:memberOf", "Member"};
    case Relation::ObserverOf:
      return {"orgkg:observerOf", "Observer"};
    case Relation::PartnerOf:
      return {"orgkg:partnerOf", "Partner"};
    case Relation::AssociateMemberOf:
      return {"orgkg:associateMemberOf", "AssociateMember"};
    case Relation::CandidateFor:
      return {"orgkg:candidateFor", ""};
    case Relation::FounderOf:
      return {"orgkg:founderOf", ""};
    case Relation::ChairOf:
      return {"orgkg:chairOf", "Chair"};
    case Relation::HeadquarteredIn:
      return {"orgkg:headquarteredIn", ""};
    case Relation::CooperatesWith:
      return {"orgkg:cooperatesWith", ""};
    case Relation::AgreementWith:
      return {"orgkg:agreementWith", ""};
    case Relation::Left:
      return {"orgkg:left", ""};
  }
  return {"org:memberOf", "Member"};
}

std::string relation_label(Relation relation) {
  std::string label(relation_name(relation));
  for (char& c : label) c = c == '_' ? ' ' : c;
  return label;
}

std::string role_label(Relation relation) {
  std::string label = relation_label(relation);  // "associate member of"
  return label.substr(0, label.rfind(' '));
}

std::string_view date_datatype(const Date& date) {
  if (date.has_day()) return "xsd:date";
  return date.has_month() ? "xsd:gYearMonth" : "xsd:gYear";
}

std::string_view instant_property(const Date& date) {
  if (date.has_day()) return "time:inXSDDate";
  return date.has_month() ? "time:inXSDgYearMonth" : "time:inXSDgYear";
}

IriMinter::IriMinter(const ExportOptions& options) : base_(options.base_iri) {
  if (!is_valid_base(base_)) {
    throw Error("invalid base IRI '" + base_ +
                "': expected an absolute IRI ending with '/' or '#'");
  }
  vocabulary_ = base_ + (base_.back() == '#' ? "def/" : "def#");
}

std::vector<Prefix> IriMinter::prefixes() const {
  std::vector<Prefix> table;
  for (const auto& [prefix, ns] : kWellKnownNamespaces) {
    table.push_back({std::string(prefix), std::string(ns)});
  }
  table.push_back({"orgkg", vocabulary_});
  for (MintedSpace space : kPrefixedSpaces) {
    table.push_back({std::string(space.prefix), base_ + std::string(space.path)});
  }
  return table;
}

std::string IriMinter::expand(std::string_view curie) const {
  std::size_t colon = curie.find(':');
  std::string_view prefix = curie.substr(0, colon);
  if (colon != std::string_view::npos) {
    std::string_view local = curie.substr(colon + 1);
    if (prefix == "orgkg") return vocabulary_ + std::string(local);
    for (const auto& [name, ns] : kWellKnownNamespaces) {
      if (name == prefix) return std::string(ns) + std::string(local);
    }
  }
  throw Error("RDF export: unknown vocabulary term '" + std::string(curie) + "'");
}

std::string IriMinter::document_graph(std::string_view doc_id) const {
  return base_ + "graph/doc/" + iri_segment(doc_id);
}

std::string IriMinter::in_space(MintedSpace space, std::string_view local) const {
  return base_ + std::string(space.path) + iri_segment(local);
}

std::string IriMinter::entity(const Entity& entity) const {
  return in_space(kind_space(entity.kind), entity.key);
}

std::string IriMinter::fact(const Fact& fact) const {
  return base_ + "id/membership/" + iri_segment(fact.subject) + "/" +
         iri_segment(relation_name(fact.relation)) + "/" + iri_segment(fact.object);
}

std::string IriMinter::evidence(const EvidenceView& evidence) const {
  return evidence_space() + evidence_local(evidence);
}

std::string IriMinter::evidence_space() const { return base_ + "id/evidence/"; }

std::string IriMinter::evidence_local(const EvidenceView& evidence) const {
  std::string local = iri_segment(evidence.doc_id);
  local += '/';
  if (evidence.end > evidence.begin) {
    local += std::to_string(evidence.begin);
    local += '-';
    local += std::to_string(evidence.end);
  } else {
    local += 's';
    local += fnv1a_hex(evidence.sentence);
  }
  return local;
}

std::string IriMinter::interval(const std::optional<Date>& from,
                                const std::optional<Date>& to) const {
  std::string local;
  if (from) local = "from-" + from->to_iso();
  if (from && to) local += "-";
  if (to) local += "to-" + to->to_iso();
  return base_ + "id/interval/" + local;
}

std::string IriMinter::instant(const Date& date) const {
  return base_ + "id/instant/" + date.to_iso();
}

}  // namespace orgkg::export_detail

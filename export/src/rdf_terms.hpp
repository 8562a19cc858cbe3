// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The RDF vocabulary and IRI-minting policy shared by the RDF writers (Turtle,
// N-Triples, N-Quads): which namespaces exist, which IRI every entity,
// document, document graph, fact, interval, instant and evidence item gets
// under the base IRI, and which class, property and role each orgkg notion
// maps to. No syntax here: vocabulary terms are written "prefix:local" in this
// file and expanded to absolute IRIs with IriMinter::expand(); minted IRIs are
// absolute strings that each writer renders in its own syntax.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "orgkg/export/format.hpp"
#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/fact.hpp"
#include "orgkg/graph/relation.hpp"
#include "orgkg/graph/triple.hpp"

namespace orgkg::export_detail {

struct Namespace {
  std::string_view prefix;
  std::string_view iri;
};

/// The external vocabularies, sorted by prefix.
inline constexpr Namespace kWellKnownNamespaces[] = {
    {"dct", "http://purl.org/dc/terms/"},
    {"foaf", "http://xmlns.com/foaf/0.1/"},
    {"org", "http://www.w3.org/ns/org#"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"time", "http://www.w3.org/2006/time#"},
    {"wd", "http://www.wikidata.org/entity/"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
};
inline constexpr Namespace kWikidata{"wd", "http://www.wikidata.org/entity/"};

/// A namespace minted under the base IRI: its prefix and its path below base.
struct MintedSpace {
  std::string_view prefix;
  std::string_view path;
};

inline constexpr MintedSpace kDocSpace{"doc", "id/doc/"};

/// The space of each entity kind: state: id/state/, organisation: id/org/,
/// city: id/city/, other: id/other/.
[[nodiscard]] MintedSpace kind_space(EntityKind kind);
/// Every minted space with a prefix: the four kinds, then documents.
inline constexpr MintedSpace kPrefixedSpaces[] = {{"state", "id/state/"},
                                                  {"organisation", "id/org/"},
                                                  {"city", "id/city/"},
                                                  {"other", "id/other/"},
                                                  kDocSpace};

/// The rdf:type of an entity: orgkg:State, org:FormalOrganization, orgkg:City, orgkg:Other.
[[nodiscard]] std::string_view kind_class(EntityKind kind);

/// The direct property of a relation ("org:memberOf", "orgkg:observerOf") and
/// the local name of its org:Role in orgkg: ("Member"; "" for relations that
/// are no membership and get no org:Membership node).
struct RelationTerms {
  std::string_view property;
  std::string_view role;
};
[[nodiscard]] RelationTerms relation_terms(Relation relation);

/// "member of" for member_of: the rdfs:label of a property.
[[nodiscard]] std::string relation_label(Relation relation);
/// "member" for member_of: the rdfs:label of a role.
[[nodiscard]] std::string role_label(Relation relation);

/// xsd:gYear, xsd:gYearMonth or xsd:date, by the date's precision.
[[nodiscard]] std::string_view date_datatype(const Date& date);
/// time:inXSDgYear, time:inXSDgYearMonth or time:inXSDDate, by precision.
[[nodiscard]] std::string_view instant_property(const Date& date);

/// True when `iri` starts with a URI scheme ("https:", "urn:"): an absolute
/// IRI, which N-Triples requires (a relative one would be resolved against the
/// file by Turtle parsers and refused by N-Triples parsers).
[[nodiscard]] bool has_scheme(std::string_view iri);

/// A prefix and the namespace IRI it stands for.
struct Prefix {
  std::string prefix;
  std::string iri;
};

/// The minted IRIs of one export, all under a validated base IRI.
class IriMinter {
 public:
  /// Throws orgkg::Error unless `options.base_iri` is an absolute IRI ending
  /// with '/' or '#', holding at most that one '#' and nothing an IRI forbids.
  explicit IriMinter(const ExportOptions& options);

  [[nodiscard]] const std::string& base() const noexcept { return base_; }
  /// BASE def# (BASE def/ when BASE ends with '#'): the orgkg: namespace.
  [[nodiscard]] const std::string& vocabulary() const noexcept { return vocabulary_; }

  /// Every prefix of the export in declaration order: the well-known ones
  /// (sorted), orgkg: (the vocabulary), then the minted spaces.
  [[nodiscard]] std::vector<Prefix> prefixes() const;

  /// The absolute IRI of "prefix:local", a prefix of kWellKnownNamespaces or
  /// "orgkg". Throws orgkg::Error naming `curie` for an unknown prefix (a bug).
  [[nodiscard]] std::string expand(std::string_view curie) const;

  /// BASE + space.path + the encoded local part.
  [[nodiscard]] std::string in_space(MintedSpace space, std::string_view local) const;
  [[nodiscard]] std::string entity(const Entity& entity) const;
  /// BASE id/membership/<subject id>/<relation>/<object id>.
  [[nodiscard]] std::string fact(const Fact& fact) const;
  /// BASE id/evidence/<doc>/<begin>-<end>, or <doc>/s<hash of the sentence>
  /// when the offsets are unknown (end <= begin): evidence_space() +
  /// evidence_local(evidence).
  [[nodiscard]] std::string evidence(const EvidenceView& evidence) const;
  /// BASE id/evidence/: the part every evidence IRI shares.
  [[nodiscard]] std::string evidence_space() const;
  /// The part of evidence() after evidence_space(): <doc>/<begin>-<end>. Two
  /// evidence IRIs compare as their local parts do.
  [[nodiscard]] std::string evidence_local(const EvidenceView& evidence) const;
  /// BASE id/interval/from-<date>-to-<date>, either side omitted when absent.
  [[nodiscard]] std::string interval(const std::optional<Date>& from,
                                     const std::optional<Date>& to) const;
  /// BASE graph/doc/<encoded id>: the N-Quads named graph of a document.
  [[nodiscard]] std::string document_graph(std::string_view doc_id) const;
  /// BASE id/instant/<ISO date>.
  [[nodiscard]] std::string instant(const Date& date) const;

 private:
  std::string base_;
  std::string vocabulary_;
};

}  // namespace orgkg::export_detail

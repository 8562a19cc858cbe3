// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The list-membership extractor: member_of and observer_of facts from the
// sentences that list an organisation's members or observers, with the list
// before or after the verb:
//
//   ORG includes/comprises/consists of/brings together/unites [N] [member] states – A, B and C
//   ORG member states – A, B and C         (ASEM-style "ORG partners – ..." too)
//   The members of ORG are A, B and C      ORG's member states are / include ...
//   A, B and C are members of ORG          A and B are ORG members
//   A, B and C have observer status [in ORG]   A and B are observers [at ORG]
//   The observer states [of ORG] are ...   ORG's observers include ...
//
// Lists are split at commas, "and", an Oxford comma, "as well as" and
// semicolons; items are states, organisations or a state's demonym ("Sri
// Lankan"). When a sentence names no organisation outside its list, the
// organisation is the one the preceding sentence was about. A stated count
// ("26 states") is checked against the list (a Note on mismatch), never used
// to invent items. Negated, modal or hoped-for statements ("is not a member",
// "could join", "we hope X will become") give nothing. Rule names are
// "list.<pattern>" (e.g. "list.includes_states"). Evidence dates: an explicit
// date or year the sentence gives ("Since 2017, ..." also sets valid_from),
// else the publication date. Immutable and thread-safe.
#pragma once

#include <string_view>

#include "orgkg/extract/extractor.hpp"

namespace orgkg {

class ListMembershipExtractor final : public Extractor {
 public:
  /// `gazetteer` must outlive the extractor.
  explicit ListMembershipExtractor(const Gazetteer& gazetteer) : gazetteer_(&gazetteer) {}

  /// "list_membership".
  [[nodiscard]] std::string_view name() const override { return "list_membership"; }
  /// See the file comment for what is extracted.
  void extract(const Document& document, TripleSink& sink, Diagnostics& diagnostics) const override;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Triple: one observation an extractor made in one sentence: subject, relation,
// object, the date the text gives for it, and the evidence it rests on. The
// Store merges triples with the same (subject, relation, object) into a Fact.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "orgkg/graph/date.hpp"
#include "orgkg/graph/entity.hpp"
#include "orgkg/graph/relation.hpp"

namespace orgkg {

struct Evidence {
  std::string doc_id;      ///< Source::id of the document
  Date date;               ///< when the text says the fact held: an explicit date
                           ///< or year, else the publication date
  std::string sentence;    ///< the sentence, as it stands in the text
  std::size_t begin = 0;   ///< byte offset of the sentence in the document text
  std::size_t end = 0;     ///< one past its last byte
  std::string rule;        ///< name of the extraction rule that fired

  friend auto operator<=>(const Evidence&, const Evidence&) = default;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Triple {
  Entity subject;
  Relation relation = Relation::MemberOf;
  Entity object;
  std::optional<Date> valid_from;  ///< a start the text states ("joined in 2001")
  std::optional<Date> valid_to;    ///< an end the text states ("withdrew in 2012")
  Evidence evidence;
};

}  // namespace orgkg

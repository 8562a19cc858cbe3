// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Source: what is known of a document that evidence comes from.
#pragma once

#include <string>

#include "orgkg/graph/date.hpp"

namespace orgkg {

struct Source {
  std::string id;      ///< document id, unique in a graph: the file's stem for files
  std::string title;   ///< "" when unknown
  Date published;      ///< publication date; empty when unknown
  std::string url;     ///< "" when unknown
  std::string path;    ///< the file it was read from, "" when not from a file
  std::string publisher_country;  ///< ISO alpha-3 of the publishing state ("RUS"): who
                                  ///< "our country" is; "" when unknown

  friend bool operator==(const Source&, const Source&) = default;
};

}  // namespace orgkg

// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "orgkg/extract/extractor.hpp"

#include "orgkg/extract/list_membership_extractor.hpp"
#include "orgkg/extract/org_relations_extractor.hpp"
#include "orgkg/extract/status_extractor.hpp"

namespace orgkg {

std::vector<std::unique_ptr<Extractor>> default_extractors(const Gazetteer& gazetteer) {
  std::vector<std::unique_ptr<Extractor>> extractors;
  extractors.push_back(std::make_unique<ListMembershipExtractor>(gazetteer));
  extractors.push_back(std::make_unique<StatusExtractor>(gazetteer));
  extractors.push_back(std::make_unique<OrgRelationsExtractor>(gazetteer));
  return extractors;
}

}  // namespace orgkg

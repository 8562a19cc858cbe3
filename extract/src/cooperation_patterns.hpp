// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Patterns that state cooperation between organisations (cooperates_with),
// on a sentence seen as units (list_reader.hpp):
//   NOUN [are being established] between|among A, B and C      coop.between
//   NOUN between these associations / the two organisations     coop.between_anaphor
//   NOUN of X with A, B      X's NOUN with A      X NOUN with A   coop.with
//   X [verb phrase] [its] [adjectives] NOUN with A, B           coop.with
//   X cooperates|interacts|works closely with A, B              coop.verb_with
//   X and Y cooperate|interact                                  coop.verb_pair
//   X and Y [have developed] [close] NOUN                       coop.subject_pair
//   X–Y NOUN ("SCO–CSTO cooperation", "EU-NATO relations")      coop.compound
// NOUN is a cooperation noun ("cooperation", "ties", "interaction",
// "contacts", "partnership", ...). Only organisations count: a list with a
// state in it ("relations between Russia, the EU and NATO") gives nothing,
// nor does a holder that is a state ("Russia's cooperation with ASEAN",
// "its dialogue partnership with ASEAN" after a state subject). Pure.
#pragma once

#include <vector>

#include "org_relation_phrases.hpp"

namespace orgkg::detail {

/// What the cooperation patterns read in a sentence.
struct CooperationReading {
  std::vector<OrgFinding> findings;  ///< every cooperates_with statement, in text order
  /// Some unit of the sentence speaks of cooperation (speaks_of_cooperation_at()):
  /// every word that does starts one of the patterns, so the patterns' pass
  /// over their start units tells, and the sentence is not scanned again.
  bool speaks = false;
};

/// The cooperation patterns' reading of the sentence, into `reading`
/// (whose contents it replaces: a caller reading sentence after sentence
/// passes one, whose storage is reused).
void read_cooperation(const EntryUnits& sentence, CooperationReading& reading);

}  // namespace orgkg::detail

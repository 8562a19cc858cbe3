// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Gazetteer: every state, international organisation and city orgkg knows by
// name, and the names, spellings, acronyms and demonyms texts use for them.
// States come from Debian's iso-codes (ISO 3166-1) completed by data/states.json
// (short labels, alternative spellings, demonyms, non-ISO actors such as
// Kosovo); organisations from data/organisations.json; cities from
// data/cities.json. data/README.md describes the files.
//
// Matching is tolerant where texts vary and strict where they collide:
// acronyms ("UN", "CoE", "U.S.") match with their exact case, other names
// match without regard to case but must start with a capital letter in the
// text; a leading "the", curly apostrophes, hyphen or space variants
// ("Confidence-Building", "Confidence Building", "Co-operation"), diacritics
// ("Türkiye"/"Turkiye") and British/American spellings ("Organisation",
// "Organization") do not matter. The longest name wins.
//
// A loaded Gazetteer is immutable: share it between threads freely. Entity
// pointers it hands out stay valid for its lifetime (also across moves).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "orgkg/graph/entity.hpp"

namespace orgkg {

namespace detail {
struct GazetteerData;
class NameIndex;
}  // namespace detail

/// The data directory used when none is given: $ORGKG_DATA_DIR when set and
/// not empty, else the source tree's data/ when it exists (a build tree),
/// else the installed share/orgkg directory.
[[nodiscard]] std::filesystem::path default_data_dir();

struct GazetteerOptions {
  /// Directory holding states.json, organisations.json and cities.json.
  std::filesystem::path data_dir = default_data_dir();
  /// Debian iso-codes' ISO 3166-1 list (package iso-codes).
  std::filesystem::path iso_3166 = "/usr/share/iso-codes/json/iso_3166-1.json";
};

/// How a name refers to its entity.
enum class NameForm {
  Name,     ///< a name or spelling: "Russia", "the Russian Federation", "Bahrein"
  Acronym,  ///< an acronym or abbreviation, matched case-sensitively: "SCO", "U.S."
  Demonym,  ///< an adjective or demonym: "Russian", "Sri Lankan"
  SubBody,  ///< a body standing for its organisation: "the Eurasian Economic
            ///< Commission", "the CICA Secretariat" (a founding of it is not one
            ///< of the organisation)
};

/// One name found in a text.
struct NameMatch {
  const Entity* entity = nullptr;  ///< owned by the Gazetteer (or a MentionFinder)
  std::size_t begin = 0;           ///< byte offset of the first byte of the name
  std::size_t end = 0;             ///< one past its last byte
  NameForm form = NameForm::Name;
};

class Gazetteer {
 public:
  /// Reads the ISO list and the three data files. Throws IoError when a file
  /// is missing or unreadable, ParseError (naming the file and the line of a
  /// syntax error, or the entry of a wrong field) when one is malformed.
  [[nodiscard]] static Gazetteer load(const GazetteerOptions& options = {});

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  /// The entity of this kind and key ("RUS", "SCO", "Astana"), or nullptr.
  [[nodiscard]] const Entity* find(EntityKind kind, std::string_view key) const;

  /// The entity `name` names as a whole ("the Republic of Korea", "SCO",
  /// "Kazakh"), with begin/end covering the name without a leading "the".
  [[nodiscard]] std::optional<NameMatch> lookup(std::string_view name) const;

  /// The longest known name that starts at byte `pos` of `text` (which should
  /// be the start of a word) and ends at a word boundary; nullopt when none.
  /// Cost: a few hash lookups per call.
  [[nodiscard]] std::optional<NameMatch> match_at(std::string_view text, std::size_t pos) const;

  /// The organisation the founding document `document` names as a whole
  /// established ("the Treaty of Asuncion" -> Mercosur, "Cartagena
  /// Agreement" -> the Andean Community), as organisations.json lists them;
  /// nullptr for any other text.
  [[nodiscard]] const Entity* founded_by(std::string_view document) const;

  /// True for an organisation whose texts call its members "partners"
  /// (ASEM): "ASEM partners – A, B" then states membership.
  [[nodiscard]] bool members_called_partners(const Entity& organisation) const;

  /// Every entity of `kind`, sorted by key.
  [[nodiscard]] std::vector<const Entity*> entities(EntityKind kind) const;

 private:
  // The name index, for matching on tokens a caller already has (extract/ only).
  friend const detail::NameIndex& gazetteer_names(const Gazetteer& gazetteer);
  explicit Gazetteer(std::unique_ptr<detail::GazetteerData> data);
  std::unique_ptr<detail::GazetteerData> data_;
};

}  // namespace orgkg

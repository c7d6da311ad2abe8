// jumpa/entities.h — stage 4: the entities of one document.
//
// An `entity` is one real-world person, country, party, organisation or
// location mentioned in a document, with every mention as a half-open byte
// span into the caller's UTF-8 text. Entities come from the gazetteer
// (`source` gazetteer) or, for persons the gazetteer does not know, from title
// and appositive patterns ("Duta Besar Rusia Anatoly Borovik", "Chea
// Sopheaktra, juru bicara ...": `source` pattern).
//
// Entities are values: they own their strings and hold no pointer into the
// gazetteer or the text. They are produced by `extractor::extract`
// (extractor.h), which also links short and title-only mentions to the full
// names they refer to and resolves a person's roles from the dated offices
// valid on the article's date. Nothing here fails.
#ifndef JUMPA_ENTITIES_H_
#define JUMPA_ENTITIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jumpa {

enum class entity_type : std::uint8_t { person, country, party, organization, location };
const char* to_string(entity_type t) noexcept;
// Accepts the names to_string() gives (and "organisation").
std::optional<entity_type> parse_entity_type(std::string_view s) noexcept;

enum class mention_kind : std::uint8_t {
  name,       // a full name or alias
  short_name, // surname or given name linked to an earlier full name ("short")
  title,      // a title-only reference ("Menlu Kamboja itu", "Wakil Perdana Menteri")
  pronoun,    // ia, beliau
  nested,     // a country named inside an organisation's name
  adjective,  // a country named by an adjective (Cambodian)
  metonym,    // a capital standing for its state ("Beijing dan Phnom Penh sepakat")
};
const char* to_string(mention_kind k) noexcept;
std::optional<mention_kind> parse_mention_kind(std::string_view s) noexcept;

// Where an entity comes from.
enum class entity_source : std::uint8_t {
  gazetteer,  // a gazetteer entry (entity::ref is its id)
  pattern,    // recognised from the text alone (a name after a title, an appositive)
};
const char* to_string(entity_source s) noexcept;
std::optional<entity_source> parse_entity_source(std::string_view s) noexcept;

struct mention {
  std::uint32_t begin = 0, end = 0;  // bytes, half-open
  std::uint32_t sentence = 0;        // 0-based sentence index
  mention_kind kind = mention_kind::name;
  std::string text;                  // the original text of the span
};

struct role {
  std::string id;       // role id: "foreign_minister"
  std::string label;    // "foreign minister"
  std::string country;  // ISO alpha-2
  std::string org;      // party:/org: id, or ""
  bool from_text = false;  // read from a title in the text rather than the offices table
};

struct entity {
  std::string id;    // document-local id: "e1", "e2"... in order of first mention
  std::string ref;   // gazetteer id ("person:hun-sen"); "" for pattern entities
  entity_type type = entity_type::person;
  std::string name;
  std::vector<std::string> aliases;
  std::string country;  // ISO alpha-2 (for countries: their own code)
  std::string kind;     // organisation or location kind (gazetteer vocabulary)
  std::string parent;   // locations: gazetteer id of the containing place
  entity_source source = entity_source::gazetteer;
  std::vector<role> roles;
  std::vector<mention> mentions;  // in text order
};

}  // namespace jumpa

#endif  // JUMPA_ENTITIES_H_

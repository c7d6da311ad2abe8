// Private: stage 4 output — the entities of one document and their mentions,
// in token spans, as the relation stage reads them. Built by
// recognize_entities(); read-only afterwards.
#ifndef JUMPA_LIB_ENTITY_TABLE_H_
#define JUMPA_LIB_ENTITY_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/entities.h"
#include "model.h"

namespace jumpa::detail {

// One mention of a document entity.
struct mention_rec {
  std::uint32_t first = 0, end = 0;  // tokens
  std::uint32_t entity = 0;          // index into entity_table::entities
  std::uint32_t sentence = 0;
  mention_kind kind = mention_kind::name;
};

// A title read in the text ("Menlu Kamboja"): the role and what qualifies it.
struct text_role {
  std::uint16_t role = kNoRole;      // index into the gazetteer's roles
  std::int32_t country = -1;         // gazetteer entity index of a country, or -1
  std::int32_t org = -1;             // gazetteer entity index of a party/organisation, or -1
  std::uint32_t first = 0, end = 0;  // tokens of the title phrase
  bool speaker = false;
};

// A role of a person on the document's date, as views: the role id, country
// and org of an office (model strings) or of a title read in the text (model
// strings, or the entity's own country). The assembly copies them into the document.
struct role_ref {
  std::uint16_t role = kNoRole;  // index into the gazetteer's roles, kNoRole when unknown
  std::string_view id, country, org;
  bool from_text = false;
};

struct doc_entity {
  std::int32_t gaz = -1;  // gazetteer entity index, -1 for pattern entities
  entity_type type = entity_type::person;
  std::string own_name;   // pattern entities' names (gazetteer entities: the model's, see name_of)
  std::string country;    // ISO
  std::vector<text_role> roles;         // titles read in the text
  std::vector<std::uint32_t> mentions;  // indexes into entity_table::mentions
  bool speaker = false;   // introduced as a spokesperson
  std::uint32_t first_name = UINT32_MAX;  // first token of the first full-name mention
  std::vector<std::string> tokens;      // pattern persons: folded name tokens, sorted
  std::vector<role_ref> resolved;       // roles on the document's date (persons; views into
                                        // the model and `country`: valid while the table is unchanged)
};

// The entity's name: the gazetteer's for a gazetteer entity, else its own.
inline const std::string& name_of(const model& m, const doc_entity& e) {
  return e.gaz >= 0 ? m.entity(static_cast<std::uint32_t>(e.gaz)).name : e.own_name;
}

struct entity_table {
  std::vector<doc_entity> entities;
  std::vector<mention_rec> mentions;
  std::vector<std::int32_t> mention_at;  // token → mention covering it, -1
  // Gazetteer entity index → its document entity, -1 (sized to the gazetteer
  // on first use; clear() resets only the slots in use, so it is reused).
  std::vector<std::int32_t> of_gaz;

  void clear() {
    for (const doc_entity& e : entities)
      if (e.gaz >= 0 && static_cast<std::size_t>(e.gaz) < of_gaz.size()) of_gaz[static_cast<std::size_t>(e.gaz)] = -1;
    entities.clear();
    mentions.clear();
    mention_at.clear();
  }
  const doc_entity& of(const mention_rec& r) const { return entities[r.entity]; }
  // The mention covering `tok`, or nullptr.
  const mention_rec* mention(std::uint32_t tok) const {
    std::int32_t mi = tok < mention_at.size() ? mention_at[tok] : -1;
    return mi < 0 ? nullptr : &mentions[static_cast<std::size_t>(mi)];
  }
  // The person mention covering `tok`, or nullptr.
  const mention_rec* person(std::uint32_t tok) const {
    const mention_rec* r = mention(tok);
    return r && of(*r).type == entity_type::person ? r : nullptr;
  }
  // The mention starting at `tok` whose entity has type `t`, or nullptr.
  const mention_rec* starting(std::uint32_t tok, entity_type t) const {
    const mention_rec* r = mention(tok);
    return r && r->first == tok && of(*r).type == t ? r : nullptr;
  }
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_ENTITY_TABLE_H_

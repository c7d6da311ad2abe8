// Private to the entity stage: the table under construction, the queries the
// passes share, and the passes in the order recognize_entities() runs them.
//   names.cc        gazetteer names (priority policy, traps), nested countries, joint bodies
//   name_shape.cc   what looks like a personal name; honorifics before it
//   titles.cc       title phrases and the persons they introduce
//   appositives.cc  "<Name>, <title>", honorifics, counterparts
//   coreference.cc  short forms and title-only mentions
//   roles.cc        roles on the document's date
#ifndef JUMPA_LIB_ENTITY_PASSES_H_
#define JUMPA_LIB_ENTITY_PASSES_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "entity_table.h"
#include "lexical.h"
#include "publication.h"
#include "roles.h"

namespace jumpa::detail {

class entity_builder {
 public:
  entity_builder(const model& model_in, const lexical& lexical_in, const publication& pub_in, entity_table& out)
      : m(model_in), lx(lexical_in), pub(pub_in), t(out) {
    t.of_gaz.resize(m.gaz().entities().size(), -1);
  }

  const model& m;
  const lexical& lx;
  const publication& pub;
  entity_table& t;

  // The document entity of gazetteer entity g, created on first use.
  std::uint32_t for_gaz(std::int32_t g);
  // The pattern person named `name` (one per folded name); fills an empty country.
  std::uint32_t for_pattern(const std::string& name, const std::string& country);
  // The person named by the words [first, end): the one gazetteer person whose
  // name is written there (honorifics and patronymics allowed), else a pattern person.
  std::uint32_t for_name(std::uint32_t first, std::uint32_t end, const std::string& country);
  // The gazetteer person written [first, end), or -1 when none or several fit.
  std::int32_t gazetteer_person(std::uint32_t first, std::uint32_t end, const std::string& country) const;
  // The display name of [first, end): without honorifics and 'bin' when it holds a patronymic.
  std::string person_name(std::uint32_t first, std::uint32_t end) const;
  // The pattern organisation named `name` (a joint body).
  std::uint32_t for_body(const std::string& name);
  // Records a mention; `mark` makes its tokens unavailable to later passes.
  std::int32_t add_mention(std::uint32_t first, std::uint32_t end, std::uint32_t entity, mention_kind kind,
                           bool mark = true);
  bool free_span(std::uint32_t first, std::uint32_t end) const;
  // The document entity of gazetteer entity g, or -1 when it has none yet.
  std::int32_t known(std::int32_t g) const { return t.of_gaz[static_cast<std::size_t>(g)]; }

  const gazetteer_entity& gent(std::uint32_t i) const { return m.entity(i); }
  const std::vector<token>& tokens() const { return lx.text->tokens; }
  std::string_view fold(std::uint32_t tok) const { return lx.fold(tok); }
  std::uint32_t sentence_end(std::uint32_t tok) const { return lx.sentence_end(tok); }
  bool boiler(std::uint32_t tok) const { return lx.boilerplate(tok); }
  std::string span_text(std::uint32_t first, std::uint32_t end) const;
  std::uint32_t words_in(std::uint32_t first, std::uint32_t end) const;
  // A headline in title case: its capitalised words are not names.
  bool headline(std::uint32_t tok);
  // The ISO code of a country entity index, or of the country of an entity.
  std::int32_t country_of_code(const std::string& iso) const { return m.country_entity(iso); }

 private:
  std::map<std::string, std::uint32_t> by_pattern_;  // folded name (or "org:" + name) → doc entity
  std::vector<std::int8_t> headline_;                // per sentence: -1 unknown, 0, 1
};

// --- shared queries -------------------------------------------------------------
// A run of capitalised name tokens starting at `i` (before `limit`); returns its end (== i when none).
std::uint32_t name_run(const entity_builder& b, std::uint32_t i, std::uint32_t limit);
std::uint32_t skip_honorifics(const entity_builder& b, std::uint32_t i, std::uint32_t limit);

struct title_phrase {
  std::uint32_t first = 0, end = 0;  // tokens
  std::vector<text_role> roles;
  bool generic_only = true;
  bool last_generic = false;  // the last title needs a body after it ("Kepala Departemen Publisitas")
  bool speaker = false;
  bool occupation = true;
  // Back to a fresh phrase, keeping the roles' capacity (a phrase reused
  // across a loop allocates nothing once grown).
  void reset() {
    std::vector<text_role> kept = std::move(roles);
    kept.clear();
    *this = title_phrase();
    roles = std::move(kept);
  }
};
// Parses a chain of titles starting at a title hit at `start` (`out` is reset first).
bool parse_title(const entity_builder& b, std::uint32_t start, std::uint32_t limit, title_phrase& out);
void attach_roles(entity_builder& b, std::uint32_t entity, const title_phrase& tp);
// A person the gazetteer does not know, named at [first, end) after `tp`.
std::uint32_t add_titled_person(entity_builder& b, std::uint32_t first, std::uint32_t end, const title_phrase& tp);
// The unique person with a full mention before `tok` whose names contain its token, or -1.
std::int32_t earlier_owner(const entity_builder& b, std::uint32_t tok);

// --- the passes, in order ------------------------------------------------------------
void gazetteer_names(entity_builder& b);
void joint_bodies(entity_builder& b);
void title_phrases(entity_builder& b);
void short_forms(entity_builder& b);
void appositives_and_honorifics(entity_builder& b);
void counterparts(entity_builder& b);
void title_only_mentions(entity_builder& b);
void described_leaders(entity_builder& b);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_ENTITY_PASSES_H_

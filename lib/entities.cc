// Stage 4: the entities of one document, from its lexical facts.
#include "entity_stage.h"

#include "entity_passes.h"

namespace jumpa::detail {

void recognize_entities(const model& m, const lexical& lx, const publication& pub, entity_table& out) {
  out.clear();
  out.mention_at.assign(lx.text->tokens.size(), -1);
  entity_builder b(m, lx, pub, out);
  gazetteer_names(b);
  joint_bodies(b);
  title_phrases(b);
  short_forms(b);
  appositives_and_honorifics(b);
  counterparts(b);
  short_forms(b);
  title_only_mentions(b);
  described_leaders(b);
  for (doc_entity& e : out.entities)
    if (e.type == entity_type::person) resolve_roles(m, e, pub.published, e.resolved);
}

}  // namespace jumpa::detail

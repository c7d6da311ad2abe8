// Private: stage 4 entry point — recognise the entities of one document.
#ifndef JUMPA_LIB_ENTITY_STAGE_H_
#define JUMPA_LIB_ENTITY_STAGE_H_

#include "entity_table.h"
#include "lexical.h"
#include "publication.h"

namespace jumpa::detail {

// Fills `out` (cleared first) with the document's entities and mentions, each
// person's roles resolved on the publication date.
void recognize_entities(const model& m, const lexical& lx, const publication& pub, entity_table& out);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_ENTITY_STAGE_H_

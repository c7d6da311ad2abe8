// Private: stage 6 — the public document from the stage outputs: entities in
// order of first mention with ids, names, aliases, roles and byte-span
// mentions; relations with their arguments renumbered accordingly.
#ifndef JUMPA_LIB_ASSEMBLE_H_
#define JUMPA_LIB_ASSEMBLE_H_

#include "jumpa/document.h"
#include "jumpa/extractor.h"
#include "entity_table.h"
#include "lexical.h"
#include "relation_stage.h"

namespace jumpa::detail {

// Fills doc's entities and relations, replacing what it held but keeping the
// storage of its entities (a document reused across texts allocates little).
// The relations change hands: `rels` gets doc's old ones (cleared by its next use).
void assemble_document(const model& m, const lexical& lx, const entity_table& t, relation_set& rels,
                       const extract_options& o, document& doc);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_ASSEMBLE_H_

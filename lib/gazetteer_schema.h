// Private: what the gazetteer files may contain — entity kinds, role classes,
// id syntax, and the columns and allowed values of every lexicon table. The
// loader checks rows against this; the model compiler relies on it.
#ifndef JUMPA_LIB_GAZETTEER_SCHEMA_H_
#define JUMPA_LIB_GAZETTEER_SCHEMA_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/entities.h"

namespace jumpa::detail {

using name_set = std::set<std::string, std::less<>>;

const name_set& organization_kinds();
const name_set& location_kinds();
// Location kinds whose rows need no country (seas, regions...).
bool countryless_location_kind(std::string_view kind);

// "person", "country", "party", "org", "loc".
const char* id_prefix(entity_type t) noexcept;
// `prefix:slug` with slug [a-z0-9][a-z0-9-]*.
bool valid_slug_id(std::string_view id, std::string_view prefix);
// Exactly `n` upper-case ASCII letters.
bool upper_code(std::string_view s, std::size_t n);
// An optionally signed decimal integer with at most 7 digits; "+3" is not one.
bool parse_int(std::string_view s, int& out);

// One column of a lexicon table after `form`.
struct column_schema {
  std::string name;
  bool required = true;
  enum check_kind { text, integer, role_ref, flags, choice } check = text;
  name_set values;  // for choice and flags
  int min = 0, max = 0;  // for integer
};
struct table_schema {
  std::vector<column_schema> columns;
  // Index of a column in lexicon_entry::fields, or -1.
  int field(std::string_view name) const;
};
// Every lexicon table by file stem ("titles"), in a fixed order.
const std::map<std::string, table_schema, std::less<>>& lexicon_schemas();
const table_schema& lexicon_schema(std::string_view table);  // must exist

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_GAZETTEER_SCHEMA_H_

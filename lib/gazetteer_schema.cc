#include "gazetteer_schema.h"

#include <stdexcept>

#include "jumpa/relations.h"
#include "lexicon_types.h"

namespace jumpa::detail {
namespace {

template <class E>
name_set names() {
  name_set out;
  for (const char* n : enum_names<E>::names) out.insert(n);
  return out;
}

name_set kinds(bool (*pred)(relation_kind) noexcept) {
  name_set out;
  for (int k = 0; k <= static_cast<int>(relation_kind::diplomatic); ++k)
    if (pred(static_cast<relation_kind>(k))) out.insert(to_string(static_cast<relation_kind>(k)));
  return out;
}

column_schema choice(std::string name, name_set values, bool required = true) {
  column_schema c;
  c.name = std::move(name);
  c.required = required;
  c.check = column_schema::choice;
  c.values = std::move(values);
  return c;
}

column_schema integer(std::string name, int min, int max, bool required = true) {
  column_schema c;
  c.name = std::move(name);
  c.required = required;
  c.check = column_schema::integer;
  c.min = min;
  c.max = max;
  return c;
}

column_schema plain(std::string name, column_schema::check_kind k = column_schema::text, bool required = true) {
  column_schema c;
  c.name = std::move(name);
  c.required = required;
  c.check = k;
  return c;
}

}  // namespace

const name_set& organization_kinds() {
  static const name_set s = {"intergovernmental", "forum", "ministry", "legislature", "government", "court",
                             "embassy", "agency", "military", "academic", "media", "company", "other"};
  return s;
}

const name_set& location_kinds() {
  static const name_set s = {"capital", "city", "province", "region", "district", "venue", "island", "sea",
                             "river", "border_crossing", "continent", "landmark"};
  return s;
}

bool countryless_location_kind(std::string_view kind) {
  return kind == "sea" || kind == "region" || kind == "continent" || kind == "river" || kind == "island";
}

const char* id_prefix(entity_type t) noexcept {
  switch (t) {
    case entity_type::person: return "person";
    case entity_type::country: return "country";
    case entity_type::party: return "party";
    case entity_type::organization: return "org";
    case entity_type::location: return "loc";
  }
  return "";
}

bool valid_slug_id(std::string_view id, std::string_view prefix) {
  if (id.size() <= prefix.size() + 1 || id.substr(0, prefix.size()) != prefix || id[prefix.size()] != ':')
    return false;
  std::string_view slug = id.substr(prefix.size() + 1);
  auto ok_first = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!ok_first(slug[0])) return false;
  for (char c : slug)
    if (!ok_first(c) && c != '-') return false;
  return true;
}

bool upper_code(std::string_view s, std::size_t n) {
  if (s.size() != n) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool parse_int(std::string_view s, int& out) {
  std::size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
  if (i == s.size() || s.size() - i > 7) return false;
  int v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = s[0] == '-' ? -v : v;
  return true;
}

int table_schema::field(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return static_cast<int>(i);
  return -1;
}

const std::map<std::string, table_schema, std::less<>>& lexicon_schemas() {
  static const auto* s = new std::map<std::string, table_schema, std::less<>>{
      {"titles", {{plain("role", column_schema::role_ref), [] {
                     column_schema c = choice("flags", names<title_flag>(), false);
                     c.check = column_schema::flags;
                     return c;
                   }()}}},
      {"honorifics", {}},
      {"triggers", {{choice("kind", kinds(is_meeting_kind)), choice("frame", names<trigger_frame>()),
                     integer("priority", 0, 9, false), choice("place", {"yes", "no"}, false), [] {
                       column_schema c = choice("flags", names<trigger_flag>(), false);
                       c.check = column_schema::flags;
                       return c;
                     }()}}},
      {"modality", {{choice("type", names<modality_type>()), choice("scope", names<modality_scope>())}}},
      {"months", {{integer("number", 1, 12)}}},
      {"weekdays", {{integer("number", 1, 7)}}},
      {"relative_dates", {{integer("days", -3660, 3660), choice("precision", names<date_precision>())}}},
      {"relation_cues", {{choice("kind", kinds(is_country_kind))}}},
      {"words", {{choice("class", names<word_class>()), integer("count", 2, 99, false)}}},
      {"traps", {{choice("position", names<trap_position>()), choice("effect", names<trap_effect>())}}},
      {"bodies", {{plain("name")}}},
      {"boilerplate", {}},
      {"abbreviations", {}},
      {"stopwords", {}},
  };
  return *s;
}

const table_schema& lexicon_schema(std::string_view table) {
  const auto& all = lexicon_schemas();
  auto it = all.find(table);
  if (it == all.end()) throw std::logic_error("jumpa: no lexicon table '" + std::string(table) + "'");
  return it->second;
}

}  // namespace jumpa::detail

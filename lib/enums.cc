// Names of the public enums, and their parsers.
#include <string_view>

#include "jumpa/entities.h"
#include "jumpa/graph.h"
#include "jumpa/relations.h"

namespace jumpa {
namespace {

template <class E, std::size_t N>
std::optional<E> lookup(std::string_view s, const char* const (&names)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (s == names[i]) return static_cast<E>(i);
  return std::nullopt;
}

constexpr const char* kEntityTypes[] = {"person", "country", "party", "organization", "location"};
constexpr const char* kMentionKinds[] = {"name", "short", "title", "pronoun", "nested", "adjective", "metonym"};
constexpr const char* kSources[] = {"gazetteer", "pattern"};
constexpr const char* kRelationTypes[] = {"met", "country_relation", "affiliation"};
constexpr const char* kStatuses[] = {"happened", "planned", "hoped", "negated"};
constexpr const char* kKinds[] = {"", "talks", "visit", "courtesy_call", "reception", "phone_call", "co_chair",
                                  "summit", "meeting", "cooperation", "agreement", "support", "opposition", "trade",
                                  "condolence", "diplomatic"};
constexpr const char* kEdgeRelations[] = {"met", "country_relation", "affiliation", "represents"};

template <std::size_t N>
const char* name(std::size_t i, const char* const (&names)[N]) noexcept {
  return i < N ? names[i] : "unknown";
}

}  // namespace

const char* to_string(entity_type t) noexcept { return name(static_cast<std::size_t>(t), kEntityTypes); }
std::optional<entity_type> parse_entity_type(std::string_view s) noexcept {
  if (s == "organisation") return entity_type::organization;
  return lookup<entity_type>(s, kEntityTypes);
}

const char* to_string(mention_kind k) noexcept { return name(static_cast<std::size_t>(k), kMentionKinds); }
std::optional<mention_kind> parse_mention_kind(std::string_view s) noexcept { return lookup<mention_kind>(s, kMentionKinds); }

const char* to_string(entity_source s) noexcept { return name(static_cast<std::size_t>(s), kSources); }
std::optional<entity_source> parse_entity_source(std::string_view s) noexcept { return lookup<entity_source>(s, kSources); }

const char* to_string(relation_type t) noexcept { return name(static_cast<std::size_t>(t), kRelationTypes); }
std::optional<relation_type> parse_relation_type(std::string_view s) noexcept {
  return lookup<relation_type>(s, kRelationTypes);
}

const char* to_string(meeting_status s) noexcept { return name(static_cast<std::size_t>(s), kStatuses); }
std::optional<meeting_status> parse_meeting_status(std::string_view s) noexcept {
  return lookup<meeting_status>(s, kStatuses);
}

const char* to_string(relation_kind k) noexcept { return name(static_cast<std::size_t>(k), kKinds); }
std::optional<relation_kind> parse_relation_kind(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  return lookup<relation_kind>(s, kKinds);
}
bool is_meeting_kind(relation_kind k) noexcept { return k >= relation_kind::talks && k <= relation_kind::meeting; }
bool is_country_kind(relation_kind k) noexcept {
  return k == relation_kind::meeting || (k >= relation_kind::cooperation && k <= relation_kind::diplomatic);
}

const char* to_string(edge_relation r) noexcept { return name(static_cast<std::size_t>(r), kEdgeRelations); }
std::optional<edge_relation> parse_edge_relation(std::string_view s) noexcept {
  return lookup<edge_relation>(s, kEdgeRelations);
}

}  // namespace jumpa

// Private: the compiled model an extractor shares between threads — the
// gazetteer's entities with precomputed facts, the entity-name matcher, and
// one compiled lexicon per language with typed rows. Built once by
// compile_model(); immutable afterwards. It keeps the gazetteer it compiled
// (its own copy, one handed over, or the never-destroyed builtin one), and
// every cross-reference is an index into it (never a pointer into a caller's
// gazetteer that may go).
#ifndef JUMPA_LIB_MODEL_H_
#define JUMPA_LIB_MODEL_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jumpa/extractor.h"
#include "jumpa/gazetteer.h"
#include "jumpa/matcher.h"
#include "jumpa/relations.h"
#include "jumpa/text.h"
#include "language_detect.h"
#include "lexicon_types.h"

namespace jumpa::detail {

constexpr std::uint16_t kNoRole = 0xFFFF;

// What an entity-name match means (by matcher payload).
enum class name_form : std::uint8_t { name, short_form, adjective };
struct name_meaning {
  std::uint32_t entity = 0;       // gazetteer entity index
  name_form form = name_form::name;
  bool capitalized = false;       // the form starts with an upper-case letter
  entity_type type = entity_type::person;  // the entity's (read per match: the entity itself is not touched)
};

// How a location serves as a meeting place.
enum class place_level : std::uint8_t {
  other,  // a venue, province...: climb to its parent
  city,   // a city or capital: the place itself
  area,   // a sea, region or continent: never a meeting place
};

// A run of folded name tokens in model::name_pool.
struct token_range {
  std::uint32_t begin = 0, size = 0;
};

// Where one folded name token is in model::name_text.
struct token_ref {
  std::uint32_t offset = 0, size = 0;
};

// A read-only view of sorted or ordered folded tokens (of model::name_text).
class token_span {
 public:
  token_span() = default;
  token_span(const char* text, const token_ref* first, std::size_t n) : text_(text), first_(first), n_(n) {}
  std::size_t size() const noexcept { return n_; }
  bool empty() const noexcept { return n_ == 0; }
  std::string_view operator[](std::size_t i) const noexcept { return {text_ + first_[i].offset, first_[i].size}; }
  std::string_view front() const noexcept { return (*this)[0]; }
  // Whether the sorted span holds `t`.
  bool contains_sorted(std::string_view t) const noexcept {
    std::size_t lo = 0, hi = n_;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if ((*this)[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo < n_ && (*this)[lo] == t;
  }

 private:
  const char* text_ = nullptr;
  const token_ref* first_ = nullptr;
  std::size_t n_ = 0;
};

// Facts about one gazetteer entity that the rules need, precomputed.
struct entity_facts {
  std::int32_t capital_of = -1;  // locations: the country entity whose capital this is
  std::int32_t parent = -1;      // locations: the containing location entity
  place_level place = place_level::other;
  bool media = false;            // an organisation of kind media (a source, not an actor)
  token_range name_tokens;  // persons: folded tokens of its names (model::name_pool), sorted, unique
  token_range names;        // persons: each name and alias (model::person_names), its tokens in order
  std::vector<std::uint32_t> offices;    // persons: indexes into gazetteer::offices()
};

struct role_facts {
  role_class cls = role_class::official;
  std::uint16_t in_party = kNoRole;             // role meant when the title names a party
  std::vector<std::uint16_t> answers_to;        // titles that may refer to this office
  std::optional<role_class> covers;             // a generic title fits any role of this class
};

// Lexicon categories of a language.
enum class lex : std::uint8_t {
  title, honorific, trigger, modality, month, weekday, relative_date, relation_cue, word, trap, stopword, body,
  token_word,  // words of token classes only (kTokenClasses): matched, not selected as function words
  count_
};
constexpr std::size_t kLexCats = static_cast<std::size_t>(lex::count_);

struct title_row {
  std::uint16_t role = kNoRole;
  std::uint8_t flags = 0;  // bits of title_flag
  bool has(title_flag f) const noexcept { return (flags >> static_cast<unsigned>(f)) & 1u; }
};
struct trigger_row {
  relation_kind kind = relation_kind::meeting;
  trigger_frame frame = trigger_frame::active;
  std::uint8_t priority = 0;   // on the same participants in one clause, the higher kind wins
  bool carries_place = true;   // "di X" gives the meeting's place (not for phone calls)
  std::uint8_t flags = 0;      // bits of trigger_flag
  bool has(trigger_flag f) const noexcept { return (flags >> static_cast<unsigned>(f)) & 1u; }
};
struct modality_row {
  modality_type type = modality_type::future;
  modality_scope scope = modality_scope::before;
};
struct relative_row {
  int days = 0;
  date_precision precision = date_precision::day;
};
struct word_row {
  word_mask classes = 0;
  int count = 2;  // pair and group anaphors: how many persons or countries
};
struct trap_row {
  trap_position position = trap_position::before;
  trap_effect effect = trap_effect::not_country;
};

struct lex_meaning {
  lex cat = lex::word;
  std::uint32_t row = 0;  // index into the category's table
};

// One language's compiled lexicon.
struct language_model {
  std::string lang;
  text_analyzer analyzer;                 // with the language's abbreviations and boilerplate
  matcher m;                              // every lexicon form
  std::vector<lex_meaning> meanings;      // by matcher payload
  std::vector<std::string> forms;         // by matcher payload, as written (for evidence)
  std::vector<title_row> titles;
  std::vector<trigger_row> triggers;
  std::vector<modality_row> modality;
  std::vector<int> months, weekdays;      // numbers
  std::vector<relative_row> relative;
  std::vector<relation_kind> cues;
  std::vector<word_row> words;
  std::vector<trap_row> traps;
  std::vector<std::string> bodies;        // English head of a joint body's name
};

struct model {
  extractor_options options;
  // The gazetteer compiled: owned (a copy, or one handed over), or the builtin
  // one, which lives as long as the process and is shared.
  std::shared_ptr<const gazetteer> gazetteer_ptr;
  const gazetteer& gaz() const { return *gazetteer_ptr; }
  matcher names;                          // every entity form
  std::vector<name_meaning> name_meanings;  // by matcher payload
  std::vector<entity_facts> facts;        // by gazetteer entity index
  std::vector<role_facts> roles;          // by role index (gazetteer::roles())
  std::vector<std::uint16_t> office_roles;  // by office index: its role's index (kNoRole when unknown)
  std::unordered_map<std::string, std::uint32_t> country_by_code;  // ISO → entity index
  std::vector<std::pair<std::string, std::uint16_t>> role_by_id;  // sorted by id (looked up by view)
  // Persons' folded name tokens: places in name_text, referred to by token_range.
  std::string name_text;
  std::vector<token_ref> name_pool;
  std::vector<token_range> person_names;  // by entity_facts::names
  // (name_pool index of the first folded token of a name of two tokens or
  // more, person), sorted by the token; a person once per token, persons of
  // one token in entity order.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> persons_by_first;
  std::vector<language_model> languages;  // the options' language, or every language for "auto"
  language_detector detector;             // numbers are indexes into `languages`
  // Folded name forms never resolved to a person on their own: the gazetteer's
  // ambiguous names and the short forms two or more persons list. Sorted.
  std::vector<std::string> ambiguous_forms;
  std::unordered_set<std::string_view> ambiguous_set;  // views of ambiguous_forms (looked up per word)

  // Built in place by compile_model and shared, never copied (it holds views of its own strings).
  model() = default;
  model(const model&) = delete;
  model& operator=(const model&) = delete;

  const gazetteer_entity& entity(std::uint32_t i) const { return gaz().entities()[i]; }
  token_span tokens(token_range r) const { return {name_text.data(), name_pool.data() + r.begin, r.size}; }
  std::string_view pool_text(std::uint32_t k) const { return {name_text.data() + name_pool[k].offset, name_pool[k].size}; }
  token_span name_tokens(std::uint32_t person) const { return tokens(facts[person].name_tokens); }
  // Whether fn(tokens) holds for a name or alias of `person` (tried in order).
  template <class F>
  bool any_name(std::uint32_t person, F&& fn) const {
    const token_range r = facts[person].names;
    for (std::uint32_t k = r.begin; k < r.begin + r.size; ++k)
      if (fn(tokens(person_names[k]))) return true;
    return false;
  }
  // Calls fn(person) for every person one of whose names (of two tokens or
  // more) starts with the folded token `first`, in entity order.
  template <class F>
  void persons_first(std::string_view first, F&& fn) const {
    auto it = std::lower_bound(persons_by_first.begin(), persons_by_first.end(), first,
                               [&](const auto& e, std::string_view t) { return pool_text(e.first) < t; });
    for (; it != persons_by_first.end() && pool_text(it->first) == first; ++it) fn(it->second);
  }
  const office& office_at(std::uint32_t i) const { return gaz().offices()[i]; }
  const std::string& role_id(std::uint16_t r) const { return gaz().roles()[r].id; }
  std::uint16_t role(std::string_view id) const;  // kNoRole when unknown
  std::uint16_t office_role(std::uint32_t office) const { return office_roles[office]; }
  const language_model* language(std::string_view lang) const;
  // The language to extract `text` with: `requested` when compiled, else the
  // detected one (the only one when a single language is compiled).
  // The language asked for if compiled, else the one of the text's function
  // words (its tokens and their ids in the shared vocabulary, token_ids()).
  const language_model& language_for(const analyzed_text& text, const std::vector<std::uint32_t>& ids,
                                     std::string_view requested) const;
  std::int32_t country_entity(std::string_view iso) const;  // -1 when unknown
  bool ambiguous_form(std::string_view folded) const;
};

// Compiles `g` (kept by the model). Fails when the language has no
// lexicon (or, for "auto", the gazetteer has none) or a form cannot be
// compiled (the status names its file and line).
result<std::shared_ptr<const model>> compile_model(std::shared_ptr<const gazetteer> g, const extractor_options& o);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_MODEL_H_

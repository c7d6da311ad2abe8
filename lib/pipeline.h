// Private: the compiled model and the per-document working state shared by the
// entity (entities.cc) and relation (relations.cc) stages.
#ifndef JUMPA_LIB_PIPELINE_H_
#define JUMPA_LIB_PIPELINE_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "jumpa/extractor.h"
#include "jumpa/gazetteer.h"
#include "jumpa/matcher.h"
#include "jumpa/text.h"

namespace jumpa::detail {

// What a matched form means.
enum class cat : std::uint8_t {
  ent_name, ent_short, ent_adjective, title, honorific, trigger, modality, month, weekday,
  relative_date, relation_cue, word, trap, stopword, body, count_
};
constexpr std::size_t kCats = static_cast<std::size_t>(cat::count_);

struct meaning {
  cat c = cat::word;
  std::uint32_t index = 0;        // entity index or lexicon row
  bool form_capitalized = false;  // the gazetteer form starts with an upper-case letter
};

struct title_row { std::string role; bool speaker = false, generic = false, occupation = false; };
struct trigger_row { std::string kind, frame; };
struct modality_row { std::string type, scope; };
struct number_row { int number = 0; };
struct relative_row { int days = 0; std::string precision; };
struct cue_row { std::string kind; };
struct word_row { std::string cls; };
struct trap_row { std::string position, effect; };
struct body_row { std::string name; };

}  // namespace jumpa::detail

namespace jumpa {

struct extractor::model {
  extractor_options options;
  gazetteer gaz;
  text_analyzer analyzer;
  matcher m;
  std::vector<detail::meaning> meanings;  // by matcher payload
  std::vector<std::string> forms;         // by matcher payload (as written)
  // lexicon rows, by table
  std::vector<detail::title_row> titles;
  std::vector<detail::trigger_row> triggers;
  std::vector<detail::modality_row> modality;
  std::vector<detail::number_row> months, weekdays;
  std::vector<detail::relative_row> relative;
  std::vector<detail::cue_row> cues;
  std::vector<detail::word_row> words;
  std::vector<detail::trap_row> traps;
  std::vector<detail::body_row> bodies;
  std::vector<std::string> lexicon_forms[detail::kCats];  // form text per row, for evidence
  // entities
  std::unordered_map<std::string, std::uint32_t> country_by_code;  // ISO → entity index
  std::vector<std::int32_t> capital_country;  // entity index → country entity index or -1
  std::vector<std::vector<std::string>> person_tokens;  // entity index → folded tokens of its names (persons)
  std::vector<std::vector<const office*>> offices;       // entity index → its offices
};

}  // namespace jumpa

namespace jumpa::detail {

// A selected lexicon match: tokens [first, end) and its meaning.
struct lex_hit {
  std::uint32_t first = 0, end = 0;
  std::uint32_t payload = 0;
};

// One mention of a document entity.
struct mention_rec {
  std::uint32_t first = 0, end = 0;  // tokens
  std::uint32_t entity = 0;          // index into doc_state::entities
  std::uint32_t sentence = 0;
  mention_kind kind = mention_kind::name;
};

struct text_role {
  std::string role;
  std::int32_t country = -1;  // gazetteer entity index of a country, or -1
  std::int32_t org = -1;      // gazetteer entity index of a party/organisation, or -1
  std::uint32_t first = 0, end = 0;  // tokens of the title phrase
  bool speaker = false;
};

struct doc_entity {
  std::int32_t gaz = -1;  // gazetteer entity index, -1 for pattern entities
  entity_type type = entity_type::person;
  std::string name;
  std::string country;    // ISO
  std::vector<text_role> roles;  // titles read in the text
  std::vector<std::uint32_t> mentions;  // indexes into doc_state::mentions
  bool speaker = false;   // introduced as a spokesperson
  std::uint32_t first_name = UINT32_MAX;  // first token of the first full-name mention
  mutable std::vector<std::string> tokens;  // pattern persons: folded name tokens (lazy)
};

struct doc_state {
  analyzed_text text;
  std::vector<match> matches;
  std::vector<match> scratch;                  // matches of one category, reused
  std::vector<lex_hit> hits[kCats];           // selected per category, leftmost-longest
  std::vector<std::uint16_t> cat_mask;        // token → bit c set when a hit of category c covers it
  std::vector<std::int32_t> word_at;          // token → index of the function-word hit starting there, -1
  std::vector<std::uint32_t> sentence_of;     // token → sentence
  std::vector<mention_rec> mentions;
  std::vector<std::int32_t> mention_at;       // token → mention covering it, -1
  std::vector<doc_entity> entities;
  date published;
  std::int32_t dateline_place = -1;           // gazetteer location index
  std::uint32_t body_start = 0;               // first token after the dateline
  bool explain = false;

  // Empties the state for the next document, keeping allocated capacity.
  void reset() {
    text.clear();
    matches.clear();
    cat_mask.clear();
    word_at.clear();
    sentence_of.clear();
    mentions.clear();
    mention_at.clear();
    entities.clear();
    published = date{};
    dateline_place = -1;
    body_start = 0;
    explain = false;
  }

  const meaning& mean(const extractor::model& m, cat c, std::int32_t hit) const {
    return m.meanings[hits[static_cast<std::size_t>(c)][static_cast<std::size_t>(hit)].payload];
  }
  std::int32_t at(cat c, std::uint32_t tok) const {
    std::int32_t h = covering(c, tok);
    return h >= 0 && hits[static_cast<std::size_t>(c)][static_cast<std::size_t>(h)].first == tok ? h : -1;
  }
  // The hit of category c covering token `tok`, or -1 (hits are sorted and disjoint).
  std::int32_t covering(cat c, std::uint32_t tok) const {
    if (tok >= cat_mask.size() || !(cat_mask[tok] & (1u << static_cast<unsigned>(c)))) return -1;
    const auto& h = hits[static_cast<std::size_t>(c)];
    auto it = std::upper_bound(h.begin(), h.end(), tok,
                               [](std::uint32_t t, const lex_hit& x) { return t < x.first; });
    if (it == h.begin()) return -1;
    --it;
    return tok < it->end ? static_cast<std::int32_t>(it - h.begin()) : -1;
  }
  const lex_hit& hit(cat c, std::int32_t i) const {
    return hits[static_cast<std::size_t>(c)][static_cast<std::size_t>(i)];
  }
  std::string_view fold(std::uint32_t tok) const { return text.fold(text.tokens[tok]); }
};

// Is the office one of the person's roles for a document published on `published`?
// With a complete date: held on that date. Without one: still held, or any
// office when the person holds none any more.
inline bool office_counts(const office& o, const std::vector<const office*>& all, const date& published) {
  if (published.complete()) return o.held_on(published);
  if (published.year != 0) return o.held_on(date{published.year, 12, 31});
  if (o.to.empty()) return true;
  for (const office* x : all)
    if (x->to.empty()) return false;
  return true;
}

// Word class of a token (from words.tsv), or "" when none starts there.
std::string_view word_class_at(const extractor::model& m, const doc_state& d, std::uint32_t tok,
                               std::uint32_t* end = nullptr);

// Stage entry points.
void recognize_entities(const extractor::model& m, doc_state& d);
void extract_relations(const extractor::model& m, doc_state& d, document& out);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_PIPELINE_H_

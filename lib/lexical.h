// Private: stage 3 output — what the gazetteer and the lexicon found in one
// analysed text. Entity-name matches are kept whole (the entity stage applies
// its own policy); lexicon matches are selected leftmost-longest per category
// and resolved into per-token facts (category bits, word classes) that the
// rules read as integers.
#ifndef JUMPA_LIB_LEXICAL_H_
#define JUMPA_LIB_LEXICAL_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "jumpa/matcher.h"
#include "jumpa/text.h"
#include "model.h"

namespace jumpa::detail {

// A selected lexicon match: tokens [first, end) and its row in the category's table.
struct lex_hit {
  std::uint32_t first = 0, end = 0;
  std::uint32_t row = 0;
  std::uint32_t payload = 0;  // the language matcher's payload (for the form as written)
};

struct token_facts {
  word_mask single = 0;       // classes of the one-token word form equal to this token
  std::int32_t word = -1;     // the selected word hit starting here, or -1
};

struct lexical {
  const analyzed_text* text = nullptr;   // borrowed
  const language_model* lang = nullptr;  // borrowed
  std::vector<match> names;              // every entity-form match, as ordered by find_all
  std::vector<lex_hit> hits[kLexCats];   // selected, sorted, disjoint within a category
  std::vector<token_facts> tokens;       // per token
  std::vector<std::uint32_t> sentence_of;  // token → sentence
  std::vector<std::int32_t> cover;         // [token * kLexCats + category]: the hit covering it, or -1
  std::vector<std::uint32_t> capitalized;  // the capitalised word tokens, in order (name candidates)
  word_mask words_present = 0;             // the classes of every selected word hit (rules skip absent ones)

  // The hit of category c covering token `tok`, or -1.
  std::int32_t covering(lex c, std::uint32_t tok) const {
    return tok < tokens.size() ? cover.data()[std::size_t{tok} * kLexCats + static_cast<std::size_t>(c)] : -1;
  }
  // The hit of category c starting at `tok`, or -1.
  std::int32_t at(lex c, std::uint32_t tok) const {
    std::int32_t h = covering(c, tok);
    return h >= 0 && hit(c, h).first == tok ? h : -1;
  }
  bool covered(lex c, std::uint32_t tok) const { return covering(c, tok) >= 0; }
  const lex_hit& hit(lex c, std::int32_t i) const {
    return hits[static_cast<std::size_t>(c)][static_cast<std::size_t>(i)];
  }
  const std::vector<lex_hit>& all(lex c) const { return hits[static_cast<std::size_t>(c)]; }
  // The hits of category c that start in tokens [first, end), as [begin, end) pointers (hits are sorted).
  std::pair<const lex_hit*, const lex_hit*> starting_in(lex c, std::uint32_t first, std::uint32_t end) const {
    const auto& v = all(c);
    const lex_hit* b = std::lower_bound(v.data(), v.data() + v.size(), first,
                                        [](const lex_hit& h, std::uint32_t tok) { return h.first < tok; });
    const lex_hit* e = b;
    while (e != v.data() + v.size() && e->first < end) ++e;
    return {b, e};
  }

  // Classes of the selected word hit starting at `tok` (0 when none); its end in *end.
  word_mask word_at(std::uint32_t tok, std::uint32_t* end = nullptr) const {
    std::int32_t h = tok < tokens.size() ? tokens[tok].word : -1;
    if (h < 0) return 0;
    const lex_hit& x = hit(lex::word, h);
    if (end) *end = x.end;
    return lang->words[x.row].classes;
  }
  bool word_is(std::uint32_t tok, word_class c, std::uint32_t* end = nullptr) const {
    std::uint32_t e = 0;
    bool yes = (word_at(tok, &e) & bit(c)) != 0;
    if (yes && end) *end = e;
    return yes;
  }
  // Is the token itself (alone) a word of class c?
  bool token_is(std::uint32_t tok, word_class c) const {
    return tok < tokens.size() && (tokens[tok].single & bit(c)) != 0;
  }
  // Typed rows of the hits.
  const title_row& title(std::int32_t h) const { return lang->titles[hit(lex::title, h).row]; }
  const trigger_row& trigger(std::int32_t h) const { return lang->triggers[hit(lex::trigger, h).row]; }
  const modality_row& modality(std::int32_t h) const { return lang->modality[hit(lex::modality, h).row]; }
  const trap_row& trap(std::int32_t h) const { return lang->traps[hit(lex::trap, h).row]; }
  const word_row& word(std::int32_t h) const { return lang->words[hit(lex::word, h).row]; }
  // The form as written in the lexicon (for evidence).
  const std::string& form(lex c, std::int32_t h) const { return lang->forms[hit(c, h).payload]; }

  std::string_view fold(std::uint32_t tok) const { return text->fold(text->tokens[tok]); }
  std::uint32_t sentence_end(std::uint32_t tok) const { return text->sentences[sentence_of[tok]].end_token; }
  bool boilerplate(std::uint32_t tok) const { return text->sentences[sentence_of[tok]].boilerplate; }
};

// Scratch reused across documents by find_lexical.
struct lexical_scratch {
  std::vector<match> matches;  // the language matcher's, in find_all order
};

// Each token's id in the model's shared vocabulary (read by both matchers
// and by the language detector).
void token_ids(const model& m, const analyzed_text& text, std::vector<std::uint32_t>& ids);

// Runs both matchers over `text` (`ids` from token_ids) and fills `out` (cleared first).
void find_lexical(const model& m, const language_model& lang, const analyzed_text& text,
                  const std::vector<std::uint32_t>& ids, lexical& out, lexical_scratch& scratch);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_LEXICAL_H_

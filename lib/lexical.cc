#include "lexical.h"

namespace jumpa::detail {
namespace {

void sentences_of_tokens(const analyzed_text& text, lexical& out) {
  out.sentence_of.assign(text.tokens.size(), 0);
  for (std::uint32_t si = 0; si < text.sentences.size(); ++si)
    for (std::uint32_t k = text.sentences[si].first_token; k < text.sentences[si].end_token; ++k)
      out.sentence_of[k] = si;
}

// One-token word forms: their classes hold for the token whatever longer form starts there.
void single_words(const language_model& lang, const std::vector<match>& all, lexical& out) {
  for (const match& mt : all) {
    const lex_meaning& me = lang.meanings[mt.payload];
    if ((me.cat == lex::word || me.cat == lex::token_word) && mt.end_token == mt.first_token + 1)
      out.tokens[mt.first_token].single |= lang.words[me.row].classes;
  }
}

// Groups the lexicon matches by category (a counting sort of their indices;
// order kept within each category).
void split_categories(const language_model& lang, lexical_scratch& s) {
  std::size_t count[kLexCats] = {};
  for (const match& mt : s.matches) ++count[static_cast<std::size_t>(lang.meanings[mt.payload].cat)];
  s.starts[0] = 0;
  for (std::size_t c = 0; c < kLexCats; ++c) s.starts[c + 1] = s.starts[c] + count[c];
  std::size_t next[kLexCats];
  for (std::size_t c = 0; c < kLexCats; ++c) next[c] = s.starts[c];
  s.by_category.resize(s.matches.size());
  for (std::uint32_t i = 0; i < s.matches.size(); ++i)
    s.by_category[next[static_cast<std::size_t>(lang.meanings[s.matches[i].payload].cat)]++] = i;
}

void select_category(const language_model& lang, lex c, lexical_scratch& s, lexical& out) {
  s.category.clear();
  const auto ci = static_cast<std::size_t>(c);
  for (std::size_t k = s.starts[ci]; k < s.starts[ci + 1]; ++k) s.category.push_back(s.matches[s.by_category[k]]);
  s.selected.clear();
  select_longest(s.category, [](std::uint32_t p) { return p; }, s.selected);
  auto& hits = out.hits[static_cast<std::size_t>(c)];
  for (const match& mt : s.selected) {
    if (c == lex::word) out.tokens[mt.first_token].word = static_cast<std::int32_t>(hits.size());
    hits.push_back({mt.first_token, mt.end_token, lang.meanings[mt.payload].row, mt.payload});
    const auto h = static_cast<std::int32_t>(hits.size() - 1);
    for (std::uint32_t k = mt.first_token; k < mt.end_token; ++k) out.cover[std::size_t{k} * kLexCats + ci] = h;
  }
}

}  // namespace

void find_lexical(const model& m, const language_model& lang, const analyzed_text& text, lexical& out,
                  lexical_scratch& scratch) {
  out.text = &text;
  out.lang = &lang;
  out.names.clear();
  out.names.reserve(text.tokens.size() / 4);
  m.names.find_all(text, out.names);
  scratch.matches.clear();
  lang.m.find_all(text, scratch.matches);
  out.tokens.assign(text.tokens.size(), token_facts{});
  out.cover.assign(text.tokens.size() * kLexCats, -1);
  sentences_of_tokens(text, out);
  single_words(lang, scratch.matches, out);
  split_categories(lang, scratch);
  for (std::size_t c = 0; c < kLexCats; ++c) {
    out.hits[c].clear();
    select_category(lang, static_cast<lex>(c), scratch, out);
  }
}

}  // namespace jumpa::detail

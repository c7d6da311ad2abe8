#include "lexical.h"

#include "matcher_access.h"

namespace jumpa::detail {
namespace {

// Rules that look for names scan these instead of every token.
void capitalized_words(const analyzed_text& text, lexical& out) {
  out.capitalized.resize(text.tokens.size());
  std::size_t n = 0;
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    const token& t = text.tokens[i];
    out.capitalized[n] = i;
    n += t.kind == token_kind::word && t.has(tf_capitalized);
  }
  out.capitalized.resize(n);
}

void sentences_of_tokens(const analyzed_text& text, lexical& out) {
  out.sentence_of.assign(text.tokens.size(), 0);
  for (std::uint32_t si = 0; si < text.sentences.size(); ++si)
    for (std::uint32_t k = text.sentences[si].first_token; k < text.sentences[si].end_token; ++k)
      out.sentence_of[k] = si;
}

// Every lexicon match, in find_all order (by start, longer first; one span's
// payloads ascending): one-token word forms give their classes to the token
// whatever longer form starts there, and each category keeps its leftmost-
// longest matches (the first of a span is its lowest payload, as
// select_longest would rank them), recorded as hits and per-token cover.
void select_hits(const language_model& lang, const std::vector<match>& all, lexical& out) {
  std::uint32_t covered[kLexCats] = {};
  bool any[kLexCats] = {};
  for (const match& mt : all) {
    const lex_meaning& me = lang.meanings[mt.payload];
    const auto ci = static_cast<std::size_t>(me.cat);
    if ((me.cat == lex::word || me.cat == lex::token_word) && mt.end_token == mt.first_token + 1)
      out.tokens[mt.first_token].single |= lang.words[me.row].classes;
    if (any[ci] && mt.first_token < covered[ci]) continue;
    any[ci] = true;
    covered[ci] = mt.end_token;
    auto& hits = out.hits[ci];
    const auto h = static_cast<std::int32_t>(hits.size());
    if (me.cat == lex::word) {
      out.tokens[mt.first_token].word = h;
      out.words_present |= lang.words[me.row].classes;
    }
    hits.push_back({mt.first_token, mt.end_token, me.row, mt.payload});
    for (std::uint32_t k = mt.first_token; k < mt.end_token; ++k) out.cover[std::size_t{k} * kLexCats + ci] = h;
  }
}

}  // namespace

void token_ids(const model& m, const analyzed_text& text, std::vector<std::uint32_t>& ids) {
  matcher_access::token_ids(m.names, text, ids);
}

void find_lexical(const model& m, const language_model& lang, const analyzed_text& text,
                  const std::vector<std::uint32_t>& ids, lexical& out, lexical_scratch& scratch) {
  out.text = &text;
  out.lang = &lang;
  out.names.clear();
  out.names.reserve(text.tokens.size() / 4);
  // One vocabulary for both matchers (compile_model): each token was looked up once.
  matcher_access::find_all(m.names, m.names, text, ids, out.names);
  scratch.matches.clear();
  matcher_access::find_all(lang.m, m.names, text, ids, scratch.matches);
  out.tokens.assign(text.tokens.size(), token_facts{});
  out.cover.assign(text.tokens.size() * kLexCats, -1);
  sentences_of_tokens(text, out);
  capitalized_words(text, out);
  for (auto& h : out.hits) h.clear();
  out.words_present = 0;
  select_hits(lang, scratch.matches, out);
}

}  // namespace jumpa::detail

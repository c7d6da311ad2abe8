// What looks like a personal name: a run of capitalised words (with name
// particles such as bin, de, dos; initials; hyphenated parts) that holds no
// title, month, weekday, trigger, function word or acronym.
#include "entity_passes.h"

namespace jumpa::detail {
namespace {

// A capitalised word that cannot be part of a name; `first` when it would start the name.
bool not_a_name_word(const entity_builder& b, std::uint32_t j, bool first) {
  const lexical& lx = b.lx;
  if (first && lx.covered(lex::honorific, j)) return true;
  if (lx.covered(lex::stopword, j)) return true;  // "Retno Bahas Kerja Sama": a headline, not a name
  if (lx.covered(lex::title, j) || lx.covered(lex::weekday, j) || lx.covered(lex::trigger, j) ||
      lx.covered(lex::word, j))
    return true;
  const auto& toks = b.tokens();
  // A month next to a number is a date ("3 March", "Jun 7"); "Jan Kowalski" is a name.
  if (lx.covered(lex::month, j) && ((j + 1 < toks.size() && toks[j + 1].kind == token_kind::number) ||
                                    (j > 0 && toks[j - 1].kind == token_kind::number)))
    return true;
  const token& t = toks[j];
  return t.has(tf_all_caps) && t.end - t.begin >= 3;  // acronyms, datelines
}

}  // namespace

std::uint32_t name_run(const entity_builder& b, std::uint32_t i, std::uint32_t limit) {
  const auto& toks = b.tokens();
  std::uint32_t j = i, last_word_end = i;
  int words = 0, cap = 5;  // a patronymic name with honorifics may be longer
  while (j < limit && words < cap) {
    const token& t = toks[j];
    if (b.t.mention_at[j] >= 0) break;
    if (t.kind == token_kind::word) {
      bool particle = words > 0 && b.lx.token_is(j, word_class::name_particle);
      if (words > 0 && b.lx.token_is(j, word_class::patronymic)) cap = 10;
      bool hyphenated = j > i && !t.has(tf_space_before) && toks[j - 1].kind == token_kind::punct && b.fold(j - 1) == "-";
      if (!hyphenated && !t.has(tf_capitalized) && !particle) break;
      if (t.has(tf_capitalized) && not_a_name_word(b, j, words == 0)) break;
      if (j > i && t.has(tf_newline_before) && t.has(tf_paragraph_before)) break;
      ++words;
      ++j;
      last_word_end = j;
      continue;
    }
    if (t.kind == token_kind::punct && words > 0) {
      std::string_view f = b.fold(j);
      // "Ma." initials, "Marcos Jr." and hyphenated names
      // "Abd." inside a patronymic name
      std::uint32_t initial = cap > 5 ? 4 : 2;
      if (f == "." && !t.has(tf_space_before) && toks[j - 1].end - toks[j - 1].begin <= initial &&
          toks[j - 1].has(tf_capitalized)) {
        ++j;
        last_word_end = j;
        continue;
      }
      if (f == "-" && !t.has(tf_space_before) && j + 1 < limit && !toks[j + 1].has(tf_space_before) &&
          toks[j + 1].kind == token_kind::word) {
        ++j;
        continue;
      }
    }
    break;
  }
  // Drop a trailing lower-case particle.
  while (last_word_end > i && toks[last_word_end - 1].kind == token_kind::word &&
         !toks[last_word_end - 1].has(tf_capitalized) && b.fold(last_word_end - 1).size() <= 5 &&
         (last_word_end - 1 == i || toks[last_word_end - 1].has(tf_space_before)))
    --last_word_end;
  return last_word_end;
}

std::uint32_t skip_honorifics(const entity_builder& b, std::uint32_t i, std::uint32_t limit) {
  while (i < limit) {
    std::int32_t h = b.lx.at(lex::honorific, i);
    if (h < 0) break;
    i = b.lx.hit(lex::honorific, h).end;
  }
  return i;
}

}  // namespace jumpa::detail

// Persons named by a span of capitalised words that may carry honorifics and
// a patronymic ("Dato' Seri Zambry bin Abd. Kadir"): the display name of the
// span, and the gazetteer person it denotes when exactly one fits.
#include <algorithm>

#include "entity_passes.h"

namespace jumpa::detail {
namespace {

// The word tokens of [first, end) that belong to the person's own names:
// honorifics anywhere in the span are dropped.
void own_tokens(const entity_builder& b, std::uint32_t first, std::uint32_t end, std::vector<std::uint32_t>& out) {
  for (std::uint32_t j = first; j < end;) {
    std::int32_t h = b.lx.at(lex::honorific, j);
    if (h >= 0 && b.lx.hit(lex::honorific, h).end <= end) {
      j = b.lx.hit(lex::honorific, h).end;
      continue;
    }
    if (b.tokens()[j].kind == token_kind::word) out.push_back(j);
    ++j;
  }
}

bool abbreviated(const entity_builder& b, std::uint32_t tok) {
  return tok + 1 < b.tokens().size() && b.fold(tok + 1) == "." && !b.tokens()[tok + 1].has(tf_space_before);
}

// Whether the token `tok` of the text stands for the name token `want`:
// equal, or an abbreviation written with a period ("Abd." for "abdul").
bool stands_for(const entity_builder& b, std::uint32_t tok, std::string_view want) {
  std::string_view f = b.fold(tok);
  if (f == want) return true;
  return f.size() >= 2 && f.size() < want.size() && want.substr(0, f.size()) == f && abbreviated(b, tok);
}

// Whether every token of `name` is written among `own`, the first one first.
bool written_in(const entity_builder& b, token_span name, const std::vector<std::uint32_t>& own) {
  if (name.size() < 2 || own.empty() || b.fold(own.front()) != name.front()) return false;
  for (std::size_t i = 1; i < name.size(); ++i)
    if (!std::any_of(own.begin() + 1, own.end(), [&](std::uint32_t k) { return stands_for(b, k, name[i]); })) return false;
  return true;
}

bool has_patronymic(const entity_builder& b, const std::vector<std::uint32_t>& own) {
  return std::any_of(own.begin(), own.end(), [&](std::uint32_t k) { return b.lx.token_is(k, word_class::patronymic); });
}

}  // namespace

std::string entity_builder::person_name(std::uint32_t first, std::uint32_t end) const {
  std::vector<std::uint32_t> own;
  own_tokens(*this, first, end, own);
  if (!has_patronymic(*this, own) || own.size() < 2) return span_text(first, end);
  std::string name;
  for (std::uint32_t k : own) {
    if (lx.token_is(k, word_class::patronymic)) continue;
    if (!name.empty()) name += ' ';
    name += span_text(k, abbreviated(*this, k) ? k + 2 : k + 1);
  }
  return name;
}

std::int32_t entity_builder::gazetteer_person(std::uint32_t first, std::uint32_t end, const std::string& country) const {
  std::vector<std::uint32_t> own;
  own_tokens(*this, first, end, own);
  if (own.size() < 2) return -1;
  std::int32_t found = -1;
  bool two = false;
  m.persons_first(fold(own.front()), [&](std::uint32_t p) {
    const gazetteer_entity& ge = gent(p);
    if (two || (!country.empty() && !ge.country.empty() && ge.country != country)) return;
    if (!m.any_name(p, [&](token_span n) { return written_in(*this, n, own); })) return;
    two = found >= 0;  // two persons fit: neither is meant
    found = static_cast<std::int32_t>(p);
  });
  return two ? -1 : found;
}

std::uint32_t entity_builder::for_name(std::uint32_t first, std::uint32_t end, const std::string& country) {
  std::int32_t g = gazetteer_person(first, end, country);
  if (g >= 0) return for_gaz(g);
  return for_pattern(person_name(first, end), country);
}

}  // namespace jumpa::detail

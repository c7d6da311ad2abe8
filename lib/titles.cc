// Title phrases ("Wakil Perdana Menteri sekaligus Menlu Kamboja") and the
// persons they introduce: a known person after the title gets its roles; an
// unknown name after it becomes a pattern person.
#include <algorithm>

#include "entity_passes.h"

namespace jumpa::detail {
namespace {

// The country of an entity's ISO code as a gazetteer index, or -1.
std::int32_t country_index(const entity_builder& b, const std::string& iso) {
  return iso.empty() ? -1 : b.country_of_code(iso);
}

// Qualifies `r` by a mention inside the title phrase (a country, an
// organisation, a place); false when it is a person (the name starts).
bool qualify(const entity_builder& b, const mention_rec& men, text_role& r) {
  const doc_entity& e = b.t.of(men);
  switch (e.type) {
    case entity_type::person:
      return false;
    case entity_type::country:
      if (r.country < 0) r.country = e.gaz;
      break;
    case entity_type::party:
    case entity_type::organization:
      if (r.org < 0) r.org = e.gaz;
      if (r.country < 0) r.country = country_index(b, e.country);
      break;
    case entity_type::location:
      if (r.country < 0) r.country = country_index(b, e.country);
      break;
  }
  return true;
}

// "(CPV)", "(PRRL)": a parenthesised acronym qualifying the title; returns the token after ")" or 0.
std::uint32_t parenthesised(const entity_builder& b, std::uint32_t j, std::uint32_t limit, text_role& r) {
  if (b.fold(j) != "(") return 0;
  std::uint32_t k = j + 1;
  while (k < limit && k < j + 5 && b.fold(k) != ")") ++k;
  if (k >= limit || b.fold(k) != ")") return 0;
  for (std::uint32_t q = j + 1; q < k; ++q)
    if (const mention_rec* pm = b.t.mention(q)) {
      const doc_entity& e = b.t.of(*pm);
      if ((e.type == entity_type::party || e.type == entity_type::organization) && r.org < 0) r.org = e.gaz;
    }
  return k + 1;
}

// The qualifiers after one title: countries, organisations, places, fillers.
std::uint32_t qualifiers(const entity_builder& b, std::uint32_t j, std::uint32_t limit, text_role& r) {
  const lexical& lx = b.lx;
  for (int guard = 0; j < limit && guard < 12; ++guard) {
    const mention_rec* men = b.t.mention(j);
    // A body whose name overlaps the title ("Ketua [Senat Kamboja]") qualifies it too.
    if (men && (men->first == j || (men->first > r.first && men->first < j && b.t.of(*men).type != entity_type::person))) {
      if (!qualify(b, *men, r)) break;
      j = men->end;
      continue;
    }
    std::uint32_t wend = 0;
    word_mask wc = lx.word_at(j, &wend);
    if (wc & bit(word_class::title_filler)) {
      j = wend;
      continue;
    }
    if ((wc & (bit(word_class::to) | bit(word_class::place))) && j + 1 < limit) {
      const mention_rec* nm = b.t.mention(j + 1);
      if (nm && b.t.of(*nm).type != entity_type::person) {
        ++j;
        continue;
      }
    }
    if (std::uint32_t k = parenthesised(b, j, limit, r)) {
      j = k;
      continue;
    }
    break;
  }
  return j;
}

// The ISO code of the first country a title phrase names, or "".
std::string phrase_country(const entity_builder& b, const title_phrase& tp) {
  for (const text_role& r : tp.roles)
    if (r.country >= 0) return b.gent(static_cast<std::uint32_t>(r.country)).country;
  return {};
}

// "Duta Besar Brunei untuk Indonesia, Brigadir Jenderal (Purn) X": a rank after the comma is the same person's.
bool military_next(const entity_builder& b, std::uint32_t j) {
  std::int32_t th = b.lx.at(lex::title, j);
  return th >= 0 && b.lx.title(th).role != kNoRole && b.m.roles[b.lx.title(th).role].cls == role_class::military;
}

// "Cambodian Prime Minister", "Vietnam's Foreign Minister", "ASEAN Secretary-General":
// a country or organisation right before the title (or before a possessive) qualifies it.
void qualifier_before(const entity_builder& b, std::uint32_t start, text_role& r) {
  if (start == 0) return;
  std::uint32_t k = start;
  if (b.lx.token_is(k - 1, word_class::possessive)) --k;
  if (k == 0) return;
  const mention_rec* men = b.t.mention(k - 1);
  if (!men || men->end != k) return;
  const doc_entity& e = b.t.of(*men);
  if (e.type == entity_type::country || e.type == entity_type::organization || e.type == entity_type::party)
    qualify(b, *men, r);
}

}  // namespace

bool parse_title(const entity_builder& b, std::uint32_t start, std::uint32_t limit, title_phrase& out) {
  const lexical& lx = b.lx;
  out.reset();
  std::uint32_t i = start;
  bool any = false;
  while (i < limit) {
    std::int32_t th = lx.at(lex::title, i);
    if (th < 0) break;
    const title_row& tr = lx.title(th);
    text_role r;
    r.role = tr.role;
    r.first = lx.hit(lex::title, th).first;
    r.speaker = tr.has(title_flag::speaker);
    out.speaker |= r.speaker;
    out.occupation &= tr.has(title_flag::occupation);
    if (!tr.has(title_flag::generic)) out.generic_only = false;
    out.last_generic = tr.has(title_flag::generic);
    if (!any) qualifier_before(b, start, r);
    std::uint32_t j = qualifiers(b, lx.hit(lex::title, th).end, limit, r);
    r.end = j;
    out.roles.push_back(r);
    any = true;
    i = j;
    // Another title of the same person before any name: "X sekaligus Y", "X, Y <Name>".
    // A qualified title before a comma names someone already ("dengan Sekjen ASEAN, Menlu Sugiono").
    bool qualified = r.country >= 0 || r.org >= 0;
    if (i + 1 < limit && lx.at(lex::title, i + 1) >= 0 &&
        (lx.token_is(i, word_class::title_joiner) || (b.fold(i) == "," && (!qualified || military_next(b, i + 1))))) {
      ++i;
      continue;
    }
    break;
  }
  out.first = start;
  out.end = i;
  return any;
}

void attach_roles(entity_builder& b, std::uint32_t entity, const title_phrase& tp) {
  doc_entity& e = b.t.entities[entity];
  for (text_role r : tp.roles) {
    // A title before a party is the party office: Sekretaris Jenderal / Presiden Partai X.
    if (r.org >= 0 && r.role != kNoRole && b.gent(static_cast<std::uint32_t>(r.org)).type == entity_type::party &&
        b.m.roles[r.role].in_party != kNoRole)
      r.role = b.m.roles[r.role].in_party;
    bool dup = std::any_of(e.roles.begin(), e.roles.end(), [&](const text_role& x) {
      return x.role == r.role && x.country == r.country && x.org == r.org;
    });
    if (!dup) e.roles.push_back(r);
  }
  if (tp.speaker) e.speaker = true;
  if (e.country.empty()) e.country = phrase_country(b, tp);
}

std::uint32_t add_titled_person(entity_builder& b, std::uint32_t first, std::uint32_t end, const title_phrase& tp) {
  std::uint32_t ent = b.for_name(first, end, phrase_country(b, tp));
  b.add_mention(first, end, ent, mention_kind::name);
  attach_roles(b, ent, tp);
  return ent;
}

namespace {

// "Juru bicara Departemen Luar Negeri Filipina, <Name>,": an unknown
// organisation between the title and a comma before the name; returns the
// end of that run of capitalised words and mentions, and the token after the
// last mention in it (0 when none).
std::uint32_t organisation_run(const entity_builder& b, std::uint32_t j, std::uint32_t limit, title_phrase& tp,
                               std::uint32_t& after_mention) {
  const lexical& lx = b.lx;
  std::uint32_t k = j;
  bool lower_run = j > 0 && lx.token_is(j - 1, word_class::field_word);
  after_mention = 0;
  while (k < limit && k < j + 8) {
    const token& t = b.tokens()[k];
    if (const mention_rec* men = b.t.mention(k)) {
      const doc_entity& qe = b.t.of(*men);
      if (qe.type == entity_type::person) break;
      if (tp.roles.back().country < 0)
        tp.roles.back().country = qe.type == entity_type::country ? qe.gaz : country_index(b, qe.country);
      k = men->end;
      after_mention = k;
      continue;
    }
    if (t.kind != token_kind::word) break;
    if (t.has(tf_capitalized) || lx.token_is(k, word_class::name_joiner) || lx.word_is(k, word_class::title_filler)) {
      if (lx.token_is(k, word_class::field_word)) lower_run = true;
      ++k;
      continue;
    }
    if (lower_run) {
      ++k;
      continue;
    }
    break;
  }
  return k;
}

enum class outcome { none, done, skip };

// After a title and an unknown organisation: the name after the last
// qualifier, or a name or known person after a comma. Sets `i` to the last
// token used.
outcome name_after_organisation(entity_builder& b, std::uint32_t j, std::uint32_t limit, title_phrase& tp,
                                std::uint32_t& i) {
  std::uint32_t after_mention = 0;
  std::uint32_t k = organisation_run(b, j, limit, tp, after_mention);
  // "Wakil Menteri Perencanaan dan Investasi Vietnam <Name> bertemu": the name
  // follows the last qualifier and ends before a lower-case word.
  if (after_mention > j && k > after_mention && (k >= limit || b.fold(k) != ",")) {
    std::uint32_t ne = name_run(b, after_mention, limit);
    if (ne == k && b.words_in(after_mention, ne) >= 2) {
      add_titled_person(b, after_mention, ne, tp);
      i = ne - 1;
      return outcome::done;
    }
  }
  if (k > j && k + 1 < limit && b.fold(k) == ",") {
    std::uint32_t n0 = skip_honorifics(b, k + 1, limit);
    if (const mention_rec* pm = b.t.starting(n0, entity_type::person)) {
      attach_roles(b, pm->entity, tp);
      i = k;
      return outcome::done;
    }
    std::uint32_t ne = name_run(b, n0, limit);
    const auto& toks = b.tokens();
    if (ne > n0 && (ne >= limit || b.fold(ne) == "," || b.fold(ne) == "." || !toks[ne].has(tf_capitalized))) {
      add_titled_person(b, n0, ne, tp);
      i = ne - 1;
      return outcome::done;
    }
    // "special envoy Alounkeo Kittikhoun, who met ...": a name-like run before a comma that opens a clause.
    if (after_mention == 0 && name_run(b, j, limit) == k && b.words_in(j, k) >= 2 && !toks[n0].has(tf_capitalized)) {
      add_titled_person(b, j, k, tp);
      i = k - 1;
      return outcome::done;
    }
    if (k > j + 1) return outcome::skip;  // an organisation, then no name: nothing to add
  }
  return outcome::none;
}

// The name right after the title phrase (and its comma); sets `i`.
void name_after_title(entity_builder& b, std::uint32_t j, std::uint32_t limit, bool comma, title_phrase& tp,
                      std::uint32_t& i) {
  std::uint32_t e = name_run(b, j, limit);
  if (e == j) return;
  // Single names need a country or a comma: "Dubes Buakeo" is fine only with a qualifier.
  bool qualified = std::any_of(tp.roles.begin(), tp.roles.end(), [](const text_role& r) { return r.country >= 0 || r.org >= 0; });
  std::uint32_t words = b.words_in(j, e);
  const auto& toks = b.tokens();
  // ... or a single name followed by a verb-like lower-case word.
  if (words < 2 && !qualified && !comma &&
      !(e < limit && toks[e].kind == token_kind::word && !toks[e].has(tf_capitalized)))
    return;
  // "Dubes Buakeo" after "Buakeo Phumvongsay": the same person.
  if (words == 1) {
    std::int32_t owner = earlier_owner(b, j);
    if (owner >= 0) {
      b.add_mention(j, e, static_cast<std::uint32_t>(owner), mention_kind::short_name);
      attach_roles(b, static_cast<std::uint32_t>(owner), tp);
      i = e - 1;
      return;
    }
  }
  add_titled_person(b, j, e, tp);
  i = e - 1;
}

// The title starting at i, and the person it names or qualifies; may move i
// on to the last token read.
void title_phrase_at(entity_builder& b, std::uint32_t& i, title_phrase& tp) {
  const lexical& lx = b.lx;
  if (b.boiler(i)) return;
  if (i > 0 && lx.covered(lex::title, i - 1)) return;
  // "para Menteri Luar Negeri ASEAN": a group, not one person's title.
  if (i > 0 && lx.token_is(i - 1, word_class::plural_marker)) return;
  std::uint32_t limit = b.sentence_end(i);
  if (!parse_title(b, i, limit, tp)) return;
  std::uint32_t j = tp.end;
  bool comma = false;
  if (j < limit && b.fold(j) == ",") {
    comma = true;
    ++j;
  }
  // An honorific may be part of the person's alias ("Samdech Techo Hun Sen").
  if (j < limit && !b.t.starting(j, entity_type::person)) j = skip_honorifics(b, j, limit);
  if (j < limit && !comma && b.fold(j) == ",") {
    comma = true;
    ++j;
    if (j < limit && !b.t.starting(j, entity_type::person)) j = skip_honorifics(b, j, limit);
  }
  if (j >= limit) return;
  if (const mention_rec* pm = b.t.starting(j, entity_type::person)) {
    attach_roles(b, pm->entity, tp);
    i = tp.end > i ? tp.end - 1 : i;
    return;
  }
  if (tp.occupation || tp.generic_only || b.headline(i)) return;
  // A generic last title without its body: the capitalised words after it name the body, not a person.
  if (tp.last_generic && tp.roles.back().org < 0) return;
  if (!comma) {
    outcome o = name_after_organisation(b, j, limit, tp, i);
    if (o != outcome::none) return;
  }
  name_after_title(b, j, limit, comma, tp, i);
}

}  // namespace

void title_phrases(entity_builder& b) {
  title_phrase tp;  // reused
  std::uint32_t next = 0;  // after the last token read
  for (const lex_hit& h : b.lx.all(lex::title)) {  // the selected titles, by position
    if (h.first < next) continue;
    std::uint32_t i = h.first;
    title_phrase_at(b, i, tp);
    next = i + 1;
  }
}

}  // namespace jumpa::detail

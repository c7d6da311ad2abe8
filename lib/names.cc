// Gazetteer names in the text: leftmost-longest over every entity form,
// priority person > party > organization > country > location on equal spans,
// names before adjectives; traps (dolar AS, bergaya Jepang) and lower-case
// common words rejected; countries nested in organisation names; joint bodies.
#include <algorithm>

#include "entity_passes.h"
#include "fold.h"

namespace jumpa::detail {

std::uint32_t entity_builder::for_gaz(std::int32_t g) {
  if (const std::int32_t known_as = known(g); known_as >= 0) return static_cast<std::uint32_t>(known_as);
  doc_entity e;
  e.gaz = g;
  e.mentions.reserve(4);  // most entities get a few: one allocation, not three
  const auto& ge = gent(static_cast<std::uint32_t>(g));
  e.type = ge.type;
  e.country = ge.country;
  t.entities.push_back(std::move(e));
  std::uint32_t idx = static_cast<std::uint32_t>(t.entities.size() - 1);
  t.of_gaz[static_cast<std::size_t>(g)] = static_cast<std::int32_t>(idx);
  return idx;
}

std::uint32_t entity_builder::for_pattern(const std::string& name, const std::string& country) {
  thread_local std::string key;  // reused: the map copies it only for a new name
  detail::fold_into(name, key);
  auto it = by_pattern_.find(key);
  if (it != by_pattern_.end()) {
    if (t.entities[it->second].country.empty()) t.entities[it->second].country = country;
    return it->second;
  }
  doc_entity e;
  e.type = entity_type::person;
  e.own_name = name;
  e.country = country;
  for (auto& tok : fold_tokens(name))
    if (tok.size() >= 2 && tok != "-" && tok != ".") e.tokens.push_back(tok);
  std::sort(e.tokens.begin(), e.tokens.end());
  t.entities.push_back(std::move(e));
  std::uint32_t idx = static_cast<std::uint32_t>(t.entities.size() - 1);
  by_pattern_[key] = idx;
  return idx;
}

std::uint32_t entity_builder::for_body(const std::string& name) {
  std::string key = "org:" + jumpa::fold(name);
  if (auto it = by_pattern_.find(key); it != by_pattern_.end()) return it->second;
  doc_entity e;
  e.type = entity_type::organization;
  e.own_name = name;
  t.entities.push_back(std::move(e));
  std::uint32_t idx = static_cast<std::uint32_t>(t.entities.size() - 1);
  by_pattern_[key] = idx;
  return idx;
}

std::int32_t entity_builder::add_mention(std::uint32_t first, std::uint32_t end, std::uint32_t entity,
                                         mention_kind kind, bool mark) {
  mention_rec r;
  r.first = first;
  r.end = end;
  r.entity = entity;
  r.sentence = lx.sentence_of[first];
  r.kind = kind;
  t.mentions.push_back(r);
  std::int32_t mi = static_cast<std::int32_t>(t.mentions.size() - 1);
  t.entities[entity].mentions.push_back(static_cast<std::uint32_t>(mi));
  if (kind == mention_kind::name) t.entities[entity].first_name = std::min(t.entities[entity].first_name, first);
  if (mark)
    for (std::uint32_t k = first; k < end; ++k) t.mention_at[k] = mi;
  return mi;
}

bool entity_builder::free_span(std::uint32_t first, std::uint32_t end) const {
  for (std::uint32_t k = first; k < end; ++k)
    if (t.mention_at[k] >= 0) return false;
  return true;
}

std::string entity_builder::span_text(std::uint32_t first, std::uint32_t end) const {
  const auto& toks = tokens();
  return std::string(lx.text->text.substr(toks[first].begin, toks[end - 1].end - toks[first].begin));
}

std::uint32_t entity_builder::words_in(std::uint32_t first, std::uint32_t end) const {
  std::uint32_t words = 0;
  for (std::uint32_t k = first; k < end; ++k) words += tokens()[k].kind == token_kind::word;
  return words;
}

bool entity_builder::headline(std::uint32_t tok) {
  std::uint32_t si = lx.sentence_of[tok];
  if (headline_.size() != lx.text->sentences.size()) headline_.assign(lx.text->sentences.size(), -1);
  if (headline_[si] < 0) {
    const sentence& s = lx.text->sentences[si];
    std::uint32_t words = 0, caps = 0;
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
      const token& x = tokens()[k];
      if (x.kind != token_kind::word) continue;
      ++words;
      if (x.has(tf_capitalized)) ++caps;
    }
    std::string_view last = fold(s.end_token - 1);
    bool final_punct = last == "." || last == "!" || last == "?" || last == "\"";
    headline_[si] = words >= 4 && caps * 4 >= words * 3 && !final_punct ? 1 : 0;
  }
  return headline_[si] == 1;
}

namespace {

int type_rank(entity_type t) {
  switch (t) {
    case entity_type::person: return 0;
    case entity_type::party: return 1;
    case entity_type::organization: return 2;
    case entity_type::country: return 3;
    case entity_type::location: return 4;
  }
  return 5;
}

bool lower_initial(const lexical& lx, std::uint32_t tok) {
  std::string_view raw = lx.text->raw(lx.text->tokens[tok]);
  return !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z';
}

struct candidate {
  std::uint32_t first, end, entity;  // gazetteer entity
  name_form form;
  entity_type type;                  // the entity's
};

int candidate_rank(const candidate& c) {
  if (c.form == name_form::short_form) return -1;  // a titled short form (see titled_short_form)
  return type_rank(c.type) * 2 + (c.form == name_form::adjective);
}

// "NA Chairman Hue" (Hue is also a city): a person's short form right after a
// title of an office the person held names that person.
bool titled_short_form(const entity_builder& b, std::uint32_t first, std::uint32_t person) {
  if (first == 0) return false;
  std::int32_t th = b.lx.covering(lex::title, first - 1);
  if (th < 0 || b.lx.hit(lex::title, th).end != first) return false;
  std::uint16_t role = b.lx.title(th).role;
  if (role == kNoRole) return false;
  for (std::uint32_t k : b.m.facts[person].offices) {
    std::uint16_t held = b.m.role(b.m.office_at(k).role);
    if (held == role) return true;
    if (held != kNoRole) {
      const auto& up = b.m.roles[held].answers_to;
      if (std::find(up.begin(), up.end(), role) != up.end()) return true;
    }
  }
  return false;
}

bool trapped(const lexical& lx, std::uint32_t first, std::uint32_t end, entity_type t) {
  auto cancels = [&](std::int32_t h) {
    trap_effect eff = lx.trap(h).effect;
    return eff == trap_effect::not_entity || (eff == trap_effect::not_country && t == entity_type::country);
  };
  if (first > 0) {
    std::int32_t h = lx.covering(lex::trap, first - 1);
    if (h >= 0 && lx.hit(lex::trap, h).end == first && lx.trap(h).position == trap_position::before && cancels(h))
      return true;
  }
  std::int32_t h = lx.at(lex::trap, end);
  return h >= 0 && lx.trap(h).position == trap_position::after && cancels(h);
}

std::vector<candidate> name_candidates(const entity_builder& b) {
  std::vector<candidate> cands;
  cands.reserve(b.lx.names.size());
  for (const match& mt : b.lx.names) {
    const name_meaning& me = b.m.name_meanings[mt.payload];
    if (me.form == name_form::short_form &&
        (me.type != entity_type::person || !titled_short_form(b, mt.first_token, me.entity)))
      continue;
    if (b.boiler(mt.first_token)) continue;
    if (me.capitalized && lower_initial(b.lx, mt.first_token)) continue;
    if (trapped(b.lx, mt.first_token, mt.end_token, me.type)) continue;
    cands.push_back({mt.first_token, mt.end_token, me.entity, me.form, me.type});
  }
  // Leftmost-longest; the ordering of find_all is kept (start, longer first),
  // so the candidates are in order already unless a caller's matches are not.
  auto before = [](const candidate& a, const candidate& c) {
    if (a.first != c.first) return a.first < c.first;
    return a.end > c.end;
  };
  if (!std::is_sorted(cands.begin(), cands.end(), before)) std::stable_sort(cands.begin(), cands.end(), before);
  return cands;
}

// Leftmost-longest candidates with a single best entity on their span; an
// ambiguous span is not guessed.
std::vector<candidate> choose_names(const std::vector<candidate>& cands) {
  std::uint32_t covered = 0;
  std::vector<candidate> chosen;
  chosen.reserve(cands.size());
  for (std::size_t i = 0; i < cands.size();) {
    std::size_t j = i;
    while (j < cands.size() && cands[j].first == cands[i].first && cands[j].end == cands[i].end) ++j;
    if (cands[i].first < covered) {
      i = j;
      continue;
    }
    const candidate* const same_begin = cands.data() + i;  // the candidates of one span
    const candidate* const same_end = cands.data() + j;
    int best = 100;
    for (const candidate* k = same_begin; k != same_end; ++k) best = std::min(best, candidate_rank(*k));
    // The entity of the best-ranked candidates, when they all name one.
    std::int64_t winner = -1;
    bool single = true;
    for (const candidate* k = same_begin; k != same_end && single; ++k) {
      if (candidate_rank(*k) != best) continue;
      if (winner < 0) winner = k->entity;
      else single = winner == k->entity;
    }
    if (single) {
      candidate c = cands[i];
      c.entity = static_cast<std::uint32_t>(winner);
      for (const candidate* k = same_begin; k != same_end; ++k)
        if (k->entity == c.entity) c.form = k->form;
      chosen.push_back(c);
      covered = cands[i].end;
    }
    i = j;
  }
  return chosen;
}

// Countries named inside party and organisation names.
void nested_countries(entity_builder& b, const std::vector<candidate>& chosen) {
  const auto& names = b.lx.names;
  std::size_t from = 0;  // matches are ordered by first token: one sweep
  for (const candidate& c : chosen) {
    if (c.type != entity_type::party && c.type != entity_type::organization) continue;
    while (from < names.size() && names[from].first_token < c.first) ++from;
    for (std::size_t q = from; q < names.size() && names[q].first_token < c.end; ++q) {
      const match& mt = names[q];
      if (mt.end_token > c.end) continue;
      const name_meaning& me = b.m.name_meanings[mt.payload];
      if (me.form != name_form::name || me.type != entity_type::country) continue;
      b.add_mention(mt.first_token, mt.end_token, b.for_gaz(static_cast<std::int32_t>(me.entity)),
                    mention_kind::nested, false);
    }
  }
}

}  // namespace

void gazetteer_names(entity_builder& b) {
  std::vector<candidate> chosen = choose_names(name_candidates(b));
  for (const candidate& c : chosen) {
    if (b.m.facts[c.entity].media) continue;  // news agencies are sources, not actors
    std::uint32_t e = b.for_gaz(static_cast<std::int32_t>(c.entity));
    b.add_mention(c.first, c.end, e,
                  c.form == name_form::adjective    ? mention_kind::adjective
                  : c.form == name_form::short_form ? mention_kind::short_name
                                                    : mention_kind::name);
  }
  nested_countries(b, chosen);
}

// "Komisi Bersama Kamboja-Thailand" → the organisation "Cambodia-Thailand Joint Commission".
void joint_bodies(entity_builder& b) {
  const auto& toks = b.tokens();
  for (const lex_hit& h : b.lx.all(lex::body)) {
    if (b.boiler(h.first) || !b.free_span(h.first, h.end)) continue;
    if (!toks[h.end - 1].has(tf_capitalized)) continue;  // a name, not "komisi bersama"
    std::uint32_t limit = b.sentence_end(h.first);
    std::vector<std::string> countries;
    for (std::uint32_t j = h.end; j < limit;) {
      const mention_rec* cm = b.t.starting(j, entity_type::country);
      if (!cm) break;
      countries.push_back(name_of(b.m, b.t.of(*cm)));
      j = cm->end;
      if (j + 1 < limit && b.fold(j) == "-" && !toks[j].has(tf_space_before) && b.t.starting(j + 1, entity_type::country))
        ++j;
      else
        break;
    }
    std::string name;
    for (const auto& c : countries) name += (name.empty() ? "" : "-") + c;
    const std::string& body = b.lx.lang->bodies[h.row];
    name = name.empty() ? body : name + " " + body;
    std::uint32_t ent = b.for_body(name);
    // The countries stay country mentions; the body's own words become the
    // organisation's mention ("sidang Komisi Bersama": it starts at the capital).
    std::uint32_t first = h.first;
    while (first + 1 < h.end && !toks[first].has(tf_capitalized)) ++first;
    b.add_mention(first, h.end, ent, mention_kind::name);
  }
}

}  // namespace jumpa::detail

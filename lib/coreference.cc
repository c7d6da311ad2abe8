// Later mentions of persons already named: short forms ("Sokhonn" after
// "Prak Sokhonn") and title-only mentions ("Menlu China itu").
#include <algorithm>
#include <set>

#include "entity_passes.h"
#include "prefix_key.h"

namespace jumpa::detail {
namespace {

// A person's folded name tokens, sorted and unique: the gazetteer's (views
// into the model) or a pattern person's own.
class person_tokens {
 public:
  person_tokens(const entity_builder& b, const doc_entity& e)
      : gaz_(e.gaz >= 0 ? b.m.name_tokens(static_cast<std::uint32_t>(e.gaz)) : token_span()),
        own_(e.gaz >= 0 ? nullptr : &e.tokens) {}
  std::size_t size() const { return own_ ? own_->size() : gaz_.size(); }
  std::string_view operator[](std::size_t k) const { return own_ ? std::string_view((*own_)[k]) : gaz_[k]; }
  bool has(std::string_view f) const {
    auto less = [](std::string_view a, std::string_view c) { return a < c; };
    return own_ ? std::binary_search(own_->begin(), own_->end(), f, less) : gaz_.contains_sorted(f);
  }

 private:
  token_span gaz_;
  const std::vector<std::string>* own_;
};

bool lower_initial(const lexical& lx, std::uint32_t tok) {
  std::string_view raw = lx.text->raw(lx.text->tokens[tok]);
  return !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z';
}

struct full_name {
  std::uint32_t entity;
  std::uint32_t first_begin;  // first token of its first full-name mention
  person_tokens toks;
};

std::vector<full_name> named_persons(const entity_builder& b) {
  std::vector<full_name> persons;
  for (std::uint32_t ei = 0; ei < b.t.entities.size(); ++ei) {
    const doc_entity& e = b.t.entities[ei];
    if (e.type != entity_type::person) continue;
    std::uint32_t first = UINT32_MAX;
    for (std::uint32_t mi : e.mentions)
      if (b.t.mentions[mi].kind == mention_kind::name) first = std::min(first, b.t.mentions[mi].first);
    if (first == UINT32_MAX) continue;
    persons.push_back({ei, first, person_tokens(b, e)});
  }
  return persons;
}

// The persons whose names contain a token: one sorted list of (token,
// person) over every named person, so a lone word is looked up once instead
// of searched in every person's names (a long document names hundreds).
class name_token_index {
 public:
  explicit name_token_index(const std::vector<full_name>& persons) {
    std::size_t n = 0;
    for (const full_name& p : persons) n += p.toks.size();
    entries_.reserve(n);
    for (const full_name& p : persons)
      for (std::size_t k = 0; k < p.toks.size(); ++k)
        if (k == 0 || p.toks[k] != p.toks[k - 1])  // each person once per token
          entries_.push_back({prefix_key(p.toks[k]), p.toks[k], &p});
    std::sort(entries_.begin(), entries_.end(),
              [](const entry& a, const entry& c) { return keyed_less(a.key, a.tok, c.key, c.tok); });
  }
  // Calls fn(person) for every person whose names contain `tok`.
  template <class F>
  void for_each(std::string_view tok, F&& fn) const {
    const std::uint64_t key = prefix_key(tok);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), tok,
                               [key](const entry& e, std::string_view t) { return keyed_less(e.key, e.tok, key, t); });
    for (; it != entries_.end() && it->key == key && it->tok == tok; ++it) fn(*it->person);
  }

 private:
  struct entry {
    std::uint64_t key;  // prefix_key(tok)
    std::string_view tok;
    const full_name* person;
  };
  std::vector<entry> entries_;
};

// What fold() gives for the text of tokens [first, end): their folded forms
// joined by spaces (`buf` holds them when there are several).
std::string_view folded_span(const entity_builder& b, std::uint32_t first, std::uint32_t end, std::string& buf) {
  if (end - first == 1) return b.fold(first);
  buf.clear();
  for (std::uint32_t k = first; k < end; ++k) {
    if (!buf.empty()) buf += ' ';
    buf += b.fold(k);
  }
  return buf;
}

// Explicit short forms from the gazetteer, when no other earlier person shares
// them and the form is not ambiguous (model::ambiguous_forms).
void gazetteer_short_forms(entity_builder& b, const std::vector<full_name>& persons, const name_token_index& index) {
  std::string joined;
  std::vector<const full_name*> person_of(b.t.entities.size(), nullptr);
  for (const full_name& p : persons) person_of[p.entity] = &p;
  for (const match& mt : b.lx.names) {
    const name_meaning& me = b.m.name_meanings[mt.payload];
    if (me.form != name_form::short_form || b.boiler(mt.first_token)) continue;
    if (!b.free_span(mt.first_token, mt.end_token)) continue;
    if (me.capitalized && lower_initial(b.lx, mt.first_token)) continue;
    std::int32_t owner = b.known(static_cast<std::int32_t>(me.entity));
    if (owner < 0) continue;
    const std::string_view f = folded_span(b, mt.first_token, mt.end_token, joined);
    if (b.m.ambiguous_form(f)) continue;  // Kim, Lee, Nguyen: never alone
    // Earlier persons whose names contain the form, and the owner itself.
    const full_name* own = person_of[static_cast<std::size_t>(owner)];
    const bool earlier = own && own->first_begin < mt.first_token;
    int owners = earlier ? 1 : 0;
    index.for_each(f, [&](const full_name& p) { owners += &p != own && p.first_begin < mt.first_token; });
    if (earlier && owners == 1)
      b.add_mention(mt.first_token, mt.end_token, static_cast<std::uint32_t>(owner), mention_kind::short_name);
  }
}

// A capitalised word that could be a surname on its own.
bool lone_name_word(const entity_builder& b, std::uint32_t i) {
  const lexical& lx = b.lx;
  const token& t = b.tokens()[i];
  if (t.kind != token_kind::word || !t.has(tf_capitalized) || b.t.mention_at[i] >= 0 || b.boiler(i)) return false;
  if (lx.covered(lex::stopword, i) || lx.covered(lex::title, i) || lx.covered(lex::honorific, i) ||
      lx.covered(lex::month, i) || lx.covered(lex::weekday, i) || lx.covered(lex::word, i))
    return false;
  if (t.has(tf_all_caps) && t.end - t.begin >= 3) return false;
  // Part of a longer unknown name? Then it is not a short form.
  auto cap_word = [&](std::uint32_t k) {
    const token& x = b.tokens()[k];
    return x.kind == token_kind::word && x.has(tf_capitalized) && b.t.mention_at[k] < 0 && !lx.covered(lex::stopword, k) &&
           lx.sentence_of[k] == lx.sentence_of[i];
  };
  const std::size_t n = b.tokens().size();
  return !((i + 1 < n && cap_word(i + 1)) || (i > 0 && cap_word(i - 1)));
}

// Any capitalised token that belongs to exactly one earlier full name and is
// not an ambiguous form.
void generic_short_forms(entity_builder& b, const name_token_index& index) {
  for (std::uint32_t i : b.lx.capitalized) {  // lone_name_word needs a capitalised word
    if (!lone_name_word(b, i)) continue;
    std::string_view f = b.fold(i);
    if (b.m.ambiguous_form(f)) continue;
    std::int32_t owner = -1;
    int owners = 0;
    index.for_each(f, [&](const full_name& p) {
      if (p.first_begin >= i) return;
      ++owners;
      owner = static_cast<std::int32_t>(p.entity);
    });
    if (owners == 1) b.add_mention(i, i + 1, static_cast<std::uint32_t>(owner), mention_kind::short_name);
  }
}

// A title at i that may refer back to a person (not a name's part, not a plural).
bool title_reference_start(const entity_builder& b, std::uint32_t i) {
  const lexical& lx = b.lx;
  if (lx.at(lex::title, i) < 0 || b.boiler(i) || b.t.mention_at[i] >= 0) return false;
  if (i == 0) return true;
  if (lx.covered(lex::title, i - 1)) return false;
  // "kedua Wakil Perdana Menteri" is a pair, not one person.
  if (lx.token_is(i - 1, word_class::plural_marker)) return false;
  // "Kantor Perdana Menteri": the title is part of a name.
  const token& p = b.tokens()[i - 1];
  return !(lx.sentence_of[i - 1] == lx.sentence_of[i] && b.t.mention_at[i - 1] < 0 && p.kind == token_kind::word &&
           p.has(tf_capitalized) && !lx.covered(lex::honorific, i - 1) && !lx.covered(lex::stopword, i - 1));
}

// The end of a title-only mention at i ("Menlu China itu"), or 0 when a name follows.
std::uint32_t title_reference_end(const entity_builder& b, std::uint32_t i, title_phrase& tp) {
  std::uint32_t limit = b.sentence_end(i);
  if (!parse_title(b, i, limit, tp) || tp.generic_only || tp.occupation) return 0;
  std::uint32_t j = skip_honorifics(b, tp.end, limit);
  if (j < limit && b.fold(j) == ",") {
    std::uint32_t k = skip_honorifics(b, j + 1, limit);
    if (k < limit && (b.t.mention_at[k] >= 0 || name_run(b, k, limit) > k)) return 0;
  }
  if (j < limit && b.t.mention_at[j] >= 0) return 0;  // a title before a name
  if (j < limit && name_run(b, j, limit) > j) return 0;
  std::uint32_t wend = 0;
  if (j < limit && b.lx.word_is(j, word_class::demonstrative, &wend)) return wend;
  return tp.end;
}

}  // namespace

std::int32_t earlier_owner(const entity_builder& b, std::uint32_t tok) {
  std::string_view f = b.fold(tok);
  std::int32_t owner = -1;
  for (std::uint32_t ei = 0; ei < b.t.entities.size(); ++ei) {
    const doc_entity& e = b.t.entities[ei];
    if (e.type != entity_type::person || e.first_name >= tok || !person_tokens(b, e).has(f)) continue;
    if (owner >= 0) return -1;
    owner = static_cast<std::int32_t>(ei);
  }
  return owner;
}

void short_forms(entity_builder& b) {
  const std::vector<full_name> persons = named_persons(b);
  const name_token_index index(persons);
  gazetteer_short_forms(b, persons, index);
  generic_short_forms(b, index);
}

void title_only_mentions(entity_builder& b) {
  // Person mentions by position, swept as i grows: last_seen[e] = 1 + latest mention start before i.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> order;
  for (const mention_rec& r : b.t.mentions)
    if (b.t.of(r).type == entity_type::person) order.emplace_back(r.first, r.entity);
  std::sort(order.begin(), order.end());
  std::vector<std::uint32_t> last_seen(b.t.entities.size(), 0);
  // The persons seen so far, latest mention first (the smaller index first on
  // a tie): the first that holds the title's roles is the one it refers to, so
  // a long document's hundreds of persons are not all checked for each title.
  struct latest_first {
    bool operator()(const std::pair<std::uint32_t, std::uint32_t>& a,
                    const std::pair<std::uint32_t, std::uint32_t>& c) const {
      return a.first != c.first ? a.first > c.first : a.second < c.second;
    }
  };
  std::set<std::pair<std::uint32_t, std::uint32_t>, latest_first> seen;  // (last_seen, entity)
  auto see = [&](std::uint32_t ei, std::uint32_t last_plus_one) {
    if (last_seen[ei] != 0) seen.erase({last_seen[ei], ei});
    last_seen[ei] = last_plus_one;
    seen.insert({last_plus_one, ei});
  };
  std::size_t next_mention = 0;
  title_phrase tp;  // reused
  std::uint32_t next = 0;  // after the last title-only mention
  for (const lex_hit& th : b.lx.all(lex::title)) {  // a reference starts with a title
    const std::uint32_t i = th.first;
    if (i < next || !title_reference_start(b, i)) continue;
    std::uint32_t end = title_reference_end(b, i, tp);
    if (end == 0) continue;
    // Resolve to the latest person before i holding the title's roles.
    while (next_mention < order.size() && order[next_mention].first < i) {
      see(order[next_mention].second, order[next_mention].first + 1);
      ++next_mention;
    }
    std::int32_t best = -1;
    for (const auto& [last, ei] : seen) {
      const doc_entity& e = b.t.entities[ei];
      bool ok = true;
      for (const text_role& q : tp.roles) ok = ok && holds(b.m, e, q.role, q.country, b.pub.published);
      if (ok) {
        best = static_cast<std::int32_t>(ei);
        break;
      }
    }
    if (best < 0) continue;
    b.add_mention(i, end, static_cast<std::uint32_t>(best), mention_kind::title);
    see(static_cast<std::uint32_t>(best), i + 1);
    next = end;
  }
}

}  // namespace jumpa::detail

namespace jumpa::detail {

// "the Lao leader", "the visiting Vietnamese leader", "pemimpin Kamboja itu":
// a leader noun next to a country names the person of that country mentioned
// most often before it (the one named first on a tie: the story's actor) who
// leads its state or government.
void described_leaders(entity_builder& b) {
  const lexical& lx = b.lx;
  const std::size_t n = b.tokens().size();
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!lx.token_is(i, word_class::leader_noun) || b.t.mention_at[i] >= 0 || b.boiler(i)) continue;
    const mention_rec* cm = i > 0 ? b.t.mention(i - 1) : nullptr;  // "Lao leader"
    if (!cm || cm->end != i) cm = i + 1 < n ? b.t.mention(i + 1) : nullptr;  // "pemimpin Kamboja"
    if (!cm || (cm->end != i && cm->first != i + 1) || b.t.of(*cm).type != entity_type::country) continue;
    const std::string& iso = b.t.of(*cm).country;
    std::int32_t best = -1;
    std::uint32_t best_count = 0, best_pos = 0;
    for (std::uint32_t ei = 0; ei < b.t.entities.size(); ++ei) {
      const doc_entity& e = b.t.entities[ei];
      if (e.type != entity_type::person || e.country != iso || !leads(b.m, e, b.pub.published)) continue;
      std::uint32_t count = 0, first = i;
      for (std::uint32_t mi : e.mentions)
        if (b.t.mentions[mi].first < i) ++count, first = std::min(first, b.t.mentions[mi].first);
      if (count == 0 || count < best_count || (count == best_count && first > best_pos)) continue;
      best = static_cast<std::int32_t>(ei);
      best_count = count;
      best_pos = first;
    }
    if (best >= 0) b.add_mention(i, i + 1, static_cast<std::uint32_t>(best), mention_kind::title);
  }
}

}  // namespace jumpa::detail

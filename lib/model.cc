// Compiling a gazetteer into the model: entity forms and facts, roles, and
// each language's lexicon as typed rows.
#include "model.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include "fold.h"
#include "gazetteer_schema.h"
#include "matcher_access.h"
#include "prefix_key.h"

namespace jumpa::detail {
namespace {

// A short all-capitals form (AS, RI, CPP) matches only text in capitals.
bool all_caps_short(std::string_view form) {
  int letters = 0;
  for (char ch : form) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters > 0 && letters <= 6;
}

bool capitalized_form(std::string_view form) {
  for (char ch : form) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) return true;  // non-ASCII initial: treat as a name
  }
  return false;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// A matcher form borrowed from the gazetteer (which the model keeps).
matcher_form entry(const std::string& form, std::uint32_t payload) { return {form, payload, all_caps_short(form)}; }

// Entity forms: names, aliases, acronyms and Indonesian names; short forms; adjectives.
std::vector<matcher_form> name_entries(model& m) {
  std::vector<matcher_form> out;
  const auto& ents = m.gaz().entities();
  auto add = [&](const std::string& form, name_form f, std::uint32_t index) {
    if (folds_to_nothing(form)) return;
    out.push_back(entry(form, static_cast<std::uint32_t>(m.name_meanings.size())));
    m.name_meanings.push_back({index, f, capitalized_form(form), ents[index].type});
  };
  std::size_t forms = 0;
  for (const auto& e : ents)
    forms += 1 + !e.name_id.empty() + e.aliases.size() + e.acronyms.size() + e.short_forms.size() + e.adjectives.size();
  out.reserve(forms);
  m.name_meanings.reserve(forms);
  for (std::uint32_t i = 0; i < ents.size(); ++i) {
    const auto& e = ents[i];
    add(e.name, name_form::name, i);
    for (const auto& a : e.aliases) add(a, name_form::name, i);
    for (const auto& a : e.acronyms) add(a, name_form::name, i);
    if (!e.name_id.empty()) add(e.name_id, name_form::name, i);
    for (const auto& a : e.short_forms) add(a, name_form::short_form, i);
    for (const auto& a : e.adjectives) add(a, name_form::adjective, i);
  }
  return out;
}

// A lone "-" or "." token (a hyphen or an initial's dot), not a name word.
bool punctuation_token(std::string_view t) { return t.size() == 1 && (t[0] == '-' || t[0] == '.'); }

// Builds the persons' name facts into the model: each folded token is stored
// once in model::name_text, and ranges of model::name_pool refer to them.
class name_pool_builder {
 public:
  explicit name_pool_builder(model& m) : m_(m), pool_(m.name_pool) {}

  // The folded tokens of each name and alias of person `e`, in order (no lone
  // "-" or "."), and every token of two bytes or more of its names, aliases
  // and short forms, sorted and unique.
  void add(const gazetteer_entity& e, entity_facts& f) {
    sorted_.clear();
    f.names.begin = static_cast<std::uint32_t>(m_.person_names.size());
    add_name(e.name);
    for (const auto& a : e.aliases) add_name(a);
    f.names.size = static_cast<std::uint32_t>(m_.person_names.size()) - f.names.begin;
    for (const auto& a : e.short_forms) {
      fold_tokens_into(a, toks_);
      for (std::size_t k = 0; k < toks_.size(); ++k)
        if (toks_[k].size() >= 2) sorted_.push_back(store(toks_[k]));
    }
    auto text = [&](const token_ref& x) { return std::string_view(m_.name_text).substr(x.offset, x.size); };
    // By text: the first eight bytes as a number decide most comparisons.
    keyed_.clear();
    for (const token_ref& x : sorted_) keyed_.push_back({prefix_key(text(x)), x});
    std::sort(keyed_.begin(), keyed_.end(), [&](const keyed& x, const keyed& y) {
      return x.prefix != y.prefix ? x.prefix < y.prefix : text(x.ref) < text(y.ref);
    });
    sorted_.clear();
    for (const keyed& k : keyed_)
      if (sorted_.empty() || text(sorted_.back()) != text(k.ref)) sorted_.push_back(k.ref);
    f.name_tokens = {static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(sorted_.size())};
    pool_.insert(pool_.end(), sorted_.begin(), sorted_.end());
  }

  // Once every person is added.
  void finish() {
    m_.name_text.shrink_to_fit();
    pool_.shrink_to_fit();
    m_.person_names.shrink_to_fit();
  }

 private:
  token_ref store(std::string_view t) {
    token_ref x{static_cast<std::uint32_t>(m_.name_text.size()), static_cast<std::uint32_t>(t.size())};
    m_.name_text += t;
    return x;
  }
  void add_name(const std::string& s) {
    const auto begin = static_cast<std::uint32_t>(pool_.size());
    fold_tokens_into(s, toks_);
    for (std::size_t k = 0; k < toks_.size(); ++k) {
      const std::string_view t = toks_[k];
      if (punctuation_token(t)) continue;
      token_ref x = store(t);
      pool_.push_back(x);
      if (t.size() >= 2) sorted_.push_back(x);
    }
    if (const auto n = static_cast<std::uint32_t>(pool_.size()) - begin; n != 0) m_.person_names.push_back({begin, n});
  }

  model& m_;
  std::vector<token_ref>& pool_;   // model::name_pool
  std::vector<token_ref> sorted_;  // the person's tokens for name_tokens
  struct keyed {
    std::uint64_t prefix;
    token_ref ref;
  };
  std::vector<keyed> keyed_;  // sorted_ being sorted
  folded_phrase toks_;  // one name folded (reused)
};

// (first token of each name of two tokens or more, person), sorted by token,
// persons of one token in entity order.
void persons_by_first_of(model& m) {
  struct keyed {
    std::uint64_t prefix;
    std::string_view token;
    std::uint32_t pool, person;
  };
  std::vector<keyed> all;
  for (std::uint32_t i = 0; i < m.facts.size(); ++i) {
    const token_range names = m.facts[i].names;
    for (std::uint32_t k = names.begin; k < names.begin + names.size; ++k) {
      const token_range n = m.person_names[k];
      if (n.size < 2) continue;
      const std::string_view first = m.pool_text(n.begin);
      all.push_back({prefix_key(first), first, n.begin, i});
    }
  }
  std::sort(all.begin(), all.end(), [](const keyed& a, const keyed& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    if (a.token != b.token) return a.token < b.token;
    return a.person < b.person;
  });
  m.persons_by_first.reserve(all.size());
  for (std::size_t k = 0; k < all.size(); ++k)
    if (k == 0 || all[k].token != all[k - 1].token || all[k].person != all[k - 1].person)
      m.persons_by_first.emplace_back(all[k].pool, all[k].person);
}

void entity_facts_of(model& m) {
  const auto& ents = m.gaz().entities();
  m.facts.assign(ents.size(), {});
  name_pool_builder names(m);
  for (std::uint32_t i = 0; i < ents.size(); ++i) {
    const auto& e = ents[i];
    entity_facts& f = m.facts[i];
    if (e.type == entity_type::country) m.country_by_code[e.country] = i;
    if (e.type == entity_type::person) names.add(e, f);
    f.media = e.type == entity_type::organization && e.kind == "media";
    if (e.type == entity_type::location) {
      if (e.kind == "city" || e.kind == "capital" || e.kind == "district") f.place = place_level::city;
      else if (e.kind == "sea" || e.kind == "region" || e.kind == "continent") f.place = place_level::area;
      if (const auto* p = m.gaz().find(e.parent)) f.parent = static_cast<std::int32_t>(p - ents.data());
    }
  }
  names.finish();
  persons_by_first_of(m);
  for (std::uint32_t i = 0; i < ents.size(); ++i)
    if (const auto* c = ents[i].type == entity_type::country ? m.gaz().find(ents[i].capital) : nullptr)
      m.facts[static_cast<std::size_t>(c - ents.data())].capital_of = static_cast<std::int32_t>(i);
  const auto& offices = m.gaz().offices();
  for (std::uint32_t k = 0; k < offices.size(); ++k)
    if (const auto* p = m.gaz().find(offices[k].person)) m.facts[static_cast<std::size_t>(p - ents.data())].offices.push_back(k);
}

void ambiguous_forms_of(model& m) {
  std::map<std::string, std::set<std::uint32_t>> short_owners;
  const auto& ents = m.gaz().entities();
  for (std::uint32_t i = 0; i < ents.size(); ++i)
    if (ents[i].type == entity_type::person)
      for (const auto& s : ents[i].short_forms) short_owners[fold(s)].insert(i);
  std::set<std::string> forms;
  for (const auto& [form, owners] : short_owners)
    if (owners.size() > 1) forms.insert(form);
  for (const auto& a : m.gaz().ambiguous_names()) forms.insert(fold(a.form));
  m.ambiguous_forms.assign(forms.begin(), forms.end());
  m.ambiguous_set.clear();
  m.ambiguous_set.reserve(m.ambiguous_forms.size());
  for (const std::string& f : m.ambiguous_forms) m.ambiguous_set.insert(f);
}

void role_facts_of(model& m) {
  const auto& roles = m.gaz().roles();
  for (std::uint16_t i = 0; i < roles.size(); ++i) m.role_by_id.emplace_back(roles[i].id, i);
  std::stable_sort(m.role_by_id.begin(), m.role_by_id.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  // One entry per id: the last role with it (as the gazetteer's later rows replace earlier ones).
  std::vector<std::pair<std::string, std::uint16_t>> unique;
  for (auto& r : m.role_by_id)
    if (!unique.empty() && unique.back().first == r.first) unique.back() = std::move(r);
    else unique.push_back(std::move(r));
  m.role_by_id = std::move(unique);
  m.roles.resize(roles.size());
  for (std::size_t i = 0; i < roles.size(); ++i) {
    role_facts& f = m.roles[i];
    f.cls = parse_enum<role_class>(roles[i].role_class).value_or(role_class::official);
    f.in_party = m.role(roles[i].in_party);
    if (!roles[i].covers.empty()) f.covers = parse_enum<role_class>(roles[i].covers);
    for (const auto& a : roles[i].answers_to)
      if (std::uint16_t r = m.role(a); r != kNoRole) f.answers_to.push_back(r);
  }
  const auto& offices = m.gaz().offices();
  m.office_roles.resize(offices.size());
  // Thousands of offices, a few hundred roles: hashed, not searched.
  std::unordered_map<std::string_view, std::uint16_t> by_id(m.role_by_id.size() * 2);
  for (const auto& [id, r] : m.role_by_id) by_id.emplace(id, r);
  for (std::size_t k = 0; k < offices.size(); ++k) {
    auto it = by_id.find(offices[k].role);
    m.office_roles[k] = it == by_id.end() ? kNoRole : it->second;
  }
}

// A typed view of one lexicon row: its fields by column name.
class row_reader {
 public:
  row_reader(std::string_view table, const lexicon_entry& e) : schema_(lexicon_schema(table)), e_(e) {}
  std::string_view get(std::string_view column) const {
    int i = schema_.field(column);
    return i >= 0 && static_cast<std::size_t>(i) < e_.fields.size() ? std::string_view(e_.fields[static_cast<std::size_t>(i)])
                                                                     : std::string_view();
  }
  template <class E>
  E as(std::string_view column) const {
    return parse_enum<E>(get(column)).value_or(E{});  // the loader checked the value
  }

 private:
  const table_schema& schema_;
  const lexicon_entry& e_;
};

template <class Flag>
std::uint8_t flags_of(std::string_view list) {
  std::uint8_t flags = 0;
  for (std::size_t i = 0; i < enum_names<Flag>::size; ++i)
    if (list.find(enum_names<Flag>::names[i]) != std::string_view::npos) flags |= static_cast<std::uint8_t>(1u << i);
  return flags;
}

// Compiles one row of `table` into `lm`; returns false when the row adds no
// matcher entry of its own (a word merged into an earlier one).
bool compile_row(const model& m, std::string_view table, const lexicon_entry& e, language_model& lm,
                 std::unordered_map<std::string, std::uint32_t>& word_rows, lex_meaning& out) {
  row_reader r(table, e);
  auto push = [&](lex c, std::size_t row) { out = {c, static_cast<std::uint32_t>(row)}; };
  if (table == "titles") {
    push(lex::title, lm.titles.size());
    lm.titles.push_back({m.role(r.get("role")), flags_of<title_flag>(r.get("flags"))});
  } else if (table == "honorifics") {
    push(lex::honorific, 0);
  } else if (table == "triggers") {
    push(lex::trigger, lm.triggers.size());
    lm.triggers.push_back({parse_relation_kind(r.get("kind")).value_or(relation_kind::meeting),
                           r.as<trigger_frame>("frame"), static_cast<std::uint8_t>(to_int(r.get("priority"))),
                           r.get("place") != "no", flags_of<trigger_flag>(r.get("flags"))});
  } else if (table == "modality") {
    push(lex::modality, lm.modality.size());
    lm.modality.push_back({r.as<modality_type>("type"), r.as<modality_scope>("scope")});
  } else if (table == "months") {
    push(lex::month, lm.months.size());
    lm.months.push_back(to_int(r.get("number")));
  } else if (table == "weekdays") {
    push(lex::weekday, lm.weekdays.size());
    lm.weekdays.push_back(to_int(r.get("number")));
  } else if (table == "relative_dates") {
    push(lex::relative_date, lm.relative.size());
    lm.relative.push_back({to_int(r.get("days")), r.as<date_precision>("precision")});
  } else if (table == "relation_cues") {
    push(lex::relation_cue, lm.cues.size());
    lm.cues.push_back(parse_relation_kind(r.get("kind")).value_or(relation_kind::cooperation));
  } else if (table == "words") {
    word_mask cls = bit(r.as<word_class>("class"));
    int count = r.get("count").empty() ? 2 : to_int(r.get("count"));
    lex cat = (cls & kTokenClasses) ? lex::token_word : lex::word;
    std::string key = std::string(cat == lex::word ? "w:" : "t:") + fold(e.form);
    auto [it, fresh] = word_rows.emplace(key, static_cast<std::uint32_t>(lm.words.size()));
    if (!fresh) {  // another class of a form already listed
      lm.words[it->second].classes |= cls;
      lm.words[it->second].count = std::max(lm.words[it->second].count, count);
      return false;
    }
    push(cat, lm.words.size());
    lm.words.push_back({cls, count});
  } else if (table == "traps") {
    push(lex::trap, lm.traps.size());
    lm.traps.push_back({r.as<trap_position>("position"), r.as<trap_effect>("effect")});
  } else if (table == "stopwords") {
    push(lex::stopword, 0);
  } else if (table == "bodies") {
    push(lex::body, lm.bodies.size());
    lm.bodies.emplace_back(r.get("name"));
  } else {
    return false;  // abbreviations, boilerplate: read by the text analyzer
  }
  return true;
}

// A language's tables, and its lexicon forms for the matcher (compiled with
// the entity names: see compile_model); `rows` holds each form's lexicon row.
language_model language_tables(const model& m, const lexicon& lx, std::vector<matcher_form>& entries,
                               std::vector<const lexicon_entry*>& rows) {
  language_model lm;
  lm.lang = lx.lang;
  text_options to;
  for (const auto& e : lx.table("abbreviations")) to.abbreviations.push_back(e.form);
  for (const auto& e : lx.table("boilerplate")) to.boilerplate.push_back(e.form);
  lm.analyzer = text_analyzer(to);
  std::unordered_map<std::string, std::uint32_t> word_rows;
  // A fixed table order keeps payloads (and so ties between forms) stable.
  for (const char* table : {"titles", "honorifics", "triggers", "modality", "months", "weekdays", "relative_dates",
                            "relation_cues", "words", "traps", "stopwords", "bodies"}) {
    for (const auto& e : lx.table(table)) {
      lex_meaning mean;
      if (!compile_row(m, table, e, lm, word_rows, mean)) continue;
      if (folds_to_nothing(e.form)) continue;
      entries.push_back(entry(e.form, static_cast<std::uint32_t>(lm.meanings.size())));
      rows.push_back(&e);
      lm.meanings.push_back(mean);
      lm.forms.push_back(e.form);
    }
  }
  return lm;
}

// The row (entity or lexicon) of a form the matcher cannot take; the entity
// names are checked first, then the lexicon whose list failed.
status form_failure(const model& m, const std::vector<matcher_form>& names,
                    const std::vector<std::vector<const lexicon_entry*>>& rows, std::size_t failed_lexicon,
                    const status& error) {
  for (const auto& e : names)
    if (status s = matcher::form_problem(e.form); !s.ok())
      return status(errc::pattern_error, s.message(), m.gaz().entities()[m.name_meanings[e.payload].entity].where);
  if (failed_lexicon < rows.size())
    for (const lexicon_entry* e : rows[failed_lexicon])
      if (status s = matcher::form_problem(e->form); !s.ok()) return status(errc::pattern_error, s.message(), e->where);
  return error;
}

// Each language's one-token stopwords, by their id in the shared vocabulary
// (the stopword rows are lexicon forms, so their tokens are in it).
void detector_of(model& m, const std::vector<const lexicon*>& lexicons) {
  folded_phrase toks;
  for (std::size_t k = 0; k < lexicons.size(); ++k)
    for (const auto& e : lexicons[k]->table("stopwords")) {
      fold_tokens_into(e.form, toks);
      if (toks.size() == 1) m.detector.add(static_cast<std::uint32_t>(k), matcher_access::token_id(m.names, toks[0]));
    }
}

}  // namespace

std::uint16_t model::role(std::string_view id) const {
  auto it = std::lower_bound(role_by_id.begin(), role_by_id.end(), id,
                             [](const auto& r, std::string_view x) { return std::string_view(r.first) < x; });
  return it == role_by_id.end() || it->first != id ? kNoRole : it->second;
}

const language_model* model::language(std::string_view lang) const {
  for (const auto& l : languages)
    if (l.lang == lang) return &l;
  return nullptr;
}

const language_model& model::language_for(const analyzed_text& text, const std::vector<std::uint32_t>& ids,
                                          std::string_view requested) const {
  if (!requested.empty())
    if (const language_model* l = language(requested)) return *l;
  if (languages.size() == 1) return languages.front();
  return languages[detector.detect(text, ids, 0)];
}

bool model::ambiguous_form(std::string_view folded) const { return ambiguous_set.count(folded) != 0; }

std::int32_t model::country_entity(std::string_view iso) const {
  auto it = country_by_code.find(std::string(iso));
  return it == country_by_code.end() ? -1 : static_cast<std::int32_t>(it->second);
}

result<std::shared_ptr<const model>> compile_model(std::shared_ptr<const gazetteer> g, const extractor_options& o) {
  auto m = std::make_shared<model>();
  m->options = o;
  m->gazetteer_ptr = std::move(g);
  std::vector<const lexicon*> lexicons;
  if (o.lang == "auto") {
    for (const auto& code : m->gaz().languages()) lexicons.push_back(m->gaz().language(code));
    if (lexicons.empty()) return status(errc::invalid_argument, "the gazetteer has no lexicon (no language folder)");
  } else if (const lexicon* lx = m->gaz().language(o.lang)) {
    lexicons.push_back(lx);
  } else {
    return status(errc::invalid_argument, "the gazetteer has no lexicon for language '" + o.lang + "'");
  }
  entity_facts_of(*m);
  ambiguous_forms_of(*m);
  role_facts_of(*m);
  // Every language's lexicon and the entity names over one token vocabulary:
  // a document's tokens are looked up once for both matchers. The lexicons
  // come first, so their tokens have the low ids (their matchers' tables by
  // id stay small however many names the gazetteer has).
  const std::size_t langs = lexicons.size();
  std::vector<std::vector<matcher_form>> lists(langs + 1);
  std::vector<std::vector<const lexicon_entry*>> rows(langs);
  for (std::size_t k = 0; k < langs; ++k)
    m->languages.push_back(language_tables(*m, *lexicons[k], lists[k], rows[k]));
  lists[langs] = name_entries(*m);
  std::size_t failed = 0;
  auto compiled = matcher_access::compile_sharing(lists, o.matcher, &failed);
  if (!compiled) return form_failure(*m, lists[langs], rows, failed, compiled.error());
  for (std::size_t k = 0; k < langs; ++k) m->languages[k].m = std::move((*compiled)[k]);
  m->names = std::move((*compiled)[langs]);
  detector_of(*m, lexicons);
  return std::shared_ptr<const model>(std::move(m));
}

}  // namespace jumpa::detail

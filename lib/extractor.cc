#include "jumpa/extractor.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include "dates.h"
#include "pipeline.h"

namespace jumpa {

using detail::cat;

const entity* document::find(std::string_view local_id) const {
  for (const auto& e : entities)
    if (e.id == local_id) return &e;
  return nullptr;
}

namespace {

bool all_caps_short(std::string_view form) {
  int letters = 0;
  for (unsigned char c : form) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters > 0 && letters <= 6;
}

bool capitalized_form(std::string_view form) {
  for (unsigned char c : form) {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) return true;  // non-ASCII initial: treat as a name
  }
  return false;
}

int to_int(const std::string& s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

const extractor_options& extractor::options() const noexcept { return model_->options; }

result<extractor> extractor::create(const gazetteer& g, const extractor_options& o) {
  auto m = std::make_shared<model>();
  m->options = o;
  m->gaz = g;
  const lexicon* lx = g.language(o.lang);
  if (!lx) return status(errc::invalid_argument, "the gazetteer has no lexicon for language '" + o.lang + "'");

  text_options to;
  for (const auto& e : lx->table("abbreviations")) to.abbreviations.push_back(e.form);
  for (const auto& e : lx->table("boilerplate")) to.boilerplate.push_back(e.form);
  m->analyzer = text_analyzer(to);

  std::vector<matcher_entry> entries;
  auto add = [&](const std::string& form, cat c, std::uint32_t index) {
    if (fold(form).empty()) return;
    matcher_entry e;
    e.form = form;
    e.payload = static_cast<std::uint32_t>(m->meanings.size());
    e.case_sensitive = all_caps_short(form);
    m->meanings.push_back({c, index, capitalized_form(form)});
    m->forms.push_back(form);
    entries.push_back(std::move(e));
  };
  const auto& ents = g.entities();
  m->capital_country.assign(ents.size(), -1);
  for (std::uint32_t i = 0; i < ents.size(); ++i) {
    const auto& e = ents[i];
    add(e.name, cat::ent_name, i);
    for (const auto& a : e.aliases) add(a, cat::ent_name, i);
    for (const auto& a : e.acronyms) add(a, cat::ent_name, i);
    if (!e.name_id.empty()) add(e.name_id, cat::ent_name, i);
    for (const auto& a : e.short_forms) add(a, cat::ent_short, i);
    for (const auto& a : e.adjectives) add(a, cat::ent_adjective, i);
    if (e.type == entity_type::country) m->country_by_code[e.country] = i;
  }
  m->person_tokens.resize(ents.size());
  m->offices.resize(ents.size());
  std::unordered_map<std::string, std::uint32_t> index;
  for (std::uint32_t i = 0; i < ents.size(); ++i) index[ents[i].id] = i;
  for (const office& o : g.offices())
    if (auto it = index.find(o.person); it != index.end()) m->offices[it->second].push_back(&o);
  for (std::uint32_t i = 0; i < ents.size(); ++i) {
    const auto& e = ents[i];
    if (e.type != entity_type::person) continue;
    std::set<std::string> toks;
    auto add_tokens = [&](const std::string& s) {
      for (auto& t : fold_tokens(s))
        if (t.size() >= 2 && t != "-" && t != ".") toks.insert(t);
    };
    add_tokens(e.name);
    for (const auto& a : e.aliases) add_tokens(a);
    for (const auto& a : e.short_forms) add_tokens(a);
    m->person_tokens[i].assign(toks.begin(), toks.end());
  }
  for (std::uint32_t i = 0; i < ents.size(); ++i) {
    const auto& e = ents[i];
    if (e.type != entity_type::country || e.capital.empty()) continue;
    if (const auto* c = g.find(e.capital)) m->capital_country[static_cast<std::size_t>(c - ents.data())] = static_cast<std::int32_t>(i);
  }
  auto table = [&](const char* name, cat c, auto&& row) {
    const auto& rows = lx->table(name);
    for (std::uint32_t i = 0; i < rows.size(); ++i) {
      row(rows[i]);
      add(rows[i].form, c, i);
      m->lexicon_forms[static_cast<std::size_t>(c)].push_back(rows[i].form);
    }
  };
  auto field = [](const lexicon_entry& e, std::size_t k) -> std::string {
    return k < e.fields.size() ? e.fields[k] : std::string();
  };
  table("titles", cat::title, [&](const lexicon_entry& e) {
    detail::title_row r;
    r.role = field(e, 0);
    std::string flags = field(e, 1);
    r.speaker = flags.find("speaker") != std::string::npos;
    r.generic = flags.find("generic") != std::string::npos;
    r.occupation = flags.find("occupation") != std::string::npos;
    m->titles.push_back(r);
  });
  table("honorifics", cat::honorific, [&](const lexicon_entry&) {});
  table("triggers", cat::trigger, [&](const lexicon_entry& e) { m->triggers.push_back({field(e, 0), field(e, 1)}); });
  table("modality", cat::modality, [&](const lexicon_entry& e) { m->modality.push_back({field(e, 0), field(e, 1)}); });
  table("months", cat::month, [&](const lexicon_entry& e) { m->months.push_back({to_int(field(e, 0))}); });
  table("weekdays", cat::weekday, [&](const lexicon_entry& e) { m->weekdays.push_back({to_int(field(e, 0))}); });
  table("relative_dates", cat::relative_date,
        [&](const lexicon_entry& e) { m->relative.push_back({to_int(field(e, 0)), field(e, 1)}); });
  table("relation_cues", cat::relation_cue, [&](const lexicon_entry& e) { m->cues.push_back({field(e, 0)}); });
  table("words", cat::word, [&](const lexicon_entry& e) { m->words.push_back({field(e, 0)}); });
  table("traps", cat::trap, [&](const lexicon_entry& e) { m->traps.push_back({field(e, 0), field(e, 1)}); });
  table("stopwords", cat::stopword, [&](const lexicon_entry&) {});
  table("bodies", cat::body, [&](const lexicon_entry& e) { m->bodies.push_back({field(e, 0)}); });

  auto compiled = matcher::compile(entries, o.matcher);
  if (!compiled) return compiled.error();
  m->m = std::move(*compiled);
  return extractor(std::move(m));
}

namespace {

// Selected hits per category: leftmost-longest within the category.
void select_hits(const extractor::model& m, detail::doc_state& d) {
  static_assert(detail::kCats <= 16, "cat_mask holds 16 categories");
  d.cat_mask.assign(d.text.tokens.size(), 0);
  d.word_at.assign(d.text.tokens.size(), -1);
  for (std::size_t c = 0; c < detail::kCats; ++c) {
    d.hits[c].clear();
    if (c == static_cast<std::size_t>(cat::ent_name) || c == static_cast<std::size_t>(cat::ent_short) ||
        c == static_cast<std::size_t>(cat::ent_adjective))
      continue;  // the entity stage applies its own policy
    d.scratch.clear();
    for (const match& mt : d.matches)
      if (static_cast<std::size_t>(m.meanings[mt.payload].c) == c) d.scratch.push_back(mt);
    auto sel = select_longest(d.scratch, [](std::uint32_t p) { return p; });
    for (const match& mt : sel) {
      if (c == static_cast<std::size_t>(cat::word)) d.word_at[mt.first_token] = static_cast<std::int32_t>(d.hits[c].size());
      d.hits[c].push_back({mt.first_token, mt.end_token, mt.payload});
      for (std::uint32_t k = mt.first_token; k < mt.end_token; ++k)
        d.cat_mask[k] = static_cast<std::uint16_t>(d.cat_mask[k] | (1u << c));
    }
  }
}

// The publication date and dateline city: a date line, a "CITY, date –"
// dateline, or a copyright year.
void find_publication(const extractor::model& m, detail::doc_state& d, const date& given) {
  d.published = given;
  const auto& sents = d.text.sentences;
  std::size_t probe = std::min<std::size_t>(sents.size(), 3);
  bool dateline_seen = false;
  for (std::size_t si = 0; si < probe; ++si) {
    const sentence& s = sents[si];
    std::uint32_t limit = std::min(s.end_token, s.first_token + 16);
    // a spaced dash within the first tokens ends a dateline
    std::uint32_t dash = 0;
    for (std::uint32_t k = s.first_token + 1; k < limit; ++k)
      if (d.fold(k) == "-" && d.text.tokens[k].has(tf_space_before) && k + 1 < d.text.tokens.size() &&
          d.text.tokens[k + 1].has(tf_space_before)) {
        dash = k;
        break;
      }
    auto dates = detail::find_dates(m, d, s.first_token, dash ? dash : s.end_token);
    bool date_line = !dates.empty() && dates.front().year != 0 && dates.front().first <= s.first_token + 1 &&
                     s.end_token - s.first_token <= 7;
    if (d.published.empty() && (date_line || dash) && !dates.empty() && dates.front().year != 0 &&
        dates.front().day != 0) {
      d.published = date{dates.front().year, dates.front().month, dates.front().day};
    }
    if (!date_line && dash && !dateline_seen) {
      dateline_seen = true;
      for (const match& mt : d.matches) {
        if (mt.first_token < s.first_token || mt.end_token > dash) continue;
        const auto& me = m.meanings[mt.payload];
        if (me.c != cat::ent_name) continue;
        const auto& ge = m.gaz.entities()[me.index];
        if (ge.type == entity_type::location) {
          d.dateline_place = static_cast<std::int32_t>(me.index);
          break;
        }
      }
      d.body_start = dash + 1;
    }
  }
  if (d.published.empty()) {
    // "Copyright © ANTARA 2024" or "© 2024": the year only
    for (const sentence& s : sents) {
      if (!s.boilerplate) continue;
      for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
        const token& t = d.text.tokens[k];
        if (t.kind == token_kind::number && t.end - t.begin == 4) {
          int y = to_int(std::string(d.fold(k)));
          if (y >= 1950 && y <= 2100) d.published = date{y, 0, 0};
        }
      }
    }
  }
}

std::vector<role> resolve_roles(const extractor::model& m, const detail::doc_entity& e, const date& published) {
  std::vector<role> out;
  auto add = [&](const std::string& id, const std::string& country, const std::string& org, bool from_text) {
    for (const auto& r : out)
      if (r.id == id && (r.org == org || (from_text && org.empty())) && (r.country == country || country.empty()))
        return;
    role r;
    r.id = id;
    const role_info* ri = m.gaz.role(id);
    r.label = ri ? ri->label : id;
    r.country = country;
    r.org = org;
    r.from_text = from_text;
    out.push_back(std::move(r));
  };
  const auto& ents = m.gaz.entities();
  if (e.gaz >= 0) {
    const auto& offices = m.offices[static_cast<std::size_t>(e.gaz)];
    for (const office* o : offices)
      if (detail::office_counts(*o, offices, published)) add(o->role, o->country, o->org, false);
  }
  // A title in the text that the dated offices contradict ("Presiden Hun Sen"
  // in 2025: Senate and party president, not head of state) is not a role.
  bool has_offices = !out.empty();
  for (const auto& r : e.roles) {
    if (has_offices && e.gaz >= 0) {
      const role_info* ri = m.gaz.role(r.role);
      bool held = std::any_of(out.begin(), out.end(), [&](const role& x) { return x.id == r.role; });
      if (!held && ri && (ri->role_class == "head_of_state" || ri->role_class == "head_of_government" ||
                          ri->role_class == "royal"))
        continue;
      if (!held && r.org < 0 && std::any_of(out.begin(), out.end(), [&](const role& x) {
            return (r.role == "president" && (x.id == "senate_president" || x.id == "party_president" ||
                                               x.id == "national_assembly_president")) ||
                   (r.role == "secretary_general" && x.id == "party_general_secretary");
          }))
        continue;
    }
    add(r.role, r.country >= 0 ? ents[static_cast<std::size_t>(r.country)].country : e.country,
        r.org >= 0 ? ents[static_cast<std::size_t>(r.org)].id : std::string(), true);
  }
  return out;
}

}  // namespace

document extractor::extract(std::string_view text, const extract_options& o) const {
  const model& m = *model_;
  document doc;
  doc.id = o.id;
  doc.lang = m.options.lang;
  if (text.size() > m.options.max_document_bytes) {
    std::size_t cut = m.options.max_document_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    doc.problems.emplace_back(errc::limit_exceeded,
                              "document longer than " + std::to_string(m.options.max_document_bytes) +
                                  " bytes; the rest is ignored",
                              source_position{o.id, 0, 0, cut});
    text = text.substr(0, cut);
  }
  // One working state per thread, reused so its buffers are allocated once.
  thread_local detail::doc_state d;
  d.reset();
  d.explain = o.explain;
  m.analyzer.analyze(text, d.text);
  for (auto p : d.text.problems) {
    p = status(p.code(), p.message(), source_position{o.id, 0, 0, p.where().byte});
    doc.problems.push_back(std::move(p));
  }
  d.matches.reserve(d.text.tokens.size());
  m.m.find_all(d.text, d.matches);
  d.sentence_of.assign(d.text.tokens.size(), 0);
  for (std::uint32_t si = 0; si < d.text.sentences.size(); ++si)
    for (std::uint32_t k = d.text.sentences[si].first_token; k < d.text.sentences[si].end_token; ++k)
      d.sentence_of[k] = si;
  select_hits(m, d);
  find_publication(m, d, o.published);
  doc.published = d.published;
  detail::recognize_entities(m, d);
  detail::extract_relations(m, d, doc);

  // Document entities in order of first mention (mention-less places last).
  std::vector<std::uint32_t> order(d.entities.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto first_pos = [&](std::uint32_t e) {
    std::uint32_t best = UINT32_MAX;
    for (std::uint32_t mi : d.entities[e].mentions) best = std::min(best, d.mentions[mi].first);
    return best;
  };
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return first_pos(a) < first_pos(b); });
  std::vector<std::size_t> remap(d.entities.size());
  const auto& gents = m.gaz.entities();
  for (std::size_t k = 0; k < order.size(); ++k) {
    const detail::doc_entity& de = d.entities[order[k]];
    remap[order[k]] = k;
    entity e;
    e.id = "e" + std::to_string(k + 1);
    e.type = de.type;
    e.name = de.name;
    e.country = de.country;
    if (de.gaz >= 0) {
      const auto& ge = gents[static_cast<std::size_t>(de.gaz)];
      e.ref = ge.id;
      e.aliases = ge.aliases;
      if (!ge.name_id.empty()) e.aliases.insert(e.aliases.begin(), ge.name_id);
      for (const auto& a : ge.acronyms) e.aliases.push_back(a);
      e.kind = ge.kind;
      e.parent = ge.parent;
    } else {
      e.source = "pattern";
    }
    if (e.type == entity_type::person) e.roles = resolve_roles(m, de, d.published);
    std::vector<std::uint32_t> ms = de.mentions;
    std::sort(ms.begin(), ms.end(), [&](std::uint32_t a, std::uint32_t b) { return d.mentions[a].first < d.mentions[b].first; });
    for (std::uint32_t mi : ms) {
      const auto& r = d.mentions[mi];
      mention mm;
      mm.begin = d.text.tokens[r.first].begin;
      mm.end = d.text.tokens[r.end - 1].end;
      mm.sentence = r.sentence;
      mm.kind = r.kind;
      mm.text = std::string(text.substr(mm.begin, mm.end - mm.begin));
      if (!e.mentions.empty() && e.mentions.back().begin == mm.begin && e.mentions.back().end == mm.end) continue;
      e.mentions.push_back(std::move(mm));
    }
    doc.entities.push_back(std::move(e));
  }
  for (auto& r : doc.relations) {
    for (auto& a : r.args) a = remap[a];
    if (r.place) r.place = remap[*r.place];
    if (!o.explain) {
      r.ev.rule.clear();
      r.ev.cues.clear();
    }
  }
  if (!o.keep_unhappened)
    doc.relations.erase(std::remove_if(doc.relations.begin(), doc.relations.end(),
                                       [](const relation& r) {
                                         return r.type == relation_type::met && r.status != meeting_status::happened;
                                       }),
                        doc.relations.end());
  return doc;
}

}  // namespace jumpa

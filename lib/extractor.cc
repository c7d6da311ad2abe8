// The driver: text → lexical facts → publication → entities → relations → document.
#include "jumpa/extractor.h"

#include "analyzer_access.h"
#include "assemble.h"
#include "gazetteer_builder.h"
#include "entity_stage.h"
#include "lexical.h"
#include "model.h"
#include "publication.h"
#include "relation_stage.h"

namespace jumpa {

const entity* document::find(std::string_view local_id) const {
  for (const auto& e : entities)
    if (e.id == local_id) return &e;
  return nullptr;
}

namespace {

// The stage outputs of one document, reused by one thread across documents.
struct workspace {
  analyzed_text text;
  std::vector<std::uint32_t> ids;  // each token's id in the model's shared vocabulary
  detail::lexical lex;
  detail::lexical_scratch lex_scratch;
  std::vector<detail::date_mention> dates;
  detail::entity_table entities;
  detail::relation_set relations;
  detail::relation_scratch relation_scratch;
};

}  // namespace

const extractor_options& extractor::options() const noexcept { return model_->options; }

result<extractor> extractor::create(const gazetteer& g, const extractor_options& o) {
  // The builtin gazetteer is never destroyed: borrowed (an owner-less pointer), not copied.
  auto m = &g == gazetteer_builder::builtin_if_loaded()
               ? detail::compile_model(std::shared_ptr<const gazetteer>(std::shared_ptr<void>(), &g), o)
               : detail::compile_model(std::make_shared<const gazetteer>(g), o);
  if (!m) return m.error();
  return extractor(std::move(*m));
}

result<extractor> extractor::create(gazetteer&& g, const extractor_options& o) {
  auto m = detail::compile_model(std::make_shared<const gazetteer>(std::move(g)), o);
  if (!m) return m.error();
  return extractor(std::move(*m));
}

document extractor::extract(std::string_view text, const extract_options& o) const {
  document doc;
  extract(text, o, doc);
  return doc;
}

void extractor::extract(std::string_view text, const extract_options& o, document& out) const {
  const std::size_t window = model_->options.window_bytes ? model_->options.window_bytes : (1u << 20);
  if (text.size() <= window) {
    std::uint32_t sentences = 0;
    extract_window(text, o, sentences, out);
    return;
  }
  window_extraction w(*this, o);
  w.append(text);
  out = w.finish();
}

void extractor::extract_window(std::string_view text, const extract_options& o, std::uint32_t& sentences,
                               document& doc) const {
  const detail::model& m = *model_;
  thread_local workspace w;
  // Tokens do not depend on the language (sentences do): tokenise, choose the
  // language from the tokens' function words, then segment in it.
  detail::analyzer_access::tokenize(m.languages.front().analyzer, text, w.text);
  detail::token_ids(m, w.text, w.ids);
  const detail::language_model& lang = m.language_for(w.text, w.ids, o.lang);
  detail::analyzer_access::segment(lang.analyzer, w.text);
  doc.id = o.id;
  doc.lang = lang.lang;
  doc.problems.clear();
  if (!o.lang.empty() && o.lang != lang.lang)
    doc.problems.emplace_back(errc::invalid_argument,
                              "language '" + o.lang + "' is not compiled in this extractor; used '" + lang.lang + "'",
                              source_position{o.id, 0, 0, 0});
  sentences = static_cast<std::uint32_t>(w.text.sentences.size());
  for (const status& p : w.text.problems)
    doc.problems.emplace_back(p.code(), p.message(), source_position{o.id, 0, 0, p.where().byte});
  detail::find_lexical(m, lang, w.text, w.ids, w.lex, w.lex_scratch);
  detail::publication pub = detail::find_publication(m, w.lex, o.published, w.dates);
  doc.published = pub.published;
  detail::recognize_entities(m, w.lex, pub, w.entities);
  detail::extract_relations(m, w.lex, pub, w.entities, o.explain, w.relations, w.relation_scratch);
  detail::assemble_document(m, w.lex, w.entities, w.relations, o, doc);
}

}  // namespace jumpa

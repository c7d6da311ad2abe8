// Long texts: cutting them into windows and merging the windows' documents
// into one document whose spans are relative to the whole text.
#include <algorithm>
#include <limits>

#include "jumpa/extractor.h"

namespace jumpa {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool sentence_end(char c) { return c == '.' || c == '!' || c == '?' || c == '"' || c == '\''; }

// Shifts every span of `e` by `base` bytes and `sentences` sentences.
void shift(entity& e, std::size_t base, std::uint32_t sentences) {
  for (mention& m : e.mentions) {
    m.begin += static_cast<std::uint32_t>(base);
    m.end += static_cast<std::uint32_t>(base);
    m.sentence += sentences;
  }
}

void shift(relation& r, std::size_t base) {
  const auto b = static_cast<std::uint32_t>(base);
  r.ev.begin += b;
  r.ev.end += b;
  if (!r.ev.trigger.empty()) {
    r.ev.trigger_begin += b;
    r.ev.trigger_end += b;
  }
}

std::string entity_key(const entity& e) {
  if (!e.ref.empty()) return e.ref;
  return std::string(to_string(e.type)) + '\x1f' + e.name;
}

bool same_role(const role& a, const role& b) { return a.id == b.id && a.country == b.country && a.org == b.org; }

// Adds what `from` (the same entity, seen in a later window) knows to `into`.
void absorb(entity& into, entity&& from) {
  for (auto& m : from.mentions) into.mentions.push_back(std::move(m));
  for (auto& r : from.roles)
    if (std::none_of(into.roles.begin(), into.roles.end(), [&](const role& x) { return same_role(x, r); }))
      into.roles.push_back(std::move(r));
  for (auto& a : from.aliases)
    if (std::find(into.aliases.begin(), into.aliases.end(), a) == into.aliases.end()) into.aliases.push_back(std::move(a));
  if (into.country.empty()) into.country = std::move(from.country);
}

// Entities in order of first mention, mention-less ones last; ids and the
// relations' indexes follow.
void renumber(document& doc) {
  const std::size_t n = doc.entities.size();
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  auto first = [&](std::size_t i) {
    const auto& ms = doc.entities[i].mentions;
    return ms.empty() ? std::numeric_limits<std::uint64_t>::max() : std::uint64_t{ms.front().begin};
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return first(a) < first(b); });
  std::vector<std::size_t> where(n);
  std::vector<entity> sorted;
  sorted.reserve(n);
  for (std::size_t k = 0; k < n; ++k) {
    where[order[k]] = k;
    sorted.push_back(std::move(doc.entities[order[k]]));
    sorted.back().id = "e" + std::to_string(k + 1);
  }
  doc.entities = std::move(sorted);
  for (relation& r : doc.relations) {
    for (auto& a : r.args) a = where[a];
    if (r.place) r.place = where[*r.place];
  }
}

}  // namespace

std::size_t window_cut(std::string_view text, std::size_t max_bytes) noexcept {
  if (max_bytes == 0) max_bytes = 1;
  if (text.size() <= max_bytes) return text.size();
  const std::string_view head = text.substr(0, max_bytes);
  const std::size_t floor = max_bytes / 2;
  std::size_t p = head.rfind("\n\n");
  if (p != std::string_view::npos && p + 2 > floor) return p + 2;
  for (std::size_t i = max_bytes; i-- > floor && i > 0;)
    if ((head[i] == ' ' || head[i] == '\n') && sentence_end(head[i - 1])) return i + 1;
  p = head.rfind('\n');
  if (p != std::string_view::npos && p + 1 > floor) return p + 1;
  p = head.find_last_of(" \t");
  if (p != std::string_view::npos && p + 1 > floor) return p + 1;
  std::size_t cut = max_bytes;
  while (cut > 0 && continuation(text[cut])) --cut;
  return cut == 0 ? max_bytes : cut;
}

window_extraction::window_extraction(const extractor& ex, extract_options options)
    : ex_(&ex), options_(std::move(options)) {
  window_ = ex.options().window_bytes ? ex.options().window_bytes : (1u << 20);
  doc_.id = options_.id;
}

void window_extraction::append(std::string_view bytes) {
  if (pending_.empty()) {  // cut straight from the caller's bytes, copying only the tail
    while (bytes.size() > window_) {
      std::size_t cut = window_cut(bytes, window_);
      add_window(bytes.substr(0, cut));
      bytes.remove_prefix(cut);
    }
    pending_.assign(bytes.data(), bytes.size());
    return;
  }
  pending_.append(bytes.data(), bytes.size());
  std::size_t used = 0;
  while (pending_.size() - used > window_) {
    std::string_view rest = std::string_view(pending_).substr(used);
    std::size_t cut = window_cut(rest, window_);
    add_window(rest.substr(0, cut));
    used += cut;
  }
  pending_.erase(0, used);
}

document window_extraction::finish() {
  if (!pending_.empty() || base_ == 0) add_window(pending_);
  pending_.clear();
  pending_.shrink_to_fit();
  for (relation& r : derived_) doc_.relations.push_back(std::move(r));
  derived_.clear();
  renumber(doc_);
  return std::move(doc_);
}

void window_extraction::add_window(std::string_view window) {
  if (cut_) {
    base_ += window.size();
    return;
  }
  if (base_ + window.size() > kMaxTextBytes) {
    cut_ = true;
    doc_.problems.emplace_back(errc::limit_exceeded,
                               "text of 4 GiB or more; the rest, from this byte on, is not extracted",
                               source_position{options_.id, 0, 0, base_});
    base_ += window.size();
    return;
  }
  extract_options o = options_;
  if (!doc_.published.empty()) o.published = doc_.published;  // the first window's date holds for all
  if (base_ > 0 && !doc_.lang.empty()) o.lang = doc_.lang;    // and its language
  std::uint32_t sentences = 0;
  document part;
  ex_->extract_window(window, o, sentences, part);
  merge(std::move(part), base_, sentences_);
  base_ += window.size();
  sentences_ += sentences;
}

void window_extraction::merge(document&& part, std::size_t base, std::uint32_t sentence_base) {
  if (base == 0) {  // the first window decides the publication date and the language
    doc_.published = part.published;
    doc_.lang = part.lang;
  }
  std::vector<std::size_t> where(part.entities.size());
  for (std::size_t i = 0; i < part.entities.size(); ++i) {
    entity& e = part.entities[i];
    shift(e, base, sentence_base);
    auto [it, fresh] = keys_.emplace(entity_key(e), doc_.entities.size());
    where[i] = it->second;
    if (fresh) doc_.entities.push_back(std::move(e));
    else absorb(doc_.entities[it->second], std::move(e));
  }
  for (relation& r : part.relations) {
    shift(r, base);
    for (auto& a : r.args) a = where[a];
    if (r.place) r.place = where[*r.place];
    if (r.type == relation_type::country_relation && r.kind == relation_kind::meeting && r.args.size() == 2) {
      if (derived_pairs_.insert(std::minmax(doc_.entities[r.args[0]].country, doc_.entities[r.args[1]].country)).second)
        derived_.push_back(std::move(r));
      continue;
    }
    doc_.relations.push_back(std::move(r));
  }
  for (status& p : part.problems) {
    source_position at = p.where();
    if (at.byte != source_position::npos) at.byte += base;
    doc_.problems.emplace_back(p.code(), p.message(), at);
  }
}

}  // namespace jumpa

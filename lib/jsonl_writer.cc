// JSON Lines: one document per line (the contract of shared/eval/README.md),
// streamed into a string without building a DOM.
#include <algorithm>
#include <ostream>

#include "json_out.h"
#include "jumpa/writers.h"

namespace jumpa {
namespace {

using detail::json_out;

// A non-empty date as date::to_string() writes it, without formatting calls.
void write_date(json_out& j, std::string_view k, const date& d) {
  if (d.year < 1 || d.year > 9999 || d.month < 0 || d.month > 12 || d.day < 0 || d.day > 31) {
    j.field(k, d.to_string());
    return;
  }
  char buf[10];
  auto two = [&](char* p, int v) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
  };
  two(buf, d.year / 100);
  two(buf + 2, d.year % 100);
  std::size_t n = 4;
  if (d.month != 0) {
    buf[4] = '-';
    two(buf + 5, d.month);
    n = 7;
    if (d.day != 0) {
      buf[7] = '-';
      two(buf + 8, d.day);
      n = 10;
    }
  }
  j.field(k, std::string_view(buf, n));
}

void write_roles(json_out& j, const entity& e) {
  j.key("roles").begin_array();
  for (const role& r : e.roles) j.value(r.label);
  j.end_array();
  j.key("role_details").begin_array();
  for (const role& r : e.roles) {
    j.begin_object().field("role", r.id);
    if (!r.country.empty()) j.field("country", r.country);
    if (!r.org.empty()) j.field("org", r.org);
    j.field("from_text", r.from_text).end_object();
  }
  j.end_array();
}

void write_entity(json_out& j, const entity& e) {
  j.begin_object().field("id", e.id).field("type", to_string(e.type)).field("name", e.name);
  if (e.type == entity_type::country) j.field("code", e.country);
  if (!e.country.empty()) j.field("country", e.country);
  if (!e.ref.empty()) j.field("ref", e.ref);
  j.field("source", to_string(e.source));
  if (!e.kind.empty()) j.field("kind", e.kind);
  if (!e.parent.empty()) j.field("parent", e.parent);
  if (!e.aliases.empty()) {
    j.key("aliases").begin_array();
    for (const auto& a : e.aliases) j.value(a);
    j.end_array();
  }
  if (e.type == entity_type::person) write_roles(j, e);
  j.key("mentions").begin_array();
  for (const mention& m : e.mentions)
    j.begin_object()
        .field("start", std::uint64_t{m.begin})
        .field("end", std::uint64_t{m.end})
        .field("text", m.text)
        .field("kind", to_string(m.kind))
        .end_object();
  j.end_array().end_object();
}

void write_evidence(json_out& j, const evidence& ev, const jsonl_options& o, bool with_trigger) {
  j.key("evidence").begin_object().field("start", std::uint64_t{ev.begin}).field("end", std::uint64_t{ev.end});
  if (with_trigger && !ev.trigger.empty())
    j.key("trigger")
        .begin_object()
        .field("start", std::uint64_t{ev.trigger_begin})
        .field("end", std::uint64_t{ev.trigger_end})
        .end_object();
  if (o.explain) {
    if (!ev.rule.empty()) j.field("rule", ev.rule);
    if (!ev.cues.empty()) {
      j.key("cues").begin_array();
      for (const auto& c : ev.cues) j.value(c);
      j.end_array();
    }
  }
  j.end_object();
}

void write_relation(json_out& j, const document& doc, const relation& r, const jsonl_options& o) {
  auto id_of = [&](std::size_t a) -> std::string_view {
    if (a < doc.entities.size()) return doc.entities[a].id;
    return "?";
  };
  j.begin_object().field("type", to_string(r.type));
  j.key("args").begin_array();
  for (std::size_t a : r.args) j.value(id_of(a));
  j.end_array();
  if (r.type == relation_type::met) {
    j.field("kind", to_string(r.kind)).field("status", to_string(r.status));
    if (r.when.empty()) j.key("date").null();
    else write_date(j, "date", r.when);
    if (r.place && *r.place < doc.entities.size()) j.field("place", doc.entities[*r.place].id);
    else j.key("place").null();
    j.field("trigger", r.ev.trigger);
  } else if (r.type == relation_type::country_relation) {
    j.field("kind", to_string(r.kind));
  } else {
    j.field("role", r.role);
  }
  write_evidence(j, r.ev, o, r.type == relation_type::met);
  j.end_object();
}

void write_problems(json_out& j, const document& doc) {
  j.key("problems").begin_array();
  for (const status& p : doc.problems) {
    j.begin_object().field("code", to_string(p.code())).field("message", p.message());
    if (p.where().byte != source_position::npos) j.field("byte", std::uint64_t{p.where().byte});
    j.end_object();
  }
  j.end_array();
}

// About how many bytes append_jsonl writes for `doc` (exact when no string
// needs escaping and numbers are short): the output is reserved once, so a
// big document's line is not grown by doubling (which held the old and the
// new buffer at once: a third more peak memory for a 10 MB document).
std::size_t size_hint(const document& doc, const jsonl_options& o) {
  std::size_t n = 96 + doc.id.size() + doc.lang.size();
  for (const entity& e : doc.entities) {
    n += 160 + e.id.size() + e.name.size() + e.ref.size() + e.kind.size() + e.parent.size();
    for (const auto& a : e.aliases) n += 3 + a.size();
    for (const role& r : e.roles) n += 80 + 2 * r.id.size() + r.label.size() + r.country.size() + r.org.size();
    for (const mention& m : e.mentions) n += 56 + m.text.size();
  }
  for (const relation& r : doc.relations) {
    n += 224 + r.role.size() + r.ev.trigger.size() + 8 * r.args.size();
    if (o.explain) {
      n += 32 + r.ev.rule.size();
      for (const auto& c : r.ev.cues) n += 3 + c.size();
    }
  }
  for (const status& p : doc.problems) n += 64 + p.message().size();
  return n;
}

}  // namespace

void append_jsonl(std::string& out, const document& doc, const jsonl_options& o) {
  const std::size_t hint = size_hint(doc, o);
  if (out.capacity() - out.size() < hint) out.reserve(out.size() + hint);
  // The first growth zero-fills the hint (a small line is grown once), at most
  // 1 MiB (a big one then grows in chunks: no over-estimate is touched).
  detail::byte_buffer buf(out, std::min<std::size_t>(hint, 1u << 20));
  json_out j(buf);
  j.begin_object().field("doc", doc.id).field("lang", doc.lang);
  if (doc.published.empty()) j.key("published").null();
  else write_date(j, "published", doc.published);
  j.key("entities").begin_array();
  for (const entity& e : doc.entities) write_entity(j, e);
  j.end_array();
  j.key("relations").begin_array();
  for (const relation& r : doc.relations) write_relation(j, doc, r, o);
  j.end_array();
  if (!doc.problems.empty()) write_problems(j, doc);
  j.end_object();
  char* p = buf.room(1);
  *p++ = '\n';
  buf.commit(p);
  buf.finish();
}

std::string to_jsonl(const document& doc, const jsonl_options& o) {
  std::string out;
  append_jsonl(out, doc, o);
  return out;
}

status write_jsonl(std::ostream& out, const document& doc, const jsonl_options& o) {
  out << to_jsonl(doc, o);
  if (!out) return status(errc::io_error, "write failed");
  return {};
}

}  // namespace jumpa

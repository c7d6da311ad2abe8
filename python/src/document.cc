// Document, Entity, Mention, Relation, Evidence, Problem: read-only Python
// views of one extracted document (jumpa/document.h, entities.h, relations.h).
// Spans come twice: `start`/`end` are Python str indices into the text given
// to extract(), `start_byte`/`end_byte` the UTF-8 byte offsets jumpa and its
// JSON Lines use.
#include <pybind11/stl.h>

#include "bindings.h"

namespace jumpa_py {
namespace {

struct document_view {
  doc_ptr d;
};
struct entity_view {
  doc_ptr d;
  std::size_t i;
  const jumpa::entity& get() const { return d->doc.entities[i]; }
};
struct relation_view {
  doc_ptr d;
  std::size_t i;
  const jumpa::relation& get() const { return d->doc.relations[i]; }
};
struct span_pair {  // the four numbers of one span
  py::object start, end;
  std::uint32_t start_byte = 0, end_byte = 0;
};
struct mention_view {
  span_pair span;
  std::string text;
  std::uint32_t sentence = 0;
  jumpa::mention_kind kind = jumpa::mention_kind::name;
};
struct evidence_view {
  span_pair sentence;
  std::optional<span_pair> trigger;
  std::string trigger_text, rule;
  std::vector<std::string> cues;
};

span_pair span_of(const doc_holder& h, std::uint32_t begin, std::uint32_t end) {
  return span_pair{h.chars.at(begin), h.chars.at(end), begin, end};
}

std::vector<std::uint32_t> offsets_of(const jumpa::document& doc) {
  std::vector<std::uint32_t> out;
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions) out.insert(out.end(), {m.begin, m.end});
  for (const auto& r : doc.relations) out.insert(out.end(), {r.ev.begin, r.ev.end, r.ev.trigger_begin, r.ev.trigger_end});
  return out;
}

py::object entity_or_none(const doc_ptr& d, std::optional<std::size_t> index) {
  if (!index || *index >= d->doc.entities.size()) return py::none();
  return py::cast(entity_view{d, *index});
}

std::string repr_of(const jumpa::document& doc) {
  return "<jumpa.Document " + doc.id + ": " + std::to_string(doc.entities.size()) + " entities, " +
         std::to_string(doc.relations.size()) + " relations>";
}

void bind_parts(py::module_& m) {
  py::class_<span_pair>(m, "Span", "A half-open span: str indices (start, end) and UTF-8 bytes (start_byte, end_byte).")
      .def_readonly("start", &span_pair::start, "First str index (None when the text is unknown)")
      .def_readonly("end", &span_pair::end, "str index past the end (None when the text is unknown)")
      .def_readonly("start_byte", &span_pair::start_byte, "First UTF-8 byte")
      .def_readonly("end_byte", &span_pair::end_byte, "UTF-8 byte past the end")
      .def("__repr__", [](const span_pair& s) {
        return "Span(start=" + py::repr(s.start).cast<std::string>() + ", end=" + py::repr(s.end).cast<std::string>() +
               ", start_byte=" + std::to_string(s.start_byte) + ", end_byte=" + std::to_string(s.end_byte) + ")";
      });
  py::class_<mention_view>(m, "Mention", "One mention of an entity in the text.")
      .def_property_readonly("start", [](const mention_view& v) { return v.span.start; }, "First str index")
      .def_property_readonly("end", [](const mention_view& v) { return v.span.end; }, "str index past the end")
      .def_property_readonly("start_byte", [](const mention_view& v) { return v.span.start_byte; }, "First UTF-8 byte")
      .def_property_readonly("end_byte", [](const mention_view& v) { return v.span.end_byte; }, "UTF-8 byte past the end")
      .def_readonly("text", &mention_view::text, "The text of the span as written")
      .def_readonly("sentence", &mention_view::sentence, "0-based sentence index")
      .def_property_readonly("kind", [](const mention_view& v) { return enum_value("MentionKind", jumpa::to_string(v.kind)); },
                             "name, short, title, pronoun, nested, adjective or metonym")
      .def("__repr__", [](const mention_view& v) {
        return "<jumpa.Mention " + py::repr(py::str(v.text)).cast<std::string>() + " bytes " +
               std::to_string(v.span.start_byte) + ".." + std::to_string(v.span.end_byte) + ">";
      });
  py::class_<evidence_view>(m, "Evidence", "Why a relation was found: its sentence and trigger.")
      .def_readonly("sentence", &evidence_view::sentence, "The sentence's span")
      .def_readonly("trigger", &evidence_view::trigger, "The trigger's span (None when there is none)")
      .def_readonly("trigger_text", &evidence_view::trigger_text, "The trigger as written (\"\" when none)")
      .def_readonly("rule", &evidence_view::rule, "The rule that fired (with explain=True, else \"\")")
      .def_readonly("cues", &evidence_view::cues, "Lexicon entries that decided (with explain=True)");
  py::class_<jumpa::role>(m, "Role", "A role a person holds in the document (from the offices table or a title).")
      .def_readonly("id", &jumpa::role::id, "Role id: \"foreign_minister\"")
      .def_readonly("label", &jumpa::role::label, "\"foreign minister\"")
      .def_readonly("country", &jumpa::role::country, "ISO alpha-2 or \"\"")
      .def_readonly("org", &jumpa::role::org, "party:/org: id or \"\"")
      .def_readonly("from_text", &jumpa::role::from_text, "Read from a title in the text");
  py::class_<jumpa::status>(m, "Problem", "An input problem; the document is still usable.")
      .def_property_readonly("code", [](const jumpa::status& s) { return jumpa::to_string(s.code()); })
      .def_property_readonly("message", &jumpa::status::message)
      .def_property_readonly("byte", [](const jumpa::status& s) -> py::object {
        if (s.where().byte == jumpa::source_position::npos) return py::none();
        return py::int_(s.where().byte);
      }, "UTF-8 byte offset into the text, or None")
      .def("__str__", &jumpa::status::to_string);
}

void bind_entity(py::module_& m) {
  py::class_<entity_view>(m, "Entity", "A person, country, party, organisation or location of one document.")
      .def_property_readonly("id", [](const entity_view& v) { return v.get().id; }, "Document-local id: \"e1\"")
      .def_property_readonly("ref", [](const entity_view& v) { return v.get().ref; }, "Gazetteer id (\"\" for pattern entities)")
      .def_property_readonly("type", [](const entity_view& v) { return enum_value("EntityType", jumpa::to_string(v.get().type)); })
      .def_property_readonly("name", [](const entity_view& v) { return v.get().name; })
      .def_property_readonly("aliases", [](const entity_view& v) { return v.get().aliases; })
      .def_property_readonly("country", [](const entity_view& v) { return v.get().country; }, "ISO alpha-2 or \"\"")
      .def_property_readonly("kind", [](const entity_view& v) { return v.get().kind; }, "Organisation or location kind")
      .def_property_readonly("parent", [](const entity_view& v) { return v.get().parent; }, "Locations: containing place id")
      .def_property_readonly("source", [](const entity_view& v) { return enum_value("EntitySource", jumpa::to_string(v.get().source)); })
      .def_property_readonly("roles", [](const entity_view& v) { return v.get().roles; })
      .def_property_readonly("mentions", [](const entity_view& v) {
        std::vector<mention_view> out;
        for (const auto& mn : v.get().mentions)
          out.push_back(mention_view{span_of(*v.d, mn.begin, mn.end), mn.text, mn.sentence, mn.kind});
        return out;
      }, "Every mention, in text order")
      .def("__repr__", [](const entity_view& v) {
        return "<jumpa.Entity " + v.get().id + " " + jumpa::to_string(v.get().type) + " " +
               py::repr(py::str(v.get().name)).cast<std::string>() + ">";
      });
}

void bind_relation(py::module_& m) {
  using jumpa::relation_type;
  py::class_<relation_view>(m, "Relation", "A met, country_relation or affiliation relation of one document.")
      .def_property_readonly("type", [](const relation_view& v) { return enum_value("RelationType", jumpa::to_string(v.get().type)); })
      .def_property_readonly("args", [](const relation_view& v) {
        std::vector<std::string> ids;
        for (std::size_t a : v.get().args) ids.push_back(a < v.d->doc.entities.size() ? v.d->doc.entities[a].id : "?");
        return ids;
      }, "The arguments' document-local ids, as in JSON Lines")
      .def_property_readonly("entities", [](const relation_view& v) {
        py::list out;
        for (std::size_t a : v.get().args) out.append(entity_or_none(v.d, a));
        return out;
      }, "The argument entities")
      .def_property_readonly("kind", [](const relation_view& v) -> py::object {
        if (v.get().kind == jumpa::relation_kind::none) return py::none();
        return enum_value("RelationKind", jumpa::to_string(v.get().kind));
      }, "Meeting or country-relation kind; None for affiliations")
      .def_property_readonly("status", [](const relation_view& v) -> py::object {
        if (v.get().type != relation_type::met) return py::none();
        return enum_value("MeetingStatus", jumpa::to_string(v.get().status));
      }, "met: happened, planned, hoped or negated; else None")
      .def_property_readonly("date", [](const relation_view& v) { return date_or_none(v.get().when); },
                             "met: YYYY-MM-DD or --MM-DD, None when unknown")
      .def_property_readonly("place", [](const relation_view& v) { return entity_or_none(v.d, v.get().place); },
                             "met: the location entity, or None")
      .def_property_readonly("role", [](const relation_view& v) -> py::object {
        if (v.get().type != relation_type::affiliation) return py::none();
        return py::str(v.get().role);
      }, "affiliation: the role id; else None")
      .def_property_readonly("evidence", [](const relation_view& v) {
        const jumpa::evidence& ev = v.get().ev;
        evidence_view out{span_of(*v.d, ev.begin, ev.end), std::nullopt, ev.trigger, ev.rule, ev.cues};
        if (!ev.trigger.empty()) out.trigger = span_of(*v.d, ev.trigger_begin, ev.trigger_end);
        return out;
      })
      .def("__repr__", [](const relation_view& v) {
        const auto& r = v.get();
        std::string s = std::string("<jumpa.Relation ") + jumpa::to_string(r.type);
        if (r.kind != jumpa::relation_kind::none) s += std::string(" ") + jumpa::to_string(r.kind);
        for (std::size_t a : r.args)
          s += " " + (a < v.d->doc.entities.size() ? py::repr(py::str(v.d->doc.entities[a].name)).cast<std::string>() : "?");
        return s + ">";
      });
}

void bind_document_class(py::module_& m) {
  py::class_<document_view>(m, "Document", "What extraction found in one text (a read-only value).")
      .def_property_readonly("id", [](const document_view& v) { return v.d->doc.id; })
      .def_property_readonly("lang", [](const document_view& v) { return v.d->doc.lang; }, "The lexicon language used")
      .def_property_readonly("published", [](const document_view& v) { return date_or_none(v.d->doc.published); },
                             "Publication date (given, or found in the text), None when unknown")
      .def_property_readonly("entities", [](const document_view& v) {
        std::vector<entity_view> out;
        for (std::size_t i = 0; i < v.d->doc.entities.size(); ++i) out.push_back({v.d, i});
        return out;
      }, "In order of first mention")
      .def_property_readonly("relations", [](const document_view& v) {
        std::vector<relation_view> out;
        for (std::size_t i = 0; i < v.d->doc.relations.size(); ++i) out.push_back({v.d, i});
        return out;
      })
      .def_property_readonly("problems", [](const document_view& v) { return v.d->doc.problems; })
      .def_property_readonly("has_text_indices", [](const document_view& v) { return v.d->chars.known(); },
                             "False for documents read from JSON Lines: str indices are None, byte offsets are set")
      .def("to_jsonl", [](const document_view& v) {
        jumpa::jsonl_options o;
        o.explain = true;  // rule and cues are written only when extraction filled them
        return jumpa::to_jsonl(v.d->doc, o);
      }, "The JSON Lines line jumpa-extract writes for this document (with its newline)")
      .def_static("from_jsonl", [](std::string_view line, std::size_t line_number) {
        return document_view{hold(take(jumpa::read_jsonl_document(line, line_number)))};
      }, py::arg("line"), py::arg("line_number") = 0,
         "Reads one line written by to_jsonl() or jumpa-extract; raises jumpa.Error naming the line")
      .def("__repr__", [](const document_view& v) { return repr_of(v.d->doc); });
}

}  // namespace

doc_ptr hold(jumpa::document&& doc, std::string_view text) {
  auto h = std::make_shared<doc_holder>();
  h->chars = char_offsets(text, offsets_of(doc));
  h->doc = std::move(doc);
  return h;
}

doc_ptr hold(jumpa::document&& doc) {
  auto h = std::make_shared<doc_holder>();
  h->doc = std::move(doc);
  return h;
}

py::object to_python(doc_ptr d) { return py::cast(document_view{std::move(d)}); }
doc_ptr holder_of(const py::handle& h) { return h.cast<const document_view&>().d; }

void bind_document(py::module_& m) {
  bind_parts(m);
  bind_entity(m);
  bind_relation(m);
  bind_document_class(m);
}

}  // namespace jumpa_py

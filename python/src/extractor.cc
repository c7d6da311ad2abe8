// jumpa.Extractor: a compiled extractor (jumpa/extractor.h), one document at a
// time or many on C++ threads (jumpa/batch.h) with the GIL released.
#include <pybind11/stl.h>

#include "bindings.h"

namespace jumpa_py {
namespace {

// "auto" compiles every language of the gazetteer and detects each text's.
jumpa::result<jumpa::extractor> create(const jumpa::gazetteer& g, const jumpa::extractor_options& o) {
  return jumpa::extractor::create(g, o);
}

jumpa::match_engine engine_of(const std::string& name) {
  if (name == "literal") return jumpa::match_engine::literal;
  if (name == "re2") return jumpa::match_engine::re2;
  throw py::value_error("engine: expected \"literal\" or \"re2\", got \"" + name + "\"");
}

struct py_extractor {
  jumpa::extractor ex;
  std::string lang;  // as asked for ("auto" included)
};

py_extractor make(const py::object& gazetteers, bool builtin, const std::string& lang, const std::string& engine,
                  const py::object& gazetteer) {
  jumpa::extractor_options o;
  o.lang = lang;
  o.matcher.engine = engine_of(engine);
  if (!gazetteer.is_none()) {
    if (!gazetteers.is_none() && py::len(gazetteers) != 0)
      throw py::value_error("give either gazetteer= (a loaded Gazetteer) or gazetteers= (folders), not both");
    return py_extractor{take(create(gazetteer_of(gazetteer), o)), lang};
  }
  std::vector<std::filesystem::path> dirs = gazetteers.is_none() ? std::vector<std::filesystem::path>{} : to_paths(gazetteers);
  if (dirs.empty() && builtin) return py_extractor{take(create(jumpa::gazetteer::builtin(), o)), lang};
  jumpa::gazetteer g = take(jumpa::gazetteer::load(dirs, builtin));
  return py_extractor{take(create(g, o)), lang};
}

jumpa::extract_options options_of(const py::object& id, const py::object& published, bool explain,
                                  const py::object& lang = py::none()) {
  jumpa::extract_options o;
  if (!id.is_none()) o.id = py::str(id).cast<std::string>();
  if (!lang.is_none()) o.lang = py::str(lang).cast<std::string>();
  o.published = to_date(published, "published");
  o.explain = explain;
  return o;
}

// A str (its UTF-8) or bytes (as they are: invalid UTF-8 is reported, not fatal).
std::string text_of(const py::handle& text, bool& is_str) {
  is_str = py::isinstance<py::str>(text);
  if (!is_str && !py::isinstance<py::bytes>(text)) throw py::type_error("text: expected a str or bytes");
  return text.cast<std::string>();
}

// Documents of str inputs map spans to str indices; of bytes inputs, only to bytes.
doc_ptr held(jumpa::document&& doc, const std::string& text, bool is_str) {
  return is_str ? hold(std::move(doc), text) : hold(std::move(doc));
}

py::object extract_one(const py_extractor& self, const py::object& input, const py::object& id,
                       const py::object& published, bool explain, const py::object& lang) {
  bool is_str = true;
  const std::string text = text_of(input, is_str);
  jumpa::extract_options o = options_of(id, published, explain, lang);
  jumpa::document doc;
  {
    py::gil_scoped_release unlocked;
    doc = self.ex.extract(text, o);
  }
  return to_python(held(std::move(doc), text, is_str));
}

// One chunk of extract_many: `items` are (text, id, published) tuples.
py::list extract_chunk(const py_extractor& self, const py::list& items, unsigned jobs, bool explain) {
  std::vector<std::pair<std::string, jumpa::extract_options>> inputs;
  std::vector<char> is_str(items.size(), 1);
  inputs.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto t = items[i].cast<py::tuple>();
    bool s = true;
    std::string text = text_of(t[0], s);
    is_str[i] = s;
    inputs.emplace_back(std::move(text), options_of(t[1], t[2], explain));
  }
  std::vector<doc_ptr> docs(inputs.size());
  {
    py::gil_scoped_release unlocked;
    jumpa::batch_options bo;
    bo.jobs = jobs;
    std::size_t next = 0;
    auto source = [&](jumpa::batch_item& w) {
      if (next == inputs.size()) return false;
      w.text = std::move(inputs[next].first);
      w.options = inputs[next].second;
      ++next;
      return true;
    };
    auto sink = [&](jumpa::batch_item& w) {
      docs[w.index] = held(std::move(w.doc), w.text, is_str[w.index] != 0);
      return true;
    };
    jumpa::run_ordered(self.ex, bo, source, nullptr, sink);
  }
  py::list out;
  for (auto& d : docs) out.append(to_python(std::move(d)));
  return out;
}

}  // namespace

void bind_extractor(py::module_& m) {
  py::class_<py_extractor>(m, "Extractor",
                           "A compiled extractor: build once, extract any number of texts (from any number of threads).")
      .def(py::init(&make), py::arg("gazetteers") = py::none(), py::arg("builtin") = true, py::arg("lang") = "auto",
           py::arg("engine") = "literal", py::arg("gazetteer") = py::none(),
           "Compiles the builtin gazetteer plus the folders in `gazetteers` (builtin=False: only those), or a loaded "
           "`gazetteer`. lang: the lexicon language (\"auto\", the default: every language folder, each text's detected from its function words). engine: "
           "\"literal\" or \"re2\". Raises jumpa.Error naming file:line:column when a folder is malformed.")
      .def("extract", &extract_one, py::arg("text"), py::arg("id") = py::none(), py::arg("published") = py::none(),
           py::arg("explain") = false, py::arg("lang") = py::none(),
           "Extracts one text, a str or UTF-8 bytes (the GIL is released meanwhile; bytes give no str indices). published: None (find it in the text), "
           "\"YYYY-MM-DD\" or a datetime.date. explain: fill evidence.rule and evidence.cues. lang: the text's language "
           "(\"id\", \"en\"); None = the extractor's, detected for \"auto\"; the document's .lang tells which was used.")
      .def("_extract_chunk", &extract_chunk, py::arg("items"), py::arg("jobs"), py::arg("explain"))
      .def_property_readonly("lang", [](const py_extractor& self) { return self.lang; })
      .def_property_readonly("engine", [](const py_extractor& self) {
        return self.ex.options().matcher.engine == jumpa::match_engine::re2 ? "re2" : "literal";
      });
}

}  // namespace jumpa_py

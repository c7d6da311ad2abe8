// jumpa-extract: who met whom, from files, folders or standard input.
//
//   jumpa-extract [options] [PATH...]      PATH: a .txt file or a folder (searched recursively for *.txt);
//                                          none or "-" reads standard input
// Exit status: 0 all inputs processed, 1 some input failed (reported on
// stderr, the others still written), 2 usage error.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "jumpa/jumpa.h"

namespace fs = std::filesystem;

namespace {

struct options {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string output;
  std::vector<std::string> gazetteers;
  bool no_builtin = false;
  bool check_gazetteer = false;
  std::string published;
  std::string lang = "id";
  bool explain = false;
  std::string engine = "literal";
};

struct input_doc {
  std::string id;
  std::string text;
};

// Expands paths: files as given, folders recursively (*.txt, sorted).
bool collect(const std::vector<std::string>& paths, std::vector<std::string>& files, int& failures) {
  bool ok = true;
  for (const auto& p : paths) {
    if (p == "-") {
      files.push_back("-");
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        std::error_code fe;
        if (it->is_regular_file(fe) && it->path().extension() == ".txt") found.push_back(it->path().string());
      }
      if (ec) {
        std::cerr << "jumpa-extract: " << p << ": " << ec.message() << "\n";
        ++failures;
        ok = false;
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      std::cerr << "jumpa-extract: " << p << ": no such file or folder\n";
      ++failures;
      ok = false;
    }
  }
  return ok;
}

bool read_input(const std::string& path, input_doc& doc) {
  doc.id = path == "-" ? "stdin" : path;
  std::ostringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "jumpa-extract: " << path << ": cannot read\n";
      return false;
    }
    ss << in.rdbuf();
    if (in.bad()) {
      std::cerr << "jumpa-extract: " << path << ": read error\n";
      return false;
    }
  }
  doc.text = ss.str();
  return true;
}

int check_gazetteer(const options& o) {
  std::vector<fs::path> dirs(o.gazetteers.begin(), o.gazetteers.end());
  for (const auto& i : o.inputs) dirs.emplace_back(i);
  jumpa::gazetteer_report rep = jumpa::gazetteer::check(dirs, !o.no_builtin);
  nlohmann::ordered_json j;
  j["valid"] = rep.ok();
  j["entities"] = rep.entities_by_type;
  j["offices"] = rep.offices;
  j["roles"] = rep.roles;
  j["lexicon_entries"] = rep.lexicon_entries;
  nlohmann::ordered_json probs = nlohmann::ordered_json::array();
  for (const auto& p : rep.problems) {
    nlohmann::ordered_json q;
    q["file"] = p.where().file;
    q["line"] = p.where().line;
    q["column"] = p.where().column;
    q["code"] = jumpa::to_string(p.code());
    q["message"] = p.message();
    q["text"] = p.to_string();
    probs.push_back(std::move(q));
  }
  j["problems"] = std::move(probs);
  nlohmann::ordered_json amb = nlohmann::ordered_json::array();
  for (const auto& a : rep.ambiguities) amb.push_back({{"form", a.form}, {"ids", a.ids}, {"reason", a.reason}});
  j["ambiguities"] = std::move(amb);
  std::cout << j.dump(2) << "\n";
  return rep.ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  CLI::App app{"jumpa-extract: who met whom in news articles (JSON Lines or a Graphviz graph)"};
  app.set_version_flag("--version", std::string("jumpa-extract ") + JUMPA_VERSION);
  app.add_option("inputs", o.inputs, "Files, folders (searched for *.txt) or - for standard input");
  app.add_option("--format,-f", o.format, "Output format: jsonl (one object per document) or dot")
      ->check(CLI::IsMember({"jsonl", "dot"}));
  app.add_option("--output,-o", o.output, "Write to FILE instead of standard output");
  app.add_option("--gazetteer,-g", o.gazetteers, "Gazetteer folder added on top of the builtin one (repeatable)");
  app.add_flag("--no-builtin", o.no_builtin, "Do not load the builtin gazetteer");
  app.add_flag("--check-gazetteer", o.check_gazetteer,
               "Validate the gazetteer (builtin + --gazetteer + PATH folders), print a JSON report");
  app.add_option("--published", o.published, "Publication date YYYY-MM-DD for every input");
  app.add_option("--lang", o.lang, "Lexicon language (default id)");
  app.add_flag("--explain", o.explain, "Add the rule and lexicon cues behind every relation");
  app.add_option("--engine", o.engine, "Alias matcher: literal (default) or re2")
      ->check(CLI::IsMember({"literal", "re2"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return e.get_exit_code() == 0 ? rc : 2;
  }

  if (o.check_gazetteer) return check_gazetteer(o);

  jumpa::date published;
  if (!o.published.empty()) {
    auto d = jumpa::date::parse(o.published);
    if (!d) {
      std::cerr << "jumpa-extract: --published: not a date: " << o.published << "\n";
      return 2;
    }
    published = *d;
  }

  std::vector<fs::path> dirs(o.gazetteers.begin(), o.gazetteers.end());
  auto gaz = (dirs.empty() && !o.no_builtin) ? jumpa::result<jumpa::gazetteer>(jumpa::gazetteer::builtin())
                                             : jumpa::gazetteer::load(dirs, !o.no_builtin);
  if (!gaz) {
    std::cerr << "jumpa-extract: gazetteer: " << gaz.error().to_string() << "\n";
    return 2;
  }
  jumpa::extractor_options xo;
  xo.lang = o.lang;
  xo.matcher.engine = o.engine == "re2" ? jumpa::match_engine::re2 : jumpa::match_engine::literal;
  auto ex = jumpa::extractor::create(*gaz, xo);
  if (!ex) {
    std::cerr << "jumpa-extract: " << ex.error().to_string() << "\n";
    return 2;
  }

  int failures = 0;
  std::vector<std::string> files;
  if (o.inputs.empty()) o.inputs.push_back("-");
  collect(o.inputs, files, failures);

  std::ofstream file_out;
  std::ostream* out = &std::cout;
  if (!o.output.empty()) {
    file_out.open(o.output, std::ios::binary);
    if (!file_out) {
      std::cerr << "jumpa-extract: " << o.output << ": cannot write\n";
      return 2;
    }
    out = &file_out;
  }

  jumpa::relation_graph graph;
  jumpa::jsonl_options jo;
  jo.explain = o.explain;
  for (const auto& f : files) {
    input_doc in;
    if (!read_input(f, in)) {
      ++failures;
      continue;
    }
    jumpa::extract_options eo;
    eo.id = in.id;
    eo.published = published;
    eo.explain = o.explain;
    jumpa::document doc = ex->extract(in.text, eo);
    for (const auto& p : doc.problems) std::cerr << "jumpa-extract: " << in.id << ": " << p.to_string() << "\n";
    if (o.format == "jsonl") {
      jumpa::write_jsonl(*out, doc, jo);
      out->flush();
    } else {
      graph.add(doc);
    }
  }
  if (o.format == "dot") jumpa::write_dot(*out, graph);
  out->flush();
  if (!*out) {
    std::cerr << "jumpa-extract: write error\n";
    return 1;
  }
  return failures ? 1 : 0;
}

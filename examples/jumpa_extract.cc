// jumpa-extract: who met whom, from files, folders, JSON Lines or standard input.
//
//   jumpa-extract [options] [PATH...]
// PATH: a .txt file, a folder (searched recursively for *.txt), a JSON Lines
// file with --input-format jsonl, or "-" / nothing for standard input.
// Exit status: 0 all inputs processed, 1 some input failed (each failure on
// stderr with its path or line; everything else still written), 2 usage error.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "jumpa/jumpa.h"

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace {

struct options {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string input_format = "text";
  std::string output;
  std::string graph_file;
  std::vector<std::string> gazetteers;
  bool no_builtin = false;
  bool check_gazetteer = false;
  bool merge = false;
  std::string published;
  std::string lang = "id";
  bool explain = false;
  std::string engine = "literal";
  std::string focus;
  std::size_t depth = 1;
  std::string from, to;
  unsigned jobs = 1;
  bool quiet = false;
  std::string render;
  bool cluster = false;
};

// One unit of work: a text with its id, or an input error to report in place.
struct work_item {
  std::string id;
  std::string text;
  jumpa::date published;
  std::string error;  // non-empty: nothing to extract, report this
  std::string output;  // the JSONL line produced
  jumpa::document doc;
};

int failures = 0;

void fail(const std::string& msg) {
  std::cerr << "jumpa-extract: " << msg << "\n";
  ++failures;
}

// Expands paths: files as given, folders recursively (*.txt, sorted).
std::vector<std::string> collect(const std::vector<std::string>& paths, bool folders_allowed) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    if (p == "-") {
      files.push_back("-");
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      if (!folders_allowed) {
        fail(p + ": is a folder");
        continue;
      }
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        std::error_code fe;
        if (it->is_regular_file(fe) && it->path().extension() == ".txt") found.push_back(it->path().string());
      }
      if (ec) fail(p + ": " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      fail(p + ": no such file or folder");
    }
  }
  return files;
}

bool read_all(const std::string& path, std::string& out) {
  std::ostringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    ss << in.rdbuf();
    if (in.bad()) return false;
  }
  out = ss.str();
  return true;
}

// Streams work items from the inputs in order, `batch` at a time.
class source {
 public:
  source(const options& o, const jumpa::date& published) : o_(o), published_(published) {
    files_ = collect(o.inputs, o.input_format == "text");
  }

  // Fills up to `max` items; false when everything has been read.
  bool next(std::vector<work_item>& out, std::size_t max) {
    out.clear();
    while (out.size() < max) {
      if (lines_) {
        std::string line;
        if (std::getline(*lines_, line)) {
          ++line_no_;
          if (!line.empty() && line.back() == '\r') line.pop_back();
          if (line.find_first_not_of(" \t") == std::string::npos) continue;
          out.push_back(parse_line(line));
          continue;
        }
        lines_.reset();
      }
      if (next_file_ >= files_.size()) break;
      const std::string& f = files_[next_file_++];
      bytes_total_ += file_size(f);
      if (o_.input_format == "jsonl") {
        line_no_ = 0;
        current_ = f == "-" ? "stdin" : f;
        if (f == "-") {
          lines_ = std::unique_ptr<std::istream, void (*)(std::istream*)>(&std::cin, [](std::istream*) {});
        } else {
          auto* in = new std::ifstream(f, std::ios::binary);
          if (!*in) {
            delete in;
            fail(f + ": cannot read");
            continue;
          }
          lines_ = std::unique_ptr<std::istream, void (*)(std::istream*)>(in, [](std::istream* p) { delete p; });
        }
        continue;
      }
      work_item w;
      w.id = f == "-" ? "stdin" : f;
      w.published = published_;
      if (!read_all(f, w.text)) {
        fail(f + ": cannot read");
        continue;
      }
      out.push_back(std::move(w));
    }
    return !out.empty();
  }

  std::size_t files() const { return files_.size(); }
  std::size_t files_done() const { return next_file_; }
  std::uintmax_t bytes_total() const { return bytes_total_; }

 private:
  static std::uintmax_t file_size(const std::string& f) {
    std::error_code ec;
    auto n = f == "-" ? 0 : fs::file_size(f, ec);
    return ec ? 0 : n;
  }

  work_item parse_line(const std::string& line) {
    work_item w;
    std::string where = current_ + ":" + std::to_string(line_no_);
    json j;
    try {
      j = json::parse(line);
    } catch (const json::parse_error& e) {
      w.error = where + ": not JSON (byte " + std::to_string(e.byte) + ")";
      return w;
    } catch (const json::exception& e) {  // a number out of range
      w.error = where + ": not JSON (" + e.what() + ")";
      return w;
    }
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      w.error = where + ": expected an object with a string \"text\"";
      return w;
    }
    w.text = j["text"].get<std::string>();
    if (j.contains("id") && (j["id"].is_string() || j["id"].is_number()))
      w.id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    else
      w.id = where;
    w.published = published_;
    if (j.contains("published") && j["published"].is_string() && !j["published"].get<std::string>().empty()) {
      std::string p = j["published"].get<std::string>();
      if (p.size() > 10) p = p.substr(0, 10);  // accept timestamps
      auto d = jumpa::date::parse(p);
      if (!d) {
        w.error = where + ": bad \"published\" date";
        return w;
      }
      w.published = *d;
    }
    return w;
  }

  const options& o_;
  jumpa::date published_;
  std::vector<std::string> files_;
  std::size_t next_file_ = 0;
  std::unique_ptr<std::istream, void (*)(std::istream*)> lines_{nullptr, [](std::istream*) {}};
  std::string current_;
  std::size_t line_no_ = 0;
  std::uintmax_t bytes_total_ = 0;
};

// Progress on stderr when it is a terminal: documents, MB/s, ETA.
class progress {
 public:
  explicit progress(bool on) : on_(on && isatty(STDERR_FILENO)), start_(clock::now()) {}
  void update(std::size_t docs, std::uintmax_t bytes, std::size_t files_done, std::size_t files) {
    if (!on_) return;
    auto now = clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbs = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
    std::string eta = "?";
    if (files_done > 0 && files > files_done) {
      double left = secs / static_cast<double>(files_done) * static_cast<double>(files - files_done);
      eta = std::to_string(static_cast<long>(left)) + "s";
    } else if (files_done >= files) {
      eta = "0s";
    }
    std::fprintf(stderr, "\r%zu documents, %.1f MB/s, file %zu/%zu, ETA %s   ", docs, mbs, files_done, files,
                 eta.c_str());
    shown_ = true;
  }
  void done() {
    if (shown_) std::fprintf(stderr, "\n");
  }

 private:
  using clock = std::chrono::steady_clock;
  bool on_;
  bool shown_ = false;
  clock::time_point start_, last_;
};

int check_gazetteer(const options& o) {
  std::vector<fs::path> dirs(o.gazetteers.begin(), o.gazetteers.end());
  for (const auto& i : o.inputs) dirs.emplace_back(i);
  jumpa::gazetteer_report rep = jumpa::gazetteer::check(dirs, !o.no_builtin);
  json j;
  j["valid"] = rep.ok();
  j["entities"] = rep.entities_by_type;
  j["offices"] = rep.offices;
  j["roles"] = rep.roles;
  j["lexicon_entries"] = rep.lexicon_entries;
  json probs = json::array();
  for (const auto& p : rep.problems) {
    json q;
    q["file"] = p.where().file;
    q["line"] = p.where().line;
    q["column"] = p.where().column;
    q["code"] = jumpa::to_string(p.code());
    q["message"] = p.message();
    q["text"] = p.to_string();
    probs.push_back(std::move(q));
  }
  j["problems"] = std::move(probs);
  json amb = json::array();
  for (const auto& a : rep.ambiguities) amb.push_back({{"form", a.form}, {"ids", a.ids}, {"reason", a.reason}});
  j["ambiguities"] = std::move(amb);
  std::cout << j.dump(2) << "\n";
  return rep.ok() ? 0 : 1;
}

bool graph_format(const std::string& f) { return f == "dot" || f == "graphml" || f == "summary"; }

// Writes the (focused, filtered) graph in `format`.
bool write_graph(std::ostream& out, const jumpa::relation_graph& g, const std::string& format, const options& o,
                 const jumpa::graph_filter& filter) {
  jumpa::relation_graph view = g;
  bool filtering = !filter.from.empty() || !filter.to.empty();
  if (!o.focus.empty()) {
    auto ids = g.find(o.focus);
    if (ids.empty()) {
      std::cerr << "jumpa-extract: --focus: no entity named '" << o.focus << "' in the graph\n";
      return false;
    }
    jumpa::relation_graph merged;
    for (const auto& id : ids) merged.merge(g.ego(id, o.depth, filter));
    view = std::move(merged);
  } else if (filtering) {
    view = g.filtered(filter);
  }
  jumpa::status s;
  if (format == "dot") {
    jumpa::dot_options d;
    d.cluster_by_country = o.cluster;
    s = jumpa::write_dot(out, view, d);
  } else if (format == "graphml") {
    s = jumpa::write_graphml(out, view);
  } else {
    s = jumpa::write_summary(out, view);
  }
  if (!s.ok()) std::cerr << "jumpa-extract: " << s.to_string() << "\n";
  return s.ok();
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  CLI::App app{"jumpa-extract: who met whom in news articles (JSON Lines, DOT, GraphML or a JSON summary)"};
  app.set_version_flag("--version", std::string("jumpa-extract ") + JUMPA_VERSION);
  app.add_option("inputs", o.inputs, "Files, folders (searched for *.txt), JSONL files, or - for standard input");
  app.add_option("--format,-f", o.format,
                 "Output: jsonl (one object per document, default), dot, graphml or summary (merged graph)")
      ->check(CLI::IsMember({"jsonl", "dot", "graphml", "summary"}));
  app.add_option("--input-format", o.input_format,
                 "text (default) or jsonl: one {\"id\", \"text\", \"published\"} object per line")
      ->check(CLI::IsMember({"text", "jsonl"}));
  app.add_option("--output,-o", o.output, "Write to FILE instead of standard output");
  app.add_option("--graph", o.graph_file, "Also write the merged graph to FILE (format from its extension: .dot, .graphml, .json)");
  app.add_flag("--merge", o.merge, "Inputs are jsonl results (shards) to merge into one graph");
  app.add_option("--gazetteer,-g", o.gazetteers, "Gazetteer folder added on top of the builtin one (repeatable)");
  app.add_flag("--no-builtin", o.no_builtin, "Do not load the builtin gazetteer");
  app.add_flag("--check-gazetteer", o.check_gazetteer,
               "Validate the gazetteer (builtin + --gazetteer + PATH folders) and print a JSON report");
  app.add_option("--published", o.published, "Publication date YYYY-MM-DD for inputs that give none");
  app.add_option("--lang", o.lang, "Lexicon language (default id)");
  app.add_flag("--explain", o.explain, "Add the rule and lexicon cues behind every relation");
  app.add_option("--engine", o.engine, "Alias matcher: literal (default) or re2")->check(CLI::IsMember({"literal", "re2"}));
  app.add_option("--focus", o.focus, "Graph output: only the neighbourhood of this entity (name or id)");
  app.add_option("--depth", o.depth, "With --focus: how many edges away (default 1)");
  app.add_option("--from", o.from, "Graph output: meetings on or after YYYY-MM-DD");
  app.add_option("--to", o.to, "Graph output: meetings on or before YYYY-MM-DD");
  app.add_option("--jobs,-j", o.jobs, "Threads (default 1; output is identical for any number)")
      ->check(CLI::Range(1u, 256u));
  app.add_flag("--quiet,-q", o.quiet, "No progress display");
  app.add_option("--render", o.render, "With -o FILE.dot: also render FILE.svg or FILE.png with Graphviz")
      ->check(CLI::IsMember({"svg", "png"}));
  app.add_flag("--cluster", o.cluster, "DOT output: cluster persons by country");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return e.get_exit_code() == 0 ? rc : 2;
  }

  if (o.check_gazetteer) return check_gazetteer(o);

  auto parse_date = [](const std::string& s, const char* what, jumpa::date& out) {
    if (s.empty()) return true;
    auto d = jumpa::date::parse(s);
    if (!d) {
      std::cerr << "jumpa-extract: " << what << ": not a date: " << s << "\n";
      return false;
    }
    out = *d;
    return true;
  };
  jumpa::date published;
  jumpa::graph_filter filter;
  if (!parse_date(o.published, "--published", published) || !parse_date(o.from, "--from", filter.from) ||
      !parse_date(o.to, "--to", filter.to))
    return 2;
  if (!o.render.empty() && (o.output.empty() || o.format != "dot")) {
    std::cerr << "jumpa-extract: --render needs --format dot and -o FILE\n";
    return 2;
  }
  if (o.merge && o.format == "jsonl" && o.graph_file.empty()) {
    std::cerr << "jumpa-extract: --merge needs a graph format (--format dot|graphml|summary) or --graph\n";
    return 2;
  }

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
  if (o.inputs.empty()) o.inputs.push_back("-");

  jumpa::relation_graph graph;
  bool want_graph = graph_format(o.format) || !o.graph_file.empty();

  if (o.merge) {
    for (const auto& f : collect(o.inputs, false)) {
      std::string text;
      if (!read_all(f, text)) {
        fail(f + ": cannot read");
        continue;
      }
      std::istringstream lines(text);
      std::string line;
      std::size_t n = 0;
      while (std::getline(lines, line)) {
        ++n;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto doc = jumpa::read_jsonl_document(line, n);
        if (!doc) {
          fail((f == "-" ? std::string("stdin") : f) + ":" + std::to_string(n) + ": " + doc.error().message());
          continue;
        }
        graph.add(*doc);
      }
    }
  } else {
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
    jumpa::jsonl_options jo;
    jo.explain = o.explain;
    source src(o, published);
    progress prog(!o.quiet);
    std::vector<work_item> batch;
    std::size_t docs = 0;
    std::uintmax_t bytes = 0;
    const std::size_t batch_size = 64 * o.jobs;
    while (src.next(batch, batch_size)) {
      // Extract in parallel; write in input order, so output is the same for any --jobs.
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i = next++; i < batch.size(); i = next++) {
          work_item& w = batch[i];
          if (!w.error.empty()) continue;
          jumpa::extract_options eo;
          eo.id = w.id;
          eo.published = w.published;
          eo.explain = o.explain;
          w.doc = ex->extract(w.text, eo);
          if (o.format == "jsonl") w.output = jumpa::to_jsonl(w.doc, jo);
        }
      };
      std::vector<std::thread> pool;
      for (unsigned t = 1; t < o.jobs && t < batch.size(); ++t) pool.emplace_back(work);
      work();
      for (auto& t : pool) t.join();
      for (auto& w : batch) {
        if (!w.error.empty()) {
          fail(w.error);
          if (o.format == "jsonl") *out << json{{"error", w.error}}.dump() << "\n";
          continue;
        }
        for (const auto& p : w.doc.problems) std::cerr << "jumpa-extract: " << w.id << ": " << p.to_string() << "\n";
        if (o.format == "jsonl") *out << w.output;
        if (want_graph) graph.add(w.doc);
        ++docs;
        bytes += w.text.size();
      }
      out->flush();
      prog.update(docs, bytes, src.files_done(), src.files());
    }
    prog.done();
  }

  if (graph_format(o.format) && !write_graph(*out, graph, o.format, o, filter)) return 1;
  out->flush();
  if (!*out) {
    std::cerr << "jumpa-extract: write error\n";
    return 1;
  }
  if (!o.graph_file.empty()) {
    std::string ext = fs::path(o.graph_file).extension().string();
    std::string format = ext == ".graphml" ? "graphml" : ext == ".json" ? "summary" : "dot";
    std::ofstream g(o.graph_file, std::ios::binary);
    if (!g || !write_graph(g, graph, format, o, filter)) {
      std::cerr << "jumpa-extract: " << o.graph_file << ": cannot write\n";
      return 1;
    }
  }
  if (!o.render.empty()) {
    file_out.close();
    fs::path target = fs::path(o.output).replace_extension("." + o.render);
    jumpa::status s = jumpa::render_graphviz(o.output, target, o.render);
    if (!s.ok()) {
      std::cerr << "jumpa-extract: --render: " << s.to_string() << "\n";
      return 1;
    }
  }
  return failures ? 1 : 0;
}

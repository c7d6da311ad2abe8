// jumpa-extract: who met whom, from files, folders, JSON Lines or standard input.
//
//   jumpa-extract [options] [PATH...]
// PATH: a .txt file, a folder (searched recursively for *.txt), a JSON Lines
// file with --input-format jsonl, or "-" / nothing for standard input.
// Exit status: 0 all inputs processed, 1 some input failed (each failure on
// stderr with its path or line; everything else still written) or an output
// could not be written, 2 usage error, 128+N stopped by signal N (SIGTERM,
// SIGINT) after the line being written.
#include <csignal>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli.h"
#include "output_file.h"

namespace fs = std::filesystem;

namespace {

volatile std::sig_atomic_t stop_signal = 0;

extern "C" void on_stop_signal(int sig) { stop_signal = sig; }

// SIGTERM and SIGINT set a flag (no SA_RESTART, so that blocking reads return).
void catch_stop_signals() {
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
}

void define(CLI::App& app, cli::options& o) {
  app.set_version_flag("--version",
                       std::string("jumpa-extract ") + jumpa::version() + " (allocator: " + cli::allocator_name() + ")");
  app.add_option("inputs", o.inputs, "Files, folders (searched for *.txt), JSONL files, or - for standard input");
  app.add_option("--format,-f", o.format,
                 "Output: jsonl (one object per document, default), dot, graphml or summary (merged graph)")
      ->check(CLI::IsMember({"jsonl", "dot", "graphml", "summary"}));
  app.add_option("--input-format", o.input_format,
                 "text or jsonl (one {\"id\", \"text\", \"published\", \"lang\"} object per line); default: jsonl for "
                 "*.jsonl and *.ndjson files, text otherwise")
      ->check(CLI::IsMember({"text", "jsonl"}));
  app.add_option("--output,-o", o.output, "Write to FILE instead of standard output");
  app.add_option("--graph", o.graph_file, "Also write the merged graph to FILE (format from its extension: .dot, .graphml, .json)");
  app.add_flag("--merge", o.merge, "Inputs are jsonl results (shards) to merge into one graph");
  app.add_option("--gazetteer,-g", o.gazetteers, "Gazetteer folder added on top of the builtin one (repeatable)")
      ->expected(1)
      ->allow_extra_args(false);  // -g DIR file.txt: file.txt is an input
  app.add_flag("--no-builtin", o.no_builtin, "Do not load the builtin gazetteer");
  app.add_flag("--check-gazetteer", o.check_gazetteer,
               "Validate the gazetteer (builtin + --gazetteer + PATH folders) and print a JSON report");
  app.add_option("--published", o.published, "Publication date YYYY-MM-DD for inputs that give none");
  app.add_option("--lang", o.lang,
                 "Lexicon language: a gazetteer language folder (id, en) or auto (default: each document's "
                 "language from its function words, or from its JSONL \"lang\")");
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
}

bool parse_date(const std::string& s, const char* what, jumpa::date& out) {
  if (s.empty()) return true;
  auto d = jumpa::date::parse(s);
  if (!d) {
    std::cerr << "jumpa-extract: " << what << ": not a date: " << s << "\n";
    return false;
  }
  out = *d;
  return true;
}

// The extractor of the options' gazetteer folders and language; exit status 2 on failure.
jumpa::result<jumpa::extractor> make_extractor(const cli::options& o) {
  std::vector<fs::path> dirs(o.gazetteers.begin(), o.gazetteers.end());
  // The builtin gazetteer is used where it is (copying it was 5 % of start-up).
  const bool builtin_only = dirs.empty() && !o.no_builtin;
  jumpa::result<jumpa::gazetteer> loaded =
      builtin_only ? jumpa::result<jumpa::gazetteer>(jumpa::gazetteer()) : jumpa::gazetteer::load(dirs, !o.no_builtin);
  if (!loaded) return jumpa::status(loaded.error().code(), "gazetteer: " + loaded.error().to_string());
  const jumpa::gazetteer* gaz = builtin_only ? &jumpa::gazetteer::builtin() : &*loaded;
  if (o.lang != "auto" && !gaz->language(o.lang))
    return jumpa::status(jumpa::errc::invalid_argument, "--lang " + o.lang + ": the gazetteer has no such language folder");
  jumpa::extractor_options xo;  // every language; --lang is each document's default (see inputs.cc)
  xo.matcher.engine = o.engine == "re2" ? jumpa::match_engine::re2 : jumpa::match_engine::literal;
  // A loaded gazetteer is handed over, not copied (it is not needed again).
  return builtin_only ? jumpa::extractor::create(*gaz, xo) : jumpa::extractor::create(std::move(*loaded), xo);
}

// The graph format of a --graph file from its extension; "" when unknown.
std::string graph_file_format(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ext == ".dot" || ext == ".gv" ? "dot" : ext == ".graphml" ? "graphml" : ext == ".json" ? "summary" : "";
}

// The merged graph to the graph file named by --graph.
bool write_graph_file(const cli::options& o, const jumpa::relation_graph& graph, const jumpa::graph_filter& filter) {
  cli::output_file g;
  bool ok = g.open(o.graph_file) && cli::write_graph(g.stream(), graph, graph_file_format(o.graph_file), o, filter) &&
            g.commit();
  if (!ok) std::cerr << "jumpa-extract: " << (g.ok() ? o.graph_file + ": cannot write" : g.message()) << "\n";
  return ok;
}

// Usage errors of the options' values (exit status 2), reported.
bool check_usage(const cli::options& o, const jumpa::graph_filter& filter) {
  if (!o.render.empty() && (o.output.empty() || o.format != "dot")) {
    std::cerr << "jumpa-extract: --render needs --format dot and -o FILE\n";
    return false;
  }
  if (o.merge && o.format == "jsonl" && o.graph_file.empty()) {
    std::cerr << "jumpa-extract: --merge needs a graph format (--format dot|graphml|summary) or --graph\n";
    return false;
  }
  if (!o.graph_file.empty() && graph_file_format(o.graph_file).empty()) {
    std::cerr << "jumpa-extract: --graph " << o.graph_file
              << ": unknown extension (use .dot, .gv, .graphml or .json)\n";
    return false;
  }
  if (!filter.from.empty() && !filter.to.empty() && filter.to < filter.from) {
    std::cerr << "jumpa-extract: --from " << o.from << " is after --to " << o.to << "\n";
    return false;
  }
  return true;
}

// A stop by SIGTERM/SIGINT: reported; its exit status.
int stopped() {
  std::cerr << "jumpa-extract: stopped by signal " << stop_signal << "\n";
  return 128 + stop_signal;
}

int run(cli::options& o) {
  jumpa::date published;
  jumpa::graph_filter filter;
  if (!parse_date(o.published, "--published", published) || !parse_date(o.from, "--from", filter.from) ||
      !parse_date(o.to, "--to", filter.to))
    return 2;
  if (!check_usage(o, filter)) return 2;
  cli::output_file out;
  if (!out.open(o.output)) {
    std::cerr << "jumpa-extract: " << out.message() << "\n";
    return 2;
  }
  if (o.inputs.empty()) o.inputs.push_back("-");

  jumpa::relation_graph graph;
  const bool want_graph = cli::is_graph_format(o.format) || !o.graph_file.empty();
  if (o.merge) {
    cli::merge_shards(o, graph);
  } else {
    auto ex = make_extractor(o);
    if (!ex) {
      std::cerr << "jumpa-extract: " << ex.error().to_string() << "\n";
      return 2;
    }
    const bool extracted = cli::extract_inputs(o, *ex, published, out, want_graph ? &graph : nullptr);
    // The compiled tables stay until the process exits: freeing their many
    // small blocks one by one costs a tenth of a short run (more with a big
    // gazetteer), and the operating system takes the memory back at once.
    // The pointer is a global (volatile: the store is kept), so leak checkers
    // see the tables as reachable.
    [[maybe_unused]] static const jumpa::extractor* volatile kept_until_exit = nullptr;
    kept_until_exit = new jumpa::extractor(std::move(*ex));
    if (!extracted) return 1;
  }
  if (stop_signal) {  // JSON Lines written so far are whole lines: kept; graphs are not written
    if (o.format == "jsonl" && !out.commit()) std::cerr << "jumpa-extract: " << out.message() << "\n";
    return stopped();
  }
  if (cli::is_graph_format(o.format) && !cli::write_graph(out.stream(), graph, o.format, o, filter)) {
    if (!out.ok()) std::cerr << "jumpa-extract: " << out.message() << "\n";
    return 1;
  }
  if (!out.commit()) {
    std::cerr << "jumpa-extract: " << out.message() << "\n";
    return 1;
  }
  if (!o.graph_file.empty() && !write_graph_file(o, graph, filter)) return 1;
  if (!o.render.empty()) {
    fs::path target = fs::path(o.output).replace_extension("." + o.render);
    jumpa::status s = cli::render_graphviz(o.output, target, o.render);
    if (!s.ok()) {
      std::cerr << "jumpa-extract: --render: " << s.to_string() << "\n";
      return 1;
    }
  }
  return cli::failures() ? 1 : 0;
}

}  // namespace

namespace cli {
bool stop_requested() { return stop_signal != 0; }
}  // namespace cli

int main(int argc, char** argv) {
  cli::tune_allocator();
  cli::options o;
  CLI::App app{"jumpa-extract: who met whom in news articles (JSON Lines, DOT, GraphML or a JSON summary)"};
  define(app, o);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    if (!cli::flush_stdout()) return 1;  // --help > /dev/full
    return e.get_exit_code() == 0 ? rc : 2;
  }
  if (o.check_gazetteer) {
    int rc = cli::check_gazetteer(o);
    return cli::flush_stdout() ? rc : 1;
  }
  catch_stop_signals();
  return run(o);
}

// jumpa-extract: who met whom, from files, folders, JSON Lines or standard input.
//
//   jumpa-extract [options] [PATH...]
// PATH: a .txt file, a folder (searched recursively for *.txt), a JSON Lines
// file with --input-format jsonl, or "-" / nothing for standard input.
// Exit status: 0 all inputs processed, 1 some input failed (each failure on
// stderr with its path or line; everything else still written), 2 usage error.
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli.h"

namespace fs = std::filesystem;

namespace {

void define(CLI::App& app, cli::options& o) {
  app.set_version_flag("--version", std::string("jumpa-extract ") + jumpa::version());
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
  auto gaz = (dirs.empty() && !o.no_builtin) ? jumpa::result<jumpa::gazetteer>(jumpa::gazetteer::builtin())
                                             : jumpa::gazetteer::load(dirs, !o.no_builtin);
  if (!gaz) return jumpa::status(gaz.error().code(), "gazetteer: " + gaz.error().to_string());
  jumpa::extractor_options xo;
  xo.lang = o.lang;
  xo.matcher.engine = o.engine == "re2" ? jumpa::match_engine::re2 : jumpa::match_engine::literal;
  return jumpa::extractor::create(*gaz, xo);
}

// The merged graph to the graph file named by --graph (format by extension).
bool write_graph_file(const cli::options& o, const jumpa::relation_graph& graph, const jumpa::graph_filter& filter) {
  std::string ext = fs::path(o.graph_file).extension().string();
  std::string format = ext == ".graphml" ? "graphml" : ext == ".json" ? "summary" : "dot";
  std::ofstream g(o.graph_file, std::ios::binary);
  if (!g || !cli::write_graph(g, graph, format, o, filter)) {
    std::cerr << "jumpa-extract: " << o.graph_file << ": cannot write\n";
    return false;
  }
  return true;
}

int run(cli::options& o) {
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
  const bool want_graph = cli::is_graph_format(o.format) || !o.graph_file.empty();
  if (o.merge) {
    cli::merge_shards(o, graph);
  } else {
    auto ex = make_extractor(o);
    if (!ex) {
      std::cerr << "jumpa-extract: " << ex.error().to_string() << "\n";
      return 2;
    }
    cli::extract_inputs(o, *ex, published, *out, want_graph ? &graph : nullptr);
  }
  if (cli::is_graph_format(o.format) && !cli::write_graph(*out, graph, o.format, o, filter)) return 1;
  out->flush();
  if (!*out) {
    std::cerr << "jumpa-extract: write error\n";
    return 1;
  }
  if (!o.graph_file.empty() && !write_graph_file(o, graph, filter)) return 1;
  if (!o.render.empty()) {
    file_out.close();
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

int main(int argc, char** argv) {
  cli::options o;
  CLI::App app{"jumpa-extract: who met whom in news articles (JSON Lines, DOT, GraphML or a JSON summary)"};
  define(app, o);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return e.get_exit_code() == 0 ? rc : 2;
  }
  if (o.check_gazetteer) return cli::check_gazetteer(o);
  return run(o);
}

// jumpa-extract: shared declarations of the command-line tool's parts.
#ifndef JUMPA_TOOLS_CLI_H_
#define JUMPA_TOOLS_CLI_H_

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "jumpa/jumpa.h"

namespace cli {

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

// Reports an input failure on stderr and counts it (exit status 1 at the end).
void fail(const std::string& message);
int failures();

// Expands paths: files as given, folders recursively (*.txt, sorted).
std::vector<std::string> collect(const std::vector<std::string>& paths, bool folders_allowed);
// Reads a whole file ("-": standard input).
bool read_all(const std::string& path, std::string& out);

// --check-gazetteer: the JSON report on stdout; returns the exit status.
int check_gazetteer(const options& o);

bool is_graph_format(const std::string& f);
// Writes the (focused, filtered) graph in `format`; false on error (reported).
bool write_graph(std::ostream& out, const jumpa::relation_graph& g, const std::string& format, const options& o,
                 const jumpa::graph_filter& filter);

// Runs Graphviz's `dot -T<format>` on `dot_file` writing `out_file`.
jumpa::status render_graphviz(const std::filesystem::path& dot_file, const std::filesystem::path& out_file,
                              const std::string& format);

// Extracts every input; documents go to `out` (JSON Lines) and/or `graph`.
void extract_inputs(const options& o, const jumpa::extractor& ex, const jumpa::date& published, std::ostream& out,
                    jumpa::relation_graph* graph);
// Rebuilds the graph from JSON Lines result shards.
void merge_shards(const options& o, jumpa::relation_graph& graph);

}  // namespace cli

#endif  // JUMPA_TOOLS_CLI_H_

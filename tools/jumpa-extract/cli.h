// jumpa-extract: shared declarations of the command-line tool's parts.
#ifndef JUMPA_TOOLS_CLI_H_
#define JUMPA_TOOLS_CLI_H_

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/jumpa.h"

namespace cli {

struct options {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string input_format;  // "text", "jsonl", or "" = from each file's extension (.jsonl, .ndjson)
  std::string output;
  std::string graph_file;
  std::vector<std::string> gazetteers;
  bool no_builtin = false;
  bool check_gazetteer = false;
  bool merge = false;
  std::string published;
  std::string lang = "auto";
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

class output_file;

// Reports an input failure on stderr and counts it (exit status 1 at the end).
// allocator.cc: the allocator the tool runs with ("mimalloc 209" or "malloc"),
// and its settings, applied first thing in main().
std::string allocator_name();
void tune_allocator();

void fail(const std::string& message);
int failures();

// SIGTERM/SIGINT: the run stops after the line being written (main.cc).
bool stop_requested();

// JSON Lines lines longer than this are answered with an error object.
constexpr std::size_t kMaxLineBytes = 16u << 20;
// How many leading bytes binary_reason() looks at.
constexpr std::size_t kSniffBytes = 1u << 16;
// Why `text` (its first kSniffBytes) is binary data rather than text: at least
// 1% NUL bytes, or at least 10% bytes that are invalid UTF-8 or control
// characters other than tab, line and page breaks; "" for text.
std::string binary_reason(std::string_view text);

// --check-gazetteer: the JSON report on stdout; returns the exit status.
int check_gazetteer(const options& o);

bool is_graph_format(const std::string& f);
// Writes the (focused, filtered) graph in `format`; false on error (reported).
bool write_graph(std::ostream& out, const jumpa::relation_graph& g, const std::string& format, const options& o,
                 const jumpa::graph_filter& filter);

// Runs Graphviz's `dot -T<format>` on `dot_file` writing `out_file`.
jumpa::status render_graphviz(const std::filesystem::path& dot_file, const std::filesystem::path& out_file,
                              const std::string& format);

// Extracts every input; documents go to `out` (JSON Lines, one line per
// input document or line, errors as {"error": ...}) and/or `graph`. False
// when writing failed (reported; the run stopped at once).
bool extract_inputs(const options& o, const jumpa::extractor& ex, const jumpa::date& published, output_file& out,
                    jumpa::relation_graph* graph);
// Rebuilds the graph from JSON Lines result shards.
void merge_shards(const options& o, jumpa::relation_graph& graph);

}  // namespace cli

#endif  // JUMPA_TOOLS_CLI_H_

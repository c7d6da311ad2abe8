// Reading inputs: files and folders, JSON Lines lines, and the ordered run over them.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "progress.h"

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace cli {
namespace {

int failure_count = 0;

// Streams work items from the inputs in order.
class source {
 public:
  source(const options& o, const jumpa::date& published) : o_(o), published_(published) {
    files_ = collect(o.inputs, o.input_format == "text");
  }

  // Fills `w`; false when everything has been read.
  bool next(jumpa::batch_item& w) {
    for (;;) {
      if (lines_) {
        std::string line;
        if (std::getline(*lines_, line)) {
          ++line_no_;
          if (!line.empty() && line.back() == '\r') line.pop_back();
          if (line.find_first_not_of(" \t") == std::string::npos) continue;
          parse_line(line, w);
          return true;
        }
        lines_.reset();
      }
      if (next_file_ >= files_.size()) return false;
      const std::string& f = files_[next_file_++];
      bytes_total_ += file_size(f);
      if (o_.input_format == "jsonl") {
        open_lines(f);
        continue;
      }
      w.options.id = f == "-" ? "stdin" : f;
      w.options.published = published_;
      if (!read_all(f, w.text)) {
        fail(f + ": cannot read");
        continue;
      }
      return true;
    }
  }

  std::size_t files() const { return files_.size(); }
  std::size_t files_done() const { return next_file_; }

 private:
  static std::uintmax_t file_size(const std::string& f) {
    std::error_code ec;
    auto n = f == "-" ? 0 : fs::file_size(f, ec);
    return ec ? 0 : n;
  }

  void open_lines(const std::string& f) {
    line_no_ = 0;
    current_ = f == "-" ? "stdin" : f;
    if (f == "-") {
      lines_ = std::unique_ptr<std::istream, void (*)(std::istream*)>(&std::cin, [](std::istream*) {});
      return;
    }
    auto* in = new std::ifstream(f, std::ios::binary);
    if (!*in) {
      delete in;
      fail(f + ": cannot read");
      return;
    }
    lines_ = std::unique_ptr<std::istream, void (*)(std::istream*)>(in, [](std::istream* p) { delete p; });
  }

  void parse_line(const std::string& line, jumpa::batch_item& w) {
    std::string where = current_ + ":" + std::to_string(line_no_);
    json j;
    try {
      j = json::parse(line);
    } catch (const json::parse_error& e) {
      w.error = where + ": not JSON (byte " + std::to_string(e.byte) + ")";
      return;
    } catch (const json::exception& e) {  // a number out of range
      w.error = where + ": not JSON (" + e.what() + ")";
      return;
    }
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      w.error = where + ": expected an object with a string \"text\"";
      return;
    }
    w.text = j["text"].get<std::string>();
    if (j.contains("id") && (j["id"].is_string() || j["id"].is_number()))
      w.options.id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    else
      w.options.id = where;
    w.options.published = published_;
    if (j.contains("published") && j["published"].is_string() && !j["published"].get<std::string>().empty()) {
      std::string p = j["published"].get<std::string>();
      if (p.size() > 10) p = p.substr(0, 10);  // accept timestamps
      auto d = jumpa::date::parse(p);
      if (!d) {
        w.error = where + ": bad \"published\" date";
        return;
      }
      w.options.published = *d;
    }
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

}  // namespace

void fail(const std::string& message) {
  std::cerr << "jumpa-extract: " << message << "\n";
  ++failure_count;
}

int failures() { return failure_count; }

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

void extract_inputs(const options& o, const jumpa::extractor& ex, const jumpa::date& published, std::ostream& out,
                    jumpa::relation_graph* graph) {
  const bool jsonl = o.format == "jsonl";
  jumpa::jsonl_options jo;
  jo.explain = o.explain;
  source src(o, published);
  progress prog(!o.quiet);
  std::size_t docs = 0;
  std::uintmax_t bytes = 0;
  jumpa::batch_options bo;
  bo.jobs = o.jobs;
  auto next = [&](jumpa::batch_item& w) {
    if (!src.next(w)) return false;
    w.options.explain = o.explain;
    return true;
  };
  auto finish = [&](jumpa::batch_item& w) {
    if (jsonl) jumpa::append_jsonl(w.output, w.doc, jo);
  };
  auto sink = [&](jumpa::batch_item& w) {
    if (!w.error.empty()) {
      fail(w.error);
      if (jsonl) out << json{{"error", w.error}}.dump() << "\n";
      return true;
    }
    for (const auto& p : w.doc.problems) std::cerr << "jumpa-extract: " << w.options.id << ": " << p.to_string() << "\n";
    if (jsonl) out << w.output;
    if (graph) graph->add(w.doc);
    ++docs;
    bytes += w.text.size();
    prog.update(docs, bytes, src.files_done(), src.files());
    return true;
  };
  jumpa::run_ordered(ex, bo, next, finish, sink);
  out.flush();
  prog.done();
}

void merge_shards(const options& o, jumpa::relation_graph& graph) {
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
}

}  // namespace cli

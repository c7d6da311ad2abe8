// Reading inputs: files and folders, JSON Lines lines, and the ordered run over them.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "input_paths.h"
#include "line_reader.h"
#include "output_file.h"
#include "progress.h"

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace cli {
namespace {

int failure_count = 0;

constexpr std::size_t kWholeFileBytes = 1u << 20;  // smaller files are read whole by the reading thread
constexpr std::size_t kPieceBytes = 1u << 20;      // larger ones are pulled in pieces of this size

std::string display(const std::string& path) { return path == "-" ? "stdin" : path; }

// The pull function of a large input: pieces of the file, the first one
// checked for binary data.
std::function<bool(std::string&, std::string&)> puller(int fd, const std::string& name) {
  auto reader = std::make_shared<line_reader>(fd, 0);
  auto first = std::make_shared<bool>(true);
  return [reader, first, name](std::string& piece, std::string& error) {
    if (stop_requested()) {  // a stop does not wait for the rest of a large file
      error = name + ": interrupted";
      return false;
    }
    if (!reader->read(piece, kPieceBytes)) {
      if (!reader->error().empty()) error = name + ": " + reader->error();
      return false;
    }
    if (*first) {
      *first = false;
      std::string why = binary_reason(piece);
      if (!why.empty()) {
        error = name + ": " + why + ", skipped";
        return false;
      }
    }
    return true;
  };
}

// Invalid UTF-8 inside a JSON line: each bad byte b becomes U+10FF00+b so that
// the line parses, and is put back into the text afterwards (as in a .txt file).
constexpr unsigned char kMark0 = 0xF4, kMark1 = 0x8F;
bool has_marks(std::string_view s) {
  for (std::size_t i = s.find(static_cast<char>(kMark0)); i != std::string_view::npos && i + 2 < s.size();
       i = s.find(static_cast<char>(kMark0), i + 1))
    if (static_cast<unsigned char>(s[i + 1]) == kMark1 && static_cast<unsigned char>(s[i + 2]) >= 0xBC) return true;
  return false;
}
std::string mark_invalid(std::string_view line) {
  std::string out;
  out.reserve(line.size() + 64);
  for (std::size_t i = 0; i < line.size();) {
    std::size_t bad = jumpa::find_invalid_utf8(line.substr(i));
    std::size_t upto = bad == std::string_view::npos ? line.size() : i + bad;
    out.append(line.substr(i, upto - i));
    if (upto == line.size()) break;
    auto b = static_cast<unsigned char>(line[upto]);
    out += static_cast<char>(kMark0);
    out += static_cast<char>(kMark1);
    out += static_cast<char>(0xBC + (b >> 6));
    out += static_cast<char>(0x80 | (b & 0x3F));
    i = upto + 1;
  }
  return out;
}
// Restores the marked bytes (`replace`: U+FFFD instead, for fields other than the text).
void unmark(std::string& s, bool replace) {
  if (!has_marks(s)) return;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == kMark0 && i + 3 < s.size() && static_cast<unsigned char>(s[i + 1]) == kMark1 &&
        static_cast<unsigned char>(s[i + 2]) >= 0xBC) {
      unsigned b = ((static_cast<unsigned char>(s[i + 2]) - 0xBCu) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
      if (replace) out += "\xEF\xBF\xBD";
      else out += static_cast<char>(b);
      i += 3;
    } else {
      out += s[i];
    }
  }
  s = std::move(out);
}

// Streams work items from the inputs in order.
class source {
 public:
  // `count`: count the input files first (for the progress line's total; a
  // walk that keeps no path).
  source(const options& o, const jumpa::date& published, bool count)
      : o_(o), published_(published), lang_(o.lang == "auto" ? std::string() : o.lang),
        paths_(o.inputs, folders_allowed(o)), files_(count ? count_paths(o.inputs, folders_allowed(o)) : 0) {}

  // Fills `w`; false when everything has been read (or a stop was requested).
  bool next(jumpa::batch_item& w) {
    for (;;) {
      if (stop_requested()) return false;
      if (lines_) {
        if (next_line(w)) return true;
        continue;
      }
      if (!paths_.next(path_)) return false;
      ++files_done_;
      const std::string& f = path_;
      w.options.id = display(f);
      w.options.published = published_;
      w.options.lang = lang_;
      std::string error;
      int fd = open_input(f, error);
      if (fd < 0) {
        w.error = display(f) + ": " + error;
        return true;
      }
      if (is_jsonl(f)) {
        current_ = display(f);
        line_no_ = 0;
        lines_ = std::make_unique<line_reader>(fd, kMaxLineBytes);
        continue;
      }
      read_text(fd, f, w);
      return true;
    }
  }

  std::size_t files() const { return files_; }  // 0 when not counted
  std::size_t files_done() const { return files_done_; }

 private:
  static bool folders_allowed(const options& o) { return o.input_format != "jsonl"; }

  bool is_jsonl(const std::string& f) const {
    if (!o_.input_format.empty()) return o_.input_format == "jsonl";
    if (f == "-") return false;
    std::string ext = fs::path(f).extension().string();
    return ext == ".jsonl" || ext == ".ndjson";
  }

  // A small regular file is read whole here; anything else is pulled in pieces on a worker.
  void read_text(int fd, const std::string& f, jumpa::batch_item& w) {
    struct stat st {};
    if (fd != STDIN_FILENO && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<std::uintmax_t>(st.st_size) <= kWholeFileBytes) {
      std::string error;
      if (!read_whole(fd, static_cast<std::size_t>(st.st_size), w.text, error)) {
        w.error = display(f) + ": " + error;
        return;
      }
      std::string why = binary_reason(w.text);
      if (!why.empty()) w.error = display(f) + ": " + why + ", skipped";
      return;
    }
    w.pull = puller(fd, display(f));
  }

  // The next line of the current JSON Lines input as an item; false at its end.
  bool next_line(jumpa::batch_item& w) {
    std::string line;
    line_reader::result r = lines_->next(line);
    if (r == line_reader::result::end) {
      lines_.reset();
      return false;
    }
    ++line_no_;
    std::string where = current_ + ":" + std::to_string(line_no_);
    w.options.id = where;
    w.options.published = published_;
    w.options.lang = lang_;
    if (r == line_reader::result::error) {
      w.error = where + ": " + lines_->error();
      lines_.reset();
    } else if (r == line_reader::result::oversized) {
      w.error = where + ": line longer than " + std::to_string(kMaxLineBytes) + " bytes, skipped";
    } else if (line.find_first_not_of(" \t") == std::string::npos) {
      w.error = where + ": blank line";
    } else {
      parse_line(line, where, w);
    }
    return true;
  }

  void parse_line(const std::string& raw, const std::string& where, jumpa::batch_item& w) {
    const bool invalid = jumpa::find_invalid_utf8(raw) != std::string::npos;
    if (invalid && has_marks(raw)) {
      w.error = where + ": invalid UTF-8 next to characters U+10FF00..U+10FFFF, skipped";
      return;
    }
    json j;
    try {
      j = json::parse(invalid ? mark_invalid(raw) : raw);
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
    if (invalid) unmark(w.text, false);
    if (j.contains("id") && (j["id"].is_string() || j["id"].is_number()))
      w.options.id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    if (invalid) unmark(w.options.id, true);
    if (j.contains("lang") && j["lang"].is_string()) w.options.lang = j["lang"].get<std::string>();
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
    std::string why = binary_reason(w.text);
    if (!why.empty()) w.error = where + ": \"text\" is " + why + ", skipped";
  }

  const options& o_;
  jumpa::date published_;
  std::string lang_;  // --lang for documents that name none; empty = detect
  input_paths paths_;
  std::string path_;  // the current input's
  std::size_t files_ = 0, files_done_ = 0;
  std::unique_ptr<line_reader> lines_;
  std::string current_;
  std::size_t line_no_ = 0;
};

std::string error_line(const std::string& error) {
  return json{{"error", error}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

void fail(const std::string& message) {
  std::cerr << "jumpa-extract: " << message << "\n";
  ++failure_count;
}

int failures() { return failure_count; }

bool extract_inputs(const options& o, const jumpa::extractor& ex, const jumpa::date& published, output_file& out,
                    jumpa::relation_graph* graph) {
  const bool jsonl = o.format == "jsonl";
  jumpa::jsonl_options jo;
  jo.explain = o.explain;
  progress prog(!o.quiet);
  source src(o, published, prog.on());
  std::size_t docs = 0;
  std::uintmax_t bytes = 0;
  bool written = true;
  jumpa::batch_options bo;
  bo.jobs = o.jobs;
  bo.max_bytes = 64u << 20;
  auto next = [&](jumpa::batch_item& w) {
    if (!src.next(w)) return false;
    w.options.explain = o.explain;
    return true;
  };
  auto finish = [&](jumpa::batch_item& w) {
    if (jsonl) jumpa::append_jsonl(w.output, w.doc, jo);
  };
  auto sink = [&](jumpa::batch_item& w) {
    if (stop_requested()) return false;
    if (!w.error.empty()) {
      fail(w.error);
      if (jsonl) written = out.write(error_line(w.error));
    } else {
      for (const auto& p : w.doc.problems) {
        std::string line = w.options.id + ": " + p.to_string();
        if (p.code() == jumpa::errc::limit_exceeded) fail(line);  // input lost: an error
        else std::cerr << "jumpa-extract: " << line << "\n";
      }
      if (jsonl) written = out.write(w.output);
      if (graph) graph->add(w.doc);
    }
    ++docs;
    bytes += w.text.size() + w.pulled;
    prog.update(docs, bytes, src.files_done(), src.files());
    return written && !stop_requested();
  };
  jumpa::run_ordered(ex, bo, next, finish, sink);
  prog.done();
  if (!written) fail(out.message());
  return written;
}

void merge_shards(const options& o, jumpa::relation_graph& graph) {
  input_paths paths(o.inputs, false);
  for (std::string f; paths.next(f);) {
    std::string error;
    int fd = open_input(f, error);
    if (fd < 0) {
      fail(display(f) + ": " + error);
      continue;
    }
    line_reader lines(fd, kMaxLineBytes);
    std::string line;
    std::size_t n = 0;
    for (;;) {
      if (stop_requested()) return;
      line_reader::result r = lines.next(line);
      if (r == line_reader::result::end) break;
      ++n;
      std::string where = display(f) + ":" + std::to_string(n);
      if (r == line_reader::result::error) {
        fail(where + ": " + lines.error());
        break;
      }
      if (r == line_reader::result::oversized) {
        fail(where + ": line longer than " + std::to_string(kMaxLineBytes) + " bytes, skipped");
        continue;
      }
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      auto doc = jumpa::read_jsonl_document(line, n);
      if (!doc) {
        fail(where + ": " + doc.error().message());
        continue;
      }
      graph.add(*doc);
    }
  }
}

}  // namespace cli

#include "tsv.h"

#include <algorithm>
#include <cstring>

#include "jumpa/text.h"

namespace jumpa::detail {

int tsv_table::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

namespace {
bool outer_space(std::string_view f) {
  auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; };
  return !f.empty() && (sp(f.front()) || sp(f.back()));
}
}  // namespace

std::size_t count_newlines(std::string_view s) noexcept {
  std::size_t n = 0;
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p != end) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (!nl) break;
    ++n;
    p = static_cast<const char*>(nl) + 1;
  }
  return n;
}

tsv_table parse_tsv(std::string_view content, const std::string& file, std::vector<status>& problems) {
  tsv_table t;
  t.file = file;
  if (std::size_t bad = find_invalid_utf8(content); bad != std::string_view::npos) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < bad; ++i) {
      if (content[i] == '\n') { ++line; col = 1; } else { ++col; }
    }
    problems.emplace_back(errc::invalid_utf8, "invalid UTF-8", source_position{file, line, col, bad});
    return t;
  }
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::size_t line_no = 0;
  std::size_t pos = 0;
  bool have_header = false;
  const std::size_t lines = count_newlines(content);
  t.rows.reserve(lines);
  std::vector<std::string_view> fields;  // of the line being read
  auto column = [&](const char* begin, std::size_t i) { return static_cast<std::size_t>(fields[i].data() - begin) + 1; };
  while (pos <= content.size()) {
    std::size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line_no;
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fields.clear();
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (!have_header) {
      have_header = true;
      t.header_line = line_no;
      for (std::size_t i = 0; i < fields.size(); ++i) {
        std::string name(fields[i]);
        if (name.empty() || outer_space(name))
          problems.emplace_back(errc::parse_error, "empty or padded column name",
                                source_position{file, line_no, column(line.data(), i), source_position::npos});
        for (const auto& h : t.header)
          if (h == name)
            problems.emplace_back(errc::parse_error, "duplicate column '" + name + "'",
                                  source_position{file, line_no, column(line.data(), i), source_position::npos});
        t.header.push_back(std::move(name));
        t.header_columns.push_back(column(line.data(), i));
      }
      t.cells.reserve(lines * t.header.size());
      continue;
    }
    if (fields.size() != t.header.size()) {
      problems.emplace_back(errc::parse_error,
                            "expected " + std::to_string(t.header.size()) + " fields, found " +
                                std::to_string(fields.size()),
                            source_position{file, line_no, 1, source_position::npos});
      continue;
    }
    bool ok = true;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (outer_space(fields[i])) {
        problems.emplace_back(errc::parse_error, "leading or trailing space in column '" + t.header[i] + "'",
                              source_position{file, line_no, column(line.data(), i), source_position::npos});
        ok = false;
      }
    }
    if (!ok) continue;
    t.rows.push_back({line_no, line.data(), t.cells.size(), fields.size()});
    t.cells.insert(t.cells.end(), fields.begin(), fields.end());
  }
  if (!have_header) problems.emplace_back(errc::parse_error, "no header row", source_position{file, 1, 1});
  return t;
}

namespace {

// The items of a `|` list; `where()` gives the field's position, built only
// for a problem (it copies the file name).
template <class Where>
std::vector<std::string> split_items(std::string_view field, const Where& where, std::vector<status>& problems) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  std::size_t start = 0;
  while (true) {
    std::size_t bar = field.find('|', start);
    std::string_view item = field.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    auto at = [&] {
      source_position p = where();
      p.column += start;
      return p;
    };
    if (item.empty())
      problems.emplace_back(errc::parse_error, "empty list item", at());
    else if (outer_space(item))
      problems.emplace_back(errc::parse_error, "list item '" + std::string(item) + "' has outer spaces", at());
    else
      out.emplace_back(item);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string> split_list(std::string_view field, const source_position& where,
                                    std::vector<status>& problems) {
  return split_items(field, [&] { return where; }, problems);
}

std::vector<std::string> split_list(const tsv_table& t, const tsv_row& r, int col, std::vector<status>& problems) {
  return split_items(t.get(r, col), [&] { return t.pos(r, col); }, problems);
}

}  // namespace jumpa::detail

// Private: a strict TSV reader for the gazetteer files. Every problem names
// the file, line and column; bad rows are reported, never silently dropped.
#ifndef JUMPA_LIB_TSV_H_
#define JUMPA_LIB_TSV_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jumpa/status.h"

namespace jumpa::detail {

struct tsv_row {
  std::size_t line = 0;
  const char* begin = nullptr;  // the line's first byte (fields are views into the line)
  std::size_t first = 0;        // its fields: tsv_table::cells[first, first + count)
  std::size_t count = 0;
};

struct tsv_table {
  std::string file;
  std::size_t header_line = 0;
  std::vector<std::string> header;
  std::vector<std::size_t> header_columns;  // 1-based byte column of each header name
  std::vector<tsv_row> rows;
  std::vector<std::string_view> cells;      // every row's fields, back to back (one allocation, not one per row)
  // Index of a column, or -1.
  int column(std::string_view name) const;
  std::string_view get(const tsv_row& r, int col) const {
    return col < 0 || static_cast<std::size_t>(col) >= r.count ? std::string_view()
                                                               : cells[r.first + static_cast<std::size_t>(col)];
  }
  // Where the header names column `col` (column 0 when col < 0).
  source_position header_pos(int col) const {
    return {file, header_line, col < 0 ? 0 : header_columns[static_cast<std::size_t>(col)], source_position::npos};
  }
  source_position pos(const tsv_row& r, int col) const {
    return {file, r.line, col < 0 ? 0 : byte_column(r, static_cast<std::size_t>(col)), source_position::npos};
  }
  // 1-based byte column where field i of r starts.
  std::size_t byte_column(const tsv_row& r, std::size_t i) const {
    return static_cast<std::size_t>(cells[r.first + i].data() - r.begin) + 1;
  }
};

// The number of '\n' bytes in `s` (memchr from one to the next: vectorised
// by the C library, unlike a byte loop).
std::size_t count_newlines(std::string_view s) noexcept;

// `content` must outlive the table (fields are views into it).
tsv_table parse_tsv(std::string_view content, const std::string& file, std::vector<status>& problems);

// Splits a `|` list; reports empty items and items with outer spaces.
std::vector<std::string> split_list(std::string_view field, const source_position& where,
                                    std::vector<status>& problems);
// The same for field `col` of row `r` (its position is built only for a problem).
std::vector<std::string> split_list(const tsv_table& t, const tsv_row& r, int col, std::vector<status>& problems);

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_TSV_H_

// Tests for lib/tsv.h: the strict TSV reader of the gazetteer files.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tsv.h"

using namespace jumpa;
using jumpa::detail::parse_tsv;
using jumpa::detail::split_list;
using jumpa::detail::tsv_table;

namespace {
using strings = std::vector<std::string>;

strings fields(const tsv_table& t, const jumpa::detail::tsv_row& r) {
  strings out;
  for (std::size_t i = 0; i < r.count; ++i) out.emplace_back(t.get(r, static_cast<int>(i)));
  return out;
}
std::vector<std::size_t> columns(const tsv_table& t, const jumpa::detail::tsv_row& r) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < r.count; ++i) out.push_back(t.byte_column(r, i));
  return out;
}

strings messages(const std::vector<status>& ps) {
  strings out;
  for (const auto& p : ps) out.push_back(p.to_string());
  return out;
}
}  // namespace

TEST_CASE("tsv: the first non-comment line is the header", "[tsv]") {
  const std::string content =
      "# daftar uji\n"
      "\n"
      "id\tname\tcountry\n"
      "person:budi-santoso\tBudi Santoso\tID\n"
      "# komentar di tengah\n"
      "\n"
      "person:sok-dara\tSok Dara\tKH\n";
  std::vector<status> problems;
  tsv_table t = parse_tsv(content, "entities/orang.tsv", problems);
  CHECK(problems.empty());
  CHECK(t.file == "entities/orang.tsv");
  CHECK(t.header_line == 3);
  CHECK(t.header == strings{"id", "name", "country"});
  CHECK(t.column("name") == 1);
  CHECK(t.column("country") == 2);
  CHECK(t.column("aliases") == -1);
  CHECK(t.header_columns == std::vector<std::size_t>{1, 4, 9});
  CHECK(t.header_pos(2).line == 3);
  CHECK(t.header_pos(2).column == 9);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 4);
  CHECK(fields(t, t.rows[0]) == strings{"person:budi-santoso", "Budi Santoso", "ID"});
  CHECK(t.rows[1].line == 7);
  CHECK(t.get(t.rows[1], t.column("name")) == "Sok Dara");
  CHECK(t.get(t.rows[1], -1).empty());
  CHECK(t.get(t.rows[1], 7).empty());
  // Columns are 1-based byte offsets where each field starts.
  CHECK(columns(t, t.rows[0]) == std::vector<std::size_t>{1, 21, 34});
  source_position p = t.pos(t.rows[0], 2);
  CHECK(p.file == "entities/orang.tsv");
  CHECK(p.line == 4);
  CHECK(p.column == 34);
  CHECK(t.pos(t.rows[0], -1).column == 0);
}

TEST_CASE("tsv: empty fields are kept in place", "[tsv]") {
  std::vector<status> problems;
  tsv_table t = parse_tsv("a\tb\tc\n\t\tx\n\t\t\n", "f.tsv", problems);
  CHECK(problems.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(fields(t, t.rows[0]) == strings{"", "", "x"});
  CHECK(columns(t, t.rows[0]) == std::vector<std::size_t>{1, 2, 3});
  CHECK(fields(t, t.rows[1]) == strings{"", "", ""});
}

TEST_CASE("tsv: a row with the wrong field count is reported with its line and dropped", "[tsv]") {
  const std::string content =
      "form\trole\tflags\n"
      "Menlu\tforeign_minister\t\n"
      "Dubes\tambassador\n"
      "Wapres\tvice_president\t\textra\n"
      "PM\tprime_minister\t\n";
  std::vector<status> problems;
  tsv_table t = parse_tsv(content, "id/titles.tsv", problems);
  CHECK(messages(problems) == strings{"id/titles.tsv:3:1: expected 3 fields, found 2",
                                      "id/titles.tsv:4:1: expected 3 fields, found 4"});
  for (const auto& p : problems) CHECK(p.code() == errc::parse_error);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 2);
  CHECK(t.rows[1].line == 5);
}

TEST_CASE("tsv: padded fields are errors with the column of the field", "[tsv]") {
  const std::string content =
      "id\tname\taliases\n"
      "loc:siem-reap\t Siem Reap\tSiemreap\n"
      "loc:kampot\tKampot \tKampot\n"
      "loc:kep\tKep\tKep\n";
  std::vector<status> problems;
  tsv_table t = parse_tsv(content, "entities/loc.tsv", problems);
  CHECK(messages(problems) == strings{"entities/loc.tsv:2:15: leading or trailing space in column 'name'",
                                      "entities/loc.tsv:3:12: leading or trailing space in column 'name'"});
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].line == 4);
  // Inner spaces are fine.
  problems.clear();
  t = parse_tsv("form\nMenteri Luar Negeri\n", "x.tsv", problems);
  CHECK(problems.empty());
  REQUIRE(t.rows.size() == 1);
}

TEST_CASE("tsv: header problems: empty, padded and duplicate column names", "[tsv]") {
  std::vector<status> problems;
  parse_tsv("id\t\tname\t note\tid\nx\ty\tz\tw\tv\n", "h.tsv", problems);
  CHECK(messages(problems) == strings{"h.tsv:1:4: empty or padded column name",
                                      "h.tsv:1:10: empty or padded column name",
                                      "h.tsv:1:16: duplicate column 'id'"});
}

TEST_CASE("tsv: a file without a header row is an error", "[tsv]") {
  std::vector<status> problems;
  tsv_table t = parse_tsv("# hanya komentar\n\n", "kosong.tsv", problems);
  CHECK(messages(problems) == strings{"kosong.tsv:1:1: no header row"});
  CHECK(t.header.empty());
  CHECK(t.rows.empty());
  problems.clear();
  parse_tsv("", "kosong.tsv", problems);
  CHECK(problems.size() == 1);
}

TEST_CASE("tsv: CRLF line endings are accepted", "[tsv]") {
  std::vector<status> problems;
  tsv_table t = parse_tsv("form\tnumber\r\nJanuari\t1\r\n\r\n# x\r\nFebruari\t2\r\n", "id/months.tsv", problems);
  CHECK(problems.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(t.header == strings{"form", "number"});
  CHECK(fields(t, t.rows[0]) == strings{"Januari", "1"});  // no stray \r
  CHECK(fields(t, t.rows[1]) == strings{"Februari", "2"});
  CHECK(t.rows[1].line == 5);
}

TEST_CASE("tsv: a final line without a newline is read", "[tsv]") {
  std::vector<status> problems;
  tsv_table t = parse_tsv("form\nSenin\nSelasa", "w.tsv", problems);
  CHECK(problems.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(t.get(t.rows[1], 0) == "Selasa");
  CHECK(t.rows[1].line == 3);
}

TEST_CASE("tsv: a UTF-8 byte order mark is skipped", "[tsv]") {
  std::vector<status> problems;
  tsv_table t = parse_tsv("\xEF\xBB\xBF" "form\tnumber\nMaret\t3\n", "m.tsv", problems);
  CHECK(problems.empty());
  CHECK(t.header == strings{"form", "number"});
  CHECK(t.column("form") == 0);
  REQUIRE(t.rows.size() == 1);
}

TEST_CASE("tsv: invalid UTF-8 is reported with line, column and byte", "[tsv]") {
  std::vector<status> problems;
  tsv_table t = parse_tsv("form\nSenin\nSel\xFF" "asa\n", "w.tsv", problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].code() == errc::invalid_utf8);
  CHECK(problems[0].where().line == 3);
  CHECK(problems[0].where().column == 4);
  CHECK(problems[0].where().byte == 14);
  CHECK(problems[0].to_string() == "w.tsv:3:4: byte 14: invalid UTF-8");
  CHECK(t.rows.empty());
}

TEST_CASE("tsv: a comment marker only counts at the start of a line", "[tsv]") {
  std::vector<status> problems;
  tsv_table t = parse_tsv("form\tnote\nAS\tbukan # komentar\n", "c.tsv", problems);
  CHECK(problems.empty());
  REQUIRE(t.rows.size() == 1);
  CHECK(t.get(t.rows[0], 1) == "bukan # komentar");
}

TEST_CASE("tsv: split_list splits on bars and reports empty items", "[tsv]") {
  std::vector<status> problems;
  source_position where{"entities/negara.tsv", 5, 20};
  CHECK(split_list("Kamboja|Kerajaan Kamboja|Cambodia", where, problems) ==
        strings{"Kamboja", "Kerajaan Kamboja", "Cambodia"});
  CHECK(problems.empty());
  CHECK(split_list("", where, problems).empty());
  CHECK(problems.empty());
  CHECK(split_list("Laos", where, problems) == strings{"Laos"});

  CHECK(split_list("Kamboja||Cambodia|", where, problems) == strings{"Kamboja", "Cambodia"});
  CHECK(messages(problems) == strings{"entities/negara.tsv:5:28: empty list item",
                                      "entities/negara.tsv:5:38: empty list item"});
  problems.clear();
  CHECK(split_list("|", where, problems).empty());
  CHECK(problems.size() == 2);
  problems.clear();
  CHECK(split_list("Kamboja| Cambodia", where, problems) == strings{"Kamboja"});
  CHECK(messages(problems) == strings{"entities/negara.tsv:5:28: list item ' Cambodia' has outer spaces"});
}

TEST_CASE("tsv: count_newlines counts every line feed, wherever it is", "[tsv]") {
  using jumpa::detail::count_newlines;
  CHECK(count_newlines("") == 0);
  CHECK(count_newlines("no line feed") == 0);
  CHECK(count_newlines("\n") == 1);
  CHECK(count_newlines("a\nb\n\nc") == 3);
  CHECK(count_newlines(std::string(1000, '\n')) == 1000);
  std::string long_lines;
  for (int i = 0; i < 50; ++i) long_lines += std::string(static_cast<std::size_t>(i * 37), 'x') + "\r\n";
  CHECK(count_newlines(long_lines) == 50);
}

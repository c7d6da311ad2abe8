// Tests for jumpa/status.h and lib/status.cc.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "jumpa/status.h"

using jumpa::bad_result_access;
using jumpa::errc;
using jumpa::result;
using jumpa::source_position;
using jumpa::status;

TEST_CASE("status: a default status is ok", "[status]") {
  status s;
  CHECK(s.ok());
  CHECK(static_cast<bool>(s));
  CHECK(s.code() == errc::ok);
  CHECK(s.message().empty());
  CHECK(s.to_string() == "ok");
}

TEST_CASE("status: every error code has its own name", "[status]") {
  CHECK(std::string(jumpa::to_string(errc::ok)) == "ok");
  CHECK(std::string(jumpa::to_string(errc::invalid_argument)) == "invalid_argument");
  CHECK(std::string(jumpa::to_string(errc::not_found)) == "not_found");
  CHECK(std::string(jumpa::to_string(errc::io_error)) == "io_error");
  CHECK(std::string(jumpa::to_string(errc::parse_error)) == "parse_error");
  CHECK(std::string(jumpa::to_string(errc::invalid_data)) == "invalid_data");
  CHECK(std::string(jumpa::to_string(errc::invalid_utf8)) == "invalid_utf8");
  CHECK(std::string(jumpa::to_string(errc::pattern_error)) == "pattern_error");
  CHECK(std::string(jumpa::to_string(errc::limit_exceeded)) == "limit_exceeded");
}

TEST_CASE("status: to_string formats file:line:col, byte offsets and bare messages", "[status]") {
  SECTION("file, line and column") {
    status s(errc::parse_error, "expected 3 fields, found 2", source_position{"entities/orang.tsv", 7, 12});
    CHECK_FALSE(s.ok());
    CHECK_FALSE(static_cast<bool>(s));
    CHECK(s.code() == errc::parse_error);
    CHECK(s.to_string() == "entities/orang.tsv:7:12: expected 3 fields, found 2");
  }
  SECTION("file and line without a column") {
    status s(errc::invalid_data, "duplicate id", source_position{"offices.tsv", 3, 0});
    CHECK(s.to_string() == "offices.tsv:3: duplicate id");
  }
  SECTION("file only") {
    status s(errc::invalid_data, "unknown lexicon table 'foo'", source_position{"id/foo.tsv"});
    CHECK(s.to_string() == "id/foo.tsv: unknown lexicon table 'foo'");
  }
  SECTION("line and column without a file") {
    status s(errc::parse_error, "bad row", source_position{"", 4, 2});
    CHECK(s.to_string() == "line 4:2: bad row");
  }
  SECTION("a byte offset without a file") {
    status s(errc::invalid_utf8, "invalid UTF-8 byte sequence", source_position{"", 0, 0, 12});
    CHECK(s.to_string() == "byte 12: invalid UTF-8 byte sequence");
  }
  SECTION("a byte offset with a file") {
    status s(errc::invalid_utf8, "invalid UTF-8", source_position{"berita.txt", 0, 0, 0});
    CHECK(s.to_string() == "berita.txt: byte 0: invalid UTF-8");
  }
  SECTION("file, line, column and byte") {
    status s(errc::invalid_utf8, "invalid UTF-8", source_position{"a.tsv", 2, 5, 40});
    CHECK(s.to_string() == "a.tsv:2:5: byte 40: invalid UTF-8");
  }
  SECTION("no position at all") {
    status s = status::error(errc::invalid_argument, "unknown option --foo");
    CHECK(s.code() == errc::invalid_argument);
    CHECK(s.where().byte == source_position::npos);
    CHECK(s.where().line == 0);
    CHECK(s.to_string() == "unknown option --foo");
  }
}

TEST_CASE("result: holds a value or an error", "[status]") {
  result<int> good(42);
  REQUIRE(good.ok());
  CHECK(static_cast<bool>(good));
  CHECK(good.value() == 42);
  CHECK(*good == 42);
  CHECK(good.error().ok());

  result<int> bad(status(errc::not_found, "no such folder", source_position{"/tmp/tidak-ada"}));
  CHECK_FALSE(bad.ok());
  CHECK_FALSE(static_cast<bool>(bad));
  CHECK(bad.error().code() == errc::not_found);
  CHECK(bad.error().message() == "no such folder");
  CHECK(bad.error().where().file == "/tmp/tidak-ada");
}

TEST_CASE("result: value() of an error throws bad_result_access", "[status]") {
  result<std::string> bad(status(errc::parse_error, "bad date '2023-13'", source_position{"offices.tsv", 9, 5}));
  CHECK_THROWS_AS(bad.value(), bad_result_access);
  CHECK_THROWS_AS(*bad, bad_result_access);
  CHECK_THROWS_AS(bad->size(), bad_result_access);
  const result<std::string>& cref = bad;
  CHECK_THROWS_AS(cref.value(), bad_result_access);
  CHECK_THROWS_AS(std::move(bad).value(), bad_result_access);
  // The exception carries the explanation.
  try {
    (void)cref.value();
    FAIL("value() did not throw");
  } catch (const bad_result_access& e) {
    CHECK(std::string(e.what()).find("offices.tsv:9:5: bad date '2023-13'") != std::string::npos);
  }
  // bad_result_access is a logic_error (a programming error, not bad input).
  CHECK_THROWS_AS(cref.value(), std::logic_error);
}

TEST_CASE("result: constructing from an ok status is a programming error", "[status]") {
  CHECK_THROWS_AS(result<int>(status()), bad_result_access);
}

TEST_CASE("result: value can be moved out and modified in place", "[status]") {
  result<std::vector<int>> r(std::vector<int>{1, 2, 3});
  r->push_back(4);
  r.value().push_back(5);
  CHECK(r->size() == 5);
  std::vector<int> taken = std::move(r).value();
  CHECK(taken == std::vector<int>{1, 2, 3, 4, 5});

  result<std::unique_ptr<int>> p(std::make_unique<int>(7));
  std::unique_ptr<int> owned = std::move(p).value();
  REQUIRE(owned);
  CHECK(*owned == 7);
}

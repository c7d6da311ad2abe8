// jumpa/status.h — errors as values.
//
// A `status` is either ok or an error with a code, a message and where the
// problem is: a file, a 1-based line and column, and/or a byte offset into the
// caller's text. Operations that can fail on bad input (loading a gazetteer,
// reading a document, compiling a pattern) return a `status` or a `result<T>`;
// they never throw for bad input. Exceptions are reserved for programming
// errors, such as reading the value of a failed `result`.
#ifndef JUMPA_STATUS_H_
#define JUMPA_STATUS_H_

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace jumpa {

enum class errc {
  ok = 0,
  invalid_argument,  // the caller passed something unusable (an option, a path)
  not_found,         // a file or entity that should exist does not
  io_error,          // reading or writing failed
  parse_error,       // malformed input: a TSV row, a JSON line, a date
  invalid_data,      // well-formed input that breaks a rule (duplicate id, unknown country)
  invalid_utf8,      // bytes that are not UTF-8; the rest of the text is still processed
  pattern_error,     // a pattern did not compile
  limit_exceeded,    // input larger than a configured limit
};

// Human-readable name of a code ("parse_error").
const char* to_string(errc code) noexcept;

// Where a problem is. Unknown parts are 0 (line, column) or npos (byte).
struct source_position {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::string file;
  std::size_t line = 0;    // 1-based; 0 = unknown
  std::size_t column = 0;  // 1-based, in bytes; 0 = unknown
  std::size_t byte = npos; // 0-based byte offset; npos = unknown
};

class status {
 public:
  status() = default;  // ok
  status(errc code, std::string message, source_position where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static status error(errc code, std::string message, source_position where = {}) {
    return status(code, std::move(message), std::move(where));
  }

  bool ok() const noexcept { return code_ == errc::ok; }
  explicit operator bool() const noexcept { return ok(); }
  errc code() const noexcept { return code_; }
  const std::string& message() const noexcept { return message_; }
  const source_position& where() const noexcept { return where_; }

  // "file:line:column: message", "file: byte 12: message" or just the message.
  std::string to_string() const;

 private:
  errc code_ = errc::ok;
  std::string message_;
  source_position where_;
};

// Thrown only for programming errors, e.g. value() of a failed result.
class bad_result_access : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

// Either a T or the status that explains why there is none.
template <class T>
class result {
 public:
  result(T value) : v_(std::move(value)) {}                          // NOLINT: implicit by design
  result(status error) : v_(std::move(error)) {                      // NOLINT
    if (std::get<status>(v_).ok())
      throw bad_result_access("jumpa::result constructed from an ok status");
  }

  bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  // The error; an ok status when there is a value.
  status error() const { return ok() ? status() : std::get<status>(v_); }

  T& value() & { check(); return std::get<T>(v_); }
  const T& value() const& { check(); return std::get<T>(v_); }
  T&& value() && { check(); return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  void check() const {
    if (!ok()) throw bad_result_access("jumpa::result has no value: " + std::get<status>(v_).to_string());
  }
  std::variant<T, status> v_;
};

}  // namespace jumpa

#endif  // JUMPA_STATUS_H_

// Private: a small streaming JSON writer, byte-for-byte what
// nlohmann::json::dump(-1) gives with ensure_ascii off and invalid UTF-8
// replaced by U+FFFD: no whitespace, control characters escaped, keys in the
// order written. Used by the JSON Lines writer on its hot path (no DOM).
//
// It writes straight into the caller's string through a byte_buffer: every
// write is a pointer bump, not a std::string call, and a string reused across
// documents allocates nothing once grown.
#ifndef JUMPA_LIB_JSON_OUT_H_
#define JUMPA_LIB_JSON_OUT_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "byte_buffer.h"

namespace jumpa::detail {

// Writes `s` as a JSON string (with quotes) at `p`, which has room for
// json_string_room(s.size()) bytes; returns the end.
char* put_json_string(char* p, std::string_view s);
constexpr std::size_t json_string_room(std::size_t n) { return 6 * n + 16; }
// Writes `n` in decimal at `p` (room for 20 bytes); returns the end.
char* put_decimal(char* p, std::uint64_t n);

class json_out {
 public:
  // Writes after what `buf` holds; call buf.finish() when done.
  explicit json_out(byte_buffer& buf) : buf_(buf) {}

  json_out& begin_object() { open('{'); return *this; }
  json_out& end_object() { close('}'); return *this; }
  json_out& begin_array() { open('['); return *this; }
  json_out& end_array() { close(']'); return *this; }
  // `k` is one of the writer's own names: printable ASCII without '"' or '\\',
  // so it is copied as it is.
  json_out& key(std::string_view k) {
    char* p = buf_.room(k.size() + 4);
    p = comma(p);
    *p++ = '"';
    std::memcpy(p, k.data(), k.size());
    p += k.size();
    *p++ = '"';
    *p++ = ':';
    buf_.commit(p);
    after_key_ = true;
    return *this;
  }
  json_out& value(std::string_view s) {
    char* p = comma(buf_.room(json_string_room(s.size()) + 1));
    buf_.commit(put_json_string(p, s));
    return *this;
  }
  json_out& value(const char* s) { return value(std::string_view(s)); }
  json_out& value(std::uint64_t n) {
    char* p = comma(buf_.room(21));
    buf_.commit(put_decimal(p, n));
    return *this;
  }
  json_out& value(bool b) { return raw(b ? "true" : "false"); }
  json_out& null() { return raw("null"); }
  template <class T>
  json_out& field(std::string_view k, const T& v) { key(k); return value(v); }

 private:
  json_out& raw(std::string_view s) {
    char* p = comma(buf_.room(s.size() + 1));
    std::memcpy(p, s.data(), s.size());
    buf_.commit(p + s.size());
    return *this;
  }
  // Writes the separator a value needs at `p` (room for one byte).
  char* comma(char* p) {
    if (after_key_) after_key_ = false;
    else if (need_comma_) *p++ = ',';
    need_comma_ = true;
    return p;
  }
  void open(char c) {
    char* p = comma(buf_.room(2));
    *p++ = c;
    buf_.commit(p);
    need_comma_ = false;
  }
  void close(char c) {
    char* p = buf_.room(1);
    *p++ = c;
    buf_.commit(p);
    need_comma_ = true;
  }
  byte_buffer& buf_;
  bool need_comma_ = false;
  bool after_key_ = false;
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_JSON_OUT_H_

// Private: a small streaming JSON writer into a std::string, byte-for-byte
// what nlohmann::json::dump(-1) gives with ensure_ascii off and invalid UTF-8
// replaced by U+FFFD: no whitespace, control characters escaped, keys in the
// order written. Used by the JSON Lines writer on its hot path (no DOM).
#ifndef JUMPA_LIB_JSON_OUT_H_
#define JUMPA_LIB_JSON_OUT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace jumpa::detail {

// Appends `s` as a JSON string (with quotes).
void append_json_string(std::string& out, std::string_view s);
// Appends `n` in decimal.
void append_decimal(std::string& out, std::uint64_t n);

class json_out {
 public:
  explicit json_out(std::string& out) : out_(out) {}

  json_out& begin_object() { open('{'); return *this; }
  json_out& end_object() { close('}'); return *this; }
  json_out& begin_array() { open('['); return *this; }
  json_out& end_array() { close(']'); return *this; }
  // `k` is one of the writer's own names: printable ASCII without '"' or '\\',
  // so it is copied as it is.
  json_out& key(std::string_view k) {
    comma();
    out_ += '"';
    out_.append(k);
    out_ += "\":";
    after_key_ = true;
    return *this;
  }
  json_out& value(std::string_view s) { comma(); append_json_string(out_, s); return *this; }
  json_out& value(const char* s) { return value(std::string_view(s)); }
  json_out& value(std::uint64_t n) { comma(); append_decimal(out_, n); return *this; }
  json_out& value(bool b) { comma(); out_ += b ? "true" : "false"; return *this; }
  json_out& null() { comma(); out_ += "null"; return *this; }
  template <class T>
  json_out& field(std::string_view k, const T& v) { key(k); return value(v); }

 private:
  void comma() {
    if (after_key_) after_key_ = false;
    else if (need_comma_) out_ += ',';
    need_comma_ = true;
  }
  void open(char c) {
    comma();
    out_ += c;
    need_comma_ = false;
  }
  void close(char c) {
    out_ += c;
    need_comma_ = true;
  }
  std::string& out_;
  bool need_comma_ = false;
  bool after_key_ = false;
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_JSON_OUT_H_

// Private: writing bytes into the end of a std::string without a std::string
// call per write. Used by the JSON writer and the tokenizer's folded forms.
#ifndef JUMPA_LIB_BYTE_BUFFER_H_
#define JUMPA_LIB_BYTE_BUFFER_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace jumpa::detail {

// Borrows `s` and writes after what it holds: the string is grown in chunks
// (its own doubling keeps that amortised) and cut to what was written by
// finish(), so a string reused across calls allocates nothing once grown.
class byte_buffer {
 public:
  // `expected`: about how many bytes will be written (the first growth makes
  // room for that many rather than a fixed chunk).
  explicit byte_buffer(std::string& s, std::size_t expected = 0) : s_(s), size_(s.size()), chunk_(expected) {}
  // Room for at least `n` more bytes; returns where they go.
  char* room(std::size_t n) {
    if (s_.size() - size_ < n) grow(n);
    return s_.data() + size_;
  }
  // The bytes up to `end` (a pointer from room()) are written.
  void commit(char* end) { size_ = static_cast<std::size_t>(end - s_.data()); }
  void push(char c) {
    *room(1) = c;
    ++size_;
  }
  void append(std::string_view v) {
    std::memcpy(room(v.size()), v.data(), v.size());
    size_ += v.size();
  }
  // Bytes written so far, counting what the string held before.
  std::size_t size() const noexcept { return size_; }
  // Cuts the string to the bytes written.
  void finish() { s_.resize(size_); }

 private:
  void grow(std::size_t n) {
    // Chunks bound the zero-filling resize() does to what is about to be written.
    constexpr std::size_t kChunk = 16384;
    const std::size_t chunk = chunk_ != 0 ? chunk_ : kChunk;
    chunk_ = 0;
    s_.resize(size_ + (n > chunk ? n : chunk));
  }
  std::string& s_;
  std::size_t size_;
  std::size_t chunk_;  // the next growth's size, at least
};

}  // namespace jumpa::detail

#endif  // JUMPA_LIB_BYTE_BUFFER_H_

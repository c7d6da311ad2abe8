// jumpa-extract: reading a file (or standard input) by lines or by pieces in
// bounded memory, with every error kept as a message (errno text). A line
// longer than the limit is skipped to its end and reported as oversized,
// never held whole. Reads interrupted by SIGTERM/SIGINT end with "interrupted".
#ifndef JUMPA_TOOLS_LINE_READER_H_
#define JUMPA_TOOLS_LINE_READER_H_

#include <cstddef>
#include <string>

namespace cli {

class line_reader {
 public:
  enum class result { line, oversized, end, error };
  // Takes `fd` (closed at the end, unless it is standard input).
  line_reader(int fd, std::size_t max_line) : fd_(fd), max_(max_line) {}
  ~line_reader();
  line_reader(const line_reader&) = delete;
  line_reader& operator=(const line_reader&) = delete;

  // The next line (without "\n" or "\r\n"); a last line without "\n" counts.
  result next(std::string& line);
  // Replaces `piece` with up to `n` bytes (fewer only at the end); false at
  // the end or on error (error() is then set).
  bool read(std::string& piece, std::size_t n);
  const std::string& error() const { return error_; }

 private:
  bool fill();  // reads more into buf_; false at the end or on error

  int fd_;
  std::size_t max_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::string error_;
};

// Reads everything left in `fd` into `out` (replacing it) and closes `fd`
// (unless it is standard input); `expected` is the size the caller knows of
// (fstat), read straight into place. False with `error` set ("read error: ..."
// or "interrupted") on failure.
bool read_whole(int fd, std::size_t expected, std::string& out, std::string& error);

// Opens `path` for reading ("-": standard input); -1 with `error` set on failure.
int open_input(const std::string& path, std::string& error);

}  // namespace cli

#endif  // JUMPA_TOOLS_LINE_READER_H_

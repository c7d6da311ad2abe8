// Bounded, checked reading of inputs.
#include "line_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

#include "cli.h"

namespace cli {

namespace {
constexpr std::size_t kBlock = 1 << 16;

// One read(2), retried when a signal other than a stop interrupts it; -1
// with `error` set on failure.
ssize_t read_some(int fd, char* p, std::size_t n, std::string& error) {
  for (;;) {
    ssize_t got = ::read(fd, p, n);
    if (got < 0 && errno == EINTR && !stop_requested()) continue;
    if (got < 0) error = errno == EINTR ? "interrupted" : std::string("read error: ") + std::strerror(errno);
    return got;
  }
}
}  // namespace

line_reader::~line_reader() {
  if (fd_ > STDIN_FILENO) ::close(fd_);
}

bool line_reader::fill() {
  if (eof_ || !error_.empty()) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const std::size_t old = buf_.size();
  buf_.resize(old + kBlock);
  ssize_t n = read_some(fd_, &buf_[old], kBlock, error_);
  if (n < 0) {
    buf_.resize(old);
    return false;
  }
  buf_.resize(old + static_cast<std::size_t>(n));
  if (n == 0) eof_ = true;
  return n > 0;
}

line_reader::result line_reader::next(std::string& line) {
  bool skipping = false;
  std::size_t done = 0;  // bytes after pos_ already searched for a line break
  for (;;) {
    std::size_t nl = buf_.find('\n', pos_ + done);
    if (nl != std::string::npos) {
      if (skipping || nl - pos_ > max_) {
        pos_ = nl + 1;
        return result::oversized;
      }
      line.assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return result::line;
    }
    done = buf_.size() - pos_;
    if (done > max_) {  // drop what is held of an over-long line
      skipping = true;
      buf_.clear();
      pos_ = done = 0;
    }
    if (!fill()) {
      if (!error_.empty()) return result::error;
      if (skipping || buf_.size() - pos_ > max_) {
        pos_ = buf_.size();
        return result::oversized;
      }
      if (pos_ == buf_.size()) return result::end;
      line.assign(buf_, pos_, std::string::npos);
      pos_ = buf_.size();
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return result::line;
    }
  }
}

bool line_reader::read(std::string& piece, std::size_t n) {
  while (buf_.size() - pos_ < n && fill()) {
  }
  if (!error_.empty()) return false;
  std::size_t take = std::min(n, buf_.size() - pos_);
  if (take == 0) return false;
  piece.assign(buf_, pos_, take);
  pos_ += take;
  return true;
}

bool read_whole(int fd, std::size_t expected, std::string& out, std::string& error) {
  // One byte more than expected: a file that grew is seen without a second read.
  out.resize(expected + 1);
  std::size_t got = 0;
  bool ok = true;
  for (;;) {
    if (got == out.size()) out.resize(out.size() * 2);
    ssize_t n = read_some(fd, &out[got], out.size() - got, error);
    if (n <= 0) {
      ok = n == 0;
      break;
    }
    got += static_cast<std::size_t>(n);
  }
  out.resize(got);
  if (fd > STDIN_FILENO) ::close(fd);
  return ok;
}

int open_input(const std::string& path, std::string& error) {
  if (path == "-") return STDIN_FILENO;
  for (;;) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) return fd;
    if (errno == EINTR && !stop_requested()) continue;
    error = errno == EINTR ? "interrupted" : std::string("cannot read: ") + std::strerror(errno);
    return -1;
  }
}

}  // namespace cli

// Checked output to standard output or to a file renamed into place.
#include "output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace cli {

// The stream buffer of stream(): 64 KiB, written through output_file.
class output_file::buffer : public std::streambuf {
 public:
  explicit buffer(output_file& f) : f_(f), data_(std::size_t{1} << 16, '\0') { setp(data_.data(), data_.data() + data_.size()); }
  bool drain() {
    std::string_view pending(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(data_.data(), data_.data() + data_.size());
    return pending.empty() || f_.write_fd(pending);
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  output_file& f_;
  std::string data_;
};

output_file::output_file() : buf_(std::make_unique<buffer>(*this)), stream_(buf_.get()) {}

output_file::~output_file() {
  if (!temp_.empty()) ::unlink(temp_.c_str());
  if (fd_ > STDERR_FILENO) ::close(fd_);
}

bool output_file::fail(const char* what, int err) {
  if (error_.empty()) error_ = std::string(what) + ": " + std::strerror(err);
  stream_.setstate(std::ios::badbit);
  return false;
}

bool output_file::open(const std::string& path) {
  if (path.empty() || path == "-") {
    fd_ = STDOUT_FILENO;
    return true;
  }
  name_ = path_ = path;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    return fd_ >= 0 || fail("cannot open", errno);
  }
  temp_ = path + ".tmp." + std::to_string(::getpid());
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_CLOEXEC, 0666);
  if (fd_ < 0) {
    int err = errno;
    temp_.clear();
    return fail("cannot create", err);
  }
  return true;
}

bool output_file::write_fd(std::string_view bytes) {
  if (!ok()) return false;
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write error", errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool output_file::write(std::string_view bytes) { return buf_->drain() && write_fd(bytes); }

bool output_file::commit() {
  if (!buf_->drain()) return false;
  if (temp_.empty()) return ok();
  if (::fsync(fd_) != 0 && errno != EINVAL) return fail("write error", errno);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return fail("write error", errno);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) return fail("cannot rename the temporary file into place", errno);
  temp_.clear();
  return ok();
}

bool flush_stdout() {
  std::cout.flush();
  bool good = static_cast<bool>(std::cout) && std::fflush(stdout) == 0 && !std::ferror(stdout);
  if (!good) std::cerr << "jumpa-extract: standard output: write error: " << std::strerror(errno ? errno : EIO) << "\n";
  return good;
}

}  // namespace cli

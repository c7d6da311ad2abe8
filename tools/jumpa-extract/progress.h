// jumpa-extract: progress on stderr when it is a terminal (documents, MB/s, ETA).
#ifndef JUMPA_TOOLS_PROGRESS_H_
#define JUMPA_TOOLS_PROGRESS_H_

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace cli {

class progress {
 public:
  explicit progress(bool on) : on_(on && isatty(STDERR_FILENO)), start_(clock::now()) {}
  bool on() const { return on_; }
  // `files`: the number of input files, 0 when unknown (no total, no ETA).
  void update(std::size_t docs, std::uintmax_t bytes, std::size_t files_done, std::size_t files) {
    if (!on_) return;
    auto now = clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbs = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
    if (files == 0) {
      std::fprintf(stderr, "\r%zu documents, %.1f MB/s, file %zu   ", docs, mbs, files_done);
      shown_ = true;
      return;
    }
    std::string eta = "?";
    if (files_done > 0 && files > files_done) {
      double left = secs / static_cast<double>(files_done) * static_cast<double>(files - files_done);
      eta = std::to_string(static_cast<long>(left)) + "s";
    } else if (files_done >= files) {
      eta = "0s";
    }
    std::fprintf(stderr, "\r%zu documents, %.1f MB/s, file %zu/%zu, ETA %s   ", docs, mbs, files_done, files,
                 eta.c_str());
    shown_ = true;
  }
  void done() {
    if (shown_) std::fprintf(stderr, "\n");
  }

 private:
  using clock = std::chrono::steady_clock;
  bool on_;
  bool shown_ = false;
  clock::time_point start_, last_;
};

}  // namespace cli

#endif  // JUMPA_TOOLS_PROGRESS_H_

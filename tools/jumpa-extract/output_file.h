// jumpa-extract: where results go. Standard output, or a file written under a
// temporary name in the same folder and renamed into place on commit, so that
// a killed run never leaves a truncated or empty file under the final name.
// Every write is checked; the first error is kept with the file's name.
#ifndef JUMPA_TOOLS_OUTPUT_FILE_H_
#define JUMPA_TOOLS_OUTPUT_FILE_H_

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace cli {

class output_file {
 public:
  output_file();
  ~output_file();  // removes the temporary file unless committed
  output_file(const output_file&) = delete;
  output_file& operator=(const output_file&) = delete;

  // "" or "-": standard output. A path that exists and is not a regular file
  // (/dev/null, a FIFO, a terminal) is written directly. False on error.
  bool open(const std::string& path);
  // Writes `bytes` whole, at once (after what stream() holds); false on error.
  bool write(std::string_view bytes);
  // A buffered stream over the same file, for the graph writers.
  std::ostream& stream() { return stream_; }
  // Flushes; renames the temporary file into place. False on error.
  bool commit();
  bool ok() const { return error_.empty(); }
  // "standard output" or the path, and what went wrong.
  const std::string& name() const { return name_; }
  std::string message() const { return name_ + ": " + error_; }

 private:
  class buffer;
  bool fail(const char* what, int err);
  bool write_fd(std::string_view bytes);

  int fd_ = -1;
  std::string name_ = "standard output", path_, temp_;
  std::string error_;
  std::unique_ptr<buffer> buf_;
  std::ostream stream_;
};

// Flushes standard output and reports a write error naming it (for --help,
// --version, --check-gazetteer). False on error.
bool flush_stdout();

}  // namespace cli

#endif  // JUMPA_TOOLS_OUTPUT_FILE_H_

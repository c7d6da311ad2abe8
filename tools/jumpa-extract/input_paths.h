// jumpa-extract: the paths of the inputs, in order; a folder's *.txt files
// read one folder at a time.
#ifndef JUMPA_TOOLS_INPUT_PATHS_H_
#define JUMPA_TOOLS_INPUT_PATHS_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

// The regular *.txt files (or links to them) under `root`, in the byte order
// of their paths — the order sorting every path would give — but read one
// folder at a time: memory holds the entries of the folders on the current
// path only, not every path of the tree. Folders that may not be opened
// (permission) are skipped; linked folders are not followed; FIFOs, sockets
// and devices are skipped. Any other error ends the walk: next() returns
// false and error() says what failed.
class folder_walk {
 public:
  explicit folder_walk(const std::filesystem::path& root);
  // The next file's path; false at the end or after an error.
  bool next(std::string& path);
  const std::string& error() const { return error_; }

 private:
  // One open folder: the names of its sub-folders and *.txt files, sorted.
  struct folder {
    std::string path;                  // as the walk's paths begin: root, then root/sub...
    std::string names;                 // back to back
    std::vector<std::uint32_t> ends;   // entry k is names[ends[k - 1], ends[k]) (from 0 for k = 0)
    std::vector<bool> is_folder;       // by entry
    std::vector<std::uint32_t> order;  // entries in path order
    std::size_t next = 0;              // into order
    std::string_view name(std::uint32_t k) const;
  };
  // Reads `dir` and pushes it; false (error_ set) when reading failed.
  bool enter(std::string dir);
  // `dir` and `name` joined as std::filesystem::path's operator/ joins them.
  static std::string join(const std::string& dir, std::string_view name);
  static void sort(folder& f);
  std::vector<folder> stack_;
  std::string error_;
};

// The paths of the command line's inputs, in order: "-" and files as given
// (whatever their type), folders walked (folder_walk), so that memory does not
// grow with the number of files. With `report`, problems are reported (fail())
// as they are met: a missing path, a folder where folders are not allowed, a
// folder that cannot be read.
class input_paths {
 public:
  input_paths(const std::vector<std::string>& inputs, bool folders_allowed, bool report = true);
  // The next path; false at the end.
  bool next(std::string& path);

 private:
  void problem(const std::string& message) const;
  const std::vector<std::string>& inputs_;
  bool folders_allowed_, report_;
  std::size_t next_input_ = 0;
  std::unique_ptr<folder_walk> walk_;  // the folder being read
};

// How many paths input_paths gives for `inputs` (walking them, quietly, keeping no path).
std::size_t count_paths(const std::vector<std::string>& inputs, bool folders_allowed);

}  // namespace cli

#endif  // JUMPA_TOOLS_INPUT_PATHS_H_

// jumpa-extract: the inputs' paths; a folder walked in path order, one folder at a time.
#include "input_paths.h"

#include <algorithm>
#include <cstring>
#include <system_error>

#include "cli.h"

namespace fs = std::filesystem;

namespace cli {

std::string_view folder_walk::folder::name(std::uint32_t k) const {
  const std::uint32_t b = k == 0 ? 0 : ends[k - 1];
  return std::string_view(names).substr(b, ends[k] - b);
}

folder_walk::folder_walk(const fs::path& root) { enter(root.string()); }

std::string folder_walk::join(const std::string& dir, std::string_view name) {
  std::string out;
  out.reserve(dir.size() + 1 + name.size());
  out = dir;
  if (!out.empty() && out.back() != '/') out += '/';
  out += name;
  return out;
}

namespace {

// A name std::filesystem::path::extension() gives ".txt" for (not ".txt" itself).
bool txt_name(std::string_view name) {
  return name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0;
}

}  // namespace

bool folder_walk::enter(std::string dir) {
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  folder f;
  // The iterator's paths are `dir` joined with each name: the name is what follows.
  const std::size_t prefix = join(dir, "").size();
  for (; !ec && it != end; it.increment(ec)) {
    const std::string_view name = std::string_view(it->path().native()).substr(prefix);
    std::error_code fe;
    // A linked folder is not followed; a link to a file is read. (The entry's
    // type from the folder listing answers both, without a stat per file.)
    const bool is_folder = !it->is_symlink(fe) && it->is_directory(fe);
    if (!is_folder && !(txt_name(name) && it->is_regular_file(fe))) continue;
    f.names += name;
    f.ends.push_back(static_cast<std::uint32_t>(f.names.size()));
    f.is_folder.push_back(is_folder);
  }
  if (ec) {
    error_ = dir + ": " + ec.message();
    stack_.clear();
    return false;
  }
  f.path = std::move(dir);
  sort(f);
  stack_.push_back(std::move(f));
  return true;
}

// Path order: a folder's name sorts as if it ended in '/', which is how its
// files' paths continue (names hold no '/', so the first difference of two
// paths lies within these keys).
void folder_walk::sort(folder& f) {
  f.order.resize(f.ends.size());
  for (std::uint32_t k = 0; k < f.order.size(); ++k) f.order[k] = k;
  auto next_byte = [&](std::uint32_t k, std::size_t at) -> int {  // -1: the key ends
    const std::string_view n = f.name(k);
    if (at < n.size()) return static_cast<unsigned char>(n[at]);
    return at == n.size() && f.is_folder[k] ? '/' : -1;
  };
  std::sort(f.order.begin(), f.order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const std::string_view x = f.name(a), y = f.name(b);
    const std::size_t n = std::min(x.size(), y.size());
    if (const int c = std::memcmp(x.data(), y.data(), n); c != 0) return c < 0;
    return next_byte(a, n) < next_byte(b, n);
  });
}

bool folder_walk::next(std::string& path) {
  while (!stack_.empty()) {
    folder& top = stack_.back();
    if (top.next == top.order.size()) {
      stack_.pop_back();
      continue;
    }
    const std::uint32_t k = top.order[top.next++];
    std::string p = join(top.path, top.name(k));
    if (!top.is_folder[k]) {
      path = std::move(p);
      return true;
    }
    if (!enter(std::move(p))) return false;  // `top` may be gone: the stack grew
  }
  return false;
}

input_paths::input_paths(const std::vector<std::string>& inputs, bool folders_allowed, bool report)
    : inputs_(inputs), folders_allowed_(folders_allowed), report_(report) {}

void input_paths::problem(const std::string& message) const {
  if (report_) fail(message);
}

bool input_paths::next(std::string& path) {
  for (;;) {
    if (walk_) {
      if (walk_->next(path)) return true;
      if (!walk_->error().empty()) problem(walk_->error());
      walk_.reset();
    }
    if (next_input_ == inputs_.size()) return false;
    const std::string& p = inputs_[next_input_++];
    std::error_code ec;
    if (p == "-") {
      path = p;
      return true;
    }
    if (fs::is_directory(p, ec)) {
      if (folders_allowed_) walk_ = std::make_unique<folder_walk>(p);
      else problem(p + ": is a folder");
    } else if (fs::exists(fs::symlink_status(p, ec)) || fs::exists(p, ec)) {
      path = p;  // read as given, whatever it is
      return true;
    } else {
      problem(p + ": no such file or folder");
    }
  }
}

std::size_t count_paths(const std::vector<std::string>& inputs, bool folders_allowed) {
  input_paths paths(inputs, folders_allowed, false);
  std::size_t n = 0;
  for (std::string p; paths.next(p);) ++n;
  return n;
}

}  // namespace cli

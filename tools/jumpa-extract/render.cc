// Rendering DOT with Graphviz's `dot` (a child process; the library never spawns one).
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "cli.h"

extern char** environ;

namespace cli {

using jumpa::errc;
using jumpa::source_position;
using jumpa::status;

namespace {

std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return {};
  std::string_view rest(path);
  for (;;) {
    std::size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    if (dir.empty()) dir = ".";  // an empty entry means the current directory
    std::string candidate = dir + "/" + program;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    if (colon == std::string_view::npos) return {};
    rest.remove_prefix(colon + 1);
  }
}

}  // namespace

status render_graphviz(const std::filesystem::path& dot_file, const std::filesystem::path& out_file,
                       const std::string& format) {
  if (format != "svg" && format != "png")
    return status(errc::invalid_argument, "unsupported Graphviz format '" + format + "' (use svg or png)");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(dot_file, ec))
    return status(errc::not_found, "no such DOT file: " + dot_file.string(), source_position{dot_file.string()});
  const std::string dot = find_on_path("dot");
  if (dot.empty()) return status(errc::not_found, "Graphviz 'dot' not found on PATH; install the graphviz package");

  std::vector<std::string> args = {dot, "-T" + format, "-o" + out_file.string(), dot_file.string()};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  // dot's stderr goes through a pipe so that its complaint ends up in the status.
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return status(errc::io_error, std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, dot.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (rc != 0) {
    ::close(pipe_fds[0]);
    return status(errc::io_error, "cannot run " + dot + ": " + std::strerror(rc));
  }
  std::string errors;
  char buf[4096];
  for (;;) {
    ssize_t n = ::read(pipe_fds[0], buf, sizeof buf);
    if (n > 0) {
      if (errors.size() < 4096) errors.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(pipe_fds[0]);
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0) {
    if (errno != EINTR) return status(errc::io_error, std::string("waitpid: ") + std::strerror(errno));
  }
  if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) return {};
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) errors.pop_back();
  std::string how = WIFEXITED(wstatus) ? "exited with status " + std::to_string(WEXITSTATUS(wstatus))
                                       : "was killed by signal " + std::to_string(WTERMSIG(wstatus));
  return status(errc::io_error, "dot " + how + (errors.empty() ? "" : ": " + errors),
                source_position{dot_file.string()});
}

}  // namespace cli

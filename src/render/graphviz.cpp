// Running Graphviz's `dot` without a shell.
//   newskg render people -o people.svg
//     -> writes people.svg.PID.dot, runs
//        execv("/usr/bin/dot", {"dot", "-Tsvg", "-o", "people.svg.PID.tmp", "people.svg.PID.dot"})
//        with stderr to people.svg.PID.err, then renames the .tmp over people.svg
// File names go to Graphviz as separate arguments, so a name with spaces,
// quotes or `;` is just a name.
#include "newskg/render/graphviz.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

namespace newskg::render {
namespace {

constexpr std::string_view kMissing = "graphviz is not installed (no `dot` on PATH)";

std::optional<std::string> find_on_path(std::string_view name) {
  const char* env = std::getenv("PATH");
  const std::string path = env != nullptr ? env : "/usr/local/bin:/bin:/usr/bin";
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find(':', start);
    if (end == std::string::npos) end = path.size();
    std::string dir = path.substr(start, end - start);
    if (dir.empty()) dir.push_back('.');  // an empty PATH entry is the current directory
    std::string candidate = dir;
    candidate.append("/").append(name);
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Graphviz's first lines of complaint, for the error message.
std::string first_lines(const std::string& text, size_t n) {
  std::string out;
  std::istringstream in(text);
  std::string line;
  while (n > 0 && std::getline(in, line)) {
    if (line.empty()) continue;
    out += (out.empty() ? "" : " / ") + line;
    --n;
  }
  return out;
}

struct TempFiles {
  std::vector<std::string> paths;
  ~TempFiles() {
    for (const std::string& p : paths) ::unlink(p.c_str());
  }
};

}  // namespace

core::Result<ImageFormat> image_format_of(std::string_view path) {
  auto ends_with = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends_with(".svg")) return ImageFormat::Svg;
  if (ends_with(".png")) return ImageFormat::Png;
  return core::Error{std::string(path), 0, "cannot tell the image format: name it .svg or .png"};
}

core::Result<std::string> find_graphviz() {
  if (auto dot = find_on_path("dot")) return *dot;
  return core::Error{"dot", 0,
                     std::string(kMissing) +
                         "; install it (Debian: apt-get install graphviz) or write a .dot file"};
}

bool is_graphviz_missing(const core::Error& error) { return error.message.rfind(kMissing, 0) == 0; }

core::Status run_graphviz(std::string_view dot_text, ImageFormat format,
                          const std::string& out_path) {
  auto dot = find_graphviz();
  if (!dot) return dot.error();

  const std::string stem = out_path + "." + std::to_string(::getpid());
  TempFiles temps;
  const std::string input = stem + ".dot", output = stem + ".tmp", errors = stem + ".err";
  temps.paths = {input, output, errors};
  {
    std::ofstream f(input, std::ios::binary | std::ios::trunc);
    f << dot_text;
    f.close();
    if (!f) return core::Error{out_path, 0, std::string("cannot write: ") + std::strerror(errno)};
  }
  const int err_fd = ::open(errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (err_fd < 0)
    return core::Error{out_path, 0, std::string("cannot write: ") + std::strerror(errno)};

  // argv is built before fork(): the child only calls async-signal-safe
  // functions (dup2, execv, _exit), which matters when the caller has threads.
  std::vector<std::string> args = {"dot", format == ImageFormat::Svg ? "-Tsvg" : "-Tpng", "-o",
                                   output, input};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(err_fd);
    return core::Error{out_path, 0, std::string("cannot start graphviz: ") + std::strerror(errno)};
  }
  if (pid == 0) {
    ::dup2(err_fd, STDERR_FILENO);
    ::execv(dot->c_str(), argv.data());
    ::_exit(127);
  }
  ::close(err_fd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR)
      return core::Error{out_path, 0,
                         std::string("cannot wait for graphviz: ") + std::strerror(errno)};
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    const std::string why = WIFEXITED(status)
                                ? "exited with code " + std::to_string(WEXITSTATUS(status))
                                : "was killed by signal " + std::to_string(WTERMSIG(status));
    const std::string said = first_lines(read_all(errors), 3);
    return core::Error{out_path, 0, "graphviz `dot` " + why + (said.empty() ? "" : ": " + said)};
  }
  if (::rename(output.c_str(), out_path.c_str()) != 0)
    return core::Error{out_path, 0, std::string("cannot replace: ") + std::strerror(errno)};
  return core::Status::success();
}

}  // namespace newskg::render

// The output folder replaced as a whole (see output_folder.hpp for the steps).
#include "newskg/io/output_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>  // renameat2 (glibc >= 2.28)
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <vector>

#include "newskg/core/check.hpp"

namespace newskg::io {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kManifest = ".newskg-manifest";
constexpr std::string_view kStageTag = ".newskg-stage.";
constexpr std::string_view kOldTag = ".newskg-old.";

core::Error folder_error(const std::string& dir, const std::string& what) {
  return core::Error{dir, 0, what};
}

std::string os_message(int err) { return std::strerror(err); }

// "graph.ttl.tmp.4711": a temporary file of an older newskg, never carried over.
bool is_temp_name(std::string_view name) {
  const size_t at = name.rfind(".tmp.");
  if (at == std::string_view::npos || at + 5 == name.size()) return false;
  return std::all_of(name.begin() + static_cast<std::ptrdiff_t>(at + 5), name.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// The names newskg wrote into a folder last time (empty when it has no manifest).
std::set<std::string> read_manifest(const fs::path& dir) {
  std::set<std::string> names;
  std::ifstream in(dir / std::string(kManifest));
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') names.insert(line);
  return names;
}

// ".out.newskg-stage.4711" -> 4711 for DIR "out"; 0 when `name` is not one of ours.
pid_t pid_of(std::string_view name, std::string_view prefix) {
  if (name.substr(0, prefix.size()) != prefix) return 0;
  std::string_view digits = name.substr(prefix.size());
  if (digits.empty() || digits.size() > 9) return 0;
  pid_t pid = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return 0;
    pid = pid * 10 + (c - '0');
  }
  return pid;
}

bool process_alive(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

// Staging and old folders left by runs that were killed: an old folder whose
// swap did not finish is the previous output and goes back to DIR when DIR is
// missing; everything else is removed.
void clean_stale(const fs::path& dir) {
  const fs::path parent = dir.parent_path();
  std::string base = ".";
  base += dir.filename().string();
  const std::string stage_prefix = std::string(base).append(kStageTag);
  const std::string old_prefix = std::string(base).append(kOldTag);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(parent, ec)) {
    const std::string name = entry.path().filename().string();
    const pid_t stage_pid = pid_of(name, stage_prefix);
    const pid_t old_pid = pid_of(name, old_prefix);
    const pid_t pid = stage_pid ? stage_pid : old_pid;
    if (pid == 0 || pid == ::getpid() || process_alive(pid)) continue;
    std::error_code ignored;
    if (old_pid && !fs::exists(fs::symlink_status(dir, ignored)))
      fs::rename(entry.path(), dir, ignored);
    else
      fs::remove_all(entry.path(), ignored);
  }
}

core::Status fsync_path(const fs::path& p, int flags) {
  const int fd = ::open(p.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return folder_error(p.string(), "cannot open: " + os_message(errno));
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0) return folder_error(p.string(), "cannot flush to disk: " + os_message(err));
  return core::Status::success();
}

// Flushes the staging folder's files and their names to disk. A build
// writes a handful of files: each is fsync'ed, then the folder. Past
// kFsyncFiles (--per-article's thousands of graphs), or with anything but
// plain files in it, one syncfs flushes them all; but syncfs flushes the
// whole file system, every other program's pending writes included, and
// waits for them (up to 30 ms at the end of a BBC build beside a compiler,
// where the fsyncs take 1 to 5).
constexpr size_t kFsyncFiles = 64;

core::Status sync_folder(const fs::path& p) {
  std::vector<fs::path> files;
  bool each = true;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(p, ec)) {
    if (files.size() == kFsyncFiles || !entry.is_regular_file(ec) || entry.is_symlink(ec)) {
      each = false;
      break;
    }
    files.push_back(entry.path());
  }
  if (each && !ec) {
    for (const fs::path& f : files)
      if (auto st = fsync_path(f, O_RDONLY); !st) return st;
    return fsync_path(p, O_RDONLY | O_DIRECTORY);
  }
  const int fd = ::open(p.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return folder_error(p.string(), "cannot open: " + os_message(errno));
  const int rc = ::syncfs(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0) return folder_error(p.string(), "cannot flush to disk: " + os_message(err));
  return core::Status::success();
}

// A file of the user's, carried into the new folder: a hard link where the
// file system has them, a copy where it does not.
core::Status carry(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(from, ec);
  if (fs::is_symlink(st)) {
    fs::copy_symlink(from, to, ec);
  } else if (fs::is_directory(st)) {
    return folder_error(from.string(), "is a folder newskg did not write; it would be lost");
  } else {
    fs::create_hard_link(from, to, ec);
    if (ec) {
      ec.clear();
      fs::copy_file(from, to, ec);
    }
  }
  if (ec) return folder_error(from.string(), "cannot keep in the new output: " + ec.message());
  return core::Status::success();
}

// The folder that `p` names, absolute, with a symlinked DIR resolved to its
// target (renaming the link would replace the link, not the folder).
fs::path resolve(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(dir), ec).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();  // "out/" -> "out"
  if (fs::is_symlink(fs::symlink_status(p, ec))) p = fs::weakly_canonical(p, ec);
  return p;
}

bool is_within(const fs::path& inner, const fs::path& outer) {
  auto o = outer.begin(), i = inner.begin();
  for (; o != outer.end(); ++o, ++i)
    if (i == inner.end() || *i != *o) return false;
  return true;
}

}  // namespace

core::Result<OutputFolder> OutputFolder::begin(const std::string& dir_arg) {
  if (dir_arg.empty()) return folder_error(dir_arg, "empty output folder name");
  const fs::path dir = resolve(dir_arg);
  std::error_code ec;
  if (dir == dir.root_path()) return folder_error(dir_arg, "cannot replace the root folder");
  const fs::path cwd = fs::current_path(ec);
  if (!ec && is_within(fs::weakly_canonical(cwd, ec), dir))
    return folder_error(dir_arg,
                        "is (or holds) the current folder; newskg replaces its output folder as "
                        "a whole: choose another one, e.g. -o out");
  const fs::file_status st = fs::status(dir, ec);
  if (fs::exists(st) && !fs::is_directory(st))
    return folder_error(dir_arg, "exists and is not a folder");
  fs::create_directories(dir.parent_path(), ec);
  if (ec) return folder_error(dir.parent_path().string(), "cannot create: " + ec.message());
  clean_stale(dir);

  if (fs::is_directory(st)) {
    const std::set<std::string> ours = read_manifest(dir);
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const std::string name = entry.path().filename().string();
      std::error_code type_ec;
      if (ours.count(name) || !entry.is_directory(type_ec) || entry.is_symlink(type_ec)) continue;
      return folder_error(dir_arg,
                          "holds the folder '" + name +
                              "', which newskg did not write; newskg replaces its output folder "
                              "as a whole: choose a new or empty folder, or one newskg wrote");
    }
    if (ec) return folder_error(dir_arg, "cannot read: " + ec.message());
  }

  const fs::path staging =
      dir.parent_path() /
      std::string(".").append(dir.filename().string()).append(kStageTag).append(std::to_string(::getpid()));
  fs::remove_all(staging, ec);
  if (::mkdir(staging.c_str(), 0777) != 0)
    return folder_error(staging.string(), "cannot create: " + os_message(errno));
  return OutputFolder(dir.string(), staging.string());
}

OutputFolder::OutputFolder(OutputFolder&& other) noexcept
    : dir_(std::move(other.dir_)), staging_(std::move(other.staging_)) {
  other.staging_.clear();
}

OutputFolder::~OutputFolder() {
  if (staging_.empty()) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

std::string OutputFolder::path(std::string_view name) const {
  NEWSKG_CHECK(!staging_.empty(), "output folder already committed");
  NEWSKG_CHECK(!name.empty() && name != "." && name != ".." &&
                   name.find('/') == std::string_view::npos && name.find('\0') == std::string_view::npos,
               "not a plain file name: " + std::string(name));
  return (fs::path(staging_) / std::string(name)).string();
}

core::Status OutputFolder::commit() {
  NEWSKG_CHECK(!staging_.empty(), "output folder already committed");
  const fs::path dir(dir_), staging(staging_);
  std::error_code ec;

  // What this run wrote: the manifest of the new folder.
  std::vector<std::string> written;
  for (const auto& entry : fs::directory_iterator(staging, ec))
    written.push_back(entry.path().filename().string());
  if (ec) return folder_error(staging_, "cannot read: " + ec.message());
  std::sort(written.begin(), written.end());

  // The user's files in DIR come along; newskg's own (its last manifest,
  // temporary files of older runs) are replaced or dropped.
  std::vector<std::string> ours_now = written;
  const bool dir_exists = fs::is_directory(fs::symlink_status(dir, ec));
  if (dir_exists) {
    const std::set<std::string> ours = read_manifest(dir);
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (name == kManifest || is_temp_name(name) ||
          std::binary_search(written.begin(), written.end(), name))
        continue;
      const bool previous_output = ours.count(name) > 0;
      if (previous_output && !keep_previous_) continue;
      if (auto st = carry(entry.path(), staging / name); !st) return st;
      if (previous_output) ours_now.push_back(name);
    }
    if (ec) return folder_error(dir_, "cannot read: " + ec.message());
  }
  std::sort(ours_now.begin(), ours_now.end());
  {
    std::ofstream manifest(staging / std::string(kManifest), std::ios::binary);
    manifest << "# newskg output manifest: the files newskg wrote here (others are kept as they are)\n";
    for (const auto& name : ours_now) manifest << name << "\n";
    manifest.close();
    if (!manifest) return folder_error(staging_, "cannot write the manifest");
  }
  if (auto st = sync_folder(staging); !st) return st;

  if (!dir_exists) {
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, dir.c_str(), RENAME_NOREPLACE) != 0 &&
        ::rename(staging.c_str(), dir.c_str()) != 0)
      return folder_error(dir_, "cannot create: " + os_message(errno));
  } else if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, dir.c_str(), RENAME_EXCHANGE) != 0) {
    const int err = errno;
    if (err != EINVAL && err != ENOSYS)
      return folder_error(dir_, "cannot replace: " + os_message(err));
    // A file system without atomic exchange: two renames; a run killed
    // between them finds the old folder under its `old` name and puts it back.
    const fs::path old = dir.parent_path() / ("." + dir.filename().string() + std::string(kOldTag) +
                                              std::to_string(::getpid()));
    if (::rename(dir.c_str(), old.c_str()) != 0)
      return folder_error(dir_, "cannot replace: " + os_message(errno));
    if (::rename(staging.c_str(), dir.c_str()) != 0) {
      const int err2 = errno;
      ::rename(old.c_str(), dir.c_str());
      return folder_error(dir_, "cannot replace: " + os_message(err2));
    }
    if (::rename(old.c_str(), staging.c_str()) != 0) fs::remove_all(old, ec);
  }
  // The rename itself is durable once the parent folder is flushed.
  const core::Status synced = fsync_path(dir.parent_path(), O_RDONLY | O_DIRECTORY);
  // The previous outputs now sit under the staging name.
  fs::remove_all(staging, ec);
  staging_.clear();
  return synced;
}

}  // namespace newskg::io

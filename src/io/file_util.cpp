// Atomic file replacement: readers of `path` (a SPARQL loader, a browser
// showing graph.svg) see the old file or the new one, never half of one.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>

#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

core::Error io_error(const std::string& path, std::string_view what, int err) {
  return core::Error{path, 0, std::string(what) + ": " + std::strerror(err)};
}

}  // namespace

core::Status write_file_atomic(const std::string& path, std::string_view content) {
  // The PID keeps two processes writing the same output apart; the temp file
  // sits in the target's directory so the rename never crosses filesystems.
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return io_error(path, "cannot create " + tmp, errno);

  auto fail = [&](std::string_view what, int err) -> core::Status {
    ::unlink(tmp.c_str());
    return io_error(path, what, err);
  };

  const char* p = content.data();
  size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      return fail("cannot write", err);
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  // close() is where some filesystems (NFS, full disks with delayed
  // allocation) report a failed write, so its result matters too.
  if (::close(fd) != 0) return fail("cannot write", errno);
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail("cannot replace", errno);
  return core::Status::success();
}

}  // namespace newskg::io

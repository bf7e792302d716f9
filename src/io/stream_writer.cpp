// Streaming graph files (see stream_writer.hpp).
#include "newskg/io/stream_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "newskg/io/turtle_reader.hpp"

namespace newskg::io {
namespace {

// A file written through a 1 MiB buffer; the first error sticks and is
// reported by close() (later writes are skipped), naming the file.
class FileSink {
 public:
  static core::Result<FileSink> create(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return core::Error{path, 0, std::string("cannot create: ") + std::strerror(errno)};
    return FileSink(path, fd);
  }
  FileSink(FileSink&& o) noexcept
      : path_(std::move(o.path_)), fd_(o.fd_), buffer_(std::move(o.buffer_)), error_(std::move(o.error_)) {
    o.fd_ = -1;
  }
  FileSink& operator=(FileSink&&) = delete;
  ~FileSink() {
    if (fd_ >= 0) ::close(fd_);
  }

  void append(std::string_view s) {
    if (error_) return;
    if (buffer_.size() + s.size() > kBuffer) flush();
    if (s.size() >= kBuffer) {
      write_all(s);
      return;
    }
    buffer_.append(s);
  }
  core::Status close() {
    flush();
    if (fd_ >= 0) {
      // close() is where some file systems report a failed write.
      if (::close(fd_) != 0 && !error_) error_ = std::string("cannot write: ") + std::strerror(errno);
      fd_ = -1;
    }
    if (error_) return core::Error{path_, 0, *error_};
    return core::Status::success();
  }
  const std::string& path() const { return path_; }

 private:
  static constexpr size_t kBuffer = 1 << 20;
  FileSink(std::string path, int fd) : path_(std::move(path)), fd_(fd) { buffer_.reserve(kBuffer); }
  void flush() {
    if (!buffer_.empty()) write_all(buffer_);
    buffer_.clear();
  }
  void write_all(std::string_view s) {
    while (!s.empty() && !error_) {
      const ssize_t n = ::write(fd_, s.data(), s.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        error_ = std::string("cannot write: ") + std::strerror(errno);
        return;
      }
      s.remove_prefix(static_cast<size_t>(n));
    }
  }
  std::string path_;
  int fd_ = -1;
  std::string buffer_;
  std::optional<std::string> error_;
};

}  // namespace

struct StreamingGraphWriter::Impl {
  struct Rdf {
    RdfSyntax syntax;
    FileSink sink;
    size_t statements = 0;
  };
  std::vector<Rdf> rdf;  // in the order ttl, nt, nq (those wanted)
  std::optional<FileSink> json, json_links;
  size_t json_nodes = 0, json_links_count = 0;
  std::string json_links_path;
  size_t nt_statements = 0;

  RdfChunk const* pick(const Chunks& c, RdfSyntax s) const {
    return s == RdfSyntax::Turtle ? &c.ttl : s == RdfSyntax::NTriples ? &c.nt : &c.nq;
  }
};

StreamingGraphWriter::StreamingGraphWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StreamingGraphWriter::StreamingGraphWriter(StreamingGraphWriter&&) noexcept = default;
StreamingGraphWriter& StreamingGraphWriter::operator=(StreamingGraphWriter&&) noexcept = default;
StreamingGraphWriter::~StreamingGraphWriter() = default;

StreamingGraphWriter::Chunks StreamingGraphWriter::format(const graph::KnowledgeGraph& g,
                                                          RdfPart part, const Paths& wanted) {
  Chunks c;
  if (!wanted.ttl.empty()) c.ttl = to_rdf_chunk(g, RdfSyntax::Turtle, part);
  if (!wanted.nt.empty()) c.nt = to_rdf_chunk(g, RdfSyntax::NTriples, part);
  if (!wanted.nq.empty()) c.nq = to_rdf_chunk(g, RdfSyntax::NQuads, part);
  if (!wanted.json.empty()) c.json = to_json_chunk(g, part);
  return c;
}

core::Result<StreamingGraphWriter> StreamingGraphWriter::open(const Paths& paths) {
  auto impl = std::make_unique<Impl>();
  const std::pair<const std::string*, RdfSyntax> rdf[] = {{&paths.ttl, RdfSyntax::Turtle},
                                                          {&paths.nt, RdfSyntax::NTriples},
                                                          {&paths.nq, RdfSyntax::NQuads}};
  for (const auto& [path, syntax] : rdf) {
    if (path->empty()) continue;
    auto sink = FileSink::create(*path);
    if (!sink) return sink.error();
    impl->rdf.push_back({syntax, std::move(*sink), 0});
    impl->rdf.back().sink.append(rdf_file_header(syntax));
  }
  if (!paths.json.empty()) {
    auto sink = FileSink::create(paths.json);
    if (!sink) return sink.error();
    impl->json_links_path = paths.json + ".links";
    auto links = FileSink::create(impl->json_links_path);
    if (!links) return links.error();
    impl->json.emplace(std::move(*sink));
    impl->json_links.emplace(std::move(*links));
    impl->json->append(kJsonOpen);
  }
  return StreamingGraphWriter(std::move(impl));
}

core::Status StreamingGraphWriter::append(const Chunks& chunks) {
  for (auto& r : impl_->rdf) {
    const RdfChunk* c = impl_->pick(chunks, r.syntax);
    r.sink.append(c->text);
    r.statements += c->statements;
    if (r.syntax == RdfSyntax::NTriples) impl_->nt_statements = r.statements;
  }
  if (impl_->json) {
    if (chunks.json.node_count > 0) {
      if (impl_->json_nodes > 0) impl_->json->append(",");
      impl_->json->append(chunks.json.nodes);
      impl_->json_nodes += chunks.json.node_count;
    }
    if (chunks.json.link_count > 0) {
      if (impl_->json_links_count > 0) impl_->json_links->append(",");
      impl_->json_links->append(chunks.json.links);
      impl_->json_links_count += chunks.json.link_count;
    }
  }
  return core::Status::success();
}

core::Status StreamingGraphWriter::finish(const Chunks& entities) {
  append(entities);
  core::Status first = core::Status::success();
  auto keep = [&](core::Status st) {
    if (first && !st) first = std::move(st);
  };
  for (auto& r : impl_->rdf) {
    r.sink.append(graph_end_line(r.syntax, r.statements));
    keep(r.sink.close());
  }
  if (impl_->json) {
    keep(impl_->json_links->close());
    // Copy the spooled links in after the last node.
    impl_->json->append(kJsonBetween);
    const int fd = ::open(impl_->json_links_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      keep(core::Error{impl_->json_links_path, 0, std::string("cannot read: ") + std::strerror(errno)});
    } else {
      std::string block(1 << 20, '\0');
      for (;;) {
        const ssize_t n = ::read(fd, block.data(), block.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
          keep(core::Error{impl_->json_links_path, 0, std::string("cannot read: ") + std::strerror(errno)});
          break;
        }
        if (n == 0) break;
        impl_->json->append(std::string_view(block.data(), static_cast<size_t>(n)));
      }
      ::close(fd);
    }
    ::unlink(impl_->json_links_path.c_str());
    impl_->json->append(kJsonClose);
    keep(impl_->json->close());
  }
  return first;
}

size_t StreamingGraphWriter::triples() const { return impl_->nt_statements; }

}  // namespace newskg::io

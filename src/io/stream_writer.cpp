// Streaming graph files (see stream_writer.hpp).
#include "newskg/io/stream_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <thread>
#include <vector>

#include "newskg/core/check.hpp"
#include "newskg/io/turtle_reader.hpp"

namespace newskg::io {
namespace {

// A write buffer of kBlock bytes at an address aligned for O_DIRECT.
struct FreeBytes {
  void operator()(char* p) const { std::free(p); }
};
using BlockBytes = std::unique_ptr<char, FreeBytes>;

// The graph files' write() calls, on a thread of their own. The files are
// about nine times the input (44 MB for the 4.7 MB BBC corpus; 4 GB for
// its 100 copies).
//
// Whole blocks are written with O_DIRECT, from the block to the disk
// without the page cache: on this virtual machine a buffered write cost
// 3 s of system time per GB (copy_folio_from_iter_atomic: `dd bs=1M
// count=1000 conv=fdatasync` 3.4 s, 3.0 s of it system; with oflag=direct
// 0.7 s, 0.2 s system), and `build -j1` on the BBC folder's 100 copies spent
// 17 s of its 89 s in the kernel. A file's last block (not a whole number
// of kAlign bytes) is written through the page cache, O_DIRECT cleared; so
// is every block of a file whose file system refuses O_DIRECT (the open
// fails, or the first write does with EINVAL). Buffered blocks have their
// write-back started at once (sync_file_range), so that the flush to disk
// at the end (io::OutputFolder) finds little left to do.
//
// Writing on this thread also keeps a write's waits (the disk, or on ext4 a
// journal commit under way: another process's sync, our own end-of-run
// syncfs) off the workers: they overlap the next articles' extraction.
//
// At most kInFlight blocks wait for the thread (memory stays a few MiB
// whatever the corpus), and their buffers are reused: a fresh 1 MiB block
// each time would be a fresh mmap and 256 page faults.
class BackgroundWriter {
 public:
  static constexpr size_t kAlign = 4096;     // O_DIRECT: buffer, length and offset
  static constexpr size_t kBlock = 1 << 20;  // a multiple of kAlign

  // One file's state, at a fixed address while blocks of it are queued.
  struct File {
    explicit File(std::string p, int f, bool d) : path(std::move(p)), fd(f), direct(d) {}
    std::string path;
    int fd = -1;
    bool direct = false;               // fd has O_DIRECT (the thread's once blocks are queued)
    size_t queued = 0;                 // blocks not yet written (under mu_)
    std::optional<std::string> error;  // the first error; only the thread writes it
                                       // while blocks are queued
    off_t written = 0;                 // bytes written so far (the thread's)
  };
  // `size` bytes of `bytes` (kBlock long), to be appended to a file.
  struct Block {
    BlockBytes bytes;
    size_t size = 0;
  };

  // Opens `path` for writing (created or truncated), with O_DIRECT where the
  // file system takes it; null with errno set if it cannot be opened.
  static std::unique_ptr<File> open(const std::string& path) {
    constexpr int kFlags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
#if defined(O_DIRECT)
    if (const int fd = ::open(path.c_str(), kFlags | O_DIRECT, 0666); fd >= 0)
      return std::make_unique<File>(path, fd, true);
#endif
    const int fd = ::open(path.c_str(), kFlags, 0666);
    if (fd < 0) return nullptr;
    return std::make_unique<File>(path, fd, false);
  }

  BackgroundWriter() : thread_([this] { run(); }) {}
  ~BackgroundWriter() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    work_.notify_all();
    thread_.join();
  }
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;

  // Queues `block` to be appended to `file`; waits while kInFlight blocks are
  // queued. Every block but a file's last must be full (kBlock bytes).
  void submit(File& file, Block block) {
    if (block.size == 0) return;
    std::unique_lock<std::mutex> lock(mu_);
    room_.wait(lock, [&] { return jobs_.size() < kInFlight; });
    jobs_.push_back({&file, std::move(block)});
    ++file.queued;
    work_.notify_one();
  }
  // An empty block (one the thread is done with, if any).
  Block block() {
    Block b;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!spare_.empty()) {
        b.bytes = std::move(spare_.back());
        spare_.pop_back();
      }
    }
    if (!b.bytes) {
      b.bytes.reset(static_cast<char*>(std::aligned_alloc(kAlign, kBlock)));
      if (!b.bytes) throw std::bad_alloc();
    }
    return b;
  }
  // Returns once every block queued for `file` is written (or failed).
  void drain(File& file) {
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return file.queued == 0; });
  }

 private:
  static constexpr size_t kInFlight = 4;
  struct Job {
    File* file;
    Block block;
  };

  void run() {
    for (;;) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_.wait(lock, [&] { return stop_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      room_.notify_one();
      write_block(*job.file, std::string_view(job.block.bytes.get(), job.block.size));
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (spare_.size() < kInFlight + 1) spare_.push_back(std::move(job.block.bytes));
        --job.file->queued;
      }
      done_.notify_all();
    }
  }

  // Takes O_DIRECT off f's descriptor: its writes go through the page cache.
  static void go_buffered(File& f) {
#if defined(O_DIRECT)
    const int flags = ::fcntl(f.fd, F_GETFL);
    if (flags >= 0) (void)::fcntl(f.fd, F_SETFL, flags & ~O_DIRECT);
#endif
    f.direct = false;
  }

  static void write_block(File& f, std::string_view s) {
    if (f.error) return;  // later writes are skipped: the first error sticks
    // A block that does not end on kAlign (a file's last) is written buffered.
    if (f.direct && s.size() % kAlign != 0) go_buffered(f);
    const off_t from = f.written;
    while (!s.empty()) {
      const ssize_t n = ::write(f.fd, s.data(), s.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        // A file system that opened the file with O_DIRECT but takes no
        // such write: the rest of the file goes through the page cache.
        if (errno == EINVAL && f.direct) {
          go_buffered(f);
          continue;
        }
        f.error = std::string("cannot write: ") + std::strerror(errno);
        return;
      }
      s.remove_prefix(static_cast<size_t>(n));
      f.written += n;
      // A short direct write (a full disk) leaves an unaligned rest.
      if (f.direct && s.size() % kAlign != 0) go_buffered(f);
    }
#if defined(SYNC_FILE_RANGE_WRITE)
    // Only starts the write-back (no wait); durability is still the
    // output folder's flush at the end. A file system without it says so
    // through the return value, which changes nothing here. (Direct writes
    // leave nothing to write back.)
    if (!f.direct) (void)::sync_file_range(f.fd, from, f.written - from, SYNC_FILE_RANGE_WRITE);
#else
    (void)from;
#endif
  }

  std::mutex mu_;
  std::condition_variable work_, room_, done_;
  std::deque<Job> jobs_;
  std::vector<BlockBytes> spare_;
  bool stop_ = false;
  std::thread thread_;  // last: started once everything above is built
};

// A file written through blocks of BackgroundWriter::kBlock bytes handed to
// the BackgroundWriter; the first error sticks and is reported by close()
// (later writes are skipped), naming the file.
class FileSink {
 public:
  static core::Result<FileSink> create(const std::string& path, BackgroundWriter& writer) {
    auto file = BackgroundWriter::open(path);
    if (!file) return core::Error{path, 0, std::string("cannot create: ") + std::strerror(errno)};
    return FileSink(std::move(file), writer);
  }
  FileSink(FileSink&& o) noexcept
      : writer_(o.writer_), file_(std::move(o.file_)), block_(std::move(o.block_)) {}
  FileSink& operator=(FileSink&&) = delete;
  ~FileSink() {
    if (!file_) return;
    writer_->drain(*file_);  // the thread holds the file until its blocks are written
    if (file_->fd >= 0) ::close(file_->fd);
  }

  // Fills the block, handing each full one to the writer.
  void append(std::string_view s) {
    while (!s.empty()) {
      const size_t n = std::min(s.size(), kBlock - block_.size);
      std::memcpy(block_.bytes.get() + block_.size, s.data(), n);
      block_.size += n;
      s.remove_prefix(n);
      if (block_.size == kBlock) flush();
    }
  }
  core::Status close() {
    flush();
    writer_->drain(*file_);
    if (file_->fd >= 0) {
      // close() is where some file systems report a failed write.
      if (::close(file_->fd) != 0 && !file_->error)
        file_->error = std::string("cannot write: ") + std::strerror(errno);
      file_->fd = -1;
    }
    if (file_->error) return core::Error{file_->path, 0, *file_->error};
    return core::Status::success();
  }
  const std::string& path() const { return file_->path; }

 private:
  static constexpr size_t kBlock = BackgroundWriter::kBlock;
  FileSink(std::unique_ptr<BackgroundWriter::File> file, BackgroundWriter& writer)
      : writer_(&writer), file_(std::move(file)), block_(writer.block()) {}
  void flush() {
    if (block_.size == 0) return;
    writer_->submit(*file_, std::move(block_));
    block_ = writer_->block();
  }
  BackgroundWriter* writer_;
  std::unique_ptr<BackgroundWriter::File> file_;
  BackgroundWriter::Block block_;
};

}  // namespace

struct StreamingGraphWriter::Impl {
  // First, so it is destroyed last: the sinks wait for it when they go.
  BackgroundWriter writer;
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

StreamingGraphWriter::Chunks StreamingGraphWriter::format_article(
    const core::Document& doc, const extract::ArticleFacts& facts, const graph::ArticleKeys& keys,
    const graph::KnowledgeGraph* g, const Paths& wanted) {
  NEWSKG_CHECK(g != nullptr || (keys.one_to_one && wanted.json.empty()),
               "an article's JSON, or an article whose facts merge nodes, needs its graph");
  if (!keys.one_to_one) return format(*g, RdfPart::Article, wanted);
  Chunks c;
  if (!wanted.ttl.empty()) c.ttl = to_rdf_chunk(doc, facts, keys, RdfSyntax::Turtle);
  if (!wanted.nt.empty()) c.nt = to_rdf_chunk(doc, facts, keys, RdfSyntax::NTriples);
  if (!wanted.nq.empty()) c.nq = to_rdf_chunk(doc, facts, keys, RdfSyntax::NQuads);
  if (!wanted.json.empty()) c.json = to_json_chunk(*g, RdfPart::Article);
  return c;
}

core::Result<StreamingGraphWriter> StreamingGraphWriter::open(const Paths& paths) {
  auto impl = std::make_unique<Impl>();
  const std::pair<const std::string*, RdfSyntax> rdf[] = {{&paths.ttl, RdfSyntax::Turtle},
                                                          {&paths.nt, RdfSyntax::NTriples},
                                                          {&paths.nq, RdfSyntax::NQuads}};
  for (const auto& [path, syntax] : rdf) {
    if (path->empty()) continue;
    auto sink = FileSink::create(*path, impl->writer);
    if (!sink) return sink.error();
    impl->rdf.push_back({syntax, std::move(*sink), 0});
    impl->rdf.back().sink.append(rdf_file_header(syntax));
  }
  if (!paths.json.empty()) {
    auto sink = FileSink::create(paths.json, impl->writer);
    if (!sink) return sink.error();
    impl->json_links_path = paths.json + ".links";
    auto links = FileSink::create(impl->json_links_path, impl->writer);
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

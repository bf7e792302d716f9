// Entry points of the ingest layer: which files to read, how to read them in
// one go, and which format parser gets the bytes. Plain text lives here too;
// the other formats have their own files (markdown.cpp, html.cpp, jsonl.cpp).
#include "newskg/ingest/reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "formats.hpp"
#include "text_util.hpp"

namespace newskg::ingest {
namespace {

namespace fs = std::filesystem;

std::string os_reason(int err) { return std::generic_category().message(err); }

// Lower-case extension without the dot: "a/B.HTML" -> "html", "README" -> "".
std::string extension_of(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = file.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return detail::lower_ascii(file.substr(dot + 1));
}

// Files in a folder that are documentation, not articles ("README.md", "LICENSE").
bool is_repository_file(std::string_view file_name) {
  return detail::starts_with_nocase(file_name, "readme") ||
         detail::starts_with_nocase(file_name, "license") ||
         detail::starts_with_nocase(file_name, "licence");
}

void walk_folder(const std::string& root, std::vector<std::string>& files,
                 std::vector<core::Error>& errors) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    errors.push_back(core::Error{root, 0, "cannot read folder: " + ec.message()});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::directory_entry& entry = *it;
    std::string name = entry.path().filename().string();
    std::error_code type_ec;
    bool is_dir = entry.is_directory(type_ec);
    if (!name.empty() && name.front() == '.') {  // hidden: ".git", ".DS_Store", editor swap files
      if (is_dir) it.disable_recursion_pending();
      continue;
    }
    if (is_dir || !entry.is_regular_file(type_ec)) continue;
    if (is_repository_file(name)) continue;
    found.push_back(entry.path().string());
  }
  if (ec) errors.push_back(core::Error{root, 0, "cannot read folder: " + ec.message()});
  // Directory order is whatever the file system returns; sorting makes runs reproducible.
  std::sort(found.begin(), found.end());
  files.insert(files.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
}

core::Result<std::string> read_stdin() {
  std::string data;
  std::array<char, 1 << 16> buffer{};
  while (std::cin.read(buffer.data(), buffer.size()) || std::cin.gcount() > 0)
    data.append(buffer.data(), static_cast<size_t>(std::cin.gcount()));
  if (std::cin.bad()) return core::Error{"-", 0, "cannot read standard input"};
  std::cin.clear();
  return data;
}

// The whole file in one read (size from fstat; loops for pipes and short reads).
core::Result<std::string> read_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return core::Error{path, 0, "cannot open: " + os_reason(errno)};
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return core::Error{path, 0, "cannot stat: " + os_reason(errno)};
  if (S_ISDIR(st.st_mode)) return core::Error{path, 0, "cannot read: " + os_reason(EISDIR)};
  std::string data;
  size_t expected = S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0;
  data.resize(expected > 0 ? expected + 1 : size_t{1} << 16);  // +1 to see EOF in one go
  size_t used = 0;
  for (;;) {
    if (used == data.size()) data.resize(data.size() * 2);
    ssize_t n = ::read(fd, data.data() + used, data.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return core::Error{path, 0, "cannot read: " + os_reason(errno)};
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  data.resize(used);
  return data;
}

ReadResult from_result(core::Result<core::Document> r, std::vector<core::Error> warnings = {}) {
  ReadResult out;
  out.warnings = std::move(warnings);
  if (r.ok())
    out.documents.push_back(std::move(r.value()));
  else
    out.errors.push_back(r.error());
  return out;
}

}  // namespace

bool is_valid_url(std::string_view url) { return detail::url_problem(url) == nullptr; }

std::string base_id(std::string_view path) {
  if (path == "-") return "stdin";
  while (path.size() > 1 && (path.back() == '/' || path.back() == '\\')) path.remove_suffix(1);
  size_t slash = path.find_last_of("/\\");
  std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = file.rfind('.');
  if (dot != std::string_view::npos && dot > 0) file = file.substr(0, dot);
  return std::string(file);
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       std::vector<core::Error>& errors) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (!fs::exists(st)) {
      bool missing = !ec || ec == std::errc::no_such_file_or_directory;
      errors.push_back(core::Error{input, 0, missing ? "no such file or directory" : ec.message()});
      continue;
    }
    if (fs::is_directory(st))
      walk_folder(input, files, errors);
    else
      files.push_back(input);  // named explicitly: read even if hidden or a README
  }
  return files;
}

ReadResult read_path(const std::string& path) {
  core::Result<std::string> data = path == "-" ? read_stdin() : read_file(path);
  if (!data.ok()) {
    ReadResult out;
    out.errors.push_back(data.error());
    return out;
  }
  return parse_bytes(path, data.value());
}

ReadResult parse_bytes(std::string_view name, std::string_view bytes) {
  const std::string ext = extension_of(name);
  const std::string_view content = detail::strip_bom(bytes);
  if (ext == "jsonl" || ext == "ndjson") return parse_jsonl(name, bytes);
  if (ext == "json") return detail::parse_json_file(name, bytes);
  std::vector<core::Error> warnings;
  auto html = [&] {
    auto doc = parse_html(name, bytes, &warnings);
    return from_result(std::move(doc), std::move(warnings));
  };
  auto markdown = [&] {
    auto doc = parse_markdown(name, bytes, &warnings);
    return from_result(std::move(doc), std::move(warnings));
  };
  if (ext == "html" || ext == "htm" || ext == "xhtml") return html();
  // Content decides for everything else: seed 003 is a ".txt" with front matter.
  if (detail::has_front_matter(content)) return markdown();
  if (detail::looks_like_html(content)) return html();
  if (ext == "md" || ext == "markdown") return markdown();
  if (ext != "txt" && ext != "text" && detail::looks_like_jsonl(content))
    return parse_jsonl(name, bytes);
  return from_result(parse_text(name, bytes));
}

core::Result<core::Document> parse_text(std::string_view name, std::string_view bytes) {
  const std::string_view content = detail::strip_bom(bytes);
  auto check = detail::check_text(name, content);
  if (!check.ok()) return check.error();

  core::Document doc;
  doc.id = base_id(name);
  doc.source = std::string(name);
  doc.format = "text";
  // The file is the text (offsets are file offsets minus a BOM), unless it
  // holds HTML character references ("Jos&#233;", from a scraped page) or
  // is not in NFC: then the decoded, composed form is what offsets refer to.
  doc.text = detail::decode_and_compose(content);
  doc.title_span = detail::find_headline(doc.text);
  doc.title = std::string(doc.title_span.of(doc.text));
  // "By Jane Doe and John Smith" a few lines below the headline.
  doc.byline = detail::find_byline(doc.text, doc.title_span.end, 6);
  return doc;
}

}  // namespace newskg::ingest

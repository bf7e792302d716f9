#pragma once
// Readers for every input format. Each turns bytes into Documents, validating
// as it goes: bad input is an Error naming the file (and line), never a crash.
//
//   plain text (.txt, or anything not recognised below): first non-empty line is the headline
//   Markdown (.md, or text starting with a `---` YAML front matter block)
//   HTML (.html, .htm, or text starting with `<!DOCTYPE html` / `<html`)
//   JSON Lines (.jsonl, .ndjson): one article per line {id, title, text, date?, url?, byline?}
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/core/document.hpp"
#include "newskg/core/result.hpp"

namespace newskg::ingest {

// Files to read for the given inputs: files as given, folders walked
// recursively (sorted, hidden files and folders skipped), "-" kept as is.
// Missing paths are reported in `errors` and skipped.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       std::vector<core::Error>& errors);

// What came out of one input: the documents read, the errors of the parts
// that could not be read (a JSON Lines file may give both), and warnings:
// problems the reader recovered from, each naming the file (and line where
// there is one), whose documents are still read. Examples:
//   a.jsonl:3: field "url" "javascript:alert(1)" dropped: scheme is not http or https
//   b.md:4: front matter: YAML error: ... (line 4, column 5); its fields are ignored
//   c.html: HTML nested deeper than 400 elements: 1200 tags beyond that depth dropped, ...
struct ReadResult {
  std::vector<core::Document> documents;
  std::vector<core::Error> errors;
  std::vector<core::Error> warnings;
};

// Reads one path ("-" is standard input), choosing the format by extension and content.
ReadResult read_path(const std::string& path);

// Parses already-loaded bytes; `name` is used for errors and the document id.
ReadResult parse_bytes(std::string_view name, std::string_view bytes);

// The individual formats (exposed for tests); warnings are appended to
// `warnings` when it is given.
core::Result<core::Document> parse_text(std::string_view name, std::string_view bytes);
core::Result<core::Document> parse_markdown(std::string_view name, std::string_view bytes,
                                            std::vector<core::Error>* warnings = nullptr);
core::Result<core::Document> parse_html(std::string_view name, std::string_view bytes,
                                        std::vector<core::Error>* warnings = nullptr);
ReadResult parse_jsonl(std::string_view name, std::string_view bytes);

// Document::url holds only an absolute http or https URL of sane syntax
// (see src/ingest/text_util.hpp url_problem for the rules); a value that
// fails is dropped with a warning. The same test, for other layers:
bool is_valid_url(std::string_view url);

// "dir/003_0d35.txt" -> "003_0d35"
std::string base_id(std::string_view path);

}  // namespace newskg::ingest

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

// What came out of one input: the documents read, and the errors of the parts
// that could not be read (a JSON Lines file may give both).
struct ReadResult {
  std::vector<core::Document> documents;
  std::vector<core::Error> errors;
};

// Reads one path ("-" is standard input), choosing the format by extension and content.
ReadResult read_path(const std::string& path);

// Parses already-loaded bytes; `name` is used for errors and the document id.
ReadResult parse_bytes(std::string_view name, std::string_view bytes);

// The individual formats (exposed for tests).
core::Result<core::Document> parse_text(std::string_view name, std::string_view bytes);
core::Result<core::Document> parse_markdown(std::string_view name, std::string_view bytes);
core::Result<core::Document> parse_html(std::string_view name, std::string_view bytes);
ReadResult parse_jsonl(std::string_view name, std::string_view bytes);

// "dir/003_0d35.txt" -> "003_0d35"
std::string base_id(std::string_view path);

}  // namespace newskg::ingest

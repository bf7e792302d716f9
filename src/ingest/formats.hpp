#pragma once
// Format sniffing and the readers that the public header does not expose
// (private to src/ingest).
#include <string_view>

#include "newskg/ingest/reader.hpp"

namespace newskg::ingest::detail {

// "---" alone on the first line (trailing spaces and CR allowed).
bool has_front_matter(std::string_view content);

// Starts (after whitespace) with "<!DOCTYPE html" or "<html", any case.
bool looks_like_html(std::string_view content);

// Starts with "{" and the first line ends with "}": one JSON object per line.
bool looks_like_jsonl(std::string_view content);

// A whole `.json` file: one article object, or an array of them (same fields
// as a JSON Lines record). Anything else is an error, so a folder's answer
// keys or configuration files do not turn into junk articles.
ReadResult parse_json_file(std::string_view name, std::string_view bytes);

}  // namespace newskg::ingest::detail

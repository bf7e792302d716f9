#pragma once
// One article as newskg reads it, whatever its input format.
#include <string>
#include <vector>

#include "newskg/core/span.hpp"

namespace newskg::core {

struct Document {
  // Stable identifier: the input's base name without extension ("003_0d35...")
  // or the JSON Lines `id`. Graph IRIs and --per-article file names derive from it.
  std::string id;
  std::string source;  // where it was read from: a path, "-", or "path:line"
  // The article text that offsets refer to: the headline on the first line, a
  // blank line, then the body. For plain text this is the file itself.
  std::string text;
  std::string title;
  std::string date;
  std::string url;
  std::vector<std::string> byline;      // authors ("By A and B", front matter)
  std::string publisher;                // the outlet named as the source (JSON-LD, og:site_name)
  std::vector<std::string> categories;  // front matter categories/tags
  std::string format;                   // "text", "markdown", "html", "jsonl"
  Span title_span;                      // where the headline sits in `text`
};

}  // namespace newskg::core

#pragma once
// Running Graphviz: always `dot` with an argument vector (fork + execv, no
// shell), the DOT text on a file beside the output, the output written to a
// temporary file and renamed into place, so a failed or interrupted render
// never leaves half an image.
#include <string>
#include <string_view>

#include "newskg/core/result.hpp"

namespace newskg::render {

enum class ImageFormat { Svg, Png };

// The format a path names: ".svg", ".png"; nullopt-like Error otherwise.
core::Result<ImageFormat> image_format_of(std::string_view path);

// Where `dot` is on PATH, or an Error saying Graphviz is not installed:
//   graphviz is not installed (no `dot` on PATH); install it (Debian:
//   apt-get install graphviz) or write a .dot file
core::Result<std::string> find_graphviz();

// Whether an Error came from find_graphviz (the CLI gives it its own exit code).
bool is_graphviz_missing(const core::Error& error);

// Renders DOT text to `out_path`. The engine is the one the DOT text names
// (its `layout` attribute); Graphviz's own error message, if any, is in the
// returned Error.
core::Status run_graphviz(std::string_view dot_text, ImageFormat format,
                          const std::string& out_path);

}  // namespace newskg::render

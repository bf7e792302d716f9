#pragma once
#include <CLI/CLI.hpp>

namespace newskg::cli {

// Registers `newskg extract FILE...`: prints what the extractors read in each
// article (entities with their mentions and roles, statements, meetings,
// positions) as plain text, for checking extraction on one's own articles.
void add_extract_command(CLI::App& app, int& exit_code);

}  // namespace newskg::cli

#pragma once
#include <CLI/CLI.hpp>

namespace newskg::cli {

// Registers `newskg query said|met|positions|entity`; its exit status lands
// in exit_code when it runs (0 answered, 1 no such entity, 2 ambiguous name,
// unreadable graph or usage error).
void add_query_command(CLI::App& app, int& exit_code);

}  // namespace newskg::cli

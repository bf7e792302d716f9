#pragma once
#include <CLI/CLI.hpp>

namespace newskg::cli {

// Registers `newskg build`; its exit status lands in exit_code when it runs.
void add_build_command(CLI::App& app, int& exit_code);

}  // namespace newskg::cli

#pragma once
#include <CLI/CLI.hpp>

namespace newskg::cli {

// Registers `newskg render VIEW ... -o FILE.{svg,png,dot}`; its exit status
// lands in exit_code when it runs: 0 drawn, 1 no such entity or article,
// 2 usage, unreadable graph, ambiguous name or output error, 4 Graphviz
// missing or failed (a .dot file needs no Graphviz).
void add_render_command(CLI::App& app, int& exit_code);

// Registers `newskg report [--graph G] -o FILE.html`: 0 written, 2 unreadable
// graph or output error. Without Graphviz the page is written without its
// diagram (and says so).
void add_report_command(CLI::App& app, int& exit_code);

}  // namespace newskg::cli

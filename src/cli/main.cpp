// The `newskg` executable: parse the command line, run a subcommand, map
// errors to exit codes (0 ok, 1 nothing usable read, 2 usage or I/O error).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "build_command.hpp"
#include "extract_command.hpp"
#include "merge_command.hpp"
#include "query_command.hpp"
#include "render_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"newskg: who said what about whom, who met whom, who stands where, from news articles"};
  app.require_subcommand(1);
  int exit_code = 0;
  newskg::cli::add_build_command(app, exit_code);
  newskg::cli::add_extract_command(app, exit_code);
  newskg::cli::add_merge_command(app, exit_code);
  newskg::cli::add_query_command(app, exit_code);
  newskg::cli::add_render_command(app, exit_code);
  newskg::cli::add_report_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "newskg: internal error: " << e.what() << "\n";
    return 3;
  }
  return exit_code;
}

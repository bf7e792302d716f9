#include "extract_command.hpp"

#include <iostream>

#include "newskg/extract/extractor.hpp"
#include "newskg/ingest/reader.hpp"
#include "pipeline.hpp"

namespace newskg::cli {
namespace {

int run_extract(const std::vector<std::string>& inputs, const std::string& lexicons) {
  auto lex = load_lexicons(lexicons);
  if (!lex) return 2;
  std::vector<core::Error> errors;
  size_t read = 0;
  for (const auto& path : ingest::expand_inputs(inputs, errors)) {
    auto r = ingest::read_path(path);
    for (const auto& e : r.errors) errors.push_back(e);
    for (const auto& w : r.warnings) std::cerr << "newskg: warning: " << w.to_string() << "\n";
    for (const auto& doc : r.documents) {
      ++read;
      auto f = extract::extract_article(doc, *lex);
      for (const auto& w : f.warnings) std::cerr << "newskg: warning: " << w.to_string() << "\n";
      std::cout << "== " << doc.id << " (" << doc.source << ")\n";
      auto name = [&](int i) { return i < 0 ? std::string("?") : f.entities[static_cast<size_t>(i)].name; };
      for (const auto& e : f.entities) {
        std::cout << "entity " << extract::to_string(e.type) << " | " << e.name;
        for (const auto& a : e.aliases) std::cout << " | " << a;
        std::cout << "  (" << e.mentions.size() << " mentions)";
        for (const auto& r2 : e.roles) std::cout << " [" << r2.title << " of " << name(r2.of) << "]";
        std::cout << "\n";
      }
      for (const auto& s : f.statements) {
        std::cout << "said " << (s.kind == extract::StatementKind::Direct ? "direct  " : "indirect")
                  << " " << name(s.speaker) << " (" << s.confidence << "): " << s.text;
        if (!s.about.empty()) {
          std::cout << "  -- about:";
          for (int a : s.about) std::cout << " " << name(a) << ";";
        }
        std::cout << "\n";
      }
      for (const auto& m : f.meetings) {
        std::cout << "met";
        for (int p : m.participants) std::cout << " | " << name(p);
        std::cout << "\n";
      }
      for (const auto& q : f.unattributed)
        std::cout << "unattributed quotation: " << q.of(doc.text) << "\n";
      for (const auto& p : f.positions)
        std::cout << "position " << name(p.holder) << " " << extract::to_string(p.stance) << ": "
                  << p.topic << "\n";
    }
  }
  for (const auto& e : errors) std::cerr << "newskg: error: " << e.to_string() << "\n";
  return read == 0 ? 1 : 0;
}

}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto inputs = std::make_shared<std::vector<std::string>>();
  auto lexicons = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("extract", "Print what the extractors read in each article");
  cmd->add_option("inputs", *inputs, "Files, folders or -")->required();
  cmd->add_option("--lexicons", *lexicons, "Lexicon folder (default: schema/lexicon)");
  cmd->callback([inputs, lexicons, &exit_code] { exit_code = run_extract(*inputs, *lexicons); });
}

}  // namespace newskg::cli

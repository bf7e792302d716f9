#include "extract_command.hpp"

#include <charconv>
#include <iostream>
#include <string>

#include "newskg/extract/extractor.hpp"
#include "newskg/ingest/reader.hpp"
#include "pipeline.hpp"

namespace newskg::cli {
namespace {

// What `std::cout << v` prints with the stream's default flags: integers in
// full, doubles as printf's "%.6g" ("0.85", "1").
void append_number(std::string& out, size_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}
void append_number(std::string& out, double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 6);
  out.append(buf, r.ptr);
}

int run_extract(const std::vector<std::string>& inputs, const std::string& lexicons) {
  auto lex = load_lexicons(lexicons);
  if (!lex) return 2;
  std::vector<core::Error> errors;
  size_t read = 0;
  std::string out;  // one article's lines
  for (const auto& path : ingest::expand_inputs(inputs, errors)) {
    auto r = ingest::read_path(path);
    for (const auto& e : r.errors) errors.push_back(e);
    for (const auto& w : r.warnings) std::cerr << "newskg: warning: " << w.to_string() << "\n";
    for (const auto& doc : r.documents) {
      ++read;
      auto f = extract::extract_article(doc, *lex);
      for (const auto& w : f.warnings) std::cerr << "newskg: warning: " << w.to_string() << "\n";
      // The article's lines are gathered and written at once: one write
      // instead of a formatted stream operation per field. (std::cerr is
      // tied to std::cout, so the warnings still come between the articles
      // where they did.)
      out.clear();
      auto name = [&](int i) -> const std::string& {
        static const std::string unknown = "?";
        return i < 0 ? unknown : f.entities[static_cast<size_t>(i)].name;
      };
      out.append("== ").append(doc.id).append(" (").append(doc.source).append(")\n");
      for (const auto& e : f.entities) {
        out.append("entity ").append(extract::to_string(e.type)).append(" | ").append(e.name);
        for (const auto& a : e.aliases) out.append(" | ").append(a);
        out.append("  (");
        append_number(out, e.mentions.size());
        out.append(" mentions)");
        for (const auto& r2 : e.roles)
          out.append(" [").append(r2.title).append(" of ").append(name(r2.of)).append("]");
        out.append("\n");
      }
      for (const auto& s : f.statements) {
        out.append("said ")
            .append(s.kind == extract::StatementKind::Direct ? "direct  " : "indirect")
            .append(" ")
            .append(name(s.speaker))
            .append(" (");
        append_number(out, s.confidence);
        out.append("): ").append(s.text);
        if (!s.about.empty()) {
          out.append("  -- about:");
          for (int a : s.about) out.append(" ").append(name(a)).append(";");
        }
        out.append("\n");
      }
      for (const auto& m : f.meetings) {
        out.append("met");
        for (int p : m.participants) out.append(" | ").append(name(p));
        out.append("\n");
      }
      for (const auto& q : f.unattributed)
        out.append("unattributed quotation: ").append(q.of(doc.text)).append("\n");
      for (const auto& p : f.positions)
        out.append("position ")
            .append(name(p.holder))
            .append(" ")
            .append(extract::to_string(p.stance))
            .append(": ")
            .append(p.topic)
            .append("\n");
      std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
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

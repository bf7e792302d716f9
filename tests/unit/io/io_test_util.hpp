#pragma once
// Shared by the io tests: a small hand-built knowledge graph that has every
// node kind and relation, scratch directories, and running the external
// tools (serdi, dot) that judge our output.
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/graph/model.hpp"

namespace newskg::io::testing {

// Quotes, a newline, a backslash, curly quotes and non-ASCII letters: every
// escaping case Serd, DOT and JSON have to get right.
inline const std::string kStatementText =
    "We will not \"abandon\" Ukraine,\nnot now \xE2\x80\x94 \xE2\x80\x9Cnever\xE2\x80\x9D "
    "\xE2\x80\x94 says Zelenskyy\xE2\x80\x99s caf\xC3\xA9 owner \\ friend";
inline const std::string kStatementKey = "statement/a1/120-245";
inline const std::string kMeetingKey = "meeting/a1/300-350/1";
inline const std::string kPositionKey = "position/a1/400-450/1";
inline const std::string kOfficeKey = "office/defense-secretary/country/united-states";

struct SampleLink {
  std::string from;
  graph::Relation relation;
  std::string to;
  std::vector<graph::Evidence> evidence;
  double confidence = 1.0;
};

struct SampleGraph {
  std::vector<graph::NodeProps> nodes;
  std::vector<SampleLink> links;
};

inline graph::NodeProps make_node(graph::NodeKind kind, std::string key, std::string label,
                                  uint32_t mentions = 0) {
  graph::NodeProps n;
  n.kind = kind;
  n.key = std::move(key);
  n.label = std::move(label);
  n.mentions = mentions;
  return n;
}

inline SampleGraph sample_data() {
  using graph::NodeKind;
  using graph::Relation;
  SampleGraph s;

  graph::NodeProps hegseth = make_node(NodeKind::Person, "person/pete-hegseth", "", 3);
  hegseth.label_votes = {{"Pete Hegseth", 1000}, {"Hegseth", 2}};
  hegseth.aliases = {{"the Pentagon chief", 1}};
  s.nodes.push_back(hegseth);
  graph::NodeProps zelenskyy =
      make_node(NodeKind::Person, "person/volodymyr-zelenskyy", "Volodymyr Zelenskyy", 2);
  zelenskyy.aliases = {{"Zelensky", 1}};
  s.nodes.push_back(zelenskyy);
  s.nodes.push_back(make_node(NodeKind::Country, "country/ukraine", "Ukraine", 4));
  graph::NodeProps us = make_node(NodeKind::Country, "country/united-states", "United States", 1);
  us.aliases = {{"U.S.", 1}};
  s.nodes.push_back(us);
  s.nodes.push_back(make_node(NodeKind::Organization, "organization/nato", "NATO", 1));
  s.nodes.push_back(make_node(NodeKind::Event, "event/munich-security-conference",
                              "Munich Security Conference", 1));

  graph::NodeProps a1 = make_node(NodeKind::Article, "article/a1", "Hegseth meets Zelenskyy");
  a1.attrs = {{"id", {"a1"}},
              {"title", {"Hegseth meets Zelenskyy"}},
              {"date", {"2025-02-12"}},
              {"url", {"https://example.com/news?id=1&page=2"}},
              {"source", {"Example Wire"}},
              {"format", {"txt"}},
              {"byline", {"Jane Doe", "John Roe"}},
              {"category", {"World"}},
              {"length", {"500"}}};
  s.nodes.push_back(a1);
  graph::NodeProps a2 = make_node(NodeKind::Article, "article/a2", "Second report");
  a2.attrs = {{"id", {"a2"}}, {"title", {"Second report"}}, {"length", {"80"}}};
  s.nodes.push_back(a2);

  graph::NodeProps st = make_node(NodeKind::Statement, kStatementKey, kStatementText);
  st.attrs = {{"text", {kStatementText}},
              {"kind", {"direct"}},
              {"confidence", {"0.90"}},
              {"article", {"a1"}},
              {"sentence", {"Hegseth said: " + kStatementText}},
              {"sentenceBegin", {"106"}},
              {"sentenceEnd", {"246"}}};
  st.evidence = {{"a1", 120, 245}};
  st.confidence = 0.9;
  s.nodes.push_back(st);

  graph::NodeProps meeting =
      make_node(NodeKind::Meeting, kMeetingKey, "Pete Hegseth \xE2\x80\x93 Volodymyr Zelenskyy");
  meeting.attrs = {{"article", {"a1"}},
                   {"sentence", {"Hegseth met Zelenskyy in Kyiv."}},
                   {"confidence", {"0.80"}}};
  meeting.evidence = {{"a1", 300, 350}};
  meeting.confidence = 0.8;
  s.nodes.push_back(meeting);

  graph::NodeProps position =
      make_node(NodeKind::Position, kPositionKey, "military aid to Ukraine");
  position.attrs = {{"topic", {"military aid to Ukraine"}},
                    {"stance", {"support"}},
                    {"article", {"a1"}},
                    {"sentence", {"Hegseth backed military aid to Ukraine."}},
                    {"confidence", {"0.70"}}};
  position.evidence = {{"a1", 400, 450}};
  position.confidence = 0.7;
  s.nodes.push_back(position);

  graph::NodeProps office =
      make_node(NodeKind::Office, kOfficeKey, "Defense Secretary (United States)");
  office.attrs = {{"title", {"Defense Secretary"}}};
  s.nodes.push_back(office);

  s.links = {
      {"person/pete-hegseth", Relation::Said, kStatementKey, {{"a1", 120, 245}}, 0.9},
      {kStatementKey, Relation::About, "country/ukraine", {}, 1.0},
      {kStatementKey, Relation::About, "organization/nato", {}, 1.0},
      {kStatementKey, Relation::FromArticle, "article/a1", {}, 1.0},
      {kMeetingKey, Relation::Participant, "person/pete-hegseth", {}, 1.0},
      {kMeetingKey, Relation::Participant, "person/volodymyr-zelenskyy", {}, 1.0},
      {kMeetingKey, Relation::FromArticle, "article/a1", {}, 1.0},
      // Reported by both articles: N-Quads must put it in both graphs.
      {"person/volodymyr-zelenskyy",
       Relation::Met,
       "person/pete-hegseth",
       {{"a1", 300, 350}, {"a2", 10, 60}},
       0.8},
      {kPositionKey, Relation::Holder, "person/pete-hegseth", {}, 1.0},
      {kPositionKey, Relation::TopicEntity, "country/ukraine", {}, 1.0},
      {kPositionKey, Relation::FromArticle, "article/a1", {}, 1.0},
      {"person/pete-hegseth", Relation::HoldsOffice, kOfficeKey, {{"a1", 0, 30}}, 1.0},
      {kOfficeKey, Relation::OfficeOf, "country/united-states", {{"a1", 0, 30}}, 1.0},
      {"article/a1", Relation::Mentions, "person/pete-hegseth", {{"a1", 0, 12}}, 1.0},
      {"article/a1", Relation::Mentions, "person/volodymyr-zelenskyy", {{"a1", 20, 39}}, 1.0},
      {"article/a1", Relation::Mentions, "country/ukraine", {{"a1", 60, 67}}, 1.0},
      {"article/a1", Relation::Mentions, "country/united-states", {{"a1", 25, 29}}, 1.0},
      {"article/a1", Relation::Mentions, "organization/nato", {{"a1", 80, 84}}, 1.0},
      {"article/a1",
       Relation::Mentions,
       "event/munich-security-conference",
       {{"a1", 90, 116}},
       1.0},
      {"article/a2", Relation::Mentions, "person/pete-hegseth", {{"a2", 0, 7}}, 1.0},
      {"article/a2", Relation::Mentions, "person/volodymyr-zelenskyy", {{"a2", 20, 29}}, 1.0},
  };
  return s;
}

// Inserting in reverse changes every vertex number; writers must not care.
inline graph::KnowledgeGraph build(const SampleGraph& s, bool reversed = false) {
  graph::KnowledgeGraph kg;
  std::vector<graph::NodeProps> nodes = s.nodes;
  std::vector<SampleLink> links = s.links;
  if (reversed) {
    std::reverse(nodes.begin(), nodes.end());
    std::reverse(links.begin(), links.end());
  }
  for (auto& n : nodes) kg.upsert(n);
  for (const auto& l : links) {
    auto from = kg.find(l.from);
    auto to = kg.find(l.to);
    if (!from || !to) throw std::logic_error("sample link to a missing node: " + l.from);
    kg.link(*from, l.relation, *to, l.evidence, l.confidence);
  }
  return kg;
}

inline graph::KnowledgeGraph sample_graph(bool reversed = false) {
  return build(sample_data(), reversed);
}

// A scratch directory, removed with everything in it when the test ends.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "newskg-io-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(std::string_view name) const { return path_ + "/" + std::string(name); }
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(path_))
      out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::string path_;
};

inline void write_text(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout only
};

// Through the shell, which is fine for tests: every argument is one of our
// own temp paths (no spaces or quotes).
inline CommandResult run(const std::string& command) {
  CommandResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline bool has_program(const std::string& name) {
  return run("command -v " + name + " >/dev/null 2>&1").exit_code == 0;
}

inline std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// The statement lines of N-Triples or N-Quads: every line but the comments
// (the "# newskg: ..." lines that frame each graph file).
inline std::vector<std::string> statement_lines(std::string_view text) {
  std::vector<std::string> out;
  for (std::string& line : split_lines(text))
    if (line[0] != '#') out.push_back(std::move(line));
  return out;
}

inline std::vector<std::string> sorted_lines(std::string_view text) {
  auto lines = split_lines(text);
  std::sort(lines.begin(), lines.end());
  return lines;
}

// "<s> <p> <o> ." (N-Triples): subject and predicate IRIs, and the rest.
struct NtLine {
  std::string subject, predicate, object;  // IRIs without <>, object as written
};
inline NtLine parse_nt_line(const std::string& line) {
  NtLine t;
  const size_t s_end = line.find("> <");
  const size_t p_end = line.find("> ", s_end + 3);
  if (line.empty() || line[0] != '<' || s_end == std::string::npos || p_end == std::string::npos)
    throw std::runtime_error("not an N-Triples line: " + line);
  t.subject = line.substr(1, s_end - 1);
  t.predicate = line.substr(s_end + 3, p_end - s_end - 3);
  t.object = line.substr(p_end + 2);
  if (t.object.size() >= 2 && t.object.compare(t.object.size() - 2, 2, " .") == 0)
    t.object.resize(t.object.size() - 2);
  return t;
}

}  // namespace newskg::io::testing

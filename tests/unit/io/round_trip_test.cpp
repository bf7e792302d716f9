// Round trip: read(write(g)) == g for Turtle, N-Triples and N-Quads.
//
// Property tests on generated graphs whose literals hold every awkward
// character (quotes, backslashes and what looks like escapes, newlines and
// every C0 control, DEL, U+2028/2029, astral code points, combining marks,
// """ runs, literals ending in a quote or a backslash), with a fixed seed;
// every ordered pair of awkward pieces, since Serd's Turtle long-string
// reader went wrong on what *follows* a quote ("a\"\\new" came back with a
// newline); and the graphs built from the test corpora.
//
// Equality is exact: the read graph written again gives the same N-Triples
// byte for byte, and every label, alias and attribute value is the same
// string as before.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io_test_util.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/graph/builder.hpp"
#include "newskg/ingest/reader.hpp"
#include "newskg/io/turtle_reader.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::NodeProps;
using graph::Relation;

constexpr RdfSyntax kSyntaxes[] = {RdfSyntax::Turtle, RdfSyntax::NTriples, RdfSyntax::NQuads};

const char* syntax_name(RdfSyntax s) {
  return s == RdfSyntax::Turtle ? "Turtle" : s == RdfSyntax::NTriples ? "N-Triples" : "N-Quads";
}

// The pieces literals are made of: each one a way escaping has gone wrong.
std::vector<std::string> awkward_pieces() {
  std::vector<std::string> pieces = {
      "\"",
      "'",
      "\\",
      "\\\"",
      "\\\\",
      "\\n",
      "\\t",
      "\\u0041",
      "\\U0001F600",
      "\\x",
      "\"\"",
      "\"\"\"",
      "\"\"\"\"",
      "''",
      "'''",
      "\n",
      "\r",
      "\r\n",
      "\t",
      " ",
      "\x7F",  // DEL
      "\xC2\x80",
      "\xC2\x9F",  // C1 controls
      "\xC2\xA0",  // no-break space
      "\xE2\x80\xA8",
      "\xE2\x80\xA9",      // line and paragraph separators
      "\xEF\xBB\xBF",      // a byte order mark inside the text
      "\xF0\x9F\x98\x80",  // an emoji (astral)
      "\xF4\x8F\xBF\xBF",  // U+10FFFF, the last code point
      "e\xCC\x81",
      "\xCC\x81",  // a combining accent, and one alone
      "\xE2\x80\x9C",
      "\xE2\x80\x99",  // curly quotes
      "#",
      "<",
      ">",
      "<http://x>",
      "@en",
      "^^",
      ".",
      " .",
      ";",
      ",",
      "_:b",
      "%FF",
      "a",
      "Zelenskyy said",
      "caf\xC3\xA9",
  };
  for (int c = 0; c < 0x20; ++c) pieces.push_back(std::string(1, static_cast<char>(c)));
  return pieces;
}

// SplitMix64: the same numbers on every platform and standard library.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }

 private:
  uint64_t state_;
};

std::string random_literal(Rng& rng, const std::vector<std::string>& pieces) {
  std::string out;
  const size_t n = rng.below(9);
  for (size_t i = 0; i < n; ++i) out += pieces[rng.below(pieces.size())];
  switch (rng.below(6)) {  // a literal ending in a quote or a backslash
    case 0:
      out += "\"";
      break;
    case 1:
      out += "\\";
      break;
    default:
      break;
  }
  return out;
}

NodeProps node(NodeKind kind, std::string key, std::string label = {}) {
  NodeProps n;
  n.kind = kind;
  n.key = std::move(key);
  n.label = std::move(label);
  return n;
}

// A small graph of every node kind, its literals all awkward.
KnowledgeGraph random_graph(Rng& rng, const std::vector<std::string>& pieces) {
  auto lit = [&] { return random_literal(rng, pieces); };
  KnowledgeGraph kg;
  const std::string article_id = "a" + std::to_string(rng.below(1000)) + lit();
  const std::string article_key = "article/" + graph::slug(article_id) + "x";
  NodeProps article = node(NodeKind::Article, article_key, "headline " + lit());
  article.attrs = {{"id", {article_id}}, {"title", {lit()}},  {"byline", {lit(), lit()}},
                   {"url", {lit()}},     {"source", {lit()}}, {"date", {lit()}}};
  const auto a = kg.upsert(article);

  std::vector<graph::Vertex> people;
  for (int i = 0; i < 3; ++i) {
    NodeProps p = node(NodeKind::Person, "person/p" + std::to_string(i), "P " + lit());
    p.aliases = {{lit(), 1}, {lit(), 1}};
    people.push_back(kg.upsert(p));
    kg.link(a, Relation::Mentions, people.back());
  }

  const uint32_t begin = static_cast<uint32_t>(rng.below(500));
  const graph::Evidence ev{article_id, begin, begin + 1 + static_cast<uint32_t>(rng.below(90))};
  const std::string text = lit();
  NodeProps st = node(NodeKind::Statement,
                      "statement/" + graph::slug(article_id) + "x/" + std::to_string(begin), text);
  st.attrs = {{"text", {text}},
              {"kind", {lit()}},
              {"sentence", {lit()}},
              {"confidence", {rng.below(2) ? "0.75" : lit()}},
              {"article", {article_id}}};
  st.evidence = {ev};
  const auto s = kg.upsert(st);
  kg.link(s, Relation::FromArticle, a);
  kg.link(people[0], Relation::Said, s, {ev});
  kg.link(s, Relation::About, people[1]);

  NodeProps pos = node(NodeKind::Position, "position/" + std::to_string(begin), lit());
  pos.attrs = {{"topic", {lit()}}, {"stance", {lit()}}, {"article", {article_id}}};
  pos.evidence = {ev};
  const auto p = kg.upsert(pos);
  kg.link(p, Relation::Holder, people[1]);
  kg.link(p, Relation::FromArticle, a);

  NodeProps meeting = node(NodeKind::Meeting, "meeting/" + std::to_string(begin), lit());
  meeting.attrs = {{"sentence", {lit()}}, {"article", {article_id}}};
  meeting.evidence = {ev};
  const auto m = kg.upsert(meeting);
  kg.link(m, Relation::Participant, people[1]);
  kg.link(m, Relation::Participant, people[2]);
  kg.link(m, Relation::FromArticle, a);
  kg.link(people[1], Relation::Met, people[2], {ev});

  NodeProps office = node(NodeKind::Office, "office/o", lit());
  office.attrs = {{"title", {lit()}}};
  NodeProps country = node(NodeKind::Country, "country/c", lit());
  country.aliases = {{lit(), 1}};
  const auto o = kg.upsert(office);
  const auto c = kg.upsert(country);
  kg.link(people[2], Relation::HoldsOffice, o);
  kg.link(o, Relation::OfficeOf, c);
  NodeProps source = node(NodeKind::UnnamedSource, "unnamedsource/u", lit());
  source.attrs = {{"article", {article_id}}};
  kg.link(kg.upsert(source), Relation::FromArticle, a);
  return kg;
}

// Every string of `want` is in `got`, unchanged, and nothing else.
void expect_same_literals(const KnowledgeGraph& want, const KnowledgeGraph& got) {
  ASSERT_EQ(got.num_nodes(), want.num_nodes());
  ASSERT_EQ(got.num_edges(), want.num_edges());
  for (graph::Vertex v : want.sorted_nodes()) {
    const NodeProps& w = want[v];
    const auto there = got.find(w.key);
    ASSERT_TRUE(there.has_value()) << w.key;
    const NodeProps& g = got[*there];
    EXPECT_EQ(g.kind, w.kind) << w.key;
    EXPECT_EQ(g.label, w.label) << w.key;  // a Statement's label is its text
    EXPECT_EQ(g.attrs, w.attrs) << w.key;
    EXPECT_EQ(g.evidence, w.evidence) << w.key;
    std::vector<std::string> want_aliases, got_aliases;
    for (const auto& [alias, count] : w.aliases) want_aliases.push_back(alias);
    for (const auto& [alias, count] : g.aliases) got_aliases.push_back(alias);
    EXPECT_EQ(got_aliases, want_aliases) << w.key;
  }
}

// "" when equal, else the first line where `got` differs from `want`.
std::string first_difference(const std::string& want, const std::string& got) {
  if (want == got) return "";
  const auto w = testing::split_lines(want), g = testing::split_lines(got);
  for (size_t i = 0; i < std::max(w.size(), g.size()); ++i) {
    const std::string a = i < w.size() ? w[i] : "(none)", b = i < g.size() ? g[i] : "(none)";
    if (a != b) return "line " + std::to_string(i + 1) + ":\n  want " + a + "\n  got  " + b;
  }
  return "the same lines, other bytes";
}

void expect_round_trip(const KnowledgeGraph& g, const std::string& what) {
  const std::string nt = to_rdf(g, RdfSyntax::NTriples);
  for (RdfSyntax syntax : kSyntaxes) {
    SCOPED_TRACE(what + ", " + syntax_name(syntax));
    const std::string text = to_rdf(g, syntax);
    // The direct N-Triples/N-Quads formatter writes exactly Serd's bytes.
    if (syntax != RdfSyntax::Turtle) {
      EXPECT_EQ(first_difference(to_rdf_with_serd(g, syntax), text), "");
    }
    auto back = read_graph_string(text, syntax, what);
    ASSERT_TRUE(back.ok()) << back.error().to_string();
    EXPECT_EQ(first_difference(nt, to_rdf(*back, RdfSyntax::NTriples)), "");
    // Written again in its own syntax, the same bytes.
    EXPECT_EQ(first_difference(text, to_rdf(*back, syntax)), "");
    expect_same_literals(g, *back);
  }
}

TEST(RoundTripTest, EveryAwkwardPieceAndEveryPairOfThem) {
  const std::vector<std::string> pieces = awkward_pieces();
  KnowledgeGraph kg;
  size_t i = 0;
  auto add = [&](const std::string& literal) {
    // The label is the literal, the alias the literal with something after it.
    NodeProps n = node(NodeKind::Person, "person/p" + std::to_string(i++), literal);
    n.aliases = {{literal + "x", 1}};
    kg.upsert(n);
  };
  for (const std::string& a : pieces) {
    add(a);
    for (const std::string& b : pieces) add(a + b);
  }
  ASSERT_EQ(kg.num_nodes(), pieces.size() * (pieces.size() + 1));
  expect_round_trip(kg, "pairs");
}

TEST(RoundTripTest, GeneratedGraphsWithAwkwardLiterals) {
  const std::vector<std::string> pieces = awkward_pieces();
  Rng rng(20250214);  // fixed: the same graphs on every run
  for (int iteration = 0; iteration < 1000; ++iteration) {
    const KnowledgeGraph g = random_graph(rng, pieces);
    expect_round_trip(g, "graph " + std::to_string(iteration));
    if (::testing::Test::HasFailure()) break;  // one graph's report is enough
  }
}

// The formatter scans literals and IRIs 16 bytes at a time: every ASCII
// byte, and a character of each UTF-8 length, at every position of a
// literal and of a key longer than two such blocks, written exactly as Serd
// writes it.
TEST(RoundTripTest, EveryByteAtEveryPositionOfALongLiteralAndKey) {
  std::vector<std::string> inserts;
  for (int c = 1; c < 0x80; ++c) inserts.emplace_back(1, static_cast<char>(c));
  for (const char* multi : {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"}) inserts.emplace_back(multi);
  constexpr size_t kLength = 40;
  for (size_t at = 0; at <= kLength; ++at) {
    KnowledgeGraph kg;
    size_t n = 0;
    for (const std::string& insert : inserts) {
      std::string text(kLength, 'a');
      text.insert(at, insert);
      const std::string id = std::to_string(n++);
      kg.upsert(node(NodeKind::Person, "person/" + id, text));
      kg.upsert(node(NodeKind::Organization, "organization/" + id + "-" + text, "o"));
    }
    for (RdfSyntax syntax : {RdfSyntax::NTriples, RdfSyntax::NQuads}) {
      SCOPED_TRACE("at " + std::to_string(at) + ", " + syntax_name(syntax));
      EXPECT_EQ(first_difference(to_rdf_with_serd(kg, syntax), to_rdf(kg, syntax)), "");
    }
    if (::testing::Test::HasFailure()) break;  // one position's report is enough
  }
}

// The regression cases of issue 14 item 4, one by one.
TEST(RoundTripTest, QuoteBeforeABackslash) {
  for (const std::string literal : {"\"\\new", "a\"\\u0041", "q\"\\", "q\"\\\"", "\"\\\n", "end\"",
                                    "end\\", "\"\"\"", "\\\"\"\""}) {
    KnowledgeGraph kg;
    kg.upsert(node(NodeKind::Person, "person/x", literal));
    expect_round_trip(kg, "literal " + literal);
  }
}

// Text that is not UTF-8 never reaches the writers (the readers refuse it).
// Should it, the formatter writes U+FFFD for each byte that starts no
// character, so the file stays valid UTF-8 that Serd reads back. (Serd's own
// writer reads past the end of a literal cut inside a character: "\xc3"
// came out as "\xc3\0", so it is no reference here.)
TEST(RoundTripTest, InvalidUtf8BecomesReplacementCharacters) {
  const std::string fffd = "\xef\xbf\xbd";
  const std::pair<std::string, std::string> cases[] = {
      {"a\xff", "a" + fffd},
      {"\xc3", fffd},
      {"\xe2\x80", fffd + fffd},
      {"x\xf0\x9f\x98", "x" + fffd + fffd + fffd},
      {"\x80\x80", fffd + fffd},
      {"ok \xc3\xa9", "ok \xc3\xa9"},
  };
  for (const auto& [in, want] : cases) {
    KnowledgeGraph kg;
    kg.upsert(node(NodeKind::Person, "person/x", in));
    for (RdfSyntax syntax : {RdfSyntax::NTriples, RdfSyntax::NQuads}) {
      auto back = read_graph_string(to_rdf(kg, syntax), syntax, "invalid utf-8");
      ASSERT_TRUE(back.ok()) << back.error().to_string();
      EXPECT_EQ((*back)[*back->find("person/x")].label, want) << syntax_name(syntax);
    }
  }
}

// --------------------------------------------------------------- corpora

// The streaming build writes an article's own triples straight from its
// facts and merges its shared part into the entity table without the
// article's graph: the same bytes in every syntax as the graph's Article
// part, and the same entity table as KnowledgeGraph::merge_shared.
// Returns whether the article was written from its facts (keys.one_to_one).
bool expect_written_from_facts(const core::Document& doc, const extract::ArticleFacts& facts,
                               const graph::BuildOptions& options = {}) {
  const graph::ArticleKeys keys(doc, facts, options);
  KnowledgeGraph g;
  graph::build_article_graph_into(doc, facts, keys, g);
  if (keys.one_to_one)
    for (RdfSyntax syntax : kSyntaxes) {
      SCOPED_TRACE(doc.id + ", " + syntax_name(syntax));
      const RdfChunk want = to_rdf_chunk(g, syntax, RdfPart::Article);
      const RdfChunk got = to_rdf_chunk(doc, facts, keys, syntax);
      EXPECT_EQ(first_difference(std::string(want.text.view()), std::string(got.text.view())), "");
      EXPECT_EQ(want.statements, got.statements);
    }
  KnowledgeGraph by_graph, by_facts;
  by_graph.merge_shared(KnowledgeGraph(g));
  graph::merge_article_shared(facts, keys, doc, by_facts);
  EXPECT_EQ(
      first_difference(to_rdf(by_graph, RdfSyntax::NQuads), to_rdf(by_facts, RdfSyntax::NQuads)),
      "")
      << doc.id;
  return keys.one_to_one;
}

KnowledgeGraph corpus_graph(const std::vector<std::string>& paths) {
  auto lex = extract::Lexicons::load(std::string(NEWSKG_SOURCE_DIR) + "/schema/lexicon");
  if (!lex) throw std::runtime_error(lex.error().to_string());
  graph::ArticleIds ids;
  KnowledgeGraph kg;
  for (const std::string& path : paths)
    for (core::Document& doc : ingest::read_path(path).documents) {
      doc.id = ids.claim(doc.id, path, doc.title).id;
      const extract::ArticleFacts facts = extract::extract_article(doc, **lex);
      kg.merge(graph::build_article_graph(doc, facts));
      expect_written_from_facts(doc, facts);
      expect_written_from_facts(doc, facts, {0.7, true});
    }
  return kg;
}

// An article whose every literal (title, byline, names, statement text,
// topic) holds awkward pieces, written from its facts as from its graph.
TEST(RoundTripTest, ArticleWrittenFromItsFactsWithAwkwardLiterals) {
  for (const std::string& piece : awkward_pieces()) {
    core::Document doc;
    doc.id = "a" + piece;
    doc.title = piece.size() % 2 ? "T" + piece : "";
    doc.byline = {piece, "B", piece};
    doc.categories = {"c" + piece};
    doc.url = "https://example.org/" + piece;
    doc.source = "s/" + piece;
    // The facts' spans lie in the plain first sentence, so that no two of
    // them give the same character offsets.
    doc.text = "Anna Berg said it all to experts. \xe2\x80\x9c" + piece + "\xe2\x80\x9d";
    extract::ArticleFacts facts;
    extract::Entity anna, france, experts;
    anna.name = "Anna " + piece;
    anna.aliases = {piece, "Anna " + piece, "Z"};
    anna.mentions = {{3, 8}};
    anna.roles.push_back({"Minister " + piece, 1, {3, 8}});
    france.type = extract::EntityType::Country;
    france.name = "France";
    france.from_lexicon = true;
    experts.type = extract::EntityType::UnnamedSource;
    experts.name = "experts " + piece;
    experts.aliases = {"them", piece};
    experts.affiliated = true;
    facts.entities = {anna, france, experts};
    for (int speaker : {0, 2, 0}) {
      extract::StatementFact st;
      st.speaker = speaker;
      st.text = piece + " said";
      st.span = {3, speaker == 2 ? 7u : 6u};
      st.sentence = speaker == 2 ? core::Span{} : core::Span{0, 20};
      st.about = {1, 0, 1};
      st.confidence = 0.675;
      facts.statements.push_back(st);
    }
    facts.statements.back().span.end += 2;
    facts.meetings.push_back({{0, 1}, {0, 12}, 0.85});
    facts.meetings.push_back({{0, 2, 0}, {1, 12}, 0.7});
    extract::PositionFact p;
    p.holder = 0;
    p.topic = piece;
    p.stance = extract::Stance::Oppose;
    p.topic_entities = {1, 2, 1};
    p.evidence = {2, 9};
    p.confidence = 0.6;
    facts.positions.push_back(p);
    EXPECT_TRUE(expect_written_from_facts(doc, facts));
    EXPECT_TRUE(expect_written_from_facts(doc, facts, {0.65, false}));
    if (::testing::Test::HasFailure()) break;  // one piece's report is enough
  }
}

std::vector<std::string> files_under(const std::string& dir) {
  std::vector<core::Error> errors;
  return ingest::expand_inputs({dir}, errors);
}

TEST(RoundTripTest, ExampleArticles) {
  const KnowledgeGraph g =
      corpus_graph(files_under(std::string(NEWSKG_SOURCE_DIR) + "/examples/articles"));
  ASSERT_GT(g.num_nodes(), 0u);
  expect_round_trip(g, "examples/articles");
}

TEST(RoundTripTest, SharedCorpusSeeds) {
  const std::string dir = std::string(NEWSKG_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " not found";
  const KnowledgeGraph g = corpus_graph(files_under(dir));
  ASSERT_GT(g.num_nodes(), 0u);
  expect_round_trip(g, "corpus/seeds");
}

// Every 10th BBC article (about two hundred, all five sections): news text
// with its quotes, apostrophes, currency signs and line breaks.
TEST(RoundTripTest, SampleOfTheBbcCorpus) {
  const std::string dir = std::string(NEWSKG_SHARED_DIR) + "/corpus/bbc";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " not found";
  std::vector<std::string> all = files_under(dir), sample;
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i < all.size(); i += 10)
    if (all[i].size() > 4 && all[i].compare(all[i].size() - 4, 4, ".txt") == 0)
      sample.push_back(all[i]);
  ASSERT_GT(sample.size(), 150u);
  const KnowledgeGraph g = corpus_graph(sample);
  ASSERT_GT(g.num_nodes(), 500u);
  expect_round_trip(g, "bbc sample");
}

}  // namespace
}  // namespace newskg::io

// Tables and JSON: wrapping and cutting by code points, alignment, widths
// that are never exceeded, and JSON that parses back with every field.
#include "newskg/query/render.hpp"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>
#include <vector>

#include "newskg/query/names.hpp"
#include "query_test_util.hpp"

namespace newskg::query {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(RenderTest, WidthsCountCodePoints) {
  EXPECT_EQ(text_width("abc"), 3u);
  EXPECT_EQ(text_width("Zelenskyy’s café"), 16u);
  EXPECT_EQ(text_width(""), 0u);
}

TEST(RenderTest, TruncateEndsInAnEllipsis) {
  struct Case {
    const char* text;
    size_t width;
    const char* expected;
  } cases[] = {
      {"Pete Hegseth", 20, "Pete Hegseth"},
      {"Pete Hegseth", 12, "Pete Hegseth"},
      {"Pete Hegseth", 6, "Pete…"},  // the space before the cut goes
      {"Álvarez Pérez", 4, "Álv…"},   // never inside a code point
      {"abc", 0, ""},
  };
  for (const Case& c : cases) EXPECT_EQ(truncate(c.text, c.width), c.expected) << c.text;
}

TEST(RenderTest, WrapBreaksAtSpaces) {
  struct Case {
    const char* text;
    size_t width;
    std::vector<std::string> expected;
  } cases[] = {
      {"we will not abandon Ukraine", 11, {"we will not", "abandon", "Ukraine"}},
      {"one\ntwo  three", 40, {"one two three"}},  // newlines and runs of spaces: one space
      {"https://example.com/very/long", 10, {"https://ex", "ample.com/", "very/long"}},
      {"", 10, {""}},
      {"café crème brûlée", 10, {"café crème", "brûlée"}},
      {"no limit at all here", 0, {"no limit at all here"}},
  };
  for (const Case& c : cases) EXPECT_EQ(wrap_text(c.text, c.width), c.expected) << c.text;
}

TEST(RenderTest, TableAlignsColumns) {
  Table t;
  t.columns = {{"NAME", false, 20}, {"KIND", false, 10}};
  t.rows = {{{"Pete Hegseth", "Person"}, {}}, {{"NATO", "Organization"}, {}}};
  EXPECT_EQ(render_table(t, 0),
            "NAME          KIND\n"
            "------------  ------------\n"
            "Pete Hegseth  Person\n"
            "NATO          Organization\n");
  // Past its max_width a fixed column is cut, never wrapped.
  EXPECT_EQ(render_table(t, 80),
            "NAME          KIND\n"
            "------------  ----------\n"
            "Pete Hegseth  Person\n"
            "NATO          Organizat…\n");
  t.rows.clear();
  EXPECT_EQ(render_table(t, 80), "(no results)\n");
}

TEST(RenderTest, LongTextWrapsWithinTheWidthAndNotesFollowTheRow) {
  Table t;
  t.columns = {{"WHO", false, 20}, {"QUOTE", true, 0}};
  t.rows = {{{"Pete Hegseth", "We must start by recognizing that returning to Ukraine's pre-2014 "
                              "borders is an unrealistic objective."},
             {"sentence 10-120: a long evidence sentence that also has to wrap to the width"}},
            {{"Rutte", "Short."}, {}}};
  const std::string out = render_table(t, 40);
  for (const std::string& line : lines_of(out)) EXPECT_LE(text_width(line), 40u) << line;
  EXPECT_EQ(out,
            "WHO           QUOTE\n"
            "------------  --------------------------\n"
            "Pete Hegseth  We must start by\n"
            "              recognizing that returning\n"
            "              to Ukraine's pre-2014\n"
            "              borders is an unrealistic\n"
            "              objective.\n"
            "  sentence 10-120: a long evidence\n"
            "    sentence that also has to wrap to\n"
            "    the width\n"
            "\n"
            "Rutte         Short.\n");
}

TEST(RenderTest, QueryTablesStayWithinTheWidth) {
  const graph::KnowledgeGraph kg = testing::sample_graph();
  for (size_t width : {60u, 80u, 120u}) {
    for (const Table& t : {said_table(said(kg)), met_table(met(kg)), positions_table(positions(kg))})
      for (const std::string& line : lines_of(render_table(t, width)))
        EXPECT_LE(text_width(line), width) << line;
  }
  const std::string said_text = render_table(said_table(said(kg)), 100);
  EXPECT_NE(said_text.find("SPEAKER"), std::string::npos);
  EXPECT_NE(said_text.find("sentence 95-141: He said: We stand with Ukraine and the US"),
            std::string::npos);
}

TEST(RenderTest, EntityCardHasItsSections) {
  const graph::KnowledgeGraph kg = testing::sample_graph();
  const std::string out = render_entity(describe(kg, NameIndex(kg).find("Hegseth").vertex()), 100);
  for (const char* part : {"Pete Hegseth (Person, person/pete-hegseth)",
                           "also known as: Hegseth; the Pentagon chief",
                           "roles: Defense Secretary of United States",
                           "mentioned in 2 articles: a1, a2", "Statements by Pete Hegseth (2)",
                           "Meetings (2)", "Positions held (1)"})
    EXPECT_NE(out.find(part), std::string::npos) << part << "\n" << out;
  EXPECT_EQ(out.find("Statements about"), std::string::npos);  // empty sections are left out
}

TEST(RenderTest, JsonParsesBackWithEveryField) {
  const graph::KnowledgeGraph kg = testing::sample_graph();
  rapidjson::Document d;
  d.Parse(to_json(said(kg)).c_str());
  ASSERT_FALSE(d.HasParseError());
  ASSERT_TRUE(d.IsArray());
  ASSERT_EQ(d.Size(), 4u);
  const auto& first = d[0];
  EXPECT_STREQ(first["key"].GetString(), "statement/a1/20-60");
  EXPECT_STREQ(first["speakers"][0]["label"].GetString(), "Mark Rutte");
  EXPECT_STREQ(first["kind"].GetString(), "direct");
  EXPECT_STREQ(first["text"].GetString(), "Ukraine will be in NATO");
  EXPECT_EQ(first["about"].Size(), 2u);
  EXPECT_STREQ(first["article"].GetString(), "a1");
  EXPECT_STREQ(first["date"].GetString(), "2025-02-12");
  EXPECT_EQ(first["begin"].GetUint(), 20u);
  EXPECT_EQ(first["end"].GetUint(), 60u);
  EXPECT_EQ(first["sentenceBegin"].GetUint(), 15u);
  EXPECT_TRUE(d[2]["date"].IsNull());  // a2 has no date

  d.Parse(to_json(met(kg)).c_str());
  ASSERT_TRUE(d.IsArray() && d.Size() == 2u);
  EXPECT_EQ(d[1]["participants"].Size(), 3u);
  EXPECT_TRUE(d[1]["sentenceBegin"].IsNull());

  d.Parse(to_json(positions(kg)).c_str());
  ASSERT_TRUE(d.IsArray() && d.Size() == 2u);
  EXPECT_STREQ(d[0]["stance"].GetString(), "oppose");
  EXPECT_STREQ(d[0]["holder"]["key"].GetString(), "person/pete-hegseth");

  d.Parse(to_json(describe(kg, NameIndex(kg).find("US").vertex())).c_str());
  ASSERT_TRUE(d.IsObject());
  EXPECT_STREQ(d["entity"]["label"].GetString(), "United States");
  EXPECT_EQ(d["saidAbout"].Size(), 2u);
  EXPECT_STREQ(d["roles"][0]["holder"]["label"].GetString(), "Pete Hegseth");

  d.Parse(ambiguity_json("Smith", {{"person/anna-smith", "Anna Smith", "Person"}}).c_str());
  EXPECT_STREQ(d["error"].GetString(), "ambiguous");
  EXPECT_EQ(d["candidates"].Size(), 1u);
}

}  // namespace
}  // namespace newskg::query

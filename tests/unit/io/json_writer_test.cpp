// JSON writer: parses back with RapidJSON and keeps everything, evidence included.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <limits>
#include <string>

#include "io_test_util.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

const rapidjson::Value* find_by(const rapidjson::Value& array, const char* field,
                                const std::string& value) {
  for (const auto& item : array.GetArray())
    if (item[field].GetString() == value) return &item;
  return nullptr;
}

TEST(JsonWriterTest, ParsesBackWithEveryNodeAndLink) {
  const auto kg = testing::sample_graph();
  const std::string json = to_json(kg);
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  ASSERT_FALSE(doc.HasParseError()) << "offset " << doc.GetErrorOffset();
  ASSERT_TRUE(doc["nodes"].IsArray());
  ASSERT_TRUE(doc["links"].IsArray());
  EXPECT_EQ(doc["nodes"].Size(), kg.num_nodes());
  EXPECT_EQ(doc["links"].Size(), kg.num_edges());

  // Sorted like the graph's sorted views.
  std::string previous;
  for (const auto& node : doc["nodes"].GetArray()) {
    EXPECT_LT(previous, node["id"].GetString());
    previous = node["id"].GetString();
  }

  const rapidjson::Value* hegseth = find_by(doc["nodes"], "id", "person/pete-hegseth");
  ASSERT_NE(hegseth, nullptr);
  EXPECT_STREQ((*hegseth)["iri"].GetString(),
               "https://w3id.org/newskg/resource/person/pete-hegseth");
  EXPECT_STREQ((*hegseth)["kind"].GetString(), "Person");
  EXPECT_STREQ((*hegseth)["label"].GetString(), "Pete Hegseth");
  ASSERT_EQ((*hegseth)["aliases"].Size(), 2u);
  EXPECT_STREQ((*hegseth)["aliases"][0].GetString(), "Hegseth");
  EXPECT_STREQ((*hegseth)["aliases"][1].GetString(), "the Pentagon chief");
  EXPECT_EQ((*hegseth)["mentions"].GetUint(), 3u);
  EXPECT_DOUBLE_EQ((*hegseth)["confidence"].GetDouble(), 1.0);

  const rapidjson::Value* statement = find_by(doc["nodes"], "id", testing::kStatementKey);
  ASSERT_NE(statement, nullptr);
  const auto& attrs = (*statement)["attributes"];
  EXPECT_EQ(attrs["text"][0].GetString(), testing::kStatementText);  // quotes, \n, UTF-8 intact
  EXPECT_STREQ(attrs["kind"][0].GetString(), "direct");
  EXPECT_STREQ(attrs["article"][0].GetString(), "a1");
  ASSERT_EQ((*statement)["evidence"].Size(), 1u);
  EXPECT_STREQ((*statement)["evidence"][0]["article"].GetString(), "a1");
  EXPECT_EQ((*statement)["evidence"][0]["begin"].GetUint(), 120u);
  EXPECT_EQ((*statement)["evidence"][0]["end"].GetUint(), 245u);
  EXPECT_DOUBLE_EQ((*statement)["confidence"].GetDouble(), 0.9);

  const rapidjson::Value* said = nullptr;
  const rapidjson::Value* met = nullptr;
  for (const auto& link : doc["links"].GetArray()) {
    const std::string relation = link["relation"].GetString();
    EXPECT_TRUE(graph::relation_from(relation).has_value()) << relation;
    if (relation == "said") said = &link;
    if (relation == "met") met = &link;
  }
  ASSERT_NE(said, nullptr);
  EXPECT_STREQ((*said)["source"].GetString(), "person/pete-hegseth");
  EXPECT_EQ((*said)["target"].GetString(), testing::kStatementKey);
  EXPECT_EQ((*said)["evidence"][0]["begin"].GetUint(), 120u);
  ASSERT_NE(met, nullptr);
  EXPECT_EQ((*met)["evidence"].Size(), 2u);  // edge evidence lives here, not in RDF
  EXPECT_DOUBLE_EQ((*met)["confidence"].GetDouble(), 0.8);
}

TEST(JsonWriterTest, SameGraphGivesIdenticalBytesWhateverTheInsertionOrder) {
  const std::string first = to_json(testing::sample_graph());
  EXPECT_EQ(first, to_json(testing::sample_graph()));
  EXPECT_EQ(first, to_json(testing::sample_graph(/*reversed=*/true)));
}

TEST(JsonWriterTest, NonFiniteConfidenceIsNullNotABrokenDocument) {
  auto data = testing::sample_data();
  data.nodes[0].confidence = std::numeric_limits<double>::quiet_NaN();
  const std::string json = to_json(testing::build(data));
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  ASSERT_FALSE(doc.HasParseError());
  const rapidjson::Value* node = find_by(doc["nodes"], "id", data.nodes[0].key);
  ASSERT_NE(node, nullptr);
  EXPECT_TRUE((*node)["confidence"].IsNull());
}

TEST(JsonWriterTest, EmptyGraphHasEmptyArrays) {
  rapidjson::Document doc;
  const std::string json = to_json(graph::KnowledgeGraph{});
  doc.Parse(json.c_str(), json.size());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(doc["nodes"].Size(), 0u);
  EXPECT_EQ(doc["links"].Size(), 0u);
}

}  // namespace
}  // namespace newskg::io

#pragma once
// Turns one article's facts into a KnowledgeGraph (pure: the same document and
// facts always give the same graph), and derives stable node keys.
#include <string>
#include <string_view>

#include "newskg/core/document.hpp"
#include "newskg/extract/facts.hpp"
#include "newskg/graph/model.hpp"

namespace newskg::graph {

// "person/pete-hegseth": kind + slug of the entity's key_name (the extractor's
// normalized canonical name, see extract::Entity::key_name).
std::string entity_key(const extract::Entity& entity);

struct BuildOptions {
  double min_confidence = 0.0;  // facts below this are dropped
};

KnowledgeGraph build_article_graph(const core::Document& doc, const extract::ArticleFacts& facts,
                                   const BuildOptions& options = {});

}  // namespace newskg::graph

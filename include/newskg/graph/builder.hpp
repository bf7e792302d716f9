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
  // Statements by an UnnamedSource with no affiliation ("experts said", "a
  // spokeswoman said"). Off by default: the annotation conventions
  // (../shared/corpus/GOLD.md) leave speech by unnamed groups out; PolNeAR's
  // keys include it. Affiliated sources ("Mexican officials") are always kept.
  bool unnamed_sources = false;
};

KnowledgeGraph build_article_graph(const core::Document& doc, const extract::ArticleFacts& facts,
                                   const BuildOptions& options = {});

}  // namespace newskg::graph

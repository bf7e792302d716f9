#pragma once
// The per-article extraction stage: a pure function of the document and the
// read-only lexicons, so articles can run on any thread or machine.
#include "newskg/core/document.hpp"
#include "newskg/extract/facts.hpp"
#include "newskg/extract/lexicon.hpp"

namespace newskg::extract {

ArticleFacts extract_article(const core::Document& doc, const Lexicons& lex);

}  // namespace newskg::extract

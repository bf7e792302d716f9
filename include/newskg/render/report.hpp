#pragma once
// The report page: one self-contained HTML file (styles, script and data
// inline; no network fetch) that ties every edge of the diagram to its
// sentences.
//   - the people diagram as inline SVG with pan and zoom; a click on a node
//     opens the entity's panel, a click on an edge lists its evidence;
//   - a searchable, sortable table of statements (speaker, kind, quote,
//     about, article, date) whose rows open to the sentence with the quote
//     marked at its offsets; rows are drawn as they scroll into view, so the
//     BBC folder's 10,000 statements stay responsive;
//   - one panel per entity (aliases, kind, offices, statements by and about,
//     meetings, positions, articles), counts per type and per article.
// Everything from the graph reaches the page as JSON inside
// <script type="application/json"> (every '<' written as \u003c, so no text
// can close the element) and is put on the page with textContent, never as
// markup: a quote holding <script> shows as text.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "newskg/core/result.hpp"
#include "newskg/graph/model.hpp"
#include "newskg/render/diagram.hpp"

namespace newskg::render {

struct ReportOptions {
  std::string title = "newskg report";
};

// The page for `kg`. `people` is the diagram drawn on it and `people_svg`
// its rendering by Graphviz (from run_graphviz), or "" when there is none,
// in which case `missing_svg_note` is shown in its place.
std::string report_html(const graph::KnowledgeGraph& kg, const Diagram& people,
                        std::string_view people_svg, std::string_view missing_svg_note,
                        const ReportOptions& options = {});

// What `newskg build` writes beside the graph (and `newskg report`):
//   people.dot, people.svg     the people view
//   focus.dot, focus.svg       the focus view of the most quoted person
//   index.html                 the report page
// `path_of("people.svg")` names where each file goes (the build's staging
// folder). Without Graphviz the .dot files and the page are still written and
// `notes` says why the .svg files are not; an Error is a file that could not
// be written (or Graphviz failing on a diagram).
struct WriteViewsOptions {
  ViewOptions people;  // max_nodes 100 by default
  ViewOptions focus;   // depth 1, max_nodes 40
  ReportOptions report;
  bool svg = true;  // run Graphviz (false: .dot files and a page without diagram)
  WriteViewsOptions() {
    focus.max_nodes = 40;
    focus.depth = 1;
  }
};
struct ViewsWritten {
  std::vector<std::string> files;  // names passed to path_of, in writing order
  std::vector<std::string> notes;  // one line each ("graphviz is not installed ...")
};
core::Result<ViewsWritten> write_views(
    const graph::KnowledgeGraph& kg,
    const std::function<std::string(std::string_view name)>& path_of,
    const WriteViewsOptions& options = {});

// The SVG element of a Graphviz SVG file, without the XML prolog and DOCTYPE
// (which may not appear inside HTML).
std::string_view svg_element(std::string_view svg);

}  // namespace newskg::render

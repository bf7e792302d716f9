#pragma once
// Query answers as text for people (aligned tables that wrap long text to a
// width) and as JSON for scripts.
//
//   SPEAKER       KIND    QUOTE                          ABOUT    ARTICLE
//   ------------  ------  -----------------------------  -------  --------------------
//   Pete Hegseth  direct  We must start by recognizing   Ukraine  003_0d3550a95405e0c2
//                         that returning to Ukraine's
//                         pre-2014 borders is an
//                         unrealistic objective.
//     sentence 1210-1320: "We must start by recognizing that ..."
#include <cstddef>
#include <string>
#include <vector>

#include "newskg/query/queries.hpp"

namespace newskg::query {

struct Column {
  std::string header;
  // Whether the column's cells may wrap onto more lines when the table is
  // wider than the limit; the others keep their width (and, past
  // max_width, are cut with "…").
  bool wrap = false;
  size_t max_width = 40;
};

struct TableRow {
  std::vector<std::string> cells;
  std::vector<std::string> notes;  // full-width lines under the row (evidence)
};

struct Table {
  std::vector<Column> columns;
  std::vector<TableRow> rows;
};

// width 0: no limit (nothing wraps or is cut). Widths count code points.
std::string render_table(const Table& table, size_t width);

// Display width of UTF-8 text, in code points.
size_t text_width(std::string_view s);

// The text of a string cut to `width` code points, ending in "…" when cut.
std::string truncate(std::string_view s, size_t width);

// `text` broken at spaces into lines of at most `width` code points (a word
// longer than that is split); newlines and runs of spaces become one space.
std::vector<std::string> wrap_text(std::string_view text, size_t width);

Table said_table(const std::vector<StatementRow>& rows);
Table met_table(const std::vector<MeetingRow>& rows);
Table positions_table(const std::vector<PositionRow>& rows);
std::string render_entity(const EntityReport& report, size_t width);

// Pretty-printed JSON (RapidJSON), one object per row; offsets are code points.
std::string to_json(const std::vector<StatementRow>& rows);
std::string to_json(const std::vector<MeetingRow>& rows);
std::string to_json(const std::vector<PositionRow>& rows);
std::string to_json(const EntityReport& report);
// {"error": "ambiguous", "name": ..., "candidates": [{key, label, kind}]}
std::string ambiguity_json(const std::string& name, const std::vector<EntityRef>& candidates);

}  // namespace newskg::query

// Plain-text tables for query answers.
//
// Columns that hold names and ids keep their width; columns of running text
// (quotes, topics) share what is left of the line and wrap at spaces:
//   width 60, columns SPEAKER (12) KIND (8) QUOTE (wrap) ARTICLE (6), gaps 2:
//   QUOTE gets 60 - 12 - 8 - 6 - 3*2 = 28 code points per line.
// Each row may carry notes (its evidence sentence), printed under it across
// the whole width, so the table stays narrow enough to read.
#include <algorithm>

#include "newskg/query/render.hpp"

namespace newskg::query {
namespace {

constexpr size_t kGap = 2;
constexpr size_t kMinWrapWidth = 12;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte length of the first `n` code points of s.
size_t prefix_bytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && is_continuation(s[i])) ++i;
    --n;
  }
  return i;
}

std::string pad(std::string_view s, size_t width) {
  std::string out(s);
  const size_t w = text_width(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

void rstrip(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

std::string join_labels(const std::vector<EntityRef>& refs) {
  std::string out;
  for (const EntityRef& r : refs) {
    if (!out.empty()) out += ", ";
    out += r.label;
  }
  return out;
}

std::string span_text(uint32_t begin, uint32_t end) {
  return std::to_string(begin) + "-" + std::to_string(end);
}

// "sentence 1210-1320: We must start by ..." (offsets when known).
std::string evidence_note(const Provenance& p) {
  std::string note = p.sentence.empty() ? "evidence " : "sentence ";
  if (p.sentence.empty() || !p.sentence_begin || !p.sentence_end) {
    note.append(span_text(p.begin, p.end));
  } else {
    note.append(span_text(*p.sentence_begin, *p.sentence_end));
  }
  if (!p.sentence.empty()) note.append(": ").append(p.sentence);
  return note;
}

}  // namespace

size_t text_width(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation(c); }));
}

std::string truncate(std::string_view s, size_t width) {
  if (text_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out(s.substr(0, prefix_bytes(s, width - 1)));
  rstrip(out);
  out += kEllipsis;
  return out;
}

std::vector<std::string> wrap_text(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  auto flush = [&] {
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    line_width = 0;
  };
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r') ++j;
    std::string_view word = text.substr(i, j - i);
    i = j;
    if (word.empty()) break;
    size_t w = text_width(word);
    if (width > 0 && line_width > 0 && line_width + 1 + w > width) flush();
    // A word wider than the column (a URL) is split across lines.
    while (width > 0 && w > width) {
      flush();
      const size_t cut = prefix_bytes(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
      w = text_width(word);
    }
    if (word.empty()) continue;
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  flush();
  if (lines.empty()) lines.emplace_back();
  return lines;
}

std::string render_table(const Table& table, size_t width) {
  if (table.rows.empty()) return "(no results)\n";
  const size_t n = table.columns.size();
  std::vector<size_t> natural(n, 0);
  for (size_t c = 0; c < n; ++c) {
    natural[c] = text_width(table.columns[c].header);
    for (const TableRow& row : table.rows)
      if (c < row.cells.size()) natural[c] = std::max(natural[c], text_width(row.cells[c]));
  }

  std::vector<size_t> widths = natural;
  if (width > 0) {
    // Fixed columns first (cut at their max_width), then the wrapping ones
    // share the rest, narrowest first, each taking no more than it needs.
    size_t used = kGap * (n > 0 ? n - 1 : 0);
    std::vector<size_t> wrapping;
    for (size_t c = 0; c < n; ++c) {
      if (table.columns[c].wrap) {
        wrapping.push_back(c);
      } else {
        widths[c] = std::min(natural[c], std::max(table.columns[c].max_width,
                                                  text_width(table.columns[c].header)));
        used += widths[c];
      }
    }
    // Too narrow for the wrapping columns' minimum: the widest fixed columns
    // give way first, down to their header's width (and never below 4).
    size_t wrap_min = 0;
    for (size_t c : wrapping) wrap_min += std::min(natural[c], kMinWrapWidth);
    while (used + wrap_min > width) {
      size_t widest = n;
      for (size_t c = 0; c < n; ++c) {
        const size_t floor = std::max<size_t>(4, text_width(table.columns[c].header));
        if (!table.columns[c].wrap && widths[c] > floor && (widest == n || widths[c] > widths[widest]))
          widest = c;
      }
      if (widest == n) break;
      --widths[widest];
      --used;
    }
    std::sort(wrapping.begin(), wrapping.end(),
              [&](size_t a, size_t b) { return natural[a] < natural[b]; });
    size_t left = width > used ? width - used : 0;
    for (size_t k = 0; k < wrapping.size(); ++k) {
      const size_t c = wrapping[k];
      const size_t share = left / (wrapping.size() - k);
      widths[c] = std::min(natural[c], std::max(share, kMinWrapWidth));
      left = left > widths[c] ? left - widths[c] : 0;
    }
  }

  // Every row as lines of cells.
  bool spacious = false;
  std::vector<std::vector<std::vector<std::string>>> cell_lines(table.rows.size());
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    size_t height = 1;
    cell_lines[r].resize(n);
    for (size_t c = 0; c < n; ++c) {
      const std::string cell = c < row.cells.size() ? row.cells[c] : std::string();
      if (width == 0) {
        cell_lines[r][c] = {cell};
      } else if (table.columns[c].wrap) {
        cell_lines[r][c] = wrap_text(cell, widths[c]);
      } else {
        cell_lines[r][c] = {truncate(cell, widths[c])};
      }
      height = std::max(height, cell_lines[r][c].size());
    }
    if (height > 1 || !row.notes.empty()) spacious = true;
  }

  std::string out;
  auto emit = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t c = 0; c < n; ++c) {
      if (c > 0) line.append(kGap, ' ');
      line += pad(cells[c], widths[c]);
    }
    rstrip(line);
    out += line;
    out += '\n';
  };
  std::vector<std::string> header(n), rule(n);
  for (size_t c = 0; c < n; ++c) {
    header[c] = table.columns[c].header;
    rule[c] = std::string(widths[c], '-');
  }
  emit(header);
  emit(rule);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (r > 0 && spacious) out += '\n';
    size_t height = 0;
    for (const auto& lines : cell_lines[r]) height = std::max(height, lines.size());
    for (size_t l = 0; l < height; ++l) {
      std::vector<std::string> cells(n);
      for (size_t c = 0; c < n; ++c)
        if (l < cell_lines[r][c].size()) cells[c] = cell_lines[r][c][l];
      emit(cells);
    }
    for (const std::string& note : table.rows[r].notes) {
      const std::vector<std::string> lines = wrap_text(note, width > 6 ? width - 4 : 0);
      for (size_t l = 0; l < lines.size(); ++l) out += (l == 0 ? "  " : "    ") + lines[l] + "\n";
    }
  }
  return out;
}

Table said_table(const std::vector<StatementRow>& rows) {
  Table t;
  t.columns = {{"SPEAKER", false, 28}, {"KIND", false, 8}, {"QUOTE", true, 0},
               {"ABOUT", true, 0},     {"ARTICLE", false, 24}};
  for (const StatementRow& s : rows)
    t.rows.push_back(TableRow{{join_labels(s.speakers), s.kind, s.text, join_labels(s.about),
                               s.from.article},
                              {evidence_note(s.from)}});
  return t;
}

Table met_table(const std::vector<MeetingRow>& rows) {
  Table t;
  t.columns = {{"PARTICIPANTS", true, 0}, {"ARTICLE", false, 24}, {"DATE", false, 20}};
  for (const MeetingRow& m : rows)
    t.rows.push_back(TableRow{{join_labels(m.participants), m.from.article, m.from.date},
                              {evidence_note(m.from)}});
  return t;
}

Table positions_table(const std::vector<PositionRow>& rows) {
  Table t;
  t.columns = {{"HOLDER", false, 28}, {"STANCE", false, 8}, {"TOPIC", true, 0},
               {"ARTICLE", false, 24}};
  for (const PositionRow& p : rows)
    t.rows.push_back(TableRow{{p.holder.label, p.stance, p.topic, p.from.article},
                              {evidence_note(p.from)}});
  return t;
}

std::string render_entity(const EntityReport& r, size_t width) {
  std::string out = r.entity.label + " (" + r.entity.kind + ", " + r.entity.key + ")\n";
  auto field = [&](const std::string& name, const std::string& value) {
    const std::string text = name + ": " + value;
    const std::vector<std::string> lines = wrap_text(text, width > 6 ? width - 4 : 0);
    for (size_t l = 0; l < lines.size(); ++l) out += (l == 0 ? "  " : "    ") + lines[l] + "\n";
  };
  if (!r.aliases.empty()) {
    std::string aliases;
    for (const std::string& a : r.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
    field("also known as", aliases);
  }
  if (!r.roles.empty()) {
    std::string roles;
    for (const RoleRow& role : r.roles) {
      std::string text;
      const std::string title = role.title.empty() ? role.office.label : role.title;
      if (role.holder.key == r.entity.key) {
        text = title + (role.of ? " of " + role.of->label : "");
      } else {
        text = role.holder.label + ", " + title;
      }
      roles += (roles.empty() ? "" : "; ") + text;
    }
    field("roles", roles);
  }
  if (!r.articles.empty()) {
    std::string articles;
    for (const std::string& a : r.articles) articles += (articles.empty() ? "" : ", ") + a;
    field("mentioned in " + std::to_string(r.articles.size()) +
              (r.articles.size() == 1 ? " article" : " articles"),
          articles);
  }
  auto section = [&](const std::string& title, size_t count, const Table& table) {
    if (count == 0) return;
    out += "\n" + title + " (" + std::to_string(count) + ")\n";
    out += render_table(table, width);
  };
  section("Statements by " + r.entity.label, r.said.size(), said_table(r.said));
  section("Statements about " + r.entity.label, r.said_about.size(), said_table(r.said_about));
  section("Meetings", r.meetings.size(), met_table(r.meetings));
  section("Positions held", r.positions.size(), positions_table(r.positions));
  section("Positions on " + r.entity.label, r.positions_about.size(),
          positions_table(r.positions_about));
  return out;
}

}  // namespace newskg::query

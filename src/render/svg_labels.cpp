// Text boxes of a Graphviz SVG (see svg_labels.hpp).
#include "newskg/render/svg_labels.hpp"

#include <algorithm>
#include <cstdlib>

namespace newskg::render {
namespace {

// DejaVu Sans advance widths in em (units per em 2048), ASCII 32..126.
//   "Pete" at 11 pt -> (0.603 + 0.615 + 0.392 + 0.615) * 11 = 24.5
constexpr double kAdvance[95] = {
    0.318, 0.401, 0.460, 0.838, 0.636, 0.950, 0.780, 0.275, 0.390, 0.390,  // ' '..')'
    0.500, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636, 0.636, 0.636, 0.636,  // '*'..'3'
    0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838,  // '4'..'='
    0.838, 0.531, 1.000, 0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775,  // '>'..'G'
    0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787,  // 'H'..'Q'
    0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.390,  // 'R'..'['
    0.337, 0.390, 0.838, 0.500, 0.500, 0.613, 0.635, 0.550, 0.635, 0.615,  // '\\'..'e'
    0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,  // 'f'..'o'
    0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592,  // 'p'..'y'
    0.525, 0.636, 0.337, 0.636, 0.838};                                    // 'z'..'~'

// Ascent and descent of the glyphs above and below the baseline, in em.
constexpr double kAscent = 0.76, kDescent = 0.24;

std::string attribute(std::string_view tag, std::string_view name) {
  const std::string key = std::string(" ").append(name).append("=\"");
  const size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  const size_t start = at + key.size();
  const size_t end = tag.find('"', start);
  return std::string(tag.substr(start, end - start));
}

double number(const std::string& s) { return s.empty() ? 0.0 : std::strtod(s.c_str(), nullptr); }

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// XML character data: &amp; &lt; &gt; &quot; &apos; &#NN; &#xNN;
std::string decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos) {
      out += s[i];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp") {
      out += '&';
    } else if (name == "lt") {
      out += '<';
    } else if (name == "gt") {
      out += '>';
    } else if (name == "quot") {
      out += '"';
    } else if (name == "apos") {
      out += '\'';
    } else if (!name.empty() && name[0] == '#') {
      const std::string digits(name.substr(name.size() > 1 && name[1] == 'x' ? 2 : 1));
      append_utf8(out, std::strtoul(digits.c_str(), nullptr, name[1] == 'x' ? 16 : 10));
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

}  // namespace

double text_width(std::string_view text, double font_size, bool bold) {
  double em = 0;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      em += (c >= 32 && c < 127) ? kAdvance[c - 32] : 0.0;
      ++i;
      continue;
    }
    // Outside ASCII: letters with accents are as wide as their base letter,
    // about 0.65 em; dashes, ellipsis and the like about a full em.
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    em += len >= 3 ? 0.9 : 0.65;
    i += len;
  }
  return em * font_size * (bold ? 1.1 : 1.0);
}

std::vector<TextBox> svg_text_boxes(std::string_view svg) {
  std::vector<TextBox> boxes;
  size_t pos = 0;
  while ((pos = svg.find("<text", pos)) != std::string_view::npos) {
    const size_t tag_end = svg.find('>', pos);
    const size_t close = svg.find("</text>", tag_end);
    if (tag_end == std::string_view::npos || close == std::string_view::npos) break;
    const std::string_view tag = svg.substr(pos, tag_end - pos);
    TextBox box;
    box.text = decode(svg.substr(tag_end + 1, close - tag_end - 1));
    pos = close + 7;
    if (box.text.find_first_not_of(' ') == std::string::npos) continue;  // blank cells
    const double x = number(attribute(tag, "x")), y = number(attribute(tag, "y"));
    double size = number(attribute(tag, "font-size"));
    if (size <= 0) size = 14;  // Graphviz's default
    const bool bold = attribute(tag, "font-weight") == "bold";
    const double w = text_width(box.text, size, bold);
    const std::string anchor = attribute(tag, "text-anchor");
    box.x0 = anchor == "middle" ? x - w / 2 : anchor == "end" ? x - w : x;
    box.x1 = box.x0 + w;
    box.y0 = y - kAscent * size;
    box.y1 = y + kDescent * size;
    boxes.push_back(std::move(box));
  }
  return boxes;
}

std::vector<std::pair<size_t, size_t>> overlapping_boxes(const std::vector<TextBox>& boxes,
                                                         double tolerance) {
  // Sweep along x: only boxes whose x ranges meet are compared.
  std::vector<size_t> order(boxes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return boxes[a].x0 < boxes[b].x0; });
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i < order.size(); ++i) {
    const TextBox& a = boxes[order[i]];
    for (size_t j = i + 1; j < order.size(); ++j) {
      const TextBox& b = boxes[order[j]];
      if (b.x0 > a.x1 - tolerance) break;
      const double dx = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
      const double dy = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
      if (dx > tolerance && dy > tolerance)
        out.emplace_back(std::min(order[i], order[j]), std::max(order[i], order[j]));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace newskg::render

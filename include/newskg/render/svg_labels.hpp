#pragma once
// The text boxes of a rendered SVG, to check that no two labels overlap.
//
// Graphviz writes each line of a label as one <text> element with its
// anchor point, anchor side and font size:
//   <text text-anchor="middle" x="120.5" y="-40.3" font-family="DejaVu Sans"
//         font-size="11.00">Pete Hegseth</text>
// Its box is the line's advance width (from DejaVu Sans' glyph widths, the
// font the diagrams name) by the font's ascent above the baseline and
// descent below it. The browser test checks the same with the boxes
// Chromium measures (getBBox).
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newskg::render {

struct TextBox {
  std::string text;  // entities decoded
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Every <text> element of the SVG, in the coordinates of the graph group.
std::vector<TextBox> svg_text_boxes(std::string_view svg);

// Advance width of one line of text in DejaVu Sans at `font_size`.
double text_width(std::string_view text, double font_size, bool bold = false);

// Pairs of boxes (indexes into `boxes`) that overlap by more than
// `tolerance` units in both directions.
std::vector<std::pair<size_t, size_t>> overlapping_boxes(const std::vector<TextBox>& boxes,
                                                         double tolerance = 0.5);

}  // namespace newskg::render

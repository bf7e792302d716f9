#pragma once
// A half-open byte range [begin, end) into one article's text. Every fact that
// an extractor produces points back to the words it came from through a Span.
#include <cstdint>
#include <string_view>

namespace newskg::core {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(Span o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(Span o) const { return begin < o.end && o.begin < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(Span a, Span b) = default;
  friend auto operator<=>(Span a, Span b) = default;
};

}  // namespace newskg::core

// Relations between the parties an article names, after its statements are
// found: meetings (meetings.cpp) and positions (positions.cpp, which reads
// the statements, so it runs after them).
#include "analysis.hpp"

namespace newskg::extract {

void find_meetings(Analysis& a);   // meetings.cpp
void find_positions(Analysis& a);  // positions.cpp

void find_relations(Analysis& a) {
  find_meetings(a);
  find_positions(a);
}

}  // namespace newskg::extract

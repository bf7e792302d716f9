#include "newskg/extract/facts.hpp"

namespace newskg::extract {

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "Person";
    case EntityType::Organization: return "Organization";
    case EntityType::Country: return "Country";
    case EntityType::Event: return "Event";
    case EntityType::UnnamedSource: return "UnnamedSource";
    case EntityType::Place: return "Place";
  }
  return "Person";
}

bool is_bare_source(const Entity& e) {
  return e.type == EntityType::UnnamedSource && !e.affiliated;
}

const char* to_string(Stance s) {
  switch (s) {
    case Stance::Support: return "support";
    case Stance::Oppose: return "oppose";
    case Stance::Other: return "other";
  }
  return "other";
}

}  // namespace newskg::extract

#include "newskg/tag/tagset.hpp"

namespace newskg::tag {

std::optional<Pos> parse_pos(std::string_view name) {
  for (int i = 0; i < kNumPos; ++i)
    if (kPosNames[i] == name) return static_cast<Pos>(i);
  return std::nullopt;
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (int i = 0; i < kNumEntityTypes; ++i)
    if (kEntityTypeNames[i] == name) return static_cast<EntityType>(i);
  return std::nullopt;
}

std::optional<EntityLabel> parse_entity_label(std::string_view label) {
  if (label == "O") return EntityLabel{};
  if (label.size() < 3 || label[1] != '-') return std::nullopt;
  EntityLabel out;
  switch (label[0]) {
    case 'B':
      out.boundary = Boundary::Begin;
      break;
    case 'I':
      out.boundary = Boundary::Inside;
      break;
    case 'L':
      out.boundary = Boundary::Last;
      break;
    case 'U':
      out.boundary = Boundary::Unit;
      break;
    default:
      return std::nullopt;
  }
  auto type = parse_entity_type(label.substr(2));
  if (!type || *type == EntityType::None) return std::nullopt;
  out.type = *type;
  return out;
}

std::string_view label_scheme_name(LabelScheme s) {
  switch (s) {
    case LabelScheme::IO:
      return "IO";
    case LabelScheme::BIO:
      return "BIO";
    case LabelScheme::BILOU:
      return "BILOU";
  }
  return "?";
}

bool label_may_follow(EntityLabel prev, EntityLabel cur, LabelScheme scheme) {
  if (scheme == LabelScheme::IO) return true;
  const bool bilou = scheme == LabelScheme::BILOU;
  const bool prev_open = prev.boundary == Boundary::Begin || prev.boundary == Boundary::Inside;
  const bool cur_continues = cur.boundary == Boundary::Inside || cur.boundary == Boundary::Last;
  if (cur_continues) return prev_open && prev.type == cur.type;
  // In BILOU an open entity must go on; in BIO anything may follow it.
  return !(bilou && prev_open);
}

}  // namespace newskg::tag

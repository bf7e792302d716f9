#include "newskg/core/check.hpp"

namespace newskg::core {

void check_failed(const char* expr, const char* file, int line, const std::string& msg) {
  throw std::logic_error(std::string(file) + ":" + std::to_string(line) + ": check `" + expr +
                         "` failed: " + msg);
}

}  // namespace newskg::core

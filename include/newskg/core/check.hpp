#pragma once
// Broken invariants are programming errors: NEWSKG_CHECK throws with the place
// it fired, so a test or the CLI reports file:line instead of corrupting output.
#include <stdexcept>
#include <string>

namespace newskg::core {

[[noreturn]] void check_failed(const char* expr, const char* file, int line, const std::string& msg);

}  // namespace newskg::core

#define NEWSKG_CHECK(cond, msg)                                              \
  do {                                                                      \
    if (!(cond)) ::newskg::core::check_failed(#cond, __FILE__, __LINE__, msg); \
  } while (0)

#pragma once
// CRC-32C (Castagnoli), the checksum of cache files that are megabytes
// long (the tagger's tables): eight bytes an instruction where the CPU has
// SSE4.2's crc32 (three blocks of 4 KB at once, their values joined), a
// byte a table step elsewhere; both give the same value.
//   crc32c("123456789") == 0xe3069283
#include <cstdint>
#include <string_view>

namespace newskg::core {

uint32_t crc32c(std::string_view bytes);

}  // namespace newskg::core

// One input format through the ingest entry point, parse_bytes(name, bytes),
// with a file name whose extension picks the reader; built once per format
// (NEWSKG_FUZZ_FILE_NAME: "fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.jsonl",
// "fuzz.json"; see CMakeLists.txt). Bad input must come back as errors; every
// document read must keep the reader's promises (fuzz_util.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_util.hpp"
#include "newskg/ingest/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newskg;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const ingest::ReadResult read = ingest::parse_bytes(NEWSKG_FUZZ_FILE_NAME, bytes);
  for (const core::Document& doc : read.documents) fuzz::check_document(doc);
  for (const core::Error& error : read.errors)
    NEWSKG_FUZZ_REQUIRE(!error.message.empty(), "an error without a message");
  return 0;
}

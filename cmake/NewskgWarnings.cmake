# One interface target that every newskg library links, so warnings are set once.
add_library(newskg_warnings INTERFACE)
target_compile_options(newskg_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(NEWSKG_WERROR)
  target_compile_options(newskg_warnings INTERFACE -Werror)
endif()

# newskg_library(NAME SOURCES... DEPS ...): a static library in the layered design.
function(newskg_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/include)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE newskg_warnings)
endfunction()

# newskg_test(NAME SOURCES... DEPS ...): one GoogleTest executable, tests discovered by ctest.
function(newskg_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main newskg_warnings)
  target_compile_definitions(${name} PRIVATE
    NEWSKG_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    NEWSKG_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} DISCOVERY_TIMEOUT 60)
endfunction()

#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer:
# sets up like tests/run.sh, builds everything with -DNEWSKG_SANITIZE=ON into
# build-asan/, and runs ctest. -O1 -g1, as the sanitizers recommend: reports
# have file:line, the build takes half the time of -O2 -g, and NDEBUG is off,
# so the assertions of the libraries' headers (RapidJSON, Boost) check too.
# Any ASan report, leak or undefined behaviour aborts the test that hit it,
# including in the `newskg` binary the end-to-end tests start.
#   usage: bash tests/sanitize.sh [extra ctest args...]
# The suite also replays every fuzz corpus and regression input once
# (-DNEWSKG_FUZZ_REPLAY=ON: ctest fuzz_replay_<target>, tests/fuzz/README.md).
# Environment: NEWSKG_ASAN_BUILD_DIR (default build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${NEWSKG_ASAN_BUILD_DIR:-build-asan}"

start=$(date +%s)
NEWSKG_WITH_NODE=1 NEWSKG_BUILD_DIR="$build_dir" bash cmake/setup.sh \
  -DNEWSKG_SANITIZE=ON -DNEWSKG_FUZZ_REPLAY=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1"
if [ -f tests/store/package.json ] && [ ! -d tests/store/node_modules ]; then
  (cd tests/store && npm ci --no-audit --no-fund --silent)
fi
echo "sanitize: set-up and build took $(( $(date +%s) - start )) s"

# halt_on_error/abort_on_error: the first report ends the process with a
# failing status (UBSan is also built with -fno-sanitize-recover).
# detect_leaks: a leak fails the test too (LeakSanitizer cannot run under
# ptrace: not inside strace or gdb).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# Third-party leaks newskg cannot fix (tests/fuzz/lsan.supp says why for each).
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# Tests left out, with the reason:
#   linearity, corpus_linearity
#              count instructions with valgrind (callgrind), and an ASan
#              binary cannot run under valgrind ("ASan runtime does not come
#              first in initial library list"). The uninstrumented suite
#              (tests/run.sh) runs them.
# Everything else runs, the BBC quality run (20 s under ASan) and
# kill_during_build (90 s; it times the instrumented build itself) included.
exclude='^(linearity|corpus_linearity)$'

start=$(date +%s)
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" -E "$exclude" "$@"
echo "sanitize: ctest under ASan+UBSan took $(( $(date +%s) - start )) s"
